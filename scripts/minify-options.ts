// How the extension's scripts are minified: by terser, the build's minifier
// (wxt.config.ts), and the same options measure the analysis on its own
// (analysis-size.ts). Terser with two compress passes packs the analysis
// core about 200 bytes gzipped (0.5%) smaller than vite's default (oxc),
// which the 40 KB budget turns into room for rules. Safari 10's workaround
// (vite turns it on) is off: the extension runs only in Chrome and Firefox.
import type { MinifyOptions } from 'terser';

export const TERSER_OPTIONS = { compress: { passes: 2 }, safari10: false, format: { comments: false } } satisfies MinifyOptions;
