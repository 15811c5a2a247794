// The 2009-2017 archive of state.gov (XHTML .htm pages): everything is in
// div#centerblock: share tools, h1#page-title, div#doctype-info (.doctype,
// .speaker, .speaker-title, .location, .date > span.date-display-single),
// the body in div#body-text, then Related Articles, tags and the PRN line.

import { firstElement, firstText, has, hostIs, readMeta, type SiteAdapter } from './site-adapter';

const HOSTS = ['2009-2017.state.gov'];

const CONTENT = ['#centerblock #body-text', '#centerblock'];

/** What #centerblock holds besides the body (only used when there is no #body-text). */
const SKIP = ['.share-tools', '#page-title', '#doctype-info', '.related-material', '.tags', '.prn'];

export const stateArchive2009to2017: SiteAdapter = {
  id: 'state-archive-2009-2017',
  matches: (url, doc) => hostIs(url, HOSTS) && has(doc, '#centerblock'),
  mainContent: (doc) => firstElement(doc, CONTENT),
  skip: SKIP.join(', '),
  meta: (doc, url) => {
    const meta = readMeta(doc, url, {
      title: ['#centerblock #page-title', '#centerblock h1'],
      docType: '#doctype-info .doctype',
      date: ['#doctype-info .date-display-single', '#centerblock .date-display-single'],
      location: '#doctype-info .location',
    });
    // "Edward P. Lindqvist, Deputy Department Spokesperson": the speaker line and their title.
    const office = [firstText(doc, '#doctype-info .speaker'), firstText(doc, '#doctype-info .speaker-title')]
      .filter((part) => part !== undefined)
      .join(', ');
    return office ? { ...meta, office } : meta;
  },
};

// Pages to try it on:
// https://2009-2017.state.gov/r/pa/prs/ps/2013/09/214247.htm
// https://2009-2017.state.gov/r/pa/prs/ps/2016/09/261987.htm
// https://2009-2017.state.gov/r/pa/prs/ps/2009/05/123746.htm
