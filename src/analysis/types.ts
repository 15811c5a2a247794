// The data the analysis core hands to every other layer. Plain JSON-safe
// objects: they cross the messaging boundary and are stored in IndexedDB.

/** What a site adapter (or a corpus file) knows about a page besides its text. */
export interface PageMeta {
  url: string;
  title: string;
  /** The document-type label the page shows ("Joint Statement", "Readout"). */
  docTypeLabel?: string;
  /** The publication date as the page writes it ("January 14, 2026"). */
  dateText?: string;
  office?: string;
  location?: string;
}

export interface StatementInfo {
  isStatement: boolean;
  /** Canonical document type, e.g. "Joint Statement"; null when unknown. */
  type: string | null;
  /** ISO 8601 date: YYYY-MM-DD, or YYYY-MM when only the URL gives the month. */
  date: string | null;
  office: string | null;
  location: string | null;
  title: string;
}

export type Strength = 'firm' | 'intent' | 'support';

export interface Commitment {
  id: string;
  start: number;
  end: number;
  strength: Strength;
  trigger: string;
  actors: string[];
  /** When it is due, as written ("in 2027", "by the end of the year"). */
  time: string | null;
  /** Where, as written: the first place after the trigger that a preposition of place opens ("in Darkhan"). */
  place: string | null;
  /** Through what: the mechanism named after "through" ("the C5+1 Security Working Group"). */
  means: string | null;
}

export type EntityType = 'person' | 'country' | 'organization' | 'place' | 'date' | 'instrument';

export interface Entity {
  id: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** Groups mentions of one thing ("Lu" with "Donald Lu"). */
  key: string;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface EntityCount {
  key: string;
  type: EntityType;
  /** The longest surface form seen for this key. */
  text: string;
  mentions: number;
}

export interface Summary {
  /** Up to three sentences of the text that carry the statement, in text order. */
  sentences: SentenceSpan[];
  parties: string[];
  commitments: Record<Strength, number>;
  /** The most mentioned entities, most first. */
  topEntities: EntityCount[];
}

export interface Analysis {
  statement: StatementInfo;
  /** The governments and bodies the document names as its parties. */
  parties: string[];
  commitments: Commitment[];
  entities: Entity[];
  summary: Summary;
}
