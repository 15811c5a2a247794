// Line-level facts: which lines are title-case headings (where every word is
// capitalized, so capitals say little), and where the page's own title is
// repeated in the text (a joint statement's title is a named instrument).

import type { Span } from './dates';
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

const norm = (s: string): string => fold(s).replace(/["“”]/g, '"').replace(/\s\s+|[^\S ]/g, ' ').trim();

/** Lines that repeat the page title when it names a joint statement: the statement names itself. */
export function titleLines(text: string, tokens: readonly Token[], title: string): Span[] {
  if (!/\bJoint\s+Statement\b/.test(title)) return [];
  const want = norm(title);
  const out: Span[] = [];
  for (let s = 0; s < tokens.length; ) {
    let e = s + 1;
    while (e < tokens.length && !tokens[e]!.nl) e++;
    // A line whose first character already differs is not worth normalizing whole.
    const first = norm(String.fromCodePoint(text.codePointAt(tokens[s]!.start)!));
    if (want.startsWith(first) && norm(text.slice(tokens[s]!.start, tokens[e - 1]!.end)) === want) out.push({ start: s, end: e });
    s = e;
  }
  return out;
}
