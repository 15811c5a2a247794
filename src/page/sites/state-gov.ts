// www.state.gov, current (Gutenberg) template: headline in
// h1.featured-content__headline, type, date and location in p.article-meta
// lines, body in wp-block paragraphs inside the entry content.

import { documentTitle, textOf, type SiteAdapter } from './site-adapter';

const HOSTS = new Set(['www.state.gov', 'state.gov']);

export const stateGov: SiteAdapter = {
  id: 'state-gov',
  matches: (url, doc) => HOSTS.has(url.hostname) && doc.querySelector('.featured-content__headline') !== null,
  mainContent: (doc) =>
    doc.querySelector('.entry-content') ??
    doc.querySelector('.wp-block-paragraph')?.parentElement ??
    doc.querySelector('main'),
  skip: '.wp-block-default-hero-container, #breadcrumb__wrapper, .wp-block-summary-article-index, .wp-block-buttons, .wp-block-tags-block, .related-content, .share-this-page, .social-share, .copy-to-clipboard',
  meta: (doc, url) => ({
    url: url.href,
    title: textOf(doc, 'h1.featured-content__headline') ?? documentTitle(doc),
    docTypeLabel: textOf(doc, '.article-meta.doctype-meta'),
    dateText: textOf(doc, '.article-meta__publish-date'),
    location: textOf(doc, '.article-meta__location'),
    office: textOf(doc, '.article-meta__author-bureau') ?? textOf(doc, '.article-meta__office'),
  }),
};

// Pages to try it on:
// https://www.state.gov/releases/office-of-the-spokesperson/2025/06/joint-statement-on-the-u-s-kazakhstan-enhanced-strategic-partnership-dialogue/
// https://www.state.gov/releases/office-of-the-spokesperson/2025/07/secretary-rubios-call-with-indian-external-affairs-minister-jaishankar/
