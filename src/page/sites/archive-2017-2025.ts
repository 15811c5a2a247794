// The 2021-2025 and 2017-2021 archives of state.gov: one theme family (the
// 2019-2024 WordPress theme, frozen twice), so one adapter. The header
// (section.featured-content.page-header: breadcrumbs, h1, p.article-meta
// lines, share links) sits ABOVE div.row > div.entry-content, and the
// entry content holds only the statement's plain <p> paragraphs; tags and
// Related Articles follow it. Signature: the headline outside .entry-content,
// on an archive host.

import { firstElement, has, hostIs, readMeta, type SiteAdapter } from './site-adapter';
import { STATE_GOV_META } from './state-gov';

const HOSTS = ['2021-2025.state.gov', '2017-2021.state.gov'];

const CONTENT = ['article .row > .entry-content', 'article .entry-content', '.entry-content'];

/** Nothing of this is inside the entry content in the archived pages; listed in case a page embeds one. */
const SKIP = [
  '.page-header',
  '.page-header__actions',
  '.social-share-bar',
  '.social-share',
  '.related-tags',
  '.related-content',
  '.breadcrumbs',
];

export const stateArchive2017to2025: SiteAdapter = {
  id: 'state-archive-2017-2025',
  matches: (url, doc) =>
    hostIs(url, HOSTS) &&
    has(doc, '.featured-content__headline') &&
    has(doc, '.entry-content') &&
    !has(doc, '.entry-content .featured-content__headline'),
  mainContent: (doc) => firstElement(doc, CONTENT),
  skip: SKIP.join(', '),
  meta: (doc, url) =>
    // The same meta lines as the current template, above the entry content instead of in it.
    readMeta(doc, url, STATE_GOV_META),
};

// Pages to try it on:
// https://2021-2025.state.gov/joint-statement-on-the-united-states-uzbekistan-strategic-partnership-dialogue-3/
// https://2021-2025.state.gov/joint-statement-of-the-2024-united-states-republic-of-korea-foreign-and-defense-ministerial-meeting-22/
// https://2017-2021.state.gov/sanctions-against-pdvsa-and-venezuela-oil-sector/
// https://2017-2021.state.gov/the-united-states-condemns-russian-cyber-attack-against-the-country-of-georgia/index.html
