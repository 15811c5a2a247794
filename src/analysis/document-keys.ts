// Keys across the windows of one document. A long text is analyzed a window
// at a time (windows.ts), and each window's keys see that window alone: a
// briefing's later windows key the Spokesperson's "Price" apart from the
// "Ned Price" of its first, so a reader saw two people and a card counted
// the mentions of one window. This groups them again as analyzing the whole
// text does (entities/keys.ts): a person's surname or given name, or a name
// without its middle, under the full name that holds it, the first written
// first; a body or a document under its name with "U.S." in front, where the
// document also writes it so ("Holocaust Memorial Museum").
//
// Its own module, importing only types: the content script merges its
// windows with it, and a module of the analysis proper would bring the
// lexicons into every page.

import type { Entity } from './types';

/**
 * Name words of a person's name, lower case ("Eva-Marie" stays one word); a generational suffix is none, so "Joseph R.
 * Biden, Jr." ends in "biden", the word a later "Biden" is looked up by. Read by entities/keys.ts too, which keys one text.
 */
export const nameWords = (key: string): string[] => key.toLowerCase().split(/[\s"“”,]+/).filter((w) => w.length > 1 && !/^[js]r\.?$/.test(w));

/** What the keys of a document's windows, learned window by window, say each key stands for in the whole document. */
export class DocumentKeys {
  /** Full names (two name words or more) by their last word, the first learned kept. */
  private readonly byLastWord = new Map<string, string>();
  /** Full names by each of their other words. */
  private readonly byWord = new Map<string, string>();
  /** Keys of bodies, places and documents. */
  private readonly named = new Set<string>();
  /** keyOf's answers since the last learn(), by type and key: it is asked once a mention, for far fewer keys. */
  private readonly answers = new Map<string, string>();

  /**
   * `keep`: how a key is stored, once, when it is first learned or answered. The CLI copies it out of its window, so
   * that a kept key does not keep the whole window (cli/report.ts says why).
   */
  constructor(private readonly keep: (key: string) => string = (key) => key) {}

  learn(entities: readonly Pick<Entity, 'type' | 'key'>[]): void {
    this.answers.clear();
    for (const { type, key } of entities) {
      if (type !== 'person') {
        if (type !== 'date' && !this.named.has(key)) this.named.add(this.keep(key));
        continue;
      }
      const words = nameWords(key);
      if (words.length < 2) continue;
      let kept: string | undefined;
      for (const [index, word] of words.entries()) {
        const map = index === words.length - 1 ? this.byLastWord : this.byWord;
        if (!map.has(word)) map.set(this.keep(word), (kept ??= this.keep(key)));
      }
    }
  }

  /** The key an entity of the document stands under, its own when no other says more. */
  keyOf(entity: Pick<Entity, 'type' | 'key'>): string {
    const asked = `${entity.type} ${entity.key}`;
    let answer = this.answers.get(asked);
    if (answer === undefined) this.answers.set(this.keep(asked), (answer = this.keep(this.answer(entity))));
    return answer;
  }

  private answer({ type, key }: Pick<Entity, 'type' | 'key'>): string {
    if (type === 'date') return key;
    if (type !== 'person') return this.named.has(`U.S. ${key}`) ? `U.S. ${key}` : key;
    const words = nameWords(key);
    const last = words.at(-1);
    if (!last) return key;
    const full = this.byLastWord.get(last) ?? this.byWord.get(last);
    if (!full || full === key) return key;
    if (words.length === 1) return full;
    // A name of two words or more as the full name that ends in all its words ("Le Drian") or opens with its first
    // (a name written without its middle initial).
    return (' ' + full.toLowerCase()).endsWith(' ' + key.toLowerCase()) || nameWords(full)[0] === words[0] ? full : key;
  }
}

/** A document's entities, each under the key the whole document gives it (the same objects where it is theirs already). */
export function withDocumentKeys<E extends Pick<Entity, 'type' | 'key'>>(entities: readonly E[]): E[] {
  const keys = new DocumentKeys();
  keys.learn(entities);
  return entities.map((entity) => {
    const key = keys.keyOf(entity);
    return key === entity.key ? entity : { ...entity, key };
  });
}
