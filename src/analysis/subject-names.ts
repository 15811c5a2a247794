// Who a commitment's subject names, asked by offsets in its sentence: the
// parties (countries, signing bodies) in its words, and whether an entity
// there is a person, country or organization. Answered from the document's
// own tokens and entities, so no subject is tokenized again.

import { tokensWithin, type Token } from './entities/tokenize';
import { namedParties, partiesIn } from './parties';
import type { Entity } from './types';

export class SubjectNames {
  // Declared, then set in the constructor, as Token's are: parameter properties would also emit a class field each.
  private declare readonly text: string;
  private declare readonly tokens: readonly Token[];
  /** The sentence's offset in the text. */
  private declare readonly base: number;
  /** The entities that start in the sentence. */
  private declare readonly entities: readonly Entity[];

  /**
   * The names of the sentence at `base` of `text`, holding `entities`: one a sentence, made where the sentence is read
   * (a method that moved one object from sentence to sentence cost more in the bundle).
   */
  constructor(text: string, tokens: readonly Token[], base: number, entities: readonly Entity[]) {
    this.text = text;
    this.tokens = tokens;
    this.base = base;
    this.entities = entities;
  }

  /** namedParties of the sentence's characters [from, to). */
  parties(from: number, to: number): string[] {
    const start = this.base + from;
    const end = this.base + to;
    const within = tokensWithin(this.tokens, start, end);
    // A token cut by a bound ("we" of "we'll"): that stretch alone tokenizes otherwise.
    return within ? partiesIn(within) : namedParties(this.text.slice(start, end));
  }

  /**
   * Entities name parties too: a subject holding a named person, country or
   * organization ("The ACA will ...", "Minister Tsend plans to ...") is one.
   */
  entityParty(from: number, to: number): boolean {
    const start = this.base + from;
    const end = this.base + to;
    return this.entities.some((e) => e.start >= start && e.end <= end && (e.type === 'person' || e.type === 'country' || e.type === 'organization'));
  }
}
