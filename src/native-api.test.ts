import { afterEach, beforeEach, expect, it } from 'vitest';
import { nativeExtensionApi } from './native-api';

// WXT's test plugin installs a fake `browser`: kept aside and put back.
const scope = globalThis as { browser?: unknown; chrome?: unknown };
let saved: { browser?: unknown; chrome?: unknown } = {};

beforeEach(() => {
  saved = { browser: scope.browser, chrome: scope.chrome };
  delete scope.browser;
  delete scope.chrome;
});

afterEach(() => {
  scope.browser = saved.browser;
  scope.chrome = saved.chrome;
});

it("takes Firefox's browser first, Chrome's chrome otherwise, and nothing outside an extension", () => {
  expect(nativeExtensionApi()).toBeUndefined();
  scope.chrome = { name: 'chrome' };
  expect(nativeExtensionApi()).toEqual({ name: 'chrome' });
  scope.browser = { name: 'browser' };
  expect(nativeExtensionApi()).toEqual({ name: 'browser' });
});
