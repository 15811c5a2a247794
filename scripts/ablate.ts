// npm run eval:ablate [-- --only NAME,...] [--corpus DIR]
//
// Which parts of the commitment rules pay their way. Each top-level alternative of every trigger
// (commitment-triggers.ts TRIGGERS, named T0, T1, ... in their order) and of the widest group of each pattern read
// around them (ITINERARY, THING_SUBJECT, EMBEDDED, ...) is dropped in turn, and the labeled sets are scored without
// it by the corpus's own scorer: dev, and the release sets labeled for commitments, never a sealed one (unread). It
// prints, best first, what dropping each would do to the commitments found right, found false and missed over the
// release sets, dev's apart, and the change in the release sets' F1. Dropping only ever removes matches, so the
// trigger scan, which tries a trigger only where one of its literal starts stands, still finds every place the
// smaller pattern can match.
//
// An alternative is dropped by overriding exec and test on the pattern itself: the patterns are objects the rules
// share, so what is scored is the shipped code with one alternative less. Each pass takes about a second; all of
// them (about 560) some ten minutes on this machine.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analysis/analyze';
import * as rules from '../src/analysis/commitment-triggers';
import { RELEASE_SETS, releaseSetDocuments } from '../src/cli/release-sets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The patterns read around the triggers that are ablated, by their export names. */
const AROUND = [
  'ITINERARY', 'EVALUATION', 'THING_SUBJECT', 'PARTY_WORD', 'EMBEDDED', 'DEMAND', 'NEGATION', 'RECOUNTED',
  'NEW_SUBJECT', 'SUBJECT_GOES_ON', 'UNDERTAKING', 'TRIP', 'ELABORATION',
] as const;

/** The release sets labeled for commitments that may be read: a sealed one never is. */
const STUDIED = Object.entries(RELEASE_SETS)
  .filter(([, set]) => set.commitments && !set.sealed)
  .map(([name]) => name);

/** The top-level alternatives of a regex source (or of a group's inside): split at "|" outside groups and classes. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      current += ch + (source[++i] ?? '');
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/**
 * Where, in a regex source, the alternatives to ablate are: [from, to) of the group's inside (past any "?:", "?=",
 * "?!", "?<=" or "?<!") that has the most top-level alternatives, or the whole source when no group has more.
 */
export function widestGroup(source: string): [number, number] {
  let best: [number, number] = [0, source.length];
  let most = topLevelAlternatives(source).length;
  const opens: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') opens.push(i);
    else if (ch === ')') {
      const open = opens.pop()!;
      const from = open + 1 + (/^\?<?[:=!]/.exec(source.slice(open + 1))?.[0].length ?? 0);
      const count = topLevelAlternatives(source.slice(from, i)).length;
      if (count > most) {
        most = count;
        best = [from, i];
      }
    }
  }
  return best;
}

/** `pattern` less its alternative `index` within [from, to) of its source, same flags. */
export function withoutAlternative(pattern: RegExp, [from, to]: [number, number], index: number): RegExp {
  const alternatives = topLevelAlternatives(pattern.source.slice(from, to));
  const kept = alternatives.filter((_, k) => k !== index).join('|');
  return new RegExp(pattern.source.slice(0, from) + kept + pattern.source.slice(to), pattern.flags);
}

/** Runs `score` while `pattern` answers as `standIn` does (its lastIndex carried both ways), then restores it. */
export function whileStandingIn<T>(pattern: RegExp, standIn: RegExp, score: () => T): T {
  // Own properties that shadow the prototype's methods: deleting them brings those back.
  const own = pattern as unknown as { exec?: (this: RegExp, text: string) => RegExpExecArray | null; test?: (this: RegExp, text: string) => boolean };
  own.exec = function (text) {
    standIn.lastIndex = this.lastIndex;
    const match = standIn.exec(text);
    this.lastIndex = standIn.lastIndex;
    return match;
  };
  own.test = function (text) {
    return this.exec(text) !== null;
  };
  try {
    return score();
  } finally {
    delete own.exec;
    delete own.test;
  }
}

interface Labeled {
  id: string;
  url: string;
  title: string;
  text: string;
  gold: unknown;
}

/** score.mjs's score(): what its table prints, of which the commitments' counts are read here. */
type Scorer = (docs: readonly Labeled[], preds: Map<string, unknown>) => { commitments: { tp: number; fp: number; fn: number } };

/** Commitments right, false and missed in each set, as the corpus's scorer counts them. */
function commitmentCounts(sets: Map<string, Labeled[]>, score: Scorer): Map<string, [number, number, number]> {
  const counts = new Map<string, [number, number, number]>();
  for (const [name, docs] of sets) {
    const preds = new Map(docs.map((doc) => [doc.id, analyze(doc.text, { url: doc.url, title: doc.title })]));
    const { tp, fp, fn } = score(docs, preds).commitments;
    counts.set(name, [tp, fp, fn]);
  }
  return counts;
}

const f1 = ([right, wrong, missed]: readonly number[]): number => (2 * right!) / (2 * right! + wrong! + missed!);

/** Dev's documents and the studied release sets', texts rebuilt from the corpus, by set. */
function labeledSets(corpus: string): Map<string, Labeled[]> {
  const sets = new Map<string, Labeled[]>();
  const dev = readdirSync(join(corpus, 'dev')).filter((name) => name.endsWith('.json'));
  sets.set('dev', dev.map((name) => JSON.parse(readFileSync(join(corpus, 'dev', name), 'utf8'))));
  for (const name of STUDIED) {
    const { labels } = RELEASE_SETS[name as keyof typeof RELEASE_SETS];
    const file = JSON.parse(readFileSync(join(ROOT, 'eval', labels), 'utf8'));
    sets.set(name, releaseSetDocuments(file, join(corpus, 'state-gov-2021-2022.jsonl'), `eval/${labels}`));
  }
  return sets;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus') } },
  });
  const only = values.only?.split(',');
  const corpus = resolve(values.corpus!);
  const { score } = (await import(pathToFileURL(join(corpus, 'score.mjs')).href)) as { score: Scorer };
  const sets = labeledSets(corpus);
  const sum = (counts: Map<string, [number, number, number]>): number[] =>
    STUDIED.reduce((total, set) => total.map((n, k) => n + counts.get(set)![k]!), [0, 0, 0]);
  const base = commitmentCounts(sets, score);
  const baseSets = sum(base);
  console.log(`release sets (${STUDIED.join(', ')}): right ${baseSets[0]}, false ${baseSets[1]}, missed ${baseSets[2]}, F1 ${f1(baseSets).toFixed(4)}; dev ${base.get('dev')!.join('/')}`);

  // A trigger's words, inside the "( )\b" commitment-triggers.ts wraps them in; a pattern around them, its widest group.
  const patterns: [string, RegExp, [number, number]][] = [
    ...rules.TRIGGERS.map((trigger, k): [string, RegExp, [number, number]] => [`T${k} ${trigger[rules.STRENGTH]}`, trigger[rules.PATTERN], [1, trigger[rules.PATTERN].source.length - 3]]),
    ...AROUND.map((name): [string, RegExp, [number, number]] => [name, rules[name], widestGroup(rules[name].source)]),
  ];
  const rows: { gain: number; line: string }[] = [];
  for (const [name, pattern, group] of patterns) {
    if (only && !only.some((wanted) => name.split(' ')[0] === wanted)) continue;
    const alternatives = topLevelAlternatives(pattern.source.slice(...group));
    if (alternatives.length < 2) continue;
    alternatives.forEach((alternative, index) => {
      const counts = whileStandingIn(pattern, withoutAlternative(pattern, group, index), () => commitmentCounts(sets, score));
      const totals = sum(counts);
      const delta = totals.map((n, k) => n - baseSets[k]!);
      const dev = counts.get('dev')!.map((n, k) => n - base.get('dev')![k]!);
      const gain = f1(totals) - f1(baseSets);
      const signed = (ns: number[]) => ns.map((n) => (n > 0 ? `+${n}` : `${n}`)).join('/');
      rows.push({ gain, line: `${(gain * 1000).toFixed(2).padStart(6)}e-3  ${name.padEnd(18)} sets ${signed(delta).padEnd(12)} dev ${signed(dev).padEnd(9)} ${alternative}` });
      process.stderr.write('.');
    });
  }
  process.stderr.write('\n');
  console.log('F1 change if dropped   pattern            right/false/missed   alternative');
  for (const row of rows.sort((a, b) => b.gain - a.gain)) console.log(row.line);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
