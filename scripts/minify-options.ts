// How the extension's scripts are minified: by terser, the build's minifier
// (wxt.config.ts), and the same options measure the analysis on its own
// (analysis-size.ts). Terser with two compress passes packs the analysis
// core about 200 bytes gzipped (0.5%) smaller than vite's default (oxc),
// which the 40 KB budget turns into room for rules. Safari 10's workaround
// (vite turns it on) is off: the extension runs only in Chrome and Firefox.
import type { MinifyOptions } from 'terser';

/**
 * Property names only the analysis core uses, on objects that never leave the background script: lexicon entries'
 * fields, the phrase trie's ends and their case rules, an entity candidate's rank, the entity rules' context, a
 * sentence's speaker, a subject's entity test, a token's facts. Terser renames them as it renames variables (Preact mangles its own internals
 * so): 178 bytes gzipped off the analysis. Renamed within each chunk, so
 * safe only while no such property crosses a chunk or a message, and no code reads one by a name it computes or on
 * an object the browser made: minify-options.test.ts holds every name out of the properties of all code the extension
 * builds outside src/analysis and out of the analysis's output types, and analysis-size.test.ts checks the minified
 * bundle's output against the sources'. Some are names DOM objects carry too (a meter's low, a token's): terser
 * renames those only when told `builtins`, which the list, matched whole, confines to these names; today no chunk
 * but the background's reads any of them (a build's scripts, searched before they were renamed).
 */
export const INTERNAL_PROPERTIES = [
  // Lexicon entries.
  'acronyms', 'ambiguous', 'demonyms', 'variants',
  // The phrase trie's nodes; an entity candidate.
  'cases', 'ends', 'rank',
  // The entity rules' context, a sentence, a subject's names.
  'knownEnd', 'inKnown', 'transcript', 'lower', 'tokens', 'speaker', 'entityParty',
  // A token.
  'alnum', 'bits', 'nl', 'num', 'sp', 'word', 'low', 'cap', 'upper',
] as const;

export const TERSER_OPTIONS = {
  compress: { passes: 2 },
  mangle: { properties: { regex: new RegExp(`^(${INTERNAL_PROPERTIES.join('|')})$`), builtins: true } },
  safari10: false,
  format: { comments: false },
} satisfies MinifyOptions;
