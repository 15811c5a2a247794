// Line-level facts: which lines are title-case headings (where every word is
// capitalized, so capitals say little), and how a line that repeats the page's
// own title reads (entitiesIn: a joint statement's title is a named instrument).

import { fold, type Token } from './tokenize';

/** Long words (4+ characters) decide: a heading writes none of them in lower case. */
const LONG = 4;

/** Per token: 1 when its line is a title-case heading. */
export function headingFlags(tokens: readonly Token[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (let s = 0; s < tokens.length; ) {
    let e = s + 1;
    while (e < tokens.length && !tokens[e]!.nl) e++;
    let caps = 0;
    let i = s;
    // Read up to the first long word in lower case, which rules the line out: a paragraph's come early.
    for (; i < e; i++) {
      const t = tokens[i]!;
      if (t.word && !t.num && t.text.length >= LONG) {
        if (!t.cap) break;
        caps++;
      }
    }
    if (caps >= 2 && i === e) flags.fill(1, s, e);
    s = e;
  }
  return flags;
}

/** A line or title folded, its quotes straight and its white space single: a title repeated in the text reads alike. */
export const normalizedLine = (s: string): string => fold(s).replace(/["“”]/g, '"').replace(/\s\s+|[^\S ]/g, ' ').trim();
