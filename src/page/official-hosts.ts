// The sites the content script runs on by itself: the State Department, its
// archives, and U.S. embassy and mission sites (the same set as
// analysis/official-sites.ts, as match patterns). Everything else is analyzed
// only when the user asks (activeTab), never by default.

export const CONTENT_SCRIPT_MATCHES = [
  'https://state.gov/*',
  'https://*.state.gov/*',
  'https://*.usembassy.gov/*',
  'https://*.usmission.gov/*',
];
