// Stands in for src/analysis/prepare.ts, as analyze.ts here stands in for its namesake.
export const prepareStep = (): boolean => (globalThis as unknown as { analysisStub: () => boolean }).analysisStub();
