// The recurring mechanism a statement belongs to — a named dialogue,
// working group, commission or consultations — as one normalized name, so
// the eighth "U.S.-Mongolia Strategic Dialogue" and the ninth group
// together whatever the title's wording around it.

/** The words that make a name a recurring mechanism. */
const MECHANISM = /\b(?:dialogue|working group|consultations|commission|council|forum|talks|ministerial|summit|2\s*\+\s*2|committee|roundtable|task force|partnership)\b/i;

/** What titles put around a mechanism's name: document types, framing, ordinals, years. */
const FRAMING =
  /^(?:joint statement|joint press statement|statement|readout|media note|fact sheet|remarks|press statement|co-chairs'? statement|chair'?s'? statement)s?\b[^a-z0-9]*(?:\b(?:on|of|from|for|following|after|at|by)\b\s*)*/i;
const ORDINAL = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|inaugural|annual|latest|next)\b/gi;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const UNITED_STATES = /\b(?:u\.\s?s\.(?:\s?a\.)?|usa|united states of america)(?=[\s-–—]|$)/gi;

export function normalizeSeries(name: string): string {
  return name
    .replace(FRAMING, '')
    .replace(UNITED_STATES, 'united states')
    .replace(ORDINAL, ' ')
    .replace(YEAR, ' ')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word that can be part of a mechanism's name: capitalized, a number, an abbreviation, or a joining word. */
const NAME_WORD = /^(?:[A-Z0-9“"'‘][\w.+’'“”"‘–—-]*|of|and|on|for|the|&)$/;
/** "on May 3" is a date, not the subject of a working group. */
const NOT_A_SUBJECT = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const JOINING = /^(?:of|and|on|for|the|&)$/;
const MECHANISM_END = /^(?:dialogue|group|consultations|commission|council|forum|talks|ministerial|summit|2\+2|committee|roundtable|force|partnership)[”"’']?[.,;:]?$/i;

/** The name ending in the first mechanism word of `source` (and its "on Energy ..." subject), or null. */
function mechanismName(source: string): string | null {
  const words = source.split(/\s+/).filter(Boolean);
  const end = words.findIndex((word, index) => MECHANISM_END.test(word) && (!/^(?:group|force)/i.test(word) || /^(?:working|task)$/i.test(words[index - 1] ?? '')));
  if (end < 0) return null;
  let start = end;
  while (start > 0 && NAME_WORD.test(words[start - 1]!) && !/[.;:]$/.test(words[start - 1]!)) start--;
  while (start < end && JOINING.test(words[start]!)) start++;
  let stop = end + 1;
  if (/^(?:on|for)$/.test(words[stop] ?? '') && /^[A-Z]/.test(words[stop + 1] ?? '') && !NOT_A_SUBJECT.test(words[stop + 1]!)) {
    stop += 2;
    while (stop < words.length && (/^[A-Z]/.test(words[stop]!) || (words[stop] === 'and' && /^[A-Z]/.test(words[stop + 1] ?? '')))) stop++;
  }
  return words.slice(start, stop).join(' ');
}

/** The series of a statement from its title (or, failing that, its opening sentence); null when it names no mechanism. */
export function seriesOf(title: string, opening = ''): string | null {
  for (const source of [title, opening]) {
    if (!MECHANISM.test(source)) continue;
    const name = mechanismName(source);
    const normal = name ? normalizeSeries(name) : '';
    if (normal.split(' ').length >= 2) return normal;
  }
  return null;
}
