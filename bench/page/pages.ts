// The pages the page-layer bench runs on: the typical statement (fixture a,
// served from its file) and two large pages generated in memory in the same
// current-template markup, so the same site adapter finds their text:
//   - a ~300 KB briefing transcript: fixture c's speaker turns repeated;
//   - a ~2 MB joint statement: fixture a's sections repeated.
// Each repetition gets other numbers, years and a different partner country,
// so the analyzer sees varied text rather than one paragraph it could have
// effectively cached, and the page has as many distinct spans as a real one.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/build';
import { CURRENT_JOINT_STATEMENT } from '../../test/fixtures/urls';

const SITES = join(ROOT, 'test', 'fixtures', 'sites');
const STATEMENT_FILE = join(SITES, 'www.state.gov', new URL(CURRENT_JOINT_STATEMENT).pathname, 'index.html');
const BRIEFING_URL = 'https://www.state.gov/briefings/department-press-briefing-february-3-2026/';
const BRIEFING_FILE = join(SITES, 'www.state.gov', new URL(BRIEFING_URL).pathname, 'index.html');

export const TRANSCRIPT_URL = 'https://www.state.gov/briefings/department-press-briefing-bench-300-kb/';
export const BIG_PAGE_URL = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement-bench-2-mb/';
export const TYPICAL_URL = CURRENT_JOINT_STATEMENT;

export interface BenchPage {
  label: string;
  url: string;
  /** Set for generated pages: served from memory with setPage. */
  html?: string;
  htmlBytes: number;
}

/** Partners swapped in for Mongolia, with the demonym and capital the fixtures use. */
const PARTNERS: ReadonlyArray<readonly [string, string, string]> = [
  ['Mongolia', 'Mongolian', 'Ulaanbaatar'],
  ['Kazakhstan', 'Kazakhstani', 'Astana'],
  ['Vietnam', 'Vietnamese', 'Hanoi'],
  ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['Peru', 'Peruvian', 'Lima'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Ghana', 'Ghanaian', 'Accra'],
  ['Chile', 'Chilean', 'Santiago'],
  ['Jordan', 'Jordanian', 'Amman'],
  ['Philippines', 'Philippine', 'Manila'],
];

/** Repetition `k` of a block: other numbers (years stay years, days stay days) and another partner. */
function vary(block: string, k: number): string {
  const [country, demonym, capital] = PARTNERS[k % PARTNERS.length]!;
  return block
    .replace(/>([^<]*)</g, (_whole, text: string) =>
      `>${text
        .replace(/\bMongolian\b/g, demonym)
        .replace(/\bMongolia\b/g, country)
        .replace(/\bUlaanbaatar\b/g, capital)
        .replace(/\d+/g, (digits) => {
          const n = Number(digits);
          if (n >= 1980 && n <= 2030) return String(2000 + ((n - 2000 + k) % 30));
          return String(n <= 28 ? 1 + ((n + k) % 28) : n + (k % 90));
        })}<`,
    );
}

/** The page's body blocks (from the first paragraph block to the tags block) and what surrounds them. */
function splitBody(html: string): { head: string; blocks: string[]; tail: string } {
  const first = html.indexOf('<div class="wp-block-paragraph">');
  const end = html.indexOf('<div class="wp-block-tags-block');
  if (first < 0 || end < 0) throw new Error('Fixture markup changed: no wp-block-paragraph body before the tags block');
  const blocks = html.slice(first, end).split('\n').filter((line) => line.trim());
  return { head: html.slice(0, first), blocks, tail: html.slice(end) };
}

const textBytes = (blocks: readonly string[]) => blocks.reduce((sum, block) => sum + Buffer.byteLength(block.replace(/<[^>]+>/g, ''), 'utf8'), 0);

/** A briefing whose speaker turns add up to about `bytes` of text: time line, turns repeated, closing lines. */
export function transcriptPage(bytes: number): BenchPage {
  const { head, blocks, tail } = splitBody(readFileSync(BRIEFING_FILE, 'utf8'));
  // Fixture c: the time line, then the turns, then "(The briefing was concluded …)" and "# # #".
  const opening = blocks.slice(0, 1);
  const turns = blocks.slice(1, -2);
  const closing = blocks.slice(-2);
  const body = [...opening];
  for (let k = 0; textBytes(body) < bytes; k++) body.push(...turns.map((turn) => vary(turn, k)));
  body.push(...closing);
  const html = `${head}${body.join('\n')}\n${tail}`;
  return { label: `${Math.round(textBytes(body) / 1000)} KB transcript`, url: TRANSCRIPT_URL, html, htmlBytes: Buffer.byteLength(html, 'utf8') };
}

/** A joint statement page of about `bytes` of HTML: fixture a's sections between "Begin Text:" and "End Text." repeated. */
export function bigStatementPage(bytes: number): BenchPage {
  const { head, blocks, tail } = splitBody(readFileSync(STATEMENT_FILE, 'utf8'));
  const beginAt = blocks.findIndex((block) => block.includes('Begin Text:'));
  const endAt = blocks.findIndex((block) => block.includes('End Text.'));
  if (beginAt < 0 || endAt < 0) throw new Error('Fixture markup changed: no Begin Text / End Text blocks');
  const before = blocks.slice(0, beginAt + 1);
  const sections = blocks.slice(beginAt + 1, endAt);
  const after = blocks.slice(endAt);
  let size = Buffer.byteLength(head + tail + [...before, ...after].join('\n'), 'utf8');
  const body = [...before];
  for (let k = 0; size < bytes; k++) {
    for (const block of sections) {
      const varied = vary(block, k);
      body.push(varied);
      size += Buffer.byteLength(varied, 'utf8') + 1;
    }
  }
  body.push(...after);
  const html = `${head}${body.join('\n')}\n${tail}`;
  return { label: `${(Buffer.byteLength(html, 'utf8') / 1e6).toFixed(1)} MB page`, url: BIG_PAGE_URL, html, htmlBytes: Buffer.byteLength(html, 'utf8') };
}

export function typicalPage(): BenchPage {
  return { label: 'typical statement', url: TYPICAL_URL, htmlBytes: readFileSync(STATEMENT_FILE).length };
}
