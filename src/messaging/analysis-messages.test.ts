import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import type { PageMeta } from '../analysis/types';
import { answerAnalyzeText, warmUpAnalysis } from '../background/analysis-requests';
import { WARM_UP_META, WARM_UP_TEXT } from '../background/warm-up-sample';
import { backgroundAnalyzer } from '../page/background-analyzer';
import { analyzeText, isAnalyzeText, isAnalyzeTextResultFor, isWarmUp, MAX_ANALYZE_CHARS, WARM_UP } from './messages';

const META: PageMeta = { url: 'https://www.state.gov/releases/x/', title: 'Joint Statement on a Health Dialogue', docTypeLabel: 'Joint Statement' };
const TEXT = 'The United States and Mongolia will hold the next round of the dialogue in Ulaanbaatar in 2027.\n\nBoth sides agreed to expand cooperation.';

describe('the analyze-text request', () => {
  it('accepts what the content script sends', () => {
    expect(isAnalyzeText(analyzeText(TEXT, META))).toBe(true);
  });

  it.each([
    ['another type', { ...analyzeText(TEXT, META), type: 'dl/analyse-text' }],
    ['text that is not a string', { ...analyzeText(TEXT, META), text: ['a'] }],
    ['text over the limit', analyzeText('a'.repeat(MAX_ANALYZE_CHARS + 1), META)],
    ['meta without a url', { ...analyzeText(TEXT, META), meta: { title: 't' } }],
    ['meta with a non-string office', { ...analyzeText(TEXT, META), meta: { ...META, office: 7 } }],
    ['no onlyIfStatement flag', { type: 'dl/analyze-text', text: TEXT, meta: META }],
    ['an onlyIfStatement that is not a boolean', { ...analyzeText(TEXT, META), onlyIfStatement: 'yes' }],
  ])('rejects %s', (_name, value) => {
    expect(isAnalyzeText(value)).toBe(false);
  });
});

describe('the analyze-text answer', () => {
  const analysis = analyze(TEXT, META);
  const { statement } = analysis;

  it('accepts a real analysis of the text it was asked about, or the detection alone', () => {
    expect(analysis.commitments.length).toBeGreaterThan(0);
    expect(isAnalyzeTextResultFor({ ok: true, statement, analysis }, TEXT)).toBe(true);
    expect(isAnalyzeTextResultFor({ ok: true, statement: { ...statement, isStatement: false }, analysis: null }, TEXT)).toBe(true);
    expect(isAnalyzeTextResultFor({ ok: false, error: 'boom' }, TEXT)).toBe(true);
  });

  const commitment = analysis.commitments[0]!;
  const entity = analysis.entities[0]!;
  it.each([
    ['an offset past the text', { ...analysis, entities: [{ ...entity, end: TEXT.length + 1 }] }],
    ['an end before its start', { ...analysis, commitments: [{ ...commitment, start: commitment.end + 1 }] }],
    ['a fractional offset', { ...analysis, entities: [{ ...entity, start: 0.5 }] }],
    ['an unknown strength', { ...analysis, commitments: [{ ...commitment, strength: 'binding' }] }],
    ['an unknown entity type', { ...analysis, entities: [{ ...entity, type: 'event' }] }],
    ['actors that are not strings', { ...analysis, commitments: [{ ...commitment, actors: [{}] }] }],
    ['a summary sentence past the text', { ...analysis, summary: { ...analysis.summary, sentences: [{ start: 0, end: 1e9 }] } }],
    ['no statement', { ...analysis, statement: null }],
  ])('rejects an analysis with %s', (_name, bad) => {
    expect(isAnalyzeTextResultFor({ ok: true, statement, analysis: bad }, TEXT)).toBe(false);
  });

  it('rejects an error without its message, and anything else', () => {
    expect(isAnalyzeTextResultFor({ ok: false }, TEXT)).toBe(false);
    expect(isAnalyzeTextResultFor(undefined, TEXT)).toBe(false);
    expect(isAnalyzeTextResultFor({ ok: true }, TEXT)).toBe(false);
    expect(isAnalyzeTextResultFor({ ok: true, analysis }, TEXT)).toBe(false);
    expect(isAnalyzeTextResultFor({ ok: true, statement: { isStatement: 'no' }, analysis: null }, TEXT)).toBe(false);
    expect(isAnalyzeTextResultFor({ ok: true, statement }, TEXT)).toBe(false);
  });
});

describe('analysis in the background', () => {
  it('answers a request with the same analysis as in place', () => {
    const analysis = analyze(TEXT, META);
    expect(answerAnalyzeText(analyzeText(TEXT, META))).toEqual({ ok: true, statement: analysis.statement, analysis });
    expect(answerAnalyzeText(analyzeText(TEXT, META, true))).toEqual({ ok: true, statement: analysis.statement, analysis });
  });

  it('judges a text that is not a statement without analyzing it, when asked to', () => {
    const meta: PageMeta = { url: 'https://www.state.gov/about/', title: 'About the Department' };
    const text = 'The Department of State leads America’s foreign policy. Careers, travel and visas.';
    const judged = answerAnalyzeText(analyzeText(text, meta, true));
    expect(judged).toEqual({ ok: true, statement: analyze(text, meta).statement, analysis: null });
    expect(judged.ok && judged.statement.isStatement).toBe(false);
    // Asked to analyze anyway: the analysis comes with the same judgement.
    expect(answerAnalyzeText(analyzeText(text, meta, false))).toEqual({ ok: true, statement: analyze(text, meta).statement, analysis: analyze(text, meta) });
  });

  it('answers a failure as data', () => {
    // A getter that throws stands for any bug in the analysis.
    const meta = { ...META, get title(): string { throw new Error('no title'); } };
    expect(answerAnalyzeText(analyzeText(TEXT, meta))).toEqual({ ok: false, error: 'no title' });
  });

  it('is what the content script’s analyzer returns, through the messaging', async () => {
    const sent: unknown[] = [];
    const analyzer = backgroundAnalyzer(async (message) => {
      sent.push(message);
      // Like runtime.sendMessage: the answer arrives as a structured copy.
      return structuredClone(answerAnalyzeText(message));
    });
    const analysis = analyze(TEXT, META);
    expect(await analyzer(TEXT, META, true)).toEqual({ statement: analysis.statement, analysis });
    expect(sent).toEqual([analyzeText(TEXT, META, true)]);
  });

  it('turns a failed, missing or malformed answer into an error', async () => {
    await expect(backgroundAnalyzer(async () => ({ ok: false, error: 'lexicon missing' }))(TEXT, META, false)).rejects.toThrow('lexicon missing');
    await expect(backgroundAnalyzer(async () => undefined)(TEXT, META, false)).rejects.toThrow(/no valid analysis/);
    const tooLong = { ok: true, statement: analyze(TEXT, META).statement, analysis: { ...analyze(TEXT, META), entities: [{ id: 'e', type: 'country', text: 'x', start: 0, end: 1e6, key: 'x' }] } };
    await expect(backgroundAnalyzer(async () => tooLong)(TEXT, META, false)).rejects.toThrow(/no valid analysis/);
    await expect(backgroundAnalyzer(() => Promise.reject(new Error('Receiving end does not exist.')))(TEXT, META, false)).rejects.toThrow('Receiving end');
  });
});

describe('warming the analysis up', () => {
  it('accepts only the warm-up message', () => {
    expect(isWarmUp(WARM_UP)).toBe(true);
    expect(isWarmUp({ type: 'dl/warm' })).toBe(false);
    expect(isWarmUp('dl/warm-up')).toBe(false);
  });

  it('runs on a sample that exercises every rule family, and only once', () => {
    const sample = analyze(WARM_UP_TEXT, WARM_UP_META);
    expect(sample.statement).toMatchObject({ isStatement: true, type: 'Joint Statement' });
    expect(new Set(sample.commitments.map((c) => c.strength))).toEqual(new Set(['firm', 'intent', 'support']));
    expect(sample.commitments.some((c) => c.time && c.means)).toBe(true);
    expect(new Set(sample.entities.map((e) => e.type))).toEqual(new Set(['person', 'country', 'organization', 'place', 'date', 'instrument']));
    expect(warmUpAnalysis()).toBe(true);
    expect(warmUpAnalysis()).toBe(false);
  });
});
