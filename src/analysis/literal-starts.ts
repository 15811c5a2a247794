// The literal starts of a regular expression's matches, read off its source:
// each alternative's fixed characters up to the first construct that is not
// one (a range, \w, a repeat that may run on), groups and optional parts
// expanded. Every match begins with one of them, so a scan can rule out an
// offset by its first letters without running the pattern (trigger-scan.ts);
// kept beside the pattern rather than written by hand, they cannot drift
// from it.

/**
 * Starts read so far: open ones may still grow, done ones are whole (what follows them is not fixed). A pair rather than
 * an object with two fields, whose names the bundle would spell at every read: shorter in the bundle.
 */
type Starts = [open: string[], done: string[]];

/** What may follow an atom to repeat it. */
const REPEATS = '?*+{';

/** More open starts than this in one branch: stop growing them (each is still a start, only shorter). */
const MAX_STARTS = 512;

/** Matches nothing fixed: a range, \w, the wildcard. */
const ANY = (): Starts => [[], ['']];

/**
 * The starts of `source`'s matches, of the characters in `alphabet` only (any
 * other character ends a start), cut to `maxChars`. An empty start (a match
 * may begin with anything) is returned as '' for the caller to refuse.
 */
export function literalStarts(source: string, alphabet: string, maxChars: number): string[] {
  let i = 0;
  const alternatives = (): Starts => {
    const [open, done] = sequence();
    while (source[i] === '|') {
      i++;
      const [nextOpen, nextDone] = sequence();
      open.push(...nextOpen);
      done.push(...nextDone);
    }
    return [open, done];
  };
  const sequence = (): Starts => {
    let open = [''];
    const done: string[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = atomAt();
      const repeat = source[i];
      const runsOn = repeat === '*' || repeat === '+' || repeat === '{';
      const optional = repeat === '?' || repeat === '*' || (repeat === '{' && source[i + 1] === '0');
      if (repeat === '{') i = source.indexOf('}', i);
      if (repeat === '?' || runsOn) i++;
      if (!atom || !open.length) continue;
      const [atomOpen, atomDone] = atom;
      // After a repeat that may run on, what follows is not fixed.
      if (runsOn) atomDone.push(...atomOpen.splice(0));
      if (optional) atomOpen.push('');
      const grown: string[] = [];
      for (const s of open) {
        for (const a of atomDone) done.push((s + a).slice(0, maxChars));
        for (const a of atomOpen) (s.length + a.length < maxChars ? grown : done).push((s + a).slice(0, maxChars));
      }
      if (grown.length > MAX_STARTS) done.push(...open);
      open = grown.length > MAX_STARTS ? [] : grown;
    }
    return [open, done];
  };
  /** The atom at i, read past; null for one that matches no text (a lookaround, \b). */
  const atomAt = (): Starts | null => {
    const c = source[i++]!;
    if (c === '(') {
      // "(?:", or a lookaround: "(?=", "(?!", "(?<=", "(?<!".
      const kind = source[i] === '?' ? source.slice(i + 1, i + 3) : '';
      if (kind) i += 2 + +(kind[0] === '<');
      const inner = alternatives();
      i++; // ")"
      return /^<?[=!]/.test(kind) ? null : inner;
    }
    if (c === '[') {
      const end = source.indexOf(']', i + 1);
      const chars = [...source.slice(i, end)];
      i = end + 1;
      // Only a set of the alphabet's characters is fixed: "[ds]", not "[a-z]" or "[^,]".
      return chars.every((ch) => alphabet.includes(ch)) ? [chars, []] : ANY();
    }
    if (c === '\\') {
      const e = source[i++]!;
      if (e === 'b' || e === 'B') return null;
      return /[a-zA-Z]/.test(e) || !alphabet.includes(e) ? ANY() : [[e], []];
    }
    if (c === '^' || c === '$') return null;
    if (c === '.' || !alphabet.includes(c)) return ANY();
    // A run of fixed characters is one atom (a start grows by the run, not letter by letter), up to
    // the last character before a repeat, which the repeat applies to alone.
    let run = c;
    while (i < source.length && source[i] !== '.' && alphabet.includes(source[i]!) && !REPEATS.includes(source[i + 1] ?? '|')) run += source[i++];
    return [[run], []];
  };
  return [...new Set(alternatives().flat())];
}
