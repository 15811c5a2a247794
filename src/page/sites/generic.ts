// Any other page, analyzed only when the user asks: the main text is the
// page's <main> (or [role=main]), narrowed to its one <article> when it has
// exactly one; else the page's only <article>; else the body. The title is
// the og:title, <title> or first heading; the date the first <time> shown.

import { documentTitle, firstText, type SiteAdapter } from './site-adapter';

const SKIP = [
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '.usa-banner',
  '.skip-link',
  '.screen-reader-text',
  '[class*="breadcrumb"]',
  '.share',
  '.social-share',
  '.share-tools',
  '.sharing',
  '.sharedaddy',
  '.addtoany_share_save_container',
  '.related',
  '.related-content',
  '.related-posts',
  '.tags',
  '.tags-links',
  '.comments',
  '#comments',
];

function onlyArticle(root: ParentNode): Element | null {
  const articles = root.querySelectorAll('article');
  return articles.length === 1 ? (articles[0] ?? null) : null;
}

function mainContent(doc: Document): Element | null {
  const main = doc.querySelector('main, [role="main"]');
  if (main) return onlyArticle(main) ?? main;
  return onlyArticle(doc) ?? doc.body;
}

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  mainContent,
  skip: SKIP.join(', '),
  meta: (doc, url) => {
    const title = documentTitle(doc) || firstText(doc, 'h1') || url.href;
    const root = mainContent(doc);
    const dateText = root ? firstText(root, 'time') : undefined;
    return { url: url.href, title, ...(dateText && { dateText }) };
  },
};

// Pages to try it on:
// https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/mongolia-travel-advisory.html
// https://www.state.gov/ (the home page: not the statement template)
// any news article that quotes a statement (never a statement itself: not an official site)
