// The sites the content script runs on by itself: the State Department, its
// archives, and U.S. embassy, consulate and mission sites (the same set as
// analysis/official-sites.ts, as match patterns). Everything else is analyzed
// only when the user asks (activeTab), never by default.

export const CONTENT_SCRIPT_MATCHES = [
  'https://state.gov/*',
  'https://*.state.gov/*',
  'https://*.usembassy.gov/*',
  'https://*.usmission.gov/*',
  // The two posts outside those domains: the consulate general in Hong Kong and the embassy in China.
  'https://*.usconsulate.gov/*',
  'https://*.usembassy-china.org.cn/*',
];
