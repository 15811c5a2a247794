// Once per end-to-end run: a fresh build for both browsers, the browsers
// present (or a clear message saying how to install them), and a throw-away
// TLS certificate shared by every test file.

import type { TestProject } from 'vitest/node';
import { findFirefox, findTestChromium } from '../../tools/browsers';
import { ensureFreshBuild } from '../../tools/build';
import { makeCertificate } from '../../tools/certificate';

declare module 'vitest' {
  export interface ProvidedContext {
    tls: { key: string; cert: string };
    chromeExtensionDir: string;
    firefoxExtensionDir: string;
    chromiumPath: string;
    firefoxPath: string;
  }
}

export default async function setup(project: TestProject) {
  project.provide('chromiumPath', findTestChromium());
  project.provide('firefoxPath', findFirefox());
  project.provide('chromeExtensionDir', ensureFreshBuild('chrome'));
  project.provide('firefoxExtensionDir', ensureFreshBuild('firefox'));
  project.provide('tls', await makeCertificate());
}
