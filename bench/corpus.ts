// Texts to measure on: the labeled dev corpus and the ~2,000 State
// Department press releases of 2021-2022 (../shared/corpus). Data for
// measuring only; nothing here is copied into the product.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlToText } from '../src/cli/release-text';

export const CORPUS = resolve(process.env.CORPUS_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));

export interface CorpusText {
  id: string;
  url: string;
  title: string;
  text: string;
}

export function pressReleases(): CorpusText[] {
  const lines = readFileSync(join(CORPUS, 'state-gov-2021-2022.jsonl'), 'utf8').split('\n').filter((line) => line.trim());
  return lines.map((line, index) => {
    const record = JSON.parse(line) as { title: string; link: string; content: string };
    return { id: `release-${index}`, url: record.link, title: record.title, text: htmlToText(record.content) };
  });
}

export function devDocuments(): CorpusText[] {
  const dir = join(CORPUS, 'dev');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CorpusText);
}

/** A transcript of about `bytes` bytes: the dev corpus's briefings and remarks, one after another. */
export function transcript(bytes: number): string {
  const turns = devDocuments()
    .filter((doc) => /^[A-Z][A-Z .'’-]+:\s/m.test(doc.text))
    .map((doc) => doc.text);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = turns[i % turns.length]!;
    parts.push(part);
    size += Buffer.byteLength(part, 'utf8') + 2;
  }
  return parts.join('\n\n');
}
