// The analyzer's indexes (the gazetteer trie, the party names) are built on
// first use. A caller that must keep every task short (the page layer) can
// build them a slice at a time first; analyze() builds whatever is left.

import { buildGazetteerStep } from './entities/gazetteer';
import { prepareParties } from './parties';

/** Names added to the gazetteer per step: a few milliseconds of work. */
const NAMES_PER_STEP = 600;

/** One slice of preparation; true once everything is built. */
export function prepareStep(): boolean {
  if (!buildGazetteerStep(NAMES_PER_STEP)) return false;
  prepareParties();
  return true;
}
