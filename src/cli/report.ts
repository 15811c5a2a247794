// What the CLI prints for one document: one JSON line in the documented
// shape, or a readable Markdown report. Written a window at a time (see
// windows.ts), so a long input never has to be held whole: commitments go
// out as they are found; entities (which the JSON prints after them) wait in
// a spool file until the end, and their counts make the summary's top
// entities.

import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { analyze } from '../analysis/analyze';
import { specificsOf } from '../analysis/commitment-specifics';
import { DocumentKeys } from '../analysis/document-keys';
import { countEntities } from '../analysis/entity-counts';
import type { Analysis, Commitment, Entity, EntityCount, PageMeta, Strength } from '../analysis/types';
import { windowsOf, type TextWindow } from '../analysis/windows';

export type Format = 'json' | 'md';

export type Write = (text: string) => unknown;

const TOP_ENTITIES = 8;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function commitmentJson(c: Commitment, offset: number): string {
  return JSON.stringify({ start: c.start + offset, end: c.end + offset, strength: c.strength, actors: c.actors, trigger: c.trigger, time: c.time });
}

/** A commitment as a Markdown list item: its strength, who commits, its sentence, then when, where and through what. */
function commitmentMarkdown(c: Commitment, sentence: string): string {
  const details = specificsOf(c).map(([label, value]) => `${label.toLowerCase()}: ${value}`);
  return `- **${c.strength}** (${c.actors.join(', ') || 'unattributed'}): ${oneLine(sentence)}${details.length ? ` — ${details.join(' · ')}` : ''}\n`;
}

function entityJson(e: Entity, offset: number): string {
  return JSON.stringify({ text: e.text, type: e.type, start: e.start + offset, end: e.end + offset, key: e.key });
}

/**
 * A copy of `s` that holds no reference to the string it was cut from. V8 keeps a slice of a long string as a pointer
 * into it, so a key or a name kept from a window kept the whole window (1 MB) alive: over a 56 MB text the heap grew from
 * 50 to 145 MB, window after window. Encoding and decoding makes a string of its own.
 */
const detached = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');

/** Entity counts merged across windows, by key; what it keeps of a window is copied out of it. */
class EntityTally {
  private readonly byKey = new Map<string, EntityCount>();
  add(counts: EntityCount[]): void {
    for (const count of counts) {
      const seen = this.byKey.get(count.key);
      if (!seen) {
        const key = detached(count.key);
        this.byKey.set(key, { ...count, key, text: detached(count.text) });
      } else {
        seen.mentions += count.mentions;
        if (count.text.length > seen.text.length) seen.text = detached(count.text);
      }
    }
  }
  /** The `n` most mentioned, their rows merged under the keys `keyOf` gives them (the whole document's). */
  top(n: number, keyOf: (count: EntityCount) => string): EntityCount[] {
    const merged = new EntityTally();
    merged.add([...this.byKey.values()].map((count) => ({ ...count, key: keyOf(count) })));
    return [...merged.byKey.values()].sort((a, b) => b.mentions - a.mentions || a.text.localeCompare(b.text)).slice(0, n);
  }
}

/**
 * Entity JSON waiting for the commitments to be written, one entity a line, under its window's key until the whole
 * document's keys are known. Small documents keep it in memory; past a megabyte it goes to a temporary file, so memory
 * stays flat however long the input.
 */
class EntitySpool {
  constructor(private readonly inMemoryChars: number) {}
  private parts: string[] = [];
  private size = 0;
  private file: { dir: string; path: string; fd: number } | null = null;

  add(lines: string[]): void {
    if (lines.length === 0) return;
    const text = `${lines.join('\n')}\n`;
    if (!this.file && this.size + text.length > this.inMemoryChars) {
      const dir = mkdtempSync(join(tmpdir(), 'dl-analyze-'));
      const path = join(dir, 'entities.json');
      this.file = { dir, path, fd: openSync(path, 'w') };
      for (const part of this.parts) writeSync(this.file.fd, part);
      this.parts = [];
    }
    if (this.file) writeSync(this.file.fd, text);
    else {
      this.parts.push(text);
      this.size += text.length;
    }
  }

  /** Writes the entities as the items of a JSON array, each line as `rewrite` makes it, in writes of about 64 KB. */
  async drain(write: Write, rewrite: (line: string) => string): Promise<void> {
    let batch = '';
    let items = 0;
    // Whether the batch is full: awaited only then, not once a line.
    const full = (line: string): boolean => {
      if (line) batch += `${items++ > 0 ? ',' : ''}${rewrite(line)}`;
      return batch.length >= 1 << 16;
    };
    const flush = async (): Promise<void> => {
      await write(batch);
      batch = '';
    };
    if (!this.file) {
      for (const part of this.parts) for (const line of part.split('\n')) if (full(line)) await flush();
    } else {
      closeSync(this.file.fd);
      try {
        const lines = createInterface({ input: createReadStream(this.file.path, { encoding: 'utf8' }), crlfDelay: Infinity });
        for await (const line of lines) if (full(line)) await flush();
      } finally {
        rmSync(this.file.dir, { recursive: true, force: true });
      }
    }
    if (batch) await flush();
  }
}

/** How much entity JSON waits in memory before it moves to a file. */
const SPOOL_IN_MEMORY_CHARS = 1 << 20;

interface Opening {
  analysis: Analysis;
  summaryText: string;
}

function opening(window: TextWindow, meta: PageMeta): Opening {
  const analysis = analyze(window.text, meta);
  const summaryText = analysis.summary.sentences.map(({ start, end }) => window.text.slice(start, end)).join(' ');
  return { analysis, summaryText };
}

async function writeHeader(write: Write, id: string, { analysis, summaryText }: Opening, format: Format): Promise<void> {
  const { statement, summary } = analysis;
  if (format === 'json') {
    const fields = { id, isStatement: statement.isStatement, type: statement.type, date: statement.date, office: statement.office };
    await write(`${JSON.stringify(fields).slice(0, -1)},"commitments":[`);
    return;
  }
  const facts = [statement.isStatement ? statement.type ?? 'Statement' : 'Not a statement page', statement.date, statement.office, statement.location];
  await write(`# ${statement.title || id}\n\n${facts.filter(Boolean).join(' · ')}\n\n`);
  if (summary.parties.length) await write(`**Parties:** ${summary.parties.join(', ')}\n\n`);
  if (summaryText) await write(`## Summary\n\n${oneLine(summaryText)}\n\n`);
  await write('## Commitments\n\n');
}

export async function writeReport(
  write: Write,
  id: string,
  meta: PageMeta,
  windows: Iterable<TextWindow> | AsyncIterable<TextWindow>,
  format: Format,
  spoolInMemoryChars = SPOOL_IN_MEMORY_CHARS,
): Promise<void> {
  const tally = new EntityTally();
  // What the windows' keys stand for in the whole document: a later window's "Price" is the first's "Ned Price".
  const keys = new DocumentKeys(detached);
  const counts: Record<Strength, number> = { firm: 0, intent: 0, support: 0 };
  const spool = format === 'json' ? new EntitySpool(spoolInMemoryChars) : null;
  let first: Opening | null = null;
  let commitmentsWritten = 0;

  for await (const window of windows) {
    let analysis: Analysis;
    if (!first) {
      first = opening(window, meta);
      analysis = first.analysis;
      await writeHeader(write, id, first, format);
    } else {
      analysis = analyze(window.text, meta);
    }
    for (const commitment of analysis.commitments) {
      counts[commitment.strength]++;
      if (format === 'json') await write(`${commitmentsWritten > 0 ? ',' : ''}${commitmentJson(commitment, window.offset)}`);
      else await write(commitmentMarkdown(commitment, window.text.slice(commitment.start, commitment.end)));
      commitmentsWritten++;
    }
    spool?.add(analysis.entities.map((entity) => entityJson(entity, window.offset)));
    tally.add(countEntities(analysis.entities));
    keys.learn(analysis.entities);
  }
  if (!first) throw new Error('no text to analyze');

  const keyOf = (entity: Pick<Entity, 'type' | 'key'>): string => keys.keyOf(entity);
  const top = tally.top(TOP_ENTITIES, keyOf);
  if (format === 'json') {
    const summary = {
      text: first.summaryText,
      parties: first.analysis.summary.parties,
      commitments: counts,
      topEntities: top.map(({ text, type, mentions }) => ({ text, type, mentions })),
    };
    await write('],"entities":[');
    await spool!.drain(write, (line) => {
      const entity = JSON.parse(line) as Entity;
      const key = keyOf(entity);
      return key === entity.key ? line : JSON.stringify({ ...entity, key });
    });
    await write(`],"summary":${JSON.stringify(summary)}}\n`);
  } else {
    if (commitmentsWritten === 0) await write('None found.\n');
    await write(`\n${counts.firm} firm, ${counts.intent} intent, ${counts.support} support.\n\n## Entities\n\n`);
    for (const entity of top) await write(`- ${entity.text} (${entity.type}, ${entity.mentions}×)\n`);
  }
}

/** One document's analysis as the CLI's JSON line (no line end): what the evals score. */
export async function jsonLineOf(doc: { id: string; url: string; title: string; text: string }): Promise<string> {
  let line = '';
  await writeReport((text) => (line += text), doc.id, { url: doc.url, title: doc.title }, windowsOf(doc.text), 'json');
  return line.trimEnd();
}
