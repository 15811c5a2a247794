// Shared by the entity tests: the (type, text) pairs found in a text.
import { findEntities } from './index';

export const found = (text: string, title = ''): string[] => findEntities(text, { title }).map((e) => `${e.type}:${e.text}`);
