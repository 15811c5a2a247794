// Entry shapes shared by the lexicon modules in this folder (pure data, no logic).
// Strings use straight ASCII apostrophes; the matcher is expected to fold curly
// quotes (’ → ') and white space before lookup. Acronyms are meant to be matched
// case-sensitively, names with tolerance for case.

/** A sovereign state (labeling guide: `country`). Demonyms resolve actors but are never entities. */
export interface Country {
  readonly name: string;
  readonly variants: readonly string[];
  readonly demonyms: readonly string[];
  /** Bare name is also a common given name or word ("Chad", "Jordan", "Georgia"): match with context. */
  readonly ambiguous?: boolean;
  /** The guide's label: `country`, or `place` for one that resolves as an actor but is labeled a place (Taiwan). */
  readonly type: 'country' | 'place';
}

/** Labeling guide: `place`. */
export interface Place {
  readonly name: string;
  readonly variants: readonly string[];
  /** Bare name is also a common personal name or word ("Victoria", "Male"): match with context. */
  readonly ambiguous?: boolean;
}

/** Labeling guide: `organization` (bodies, forums, dialogues, programs, events, designated groups, companies). */
export interface Organization {
  readonly name: string;
  readonly acronyms: readonly string[];
  readonly variants: readonly string[];
}

/** Labeling guide: `instrument` (named treaties, agreements, declarations, pledges, resolutions, laws). */
export interface Instrument {
  readonly name: string;
  readonly variants: readonly string[];
}
