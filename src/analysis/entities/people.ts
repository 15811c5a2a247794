// Persons, labeled without their title: "Secretary of State Marco Rubio" gives
// "Marco Rubio"; "Assistant Secretary for X Affairs Jane Roe" skips the portfolio;
// "Marco Rubio, Secretary of State" (a byline); "U.S. citizen Jane Roe"; a
// transcript speaker label ("SECRETARY RUBIO:" gives "RUBIO"); and, in
// transcripts, a first name used to address someone ("Linda, thank you").

import { GIVEN_NAMES, LEADER_SURNAMES, NON_PERSON_SPEAKER_LABELS, PERSON_ROLE_NOUNS, PERSON_TITLES, TITLE_MODIFIERS } from '../lexicons';
import { speakerLabelAt as lineSpeakerLabel } from '../sentences';
import type { Span } from './dates';
import { addPhrase, longestAt, newTrie } from './phrase-trie';
import { capOnLine, tightHyphenAt, type Token, tokenBefore } from './tokenize';
import { isCommonWord, isDemonym, isFunctionWord, isNameWord } from './vocabulary';
import { phraseSet, wordSet } from '../word-set';

const TITLES = newTrie<true>();
for (const t of PERSON_TITLES) addPhrase(TITLES, t, true);
const NON_PERSON = new Set(NON_PERSON_SPEAKER_LABELS);
const ROLE_NOUNS = new Set(PERSON_ROLE_NOUNS);
// The word sets below are read only by has(): their words are listed in the order gzip packs smallest.
/** Lower-case particles inside names ("Osama bin Laden", "Ursula von der Leyen"). */
const PARTICLES = wordSet('Ibn Al da El bin der la al bint Bin de del den do le dos du el ibn Abu van von');
/** A particle at k hyphened to the word after it: the "al-" of "Adel al-Jubeir", "al-Aqsa Mosque". */
const hyphenedParticleAt = (tokens: readonly Token[], k: number): boolean => tightHyphenAt(tokens, k + 1) && PARTICLES.has(tokens[k]!.text);
/** Regnal or family numbers after a title, skipped: "Foreign Minister II Erywan Yusof". I to VIII: I-III and VI-VIII, then IV and V. */
const ROMAN = /^(V?I{1,3}|I?V)$/;
/** A regnal number after a name, on its line (not "I": "President Roe I think"): never a surname alone. */
export const isRegnal = (t: Token | undefined): boolean => !!t && !t.nl && t.text !== 'I' && ROMAN.test(t.text);
/** Honorifics hyphened to a name, which the guide leaves out as it does titles. */
const HONORIFICS = wordSet('ji san sama sahib');
/** Letters a member of a parliament writes after the name (British and Irish usage). */
const POST_NOMINALS = wordSet('MP TD MEP');
// The numbers are set here, before any function that reads them: terser writes a constant in where it is read
// only when it is set first, and a constant left a variable costs the bundle bytes.
/** A name rarely has more words than this; stops runaway runs in headings. */
const MAX_NAME_WORDS = 4;
/** Longer than any title, its modifiers and chained titles ("Acting Principal Deputy Assistant Secretary of State", "U.S." four tokens). */
const MAX_TITLE_TOKENS = 16;
/** Name words a portfolio's name keeps when none of its words is a given name: "... Mineral Resources [Jane Roe]". */
const PORTFOLIO_NAME_WORDS = 2;
/** Words a portfolio may contain between a title and the name ("for South and Central Asian Affairs"). */
const PORTFOLIO_JOINERS = wordSet('& and for - of on the');

export interface NameContext {
  /** The text the tokens are of. */
  text: string;
  tokens: readonly Token[];
  /** Words the document also writes in lower case (see vocabulary.ts). */
  lower: ReadonlySet<string>;
  /** End of the lexicon name starting at each token, 0 if none: a known place is no one's name. */
  knownEnd: Uint32Array;
  /** 1 for every token inside a lexicon name. */
  inKnown: Uint8Array;
  /**
   * The text has speaker labels: a briefer calls on reporters by name. Set once the cue rules' first round has found
   * them, absent before (read only by the rules after it, barePersonAt's evidence; a false written in first would ship).
   */
  transcript?: boolean;
}

/** End (exclusive) of a run of name words starting at i: "Antony J. Blinken", "Chung Eui-yong", 'Thomas "Tommy" Pigott'. */
export function nameRunEnd({ tokens, lower, knownEnd }: NameContext, i: number, max = MAX_NAME_WORDS, strict = true): number {
  // A generational suffix ends a name ("Ferdinand Marcos Jr."), never opens one: ", Jr." after a name is no name called.
  // (Asked past the last token too, by the echoes: none is a suffix.)
  if ((strict && knownEnd[i]) || /^[js]r$/.test(tokens[i]?.low ?? '')) return i;
  let j = i;
  // Initials opening a name, when a name word follows them: "P.J. Crowley", "J. Christopher Stevens" (never "U.S." alone).
  while (isInitial(tokens[j]) && tokens[j + 1]?.text === '.' && !tokens[j + 1]!.sp) j += 2;
  if (!isNameWord(tokens[j], lower)) j = i;
  let words = j > i ? 1 : 0;
  // Strict runs must end on a word no lexicon name shares: "David Roe" yes, "Camp David" no.
  let strictEnd = i;
  while (words < max) {
    const t = tokens[j];
    if (!t || (j > i && t.nl)) break;
    // After a common given name, a word the document also writes in lower case is a surname all the same: "Ned Price"
    // where prices are read of, "Samantha Power" beside power.
    const common = words === 1 && GIVEN.has(tokens[j - 1]!.low) ? NO_WORDS : lower;
    // An initial inside a name has its period or a name word after it: "Antony J. Blinken", not "President Biden I think".
    // Tested in place: a helper called in this loop shipped as a function of its own (18 bytes gzipped).
    if (isNameWord(t, common) || (j > i && isInitial(t) && ((tokens[j + 1]?.text === '.' && !tokens[j + 1]!.sp) || isNameWord(tokens[j + 1], lower)))) {
      j++;
      words++;
      if (isInitial(t) && tokens[j]?.text === '.' && !tokens[j]!.sp) j++;
      // Hyphenated parts, whatever their case: "Eui-yong", "Thomas-Greenfield"; not an honorific ("Jaishankar-ji", "Takagi-san"),
      // nor a capital letter spelled out ("W-R-A-P-S"), though a small one may be part of a name ("Chan-o-cha").
      while (tightHyphenAt(tokens, j) && tokens[j + 1]!.word && !isInitial(tokens[j + 1]) && !HONORIFICS.has(tokens[j + 1]!.low)) j += 2;
      if (isNameWord(t, common, true)) strictEnd = j;
      continue;
    }
    // A quoted nickname: Thomas "Tommy" Pigott.
    if (j > i && /^["“]$/.test(t.text) && isNameWord(tokens[j + 1], lower, true) && /^["”]$/.test(tokens[j + 2]?.text ?? '')) {
      j += 3;
      continue;
    }
    // "Osama bin Laden"; hyphened to the name: "Adel al-Jubeir", "Abdel Fattah el-Sisi", and so first after a title
    // ("President al-Sisi").
    const k = tightHyphenAt(tokens, j + 1) ? j + 2 : j + 1;
    if ((j > i || k > j + 1) && PARTICLES.has(t.text) && !knownEnd[j] && isNameWord(tokens[k], lower)) {
      j = k;
      continue;
    }
    break;
  }
  return !words ? i : strict ? strictEnd : j;
}

const isInitial = (t: Token | undefined): boolean => !!t?.cap && t.text.length === 1;

/** Words that extend a title to their left ("Acting Secretary", "Vice Foreign Minister"). */
const MODIFIERS: ReadonlySet<string | undefined> = new Set(TITLE_MODIFIERS);

/** Start of the title ending a name's lead-in: walks back over title words before `nameStart`. */
export function titleStartBefore(tokens: readonly Token[], nameStart: number): number {
  let s = nameStart;
  for (let k = nameStart - 1; k >= 0 && k >= nameStart - 6; k--) {
    const end = titleEnd(tokens, k);
    if (end >= s && end > k) s = k;
  }
  while (s > 0 && isModifier(tokens[s - 1])) s--;
  return s;
}

/** In any case: "the former Prime Minister", "and former Director". None past the text's end. */
export const isModifier = (t: Token | undefined): boolean => MODIFIERS.has(t?.low);

/**
 * Title at i, after any modifiers ("Acting", "Principal Deputy") and chained
 * ("Commandant Admiral", "Deputy Secretary of State"); returns its end or i.
 */
export function titleEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  let m = longestAt(TITLES, tokens, j);
  // Past modifiers to the title; a modifier that is a title too ("Deputy", "General") opens the chain.
  // Neither runs past MAX_TITLE_TOKENS: read at every word of an endless "Deputy Deputy ...", they would cost its square.
  while (!m && isModifier(tokens[j]) && j < i + MAX_TITLE_TOKENS) m = longestAt(TITLES, tokens, ++j);
  const start = j;
  // Chained titles may take modifiers of their own: "Principal Deputy Assistant Secretary".
  for (let k = j; m && k < i + MAX_TITLE_TOKENS; m = longestAt(TITLES, tokens, k)) {
    k = j = m.end;
    while (isModifier(tokens[k]) && k < i + MAX_TITLE_TOKENS) k++;
  }
  return j > start ? j : i;
}

/**
 * "Title Name" or "Title for Portfolio Name" starting at i. In a title-case heading
 * ("Deputy Secretary Roe Travels to ...") `known` (when not null) limits the name to words of
 * names found in the body, or to one word when none is known.
 */
export function titledPersonAt(ctx: NameContext, i: number, known?: ReadonlySet<string> | null): Span | null {
  const { tokens } = ctx;
  const j = titleEnd(tokens, i);
  const next = tokens[j];
  // Never a title ending a name hyphened twice ("Port-au-Prince Bar Association"), unlike "Vice-President",
  // nor a post's "General" ("Consulate General Lagos"); nor one with no name after it on its line.
  if (j === i || (tightHyphenAt(tokens, i - 1) && tightHyphenAt(tokens, i - 3)) || tokens[i - 1]?.low === 'consulate' || !next || next.nl) return null;
  if (/^(of|for|to|on)$/.test(next.low) || continuesPortfolio(tokens, i, j)) {
    // Skip the portfolio; the name is the run of name words that ends it. A portfolio listed with
    // commas is read on item by item until a name ends one ("for Economic Growth, Energy, and the Environment Jose W. Fernandez").
    for (let item = j + 1, from = item; ; ) {
      const k = portfolioEnd(tokens, from);
      const name = nameEndingPortfolio(ctx, from - 1, k);
      // A later item ends in a name only as the list's last, after its "and" ("Solidarity, Social Integration, and Family" names no one),
      // or is the name alone, set off by a comma with no "and" after it: "Special Rapporteur on Torture, Jane Roe.",
      // "Ambassador to Spain, Jane Roe, for".
      if (name && (item === j + 1 || (name.start === item && tokens[name.end + 1]?.low !== 'and') || tokens.slice(item, name.start).some((t) => t.low === 'and'))) return name;
      if (tokens[k]?.text !== ',') return null;
      from = item = k + 1;
      if (tokens[from]?.low === 'and') from++;
      if (tokens[from]?.low === 'the') from++;
      // The next official ends the list: "..., Prime Minister Sheikh ...", "..., His Highness ...".
      if (endsPortfolio(tokens, from)) return null;
    }
  }
  const s = ROMAN.test(next.text) ? j + 1 : j;
  let end = nameRunEnd(ctx, s, MAX_NAME_WORDS, false);
  // A regnal number is part of the name: "King Mohammed VI", "Queen Elizabeth II".
  if (end > s && isRegnal(tokens[end])) end++;
  if (known && end > s && known.has(tokens[s]!.low)) {
    let k = s;
    while (k < end && known.has(tokens[k]!.low)) k++;
    end = k;
  }
  return end > s ? { start: s, end } : null;
}

/**
 * An "and" after the title [i, j) that goes on with a portfolio the title holds: "Minister of Foreign
 * Affairs and Trade Jane Roe" (not "The Secretary and Foreign Ministers", "... and Minister Doe").
 */
const continuesPortfolio = (tokens: readonly Token[], i: number, j: number): boolean =>
  tokens[j]!.low === 'and' && tokens.slice(i, j).some((t) => t.low === 'of') && !endsPortfolio(tokens, j + 1);

/**
 * End of a portfolio's words from k: capitalized words and joiners, an acronym in brackets; "U.S." and "J." keep their dots;
 * a name's particle ("... Technology Abdullah al-Swaha"); "and the" ends it ("... Kazakhstan Jane Roe and the delegation").
 * At most 64 tokens, where the corpus's longest portfolio has 25: every title reads on to the end of its portfolio, so a
 * line of endless titles ("Al Secretary of Republic Al Secretary of Republic ...", 390 KB) had cost 7 s.
 */
function portfolioEnd(tokens: readonly Token[], k: number): number {
  for (let left = 64; tokens[k] && !tokens[k]!.nl && left--; k++) {
    const t = tokens[k]!;
    // The portfolio's acronym: "for Educational and Cultural Affairs (ECA) Lee Satterfield".
    if (t.text === '(' && tokens[k + 1]?.upper && tokens[k + 2]?.text === ')') {
      k += 2;
      continue;
    }
    const joins =
      t.cap ||
      (PORTFOLIO_JOINERS.has(t.low) && !(t.low === 'and' && endsPortfolio(tokens, k + 1))) ||
      (t.text === '.' && !t.sp && tokens[k - 1]!.text.length === 1) ||
      (t.low === "'s" && tokens[k + 1]?.cap) ||
      (t.low === 'in' && tokens[k + 1]?.low === 'the') ||
      hyphenedParticleAt(tokens, k);
    if (!joins) break;
  }
  // The sentence's own joiner after a name is not the portfolio's: "... for Yemen David Gressly on a trip".
  while (PORTFOLIO_JOINERS.has(tokens[k - 1]?.low)) k--;
  return k;
}

/** The name ending a portfolio's words (after token `opener`, up to k), or null. */
function nameEndingPortfolio(ctx: NameContext, opener: number, k: number): Span | null {
  const { tokens } = ctx;
  // "Erica Barks-Ruggles", "Khalid Al-Falih": a tight hyphen joins a name's parts.
  const nameish = (t: Token): boolean => isNameWord(t, ctx.lower) || isInitial(t) || t.text === '.' || (t.text === '-' && !t.sp) || PARTICLES.has(t.text);
  let s = k;
  while (s > opener + 1 && nameish(tokens[s - 1]!)) s--;
  // The portfolio's last place or body is not part of the name: "... North America James Roe".
  while (s < k && (tokens[s]!.text === '.' || ctx.inKnown[s] || !(isNameWord(tokens[s], ctx.lower, true) || GIVEN.has(tokens[s]!.low) || isInitial(tokens[s])))) s++;
  s = portfolioNameStart(tokens, s, k);
  const end = s < k ? nameRunEnd(ctx, s, MAX_NAME_WORDS, false) : s;
  // One word ending a portfolio is likely its last word ("Minister of Education, Culture"), unless a
  // sentence goes on after it as after a name ("High Commissioner for Human Rights Bachelet said").
  const alone = nameWords(tokens, s, end) === 1 && !sentenceGoesOn(tokens[end]);
  // A name follows the portfolio's last word, never its joiner: "Envoy to Monitor and Combat Antisemitism" names no one.
  const portfolioOnly = PORTFOLIO_JOINERS.has(tokens[s - 1]!.low);
  return end > s && !alone && !portfolioOnly && k - s <= MAX_NAME_WORDS + 1 ? { start: s, end } : null;
}

/** "and the delegation", "and Mongolian Vice Minister", "and Peru's": an "and" after which the portfolio is over. */
function endsPortfolio(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // One test, not one a case: shorter in the bundle.
  if (
    !t ||
    t.low === 'the' ||
    // "and Pakistan's Ministry ...": a second party.
    tokens[k + 1]?.low === "'s" ||
    // "and Russian officials": a demonym before a word in lower case is the sentence's, no portfolio's ("and European Integration").
    (isDemonym(t.low) && !tokens[++k]?.cap)
  )
    return true;
  // "and U.S. Deputy Secretary ...", "and U.N. Special Envoy ...".
  if (t.text === 'U') k += 4;
  // A title within the next nine words, past those that are none, a body's "of" among them: "and Russian Special
  // Presidential Envoy ...", "and National Security Council Senior Director ...", "and White House Office of National
  // Drug Control Policy Assistant Director ..." (three words had read "African Affairs Molly Phee and National Security
  // Council" as one body, and lost the name; four, "... Affairs Heide Fulton and White House Office of ... Policy").
  for (const end = k + 9; k < end && (tokens[k]?.cap || tokens[k]?.low === 'of'); k++) if (titleEnd(tokens, k) > k) return true;
  return false;
}

/** After a name, a sentence going on: a lower-case word other than a portfolio's joiner or "in" ("said"), or a possessive. */
const sentenceGoesOn = (t: Token | undefined): boolean =>
  !!t && !t.nl && ((t.word && !t.cap && !PORTFOLIO_JOINERS.has(t.low) && t.low !== 'in') || t.low === "'s");

/**
 * Words in [s, e), a hyphened word counted once: a token after a tight hyphen is the second part of a hyphened word
 * ("Barks-Ruggles", "Kyu-duk"), tested in place (a helper of its own costs more in the bundle).
 */
function nameWords(tokens: readonly Token[], s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) if (tokens[k]!.word && !tightHyphenAt(tokens, k - 1)) n++;
  return n;
}

/** Start of the name ending a portfolio at `end`: from its first given name, else at most two words plus initials. */
function portfolioNameStart(tokens: readonly Token[], s: number, end: number): number {
  // A given name opens the name, wherever in the run: "... and Ecological Transition [Gustavo Manrique Miranda]".
  for (let k = s; k < end - 1; k++) if (GIVEN.has(tokens[k]!.low)) return k;
  // Words counted as nameWords counts them: a hyphened word's second part is not one of its own.
  let words = 0;
  for (let k = end - 1; k > s; k--) {
    const t = tokens[k]!;
    if (t.word && !isInitial(t) && !tightHyphenAt(tokens, k - 1) && ++words === PORTFOLIO_NAME_WORDS) return k;
  }
  return s;
}

/**
 * "Jane Roe, Secretary of State" at the start of a line, or '..." Jane Roe, Press Officer at ...';
 * or a name on a line of its own above its title, as older pages print the author ("John Kerry\nSecretary of State").
 */
export function bylinePersonAt(ctx: NameContext, i: number): Span | null {
  const { tokens } = ctx;
  const prev = tokenBefore(tokens, i);
  if (!tokens[i]!.nl && !(prev && /^[,"”]$/.test(prev.text))) return null;
  const end = nameRunEnd(ctx, i);
  // A member's letters after the name are no part of it: "Jane Roe MP, Minister for Sport", "John Doe TD, Minister of State".
  const after = POST_NOMINALS.has(tokens[end]?.text) ? end + 1 : end;
  const next = tokens[after];
  const titled = next?.text === ',' ? capOnLine(tokens[after + 1]) : tokens[i]!.nl && next?.nl && titleLineAt(tokens, after);
  return end - i >= 2 && titled ? { start: i, end } : null;
}

/** A line that opens with a title and names no one after it ("Secretary of State", "Assistant Secretary for ..."; not "MR PRICE:"). */
function titleLineAt(tokens: readonly Token[], k: number): boolean {
  let s = k;
  let t = titleEnd(tokens, s);
  // One word may open the line before its title ("Foreign Secretary"): the lexicon lists the title, not each word before it.
  if (t === s && !tokens[k + 1]?.nl) t = titleEnd(tokens, ++s);
  return t > s && !capOnLine(tokens[t]);
}

/** "citizen Jane Roe", "detainee John Doe", "his spouse, Jane Roe": a role noun in lower case, then a full name. */
export function rolePersonAt(ctx: NameContext, i: number): Span | null {
  const t = ctx.tokens[i]!;
  const n = ctx.tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  // The name needs a capital next: most words fail that before any lookup.
  if (t.cap || !ctx.tokens[n]?.cap || !ROLE_NOUNS.has(t.low)) return null;
  const end = nameRunEnd(ctx, n);
  return end - n >= 2 ? { start: n, end } : null;
}

/**
 * Start of a name in capitals ending at token `i`, a surname the body names:
 * a public schedule heads each official's entry "DEPUTY SECRETARY WENDY R.
 * SHERMAN". Takes the initials and up to two words before it on its line,
 * stopping after a given name or before a common word ("... HUMAN RIGHTS UZRA ZEYA").
 */
export function capitalsNameStart({ tokens, lower }: NameContext, i: number): number {
  let s = i;
  for (let words = 0; words < 2 && !tokens[s]!.nl; ) {
    const t = tokens[s - 1]!;
    if (t.text === '.' && isInitial(tokens[s - 2])) s -= 2;
    else if (t.upper && !isCommonWord(t.low, lower)) {
      s--;
      words++;
      if (GIVEN.has(t.low)) break;
    } else break;
  }
  return s;
}

/**
 * Start of a name ending at token `i`, a surname the document names as a person elsewhere
 * ("Special Representative Roe"): the name word before it, its given name ("... announce
 * Dilawar Roe as"), when the two stand alone as barePersonAt's runs do.
 */
export const surnameNameStart = (ctx: NameContext, i: number): number => (opensBareName(ctx.tokens[i - 2]) && nameRunEnd(ctx, i - 1, 2) > i ? i - 1 : i);

/**
 * Articles and possessives: what follows them is a thing, not a person ("the Gold Star families").
 * Not "that", far more often the conjunction ("we are glad that Robert Roe is home") than a determiner.
 */
const BARE_BLOCKERS = wordSet('a an this the these those our its their his her your my');

/** A token after which a bare name may stand: a comma, a colon ("Latvia: Jane Roe, Minister of ..."), "With", or a lower-case word other than an article or possessive. */
const opensBareName = (p: Token | undefined): boolean | undefined => p && (',;:'.includes(p.text) || p.text === 'With' || (p.word && !p.cap && !p.num && !BARE_BLOCKERS.has(p.low)));

const GIVEN: ReadonlySet<string | undefined> = new Set(GIVEN_NAMES);
const NO_WORDS: ReadonlySet<string> = new Set();
/** Listed in lower case, as a token's lower-case word looks them up. */
const LEADERS = new Set(LEADER_SURNAMES);
/** A briefer calling on a reporter, in a transcript: "We'll go to the line of Jane Roe", "a question from Jane Roe". */
const CALLS = phraseSet('line of|go to|turn to|question from|hear from|start with');
/** A Russian or Ukrainian middle name, from the father's: "Pavel Valeryevich Frolov", "Elena Petrovna Roe". */
const PATRONYMIC = /[oe]v(i?ch|na)$/;
/** Verbs of speech next to a name: "said Jane Roe", "Jane Roe told reporters". */
const SPEECH_VERBS = wordSet('added stated noted explained stressed says urged said told');

/**
 * Evidence that a bare run of capitalized words is a person, since capitals alone also make
 * headings and unlisted bodies or places ("Light Industry", "South Gobi"): a common given name
 * first, a middle initial ("Jane Q. Roe") or patronymic, a verb of speech right before or after, or in a transcript a briefer's call ("go to Jane Roe").
 * `transcript` is read for its truth only: no default, which would ship for nothing.
 */
export function personEvidence(tokens: readonly Token[], s: number, e: number, transcript?: boolean): boolean {
  if (
    GIVEN.has(tokens[s]!.low) ||
    (transcript && CALLS.has(tokens[s - 2]?.low + ' ' + tokens[s - 1]?.low)) ||
    // An interview's title: "Secretary Roe With Jane Doe of Strelsau Television".
    (tokens[s - 1]!.text === 'With' && tokens[e]?.low === 'of')
  )
    return true;
  for (let k = s + 1; k < e; k++) if (isInitial(tokens[k]!) || PATRONYMIC.test(tokens[k]!.low)) return true;
  return titledAfter(tokens, e) || SPEECH_VERBS.has(tokens[e]?.low) || SPEECH_VERBS.has(tokens[s - 1]?.low);
}

/**
 * A title after a comma (or a dash) that ends a name at e, naming no one after it: "led by Jane Roe, Acting Director for Space" (not
 * "in Strelsau, President Roe"). "Jane Roe, the Special Envoy for Holocaust Issues": "the" may open it. Who one is to a
 * body or a person serves as a title: "Jane Roe, the head of Steppe Bank", "the leader of ISIS", "the wife of"; so does an
 * alias that follows: "Jane Roe, also known as Abu Roe".
 * (The words in a pattern tested in place, in the order gzip packs smallest: a word set and its own test were 31 bytes more.)
 */
function titledAfter(tokens: readonly Token[], e: number): boolean {
  const titleAt = tokens[e + 1]?.low === 'the' ? e + 2 : e + 1;
  const title = /^[,–]$/.test(tokens[e]?.text ?? '') ? (/^((son|head|leader|owner|founder|wife|daughter) of|also known)$/.test(tokens[titleAt]?.low + ' ' + tokens[titleAt + 1]?.low) ? titleAt + 1 : titleEnd(tokens, titleAt)) : 0;
  return title > titleAt && !tokens[title]?.cap;
}

/**
 * A world leader often named by surname alone ("Putin's war"), when no capitalized word follows; with the given names
 * written right before it, as the whole name ("Nicolas Maduro", "Recep Tayyip Erdogan").
 */
export function leaderAt({ tokens, lower }: NameContext, i: number): Span | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // The set lookup last: most capitalized words are ruled out by their neighbours.
  // Not after a particle's hyphen: "Haram al-Sharif" is a place ("Bashar al-Assad" is read whole, barePersonAt).
  if (t.upper || (capOnLine(next) && next!.sp) || hyphenedParticleAt(tokens, i - 2) || !LEADERS.has(t.low)) return null;
  let s = i;
  while (s > i - 2 && !tokens[s]!.nl && isNameWord(tokens[s - 1], lower)) s--;
  // Not the end of a longer capitalized run ("Prime Minster Takaichi", a title misspelled), unless a sentence opens it.
  return { start: tokens[s - 1]?.cap && !/[.!?]/.test(tokens[s - 2]?.text ?? '.') ? i : s, end: i + 1 };
}

/** Two or three name words standing alone, with evidence ("... release Robert Roe today"): a weak guess. */
export function barePersonAt(ctx: NameContext, i: number): Span | null {
  const { tokens } = ctx;
  const prev = tokenBefore(tokens, i);
  // After a lower-case word or a comma: not a sentence start, not the tail of a longer phrase or a number ("22 C.F.R. Parts"),
  // not a generic reference ("the Gold Star families").
  // At a sentence's start only a common given name before a verb ("Jane Roe is the ranking member"); the set lookup
  // first, as few capitalized words are given names. A token that holds a stop is the stop alone (tokenize makes every
  // character but a word's its own token): the pattern needs no anchors.
  const opens = prev && GIVEN.has(tokens[i]!.low) && /[.!?]/.test(prev.text);
  // Last, a given name right after a lexicon name: a portfolio ends there ("U.S. Southern Command Jean Roe").
  const afterKnown = (): boolean => ctx.inKnown[i - 1]! > ctx.inKnown[i]! && GIVEN.has(tokens[i]!.low);
  // At a line's start only a name whose second word is a patronymic: a designation's heading or its paragraph ("Elena
  // Petrovna Roe is"). A paragraph that opens as a sentence does, on a common given name before a verb, is `opens`'s case.
  const lineOpens = tokens[i]!.nl && PATRONYMIC.test(tokens[i + 1]?.low ?? '');
  // A salutation addresses a room, not a person: "Distinguished Delegates, the Secretary-General has ...".
  if (!prev || !(tokens[i + 1]?.cap || isInitial(tokens[i]) || hyphenedParticleAt(tokens, i + 1)) || /^(distinguished|esteemed|dear)$/.test(tokens[i]!.low)) return null;
  const standsHere = lineOpens || opens || (!tokens[i]!.nl && (opensBareName(prev) || afterKnown()));
  // Elsewhere the run is not read at all: most capitalized words are ruled out by what stands before them.
  if (!standsHere && !tokens[i]!.nl) return null;
  const end = nameRunEnd(ctx, i);
  // At a line's start also a name its title follows after a comma, as a paragraph opens on who one is: "Jane Roe, the
  // Acting Director of the Office, is ..."; so may a sentence open on a common given name.
  if (!standsHere && !titledAfter(tokens, end)) return null;
  if (end - i < 2 || capOnLine(tokens[end]) || (opens && !(tokens[end]?.word && !tokens[end]!.cap) && !titledAfter(tokens, end))) return null;
  return personEvidence(tokens, i, end, ctx.transcript) ? { start: i, end } : null;
}

/**
 * The index of the label's colon, and the speaker's name within the label, title dropped (null for an anonymous speaker:
 * "QUESTION", "MODERATOR"). A pair rather than an object with two fields, whose names the bundle would spell at each
 * read: shorter in the bundle.
 */
export type SpeakerLabel = [colon: number, name: Span | null];

/**
 * A transcript speaker label at a line start: "SECRETARY RUBIO:" names RUBIO;
 * "QUESTION:" names no one. The line is read as sentences.ts reads it, so
 * the two never disagree on what is a label.
 */
export function speakerLabelAt({ text, tokens }: NameContext, i: number): SpeakerLabel | null {
  const t = tokens[i]!;
  if (!t.nl || !t.upper) return null;
  const lineEnd = text.indexOf('\n', t.start);
  const label = lineSpeakerLabel(text.slice(t.start, lineEnd < 0 ? text.length : lineEnd));
  if (!label) return null;
  let k = i;
  while (tokens[k]!.text !== ':') k++;
  // "SENIOR STATE DEPARTMENT OFFICIAL ONE": an anonymous speaker, numbered (a background briefing's "... OFFICIAL FOUR" too).
  if (NON_PERSON.has(label.replace(/ (ONE|TWO|THREE|FOUR|FIVE|\d)$/, ''))) return [k, null];
  // The name follows the label's last title, wherever it stands ("EXTERNAL AFFAIRS MINISTER JAISHANKAR",
  // "DIRECTOR-GENERAL GROSSI"); a title that would end the label leaves the name to it.
  let s = i;
  for (let j = i; j < k; j++) {
    const end = titleEnd(tokens, j);
    if (end > j && end < k) s = end;
  }
  if (tokens[s]?.text === '.') s++;
  // A portfolio after the title ("SECRETARY OF THE TREASURY YELLEN:"): the name is the label's last word.
  if (s > i && /^(of|for)$/.test(tokens[s]!.low)) s = k - 1;
  return s < k ? [k, { start: s, end: k }] : null;
}

/** In a transcript, a name word addressed to someone: "Linda, thank you", "thank you, Eva-Marie." */
export function vocativeAt(ctx: NameContext, i: number): Span | null {
  const { tokens } = ctx;
  const prev = tokenBefore(tokens, i);
  // After a line start, a speaker label's colon, a comma or "dear".
  const before = tokens[i]!.nl || prev?.text === ',' || prev?.text === ':' || prev?.low === 'dear';
  if (!before) return null;
  const end = nameRunEnd(ctx, i, 1);
  // "Operator, the next question": a role the transcript addresses, not a name; "Secondly, ...": an adverb; "X, Y, or Z": letters.
  if (end === i || isInitial(tokens[i]) || NON_PERSON.has(tokens[i]!.text.toUpperCase()) || (/ly$/.test(tokens[i]!.low) && !GIVEN.has(tokens[i]!.low))) return null;
  // "Thank you, Varre-ji,": past the honorific.
  const k = tokens[end]?.text === '-' && HONORIFICS.has(tokens[end + 1]?.low) ? end + 2 : end;
  const next = tokens[k];
  // A word alone on its line is a heading or a venue ("Chancellery"), not someone addressed. A punctuation token is
  // one character, so the pattern needs no anchors.
  const after = !!next && (/[,.!]/.test(next.text) || (next.nl && !tokens[i]!.nl));
  // A list's middle item, commas and capitalized words on both sides, names no one addressed unless a given
  // name ("camps – Auschwitz, Dachau, Majdanek, and others", "Jews, Muslims, and Christians"; "for Ben, Pierre, and Sasha" names Pierre).
  const listed =
    prev?.text === ',' &&
    !!tokens[i - 2]?.cap &&
    !isFunctionWord(tokens[i - 2]!.low) &&
    next?.text === ',' &&
    (!!tokens[k + 1]?.cap || tokens[k + 1]?.low === 'and') &&
    !GIVEN.has(tokens[i]!.low);
  return after && !listed ? { start: i, end } : null;
}
