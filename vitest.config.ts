import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests. DOM tests opt in to happy-dom with a
// `// @vitest-environment happy-dom` line; the rest run in plain Node.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.{ts,mjs}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
