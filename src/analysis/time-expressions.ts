// When a commitment is due, as statements say it: "in 2025", "by the end of
// the year", "in the coming year", "next month", "by March 2026". The first
// match in a commitment's sentence is its time.

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * Each pattern with what every one of its matches holds: a number, or one of
 * a few words (lower case). Most sentences hold none, and skip the pattern
 * without running it.
 */
const TIME_PATTERNS: readonly { pattern: RegExp; needs: 'digit' | readonly string[] }[] = [
  { pattern: new RegExp(`\\b(?:by|before|no later than|until|through) (?:the end of )?(?:${MONTH} (?:\\d{1,2}, )?)?\\d{4}\\b`, 'i'), needs: 'digit' },
  { pattern: /\b(?:by|before) the end of (?:the |this |next )?(?:year|month|decade|summer|fall|spring|winter|quarter)\b/i, needs: ['end of'] },
  { pattern: /\b(?:in|over|during|within) the (?:coming|next|following) (?:\w+ )?(?:days|weeks|months|years?|decade)\b/i, needs: ['coming', 'next', 'following'] },
  { pattern: new RegExp(`\\b(?:in|by|from) (?:early |mid-|late )?(?:${MONTH} )?(?:19|20)\\d{2}\\b`, 'i'), needs: 'digit' },
  { pattern: /\b(?:next|later this|early next|this) (?:year|month|week|spring|summer|fall|autumn|winter)\b/i, needs: ['next', 'this'] },
  { pattern: /\bwithin \d+ (?:days|weeks|months|years)\b/i, needs: 'digit' },
  { pattern: new RegExp(`\\b(?:on|by|before) ${MONTH} \\d{1,2}(?:, \\d{4})?\\b`, 'i'), needs: 'digit' },
];

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function holdsAny(s: string, words: readonly string[]): boolean {
  for (const word of words) if (s.includes(word)) return true;
  return false;
}

/** The first time expression in `sentence`, as written, or null. */
export function findTime(sentence: string): string | null {
  // A match of the case-blind patterns is a match of its lower-case words in the lower-cased sentence.
  const lower = sentence.toLowerCase();
  const digit = hasDigit(sentence);
  let best: { index: number; text: string } | null = null;
  for (const { pattern, needs } of TIME_PATTERNS) {
    if (needs === 'digit' ? !digit : !holdsAny(lower, needs)) continue;
    const match = pattern.exec(sentence);
    if (match && (!best || match.index < best.index)) best = { index: match.index, text: match[0] };
  }
  return best?.text ?? null;
}

/**
 * The mechanism a commitment works through, as written: "through the C5+1
 * Security Working Group", "through its global award with Catholic Relief
 * Services". A capitalized name after "through", or null.
 */
const MEANS = /\bthrough (?:the |its |their |our |a |an )?((?:[A-Z0-9][\w+.’'&-]*)(?:,? (?:[A-Z0-9][\w+.’'&-]*|of|for|and|on|the|in|to)){0,12})/;

export function findMeans(sentence: string): string | null {
  // Most sentences have no "through": spare them the pattern.
  const match = sentence.includes('through ') ? MEANS.exec(sentence) : null;
  if (!match) return null;
  // A name does not end in a connecting word ("the Group of" → "the Group").
  // Nor in the sentence's full stop (but "U.S." keeps its own).
  const name = match[1]!.replace(/(?<!\b[A-Z])\.$/, '').replace(/(?:,? (?:of|for|and|on|the|in|to))+$/, '');
  return name.length > 1 ? name : null;
}
