// Any other page: the main text is the page's <main> or <article> (else the
// body), the title its og:title, <title> or first heading.

import { documentTitle, type SiteAdapter } from './site-adapter';

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  mainContent: (doc) => doc.querySelector('main article, article, main, [role="main"]') ?? doc.body,
  skip: '.share, .social-share, .related, .breadcrumbs, [role="navigation"]',
  meta: (doc, url) => ({
    url: url.href,
    title: documentTitle(doc) || doc.querySelector('h1')?.textContent?.trim() || url.href,
  }),
};
