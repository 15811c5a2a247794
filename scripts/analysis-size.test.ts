import { expect, it } from 'vitest';
import { analyze } from '../src/analysis/analyze';
import { ANALYSIS_BUDGET_BYTES, analysisBundle, analysisBundleSize, loadAnalysisBundle } from './analysis-size';

/** Built once for both tests: a build takes a second or two. */
const bundle = analysisBundle();

it('keeps the analysis code and lexicons within 40 KB gzipped', async () => {
  const { gzip } = await analysisBundleSize(await bundle);
  expect(gzip).toBeGreaterThan(10_000);
  expect(gzip).toBeLessThanOrEqual(ANALYSIS_BUDGET_BYTES);
});

it('analyzes minified as from its sources: the build renames properties only the analysis reads (minify-options.ts)', async () => {
  const bundled = loadAnalysisBundle(await bundle);
  const documents = [
    {
      url: 'https://www.state.gov/joint-statement-on-the-u-s-mongolia-rangeland-dialogue/',
      title: 'Joint Statement on the U.S.-Mongolia Rangeland Dialogue',
      // Countries by their long forms and demonyms, an acronym defined, a body of the lexicon's by its acronym.
      text: 'Joint Statement on the U.S.-Mongolia Rangeland Dialogue\n\nMedia Note\n\nMarch 3, 2026\n\nThe Republic of Korea, Mongolia and the United States held the first Rangeland Dialogue (RD) in Darkhan. The Mongolian side and the American side agreed to convene the RD again in 2027. The two sides will work with the FAO and the World Bank to restore pastures:\n\nRestore degraded pastures in Darkhan-Uul Province. Partners will map them.\n\nTrain herders.',
    },
    {
      url: 'https://www.state.gov/briefings/department-press-briefing-march-3-2026/',
      title: 'Department Press Briefing – March 3, 2026',
      // Speaker labels, a reporter's question, a speaker addressed.
      text: 'Department Press Briefing – March 3, 2026\n\nMR ROE: Good afternoon. We will provide $5 million to Mongolia before the end of the year.\n\nQUESTION: Will you also fund Darkhan?\n\nMR ROE: Jane, we intend to keep working with Mongolia.',
    },
  ];
  for (const { url, title, text } of documents) expect(bundled.analyze(text, { url, title })).toEqual(analyze(text, { url, title }));
});
