// Is this page a statement, and of what type, date and office? Decided from
// what the page says about itself, strongest evidence first: the type label
// the page shows (from the site adapter, or as a line of the page's header
// text), the category an embassy post is filed under (unless a category of
// every release, "Press Releases", where the title names a type), then the
// title, then cues in the text ("The below is attributable to Spokesperson
// ...", speaker labels). A header listing several statements is an index, not one. Only
// official sites carry statements (the labeling guide); a reprint elsewhere
// is not one.

import { parseDate } from './dates';
import { NON_STATEMENT_LABEL, typeFromLabel, typeFromTitle } from './document-types';
import { isOfficialUrl } from './official-sites';
import { titleEnd } from './entities/people';
import { tokenize } from './entities/tokenize';
import { speakerLabelAt } from './sentences';
import type { PageMeta, StatementInfo } from './types';

/** How many non-empty lines at the top of the text count as the page's header. */
const HEADER_LINES = 8;

/**
 * Header lines are short (a label, a byline with its topics, an author);
 * a longer one is a paragraph of the body, whose start is all a cue reads.
 */
const HEADER_LINE_CHARS = 240;

/** Lines read at most for the header and for a speaker label. */
const FIRST_LINES = 400;

// A pattern one function alone reads is written where it reads it rather than named apart: a regex literal in
// place is shorter in the bundle than a variable (33 bytes gzipped over this file's nine). Those read twice are named.

/**
 * "Office of the Spokesperson", "Bureau of African Affairs", a mission or embassy ("U.S. Mission to the United Nations").
 * Only tested: "Embassy" and "Mission" are listed in the order gzip packs smallest.
 */
const OFFICE_LINE = /^(Office of the [A-Z][\w ,'’-]+|Bureau of [A-Z][\w ,'’-]+|U\.S\. (Embassy|Mission) [\w ,.'’-]+)$/;
/** Author lines are short; testing long paragraphs would only cost time. */
const AUTHOR_LINE_CHARS = 200;

/**
 * "Marco Rubio, Secretary of State", "Ned Price, Department Spokesperson",
 * "Brian A. Nichols, Assistant Secretary of State for Western Hemisphere
 * Affairs": a name, a comma, and a portfolio that holds a title (a dateline
 * holds none: "Washington, DC").
 */
function isAuthorLine(line: string): boolean {
  if (line.length > AUTHOR_LINE_CHARS) return false;
  const comma = line.indexOf(', ');
  // The author's name, before the comma: every word capitalized ("Thank you, Mr. President." is none).
  if (comma < 0 || !/^\p{Lu}[\p{L}.'’"-]*( ["“]?\p{Lu}[\p{L}.'’"”-]*)*$/u.test(line.slice(0, comma))) return false;
  const portfolio = line.slice(comma + 2);
  // The portfolio after the comma: capitalized words ("COVID-19", "(LGBTQI+)" included), their joiners and commas
  // ("Under Secretary for Economic Growth, Energy, and the Environment"): each word followed by its joiner or the line's
  // end, the word's pattern written once (6 bytes gzipped against words joined as "W(,? W)*"; a header line ends in no
  // space, so no joiner can end it); and a title anywhere in it ("Assistant Secretary", "Spokesperson", "Coordinator"),
  // as the person rules read titles.
  return (
    /^(([\p{Lu}\d(][\p{L}\p{N}.'’()+&/-]*|of|for|and|on|the|in|to|at|a|an)(,? |$))+$/u.test(portfolio) &&
    tokenize(portfolio).some((_, i, tokens) => titleEnd(tokens, i) > i)
  );
}

/** Whether the text's first lines hold a speaker label: one is enough, as statements never print them, speeches do. */
const isTranscript = (lines: string[]): boolean => lines.some(speakerLabelAt);

/** An author line that names a person, not an office: "Ned Price, Department Spokesperson". */
const isPersonAuthorLine = (line: string): boolean => isAuthorLine(line) && !OFFICE_LINE.test(line);

/**
 * The type from the text alone, when neither label nor title gives one. A
 * statement words its attribution as a readout does ("The following is
 * attributable to Spokesperson ..."), but opens with its author's line.
 */
function typeFromText(text: string, header: string[], lines: string[]): string | null {
  const authored = header.some(isPersonAuthorLine);
  if (!authored && header.some((line) => /^The (following|below) is attributable to (the )?Spokes(man|woman|person)\b/i.test(line))) return 'Readout';
  // How a speech's text was given, as its header says: "As Delivered", "As Prepared for Delivery".
  if (isTranscript(lines) || header.some((line) => /^As (Prepared|Delivered)\b/i.test(line))) return 'Remarks';
  // "The following is the text of a joint statement ...", "... was released by the Governments of ...", in the text's
  // opening with its white space single, as the header's lines are made: only the runs that change are matched, not every space.
  if (
    /^Begin\s+Text[:.]?$/im.test(text.slice(0, 3000)) ||
    /\b(The (text of the )?following (is the text of (the|a) )?joint statement|(statement|text) was released by the Governments of|The undersigned)\b/i.test(
      text.slice(0, 1500).replace(/\s\s+|[^\S ]/g, ' '),
    )
  )
    return 'Joint Statement';
  if (authored) return 'Press Statement';
  if (header.includes('Office of the Spokesperson')) return 'Media Note';
  return null;
}

function officeFrom(meta: PageMeta, header: string[]): string | null {
  // The adapter's office, when it gives one; else the header's.
  return (
    meta.office?.trim() ||
    (header.find((line) => OFFICE_LINE.test(line) || isAuthorLine(line)) ?? header.map((line) => BYLINE.exec(line)?.[1]).find(Boolean) ?? null)
  );
}

function dateFrom(meta: PageMeta, header: string[], text: string, title: string): string | null {
  // A header line that is a date and little else.
  const headerDate = header.map((line) => (line.length <= 40 ? parseDate(line) : null)).find(Boolean);
  // A briefing's or an update's title ends with its date, after its last dash ("Department Press Briefing – May 31, 2022");
  // an anniversary's names another ("... of the September 11, 2001 Attacks").
  return (
    parseDate(meta.dateText ?? '') ??
    headerDate ??
    parseDate(/[–—-]\s*([^–—-]+)$/.exec(title)?.[1] ?? '') ??
    parseDate(text.slice(0, 600)) ??
    // The year and month a release URL carries (/releases/<office>/2026/01/...), read as "2026-01".
    (/\/(20\d\d)\/(0[1-9]|1[0-2])\//.exec(meta.url)?.slice(1, 3).join('-') ?? null)
  );
}

/**
 * An embassy post's byline: "By U.S. Embassy Ulaanbaatar | 5 February, 2026 | Topics: Press Releases, ...". Read on
 * header lines only, whose white space is single spaces (statementIn), so a space is spelled plainly, as in the
 * categories' patterns below.
 */
const BYLINE = /^By ([^|]{2,80}?) ?\|/;

/**
 * The type a header line files the page under, as embassy sites print it
 * (they show no type label): a category of the byline's topics or a step of
 * the breadcrumb trail that names a kind of document.
 */
function typeFromCategories(line: string): string | null {
  // The categories a post is filed under ("Topics: Press Releases, U.S. & Mongolia"), or a breadcrumb trail's steps
  // ("Home | News | Press Releases", "Home » Remarks"). A header line's white space is single spaces: one is spelled plainly.
  const topics = /\bTopics?: ?(.+)$/i.exec(line)?.[1];
  const names = topics ? topics.split(',') : /^Home ?[|»›>/]/i.test(line) ? line.split(/[|»›>/]/) : [];
  return names.map(typeFromLabel).find(Boolean) ?? null;
}

/** A page's statement facts, for a caller that may have its title alone (tests, tools): the text defaults to none. */
export const detectStatement = (meta: PageMeta, text = ''): StatementInfo => statementIn(meta, text);

/** detectStatement for analyze(), which always has the text: apart, so the default it never needs does not ship (5 bytes gzipped). */
export function statementIn(meta: PageMeta, text: string): StatementInfo {
  // The text's first FIRST_LINES lines, trimmed, the empty ones left out (split with a limit still scans the whole text
  // for line breaks, at some 2 GB/s).
  const lines = text.split('\n', FIRST_LINES).map((line) => line.trim()).filter(Boolean);
  // The header: the lines where pages print office, title, type and date. They start two lines above the line that
  // repeats the page's title (a byline or an office prints there), whatever banner, menus and breadcrumb a page's text
  // holds above it ("An official website of the United States Government", "Menu", "Home"), and at the first line when
  // no line repeats the title. A paragraph is cut to its start and marked with an ellipsis, so a whole-line pattern
  // never takes the cut start for a whole line; cutting first spares the cues below from scanning whole paragraphs. A
  // no-break space is a space: the patterns below spell spaces plainly. Each run of white space becomes one space; the
  // runs that are one already are left unmatched, as most are, so a line costs a scan, not a match per word.
  const title = meta.title.trim();
  const header = lines
    .slice(Math.max(0, lines.indexOf(title) - 2))
    .slice(0, HEADER_LINES)
    // The title's own line is none of the header's facts, though it may read as one: it may name the page's own office
    // ("Office of the Spokesperson", an office's page, or "U.S. Embassy Announces ...") or be titled as a label is
    // labeled too (an archived briefing is titled "Daily Press Briefing" above the byline's "Daily Press Briefing").
    .filter((line) => line !== title)
    .map((line) => (line.length > HEADER_LINE_CHARS ? line.slice(0, HEADER_LINE_CHARS) + '…' : line).replace(/\s\s+|[^\S ]/g, ' '));
  // Type labels among the header lines. A statement's header shows one at most; two or more are the items
  // of a list of statements: an index, a search page, an office's releases.
  const labels = header.map(typeFromLabel).filter(Boolean) as string[];
  // No statement here: a list of them (a search, an index), or a page its title or label files as a kind the guide does not list.
  // A site's search lists statements and their titles ("/?s=joint+statement", "/search?q=..."), a country's page links
  // the country's fact sheet by its label ("/countries-areas/mongolia/"): no statement, though they name their types.
  const notOne =
    /[?&](s|q|query)=|\/search\/?(\?|$)|\/countries-areas\b/.test(meta.url) ||
    [title, meta.docTypeLabel ?? '', ...header].some((line) => NON_STATEMENT_LABEL.test(line)) ||
    (!meta.docTypeLabel && (labels.length >= 2 || header.filter((line) => BYLINE.test(line)).length >= 2));
  const titled = typeFromTitle(title);
  const filed = labels[0] ?? header.map(typeFromCategories).find(Boolean);
  const type = notOne
    ? null
    : (typeFromLabel(meta.docTypeLabel) ??
      // A category of every kind of release ("Press Releases"): a title's own type ("Joint Statement on ...") says more.
      (filed === 'Press Statement' && titled && header.some((line) => /\breleases\b/i.test(line)) ? titled : filed) ??
      // What a title that announces an event or a trip ("Secretary Roe's Travel to Chile") heads: a media note,
      // the office's; the Spokesperson's statement under a person's byline ("Ned Price, Department Spokesperson");
      // a briefing when the trip is previewed on a call (speaker labels).
      (titled === 'Media Note' ? (isTranscript(lines) ? 'Special Briefing' : header.some(isPersonAuthorLine) ? 'Press Statement' : 'Media Note') : titled) ??
      typeFromText(text, header, lines) ??
      // A release's own page (/releases/<office>/2026/01/<title>/) whose text shows no header: the Spokesperson's
      // releases are statements, most often press statements, though only a label tells which. So is an embassy's post
      // its byline files as news and under no type ("Topics: News, U.S. & Mongolia"; an alert is filed as an alert).
      // So is a page at the root of state.gov ("https://www.state.gov/<its-title>/") whose text, with no header, opens as
      // news does, in its title or its first words: with what happened "today", what was announced, hosted, signed or
      // launched, whom the Secretary appointed, what reward is offered, or a national day's congratulations ("United
      // States Hosts U.S.-EU Space Dialogue" over a first sentence that sets the scene). Its root also holds pages of
      // other kinds, an office's or an official's, whose openings say what the office does or who the official is, and
      // may give a date: these words were chosen as such openings do not use them, which no rule here checks. Only
      // tested: they are in the order gzip packs smallest.
      (/\/releases\/.*\/20\d\d\/\d\d\/./.test(meta.url) ||
      header.some((line) => /\bTopics?:.*\bNews\b/.test(line)) ||
      (/^https:\/\/www\.state\.gov\/[\w-]+\/?([?#]|$)/.test(meta.url) && /\b(launch|today|reward|announc|congratulat|host|appoint|signed)/i.test(title + text.slice(0, 150)))
        ? 'Press Statement'
        : null));
  return {
    isStatement: isOfficialUrl(meta.url) && !!type,
    type,
    date: dateFrom(meta, header, text, title),
    office: officeFrom(meta, header),
    location: meta.location?.trim() || null,
    title,
  };
}
