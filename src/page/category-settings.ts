// Which highlight categories the reader wants to see, kept in extension
// storage so every open tab applies a change at once. Stored data is
// validated on every read: a damaged value falls back to "all on".

import { CATEGORIES, type Category } from './highlights';

export const SETTINGS_KEY = 'highlightCategories';

export type CategorySettings = Record<Category, boolean>;

export const ALL_ON: CategorySettings = Object.fromEntries(CATEGORIES.map((category) => [category, true])) as CategorySettings;

/** The settings in a stored value; unknown keys are ignored, missing or non-boolean ones are on. */
export function parseSettings(value: unknown): CategorySettings {
  const settings = { ...ALL_ON };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return settings;
  for (const category of CATEGORIES) {
    const flag = (value as Record<string, unknown>)[category];
    if (typeof flag === 'boolean') settings[category] = flag;
  }
  return settings;
}

export function enabledCategories(settings: CategorySettings): Category[] {
  return CATEGORIES.filter((category) => settings[category]);
}

/** The part of browser.storage.local used here. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(storage: StorageAreaLike): Promise<CategorySettings> {
  return parseSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(storage: StorageAreaLike, settings: CategorySettings): Promise<void> {
  await storage.set({ [SETTINGS_KEY]: settings });
}
