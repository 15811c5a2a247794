// The browser's own extension API, without the polyfill: Firefox's `browser`,
// or Chrome's `chrome`, whose calls return promises in Manifest V3. For the
// tiny scripts (the warm-up content script, the popup's early script) where
// the polyfill would be most of the code. `T` names the part they use.

export function nativeExtensionApi<T>(): T | undefined {
  const scope = globalThis as { browser?: T; chrome?: T };
  return scope.browser ?? scope.chrome;
}
