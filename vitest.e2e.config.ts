import { defineConfig } from 'vitest/config';

// The extension as a whole, in real browsers. Each file starts its own
// browser; two at a time at most, for a two-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
