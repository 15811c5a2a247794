import { expect, it } from 'vitest';
import { ANALYSIS_BUDGET_BYTES, analysisBundleSize } from './analysis-size';

it('keeps the analysis code and lexicons within 40 KB gzipped', async () => {
  const { gzip } = await analysisBundleSize();
  expect(gzip).toBeGreaterThan(10_000);
  expect(gzip).toBeLessThanOrEqual(ANALYSIS_BUDGET_BYTES);
});
