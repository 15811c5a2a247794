// U.S. embassy and mission sites (*.usembassy.gov, *.usmission.gov, and the two
// posts on domains of their own, hk.usconsulate.gov and china.usembassy-china.org.cn), one
// WordPress theme: title in .mo-breadcrumbs header h1, the post in
// .main article .entry-content, which opens with the share block (.mo-share)
// and p.byline ("By <author> | <time> | Topics: <category links>").
//
// Posts show no document-type label. The byline's category links file the
// post under "News", "Press Releases", "Statements", "Readouts", ...: a
// category that names a kind of document is the only type the page prints,
// so it is reported as printed ("Press Releases"); topic categories are not.

import { typeFromLabel } from '../../analysis/document-types';
import { firstElement, firstText, has, hostUnder, readMeta, type SiteAdapter } from './site-adapter';

const DOMAINS = ['usembassy.gov', 'usmission.gov', 'usconsulate.gov', 'usembassy-china.org.cn'];

const CONTENT = ['.main article .entry-content', '#main article .entry-content'];

const SKIP = [
  '.mo-share',
  '.byline',
  '.sharedaddy',
  '.addtoany_share_save_container',
  '.jp-relatedposts',
  '.entry-footer',
];

/** The first byline category that names a kind of document (document-types.ts), as printed. */
function typeCategory(doc: Document): string | undefined {
  const links = doc.querySelectorAll('.byline .cat-links a, .byline a[rel~="category"]');
  for (const link of Array.from(links)) {
    const text = link.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (typeFromLabel(text) !== null) return text;
  }
  return undefined;
}

export const embassy: SiteAdapter = {
  id: 'embassy',
  matches: (url, doc) => hostUnder(url, DOMAINS) && has(doc, CONTENT.join(', ')),
  mainContent: (doc) => firstElement(doc, CONTENT),
  skip: SKIP.join(', '),
  meta: (doc, url) => {
    const meta = readMeta(doc, url, {
      title: ['.mo-breadcrumbs header h1', '.main article header h1', '.entry-title'],
      date: ['.byline time', '.byline .posted-on', 'article time.entry-date'],
      office: ['.byline .author a', '.byline .author'],
    });
    const docTypeLabel = typeCategory(doc);
    const office = meta.office?.replace(/^By\s+/i, '');
    return { ...meta, ...(docTypeLabel && { docTypeLabel }), ...(office && { office }) };
  },
};

// Pages to try it on:
// https://usun.usmission.gov/remarks-at-a-un-general-assembly-emergency-special-session-on-ukraine/
// https://jp.usembassy.gov/category/press-releases/ (then any post)
// https://vn.usembassy.gov/category/press-releases/ (then any post)
// https://hk.usconsulate.gov/category/news-events/ (then any post)
// https://china.usembassy-china.org.cn/category/news-events/ (then any post)
