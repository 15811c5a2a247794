// www.state.gov, current (Gutenberg) template. Everything the page shows
// about the statement sits INSIDE div.entry-content, before and after the
// body: the hero (breadcrumbs, author line, h1.featured-content__headline,
// p.article-meta lines), the share block, a briefing's summary index and
// buttons, tags and Related Articles. The body is wp-block-paragraph /
// wp-block-classic paragraphs with h2.wp-block-heading section heads.
// Signature: the headline inside .entry-content (the 2017-2025 archive
// theme prints it above the entry content instead).

import { firstElement, has, hostIs, readMeta, type SiteAdapter } from './site-adapter';

const HOSTS = ['www.state.gov', 'state.gov'];

const CONTENT = ['main article .entry-content', 'article .entry-content', '.entry-content'];

/** Blocks that hold statement text; a page without any (a country page) has no statement. */
const BODY = '.wp-block-paragraph, .wp-block-classic p, .entry-content > p';

const SKIP = [
  '.wp-block-default-hero-container', // hero: breadcrumbs, author line, headline, meta lines
  '.featured-content', // the hero section when it is not wrapped (country pages)
  '#breadcrumb__wrapper',
  '.wp-block-breadcrumbs',
  '.share-this-page',
  '.social-share',
  '.copy-to-clipboard',
  '.wp-block-summary-article-index', // briefing index ("Index for Today's Briefing")
  '.wp-block-buttons', // "Watch the Briefing"
  '.wp-block-tags-block',
  '.related-tags',
  '.related-content', // Related Articles
  '.state-content-feed-block', // "Highlights" feed of other pages
  '.see-also', // cross-link to another release
];

/** Where state.gov's themes (current and 2017-2025 archive alike) print what a page says about itself. */
export const STATE_GOV_META = {
  title: 'h1.featured-content__headline',
  docType: '.article-meta.doctype-meta',
  date: '.article-meta__publish-date',
  office: '.article-meta__author-bureau',
  location: '.article-meta__location',
};

export const stateGov: SiteAdapter = {
  id: 'state-gov',
  matches: (url, doc) => hostIs(url, HOSTS) && has(doc, '.entry-content .featured-content__headline'),
  mainContent: (doc) => {
    const content = firstElement(doc, CONTENT);
    return content?.querySelector(BODY) ? content : null;
  },
  skip: SKIP.join(', '),
  meta: (doc, url) => readMeta(doc, url, STATE_GOV_META),
};

// Pages to try it on:
// https://www.state.gov/releases/office-of-the-spokesperson/2025/07/the-united-states-withdraws-from-the-united-nations-educational-scientific-and-cultural-organization-unesco
// https://www.state.gov/releases/office-of-the-spokesperson/2025/10/joint-statement-of-the-multilateral-sanctions-monitoring-team-msmt-on-the-report-covering-dprk-cyber-and-it-worker-activities
// https://www.state.gov/releases/office-of-the-spokesperson/2025/12/united-states-hosts-first-g20-sherpa-meeting/
// https://www.state.gov/briefings/department-press-briefing-august-5-2025/
