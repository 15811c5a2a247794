// @vitest-environment happy-dom
// Each adapter's `matches` is strict: its host AND its template's markup.
// Look-alike hosts and official hosts with another template fall through
// (in the end to the generic adapter).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTextMap } from '../text-map';
import { stateArchive2009to2017 } from './archive-2009-2017';
import { stateArchive2017to2025 } from './archive-2017-2025';
import { embassy } from './embassy';
import { generic } from './generic';
import { adapterFor, SITE_ADAPTERS } from './index';
import { stateGov } from './state-gov';

const DIR = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'sites');
const FIXTURE = {
  current: 'www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement-on-the-united-states-mongolia-strategic-dialogue/index.html',
  country: 'www.state.gov/countries-and-areas/mongolia/index.html',
  archive: '2021-2025.state.gov/joint-statement-on-the-u-s-kazakhstan-enhanced-strategic-partnership-dialogue-2024/index.html',
  archive2009: '2009-2017.state.gov/r/pa/prs/ps/2015/06/123456.htm',
  embassy: 'mn.usembassy.gov/u-s-embassy-supports-wildfire-preparedness-in-khentii-province/index.html',
} as const;

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function docOf(html: string, url = 'https://example.org/'): Document {
  const window = new Window({ url });
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}

const fixture = (name: keyof typeof FIXTURE) => readFileSync(join(DIR, FIXTURE[name]), 'utf8');

/** The adapter picked for a fixture's markup served from another URL. */
function adapterAt(name: keyof typeof FIXTURE, url: string): string {
  return adapterFor(new URL(url), docOf(fixture(name), url)).id;
}

describe('state-gov (current template)', () => {
  it('matches www.state.gov and state.gov pages with the headline inside the entry content', () => {
    expect(adapterAt('current', 'https://www.state.gov/releases/x/')).toBe('state-gov');
    expect(adapterAt('current', 'https://state.gov/releases/x/')).toBe('state-gov');
    expect(adapterAt('current', 'https://WWW.STATE.GOV./releases/x/')).toBe('state-gov');
  });

  it('does not match look-alike hosts or other state.gov hosts', () => {
    for (const url of ['https://www.state.gov.example.com/x/', 'https://notstate.gov/x/', 'https://travel.state.gov/x/', 'https://2021-2025.state.gov/x/']) {
      expect(adapterAt('current', url), url).toBe('generic');
    }
  });

  it('leaves www.state.gov pages without the template to the generic adapter', () => {
    expect(adapterAt('archive', 'https://www.state.gov/x/')).toBe('generic');
    expect(adapterAt('archive2009', 'https://www.state.gov/x/')).toBe('generic');
    expect(adapterFor(new URL('https://www.state.gov/'), docOf('<main><h1>Home</h1><p>Welcome.</p></main>')).id).toBe('generic');
  });

  it('has no main content on a page without body paragraphs (a country page)', () => {
    expect(stateGov.mainContent(docOf(fixture('country'), 'https://www.state.gov/countries-and-areas/mongolia/'))).toBeNull();
  });
});

describe('state-archive-2017-2025', () => {
  it('matches both archive hosts with the archive theme', () => {
    expect(adapterAt('archive', 'https://2021-2025.state.gov/x/')).toBe('state-archive-2017-2025');
    expect(adapterAt('archive', 'https://2017-2021.state.gov/x/index.html')).toBe('state-archive-2017-2025');
  });

  it('does not match an archive page served from another host', () => {
    for (const url of ['https://2021-2025.state.gov.example.net/x/', 'https://example.org/2021-2025.state.gov/x/', 'https://www.state.gov/x/', 'https://2009-2017.state.gov/x.htm']) {
      expect(adapterAt('archive', url), url).toBe('generic');
    }
  });

  it('does not match the current template on an archive host', () => {
    expect(stateArchive2017to2025.matches(new URL('https://2021-2025.state.gov/x/'), docOf(fixture('current')))).toBe(false);
  });
});

describe('state-archive-2009-2017', () => {
  it('matches 2009-2017.state.gov pages with #centerblock', () => {
    expect(adapterAt('archive2009', 'https://2009-2017.state.gov/r/pa/prs/ps/2015/06/1.htm')).toBe('state-archive-2009-2017');
  });

  it('does not match without #centerblock or on another host', () => {
    expect(stateArchive2009to2017.matches(new URL('https://2009-2017.state.gov/x.htm'), docOf(fixture('archive')))).toBe(false);
    expect(adapterAt('archive2009', 'https://2009-2017.state.gov.example.com/x.htm')).toBe('generic');
    expect(adapterAt('archive2009', 'https://2001-2009.state.gov/x.htm')).toBe('generic');
  });

  it('falls back to #centerblock minus its chrome when there is no #body-text', () => {
    const doc = docOf(fixture('archive2009').replace('id="body-text"', 'id="text"'));
    const main = stateArchive2009to2017.mainContent(doc);
    expect(main?.id).toBe('centerblock');
    const text = buildTextMap(main!, stateArchive2009to2017.skip).text;
    expect(text.startsWith('On World Refugee Day')).toBe(true);
    expect(text).not.toMatch(/Press Statement|PRN|Tags|Print/);
  });
});

describe('embassy', () => {
  it('matches usembassy.gov and usmission.gov subdomains with the embassy theme, and the two posts on domains of their own', () => {
    expect(adapterAt('embassy', 'https://mn.usembassy.gov/x/')).toBe('embassy');
    expect(adapterAt('embassy', 'https://usun.usmission.gov/x/')).toBe('embassy');
    expect(adapterAt('embassy', 'https://hk.usconsulate.gov/x/')).toBe('embassy');
    expect(adapterAt('embassy', 'https://china.usembassy-china.org.cn/x/')).toBe('embassy');
  });

  it('does not match look-alike hosts', () => {
    for (const url of ['https://mn.usembassy.gov.example.com/x/', 'https://fakeusembassy.gov/x/', 'https://usembassy-china.org.cn.example.com/x/', 'https://usembassy.gov.evil.org/x/', 'https://www.state.gov/x/']) {
      expect(adapterAt('embassy', url), url).toBe('generic');
    }
  });

  it('does not match an embassy page without the post markup', () => {
    expect(embassy.matches(new URL('https://mn.usembassy.gov/'), docOf('<main><h1>Welcome</h1></main>'))).toBe(false);
  });

  it('gives a type label only for a category that names a document type', () => {
    const url = new URL('https://mn.usembassy.gov/x/');
    const withCategories = (...names: string[]) =>
      docOf(fixture('embassy').replace(/<span class="cat-links">.*?<\/span>/, `<span class="cat-links">Topics: ${names.map((n) => `<a rel="category tag" href="#">${n}</a>`).join(', ')}</span>`));
    expect(embassy.meta(withCategories('News', 'Statements'), url).docTypeLabel).toBe('Statements');
    expect(embassy.meta(withCategories('News', 'Events'), url).docTypeLabel).toBeUndefined();
    expect(embassy.meta(withCategories('Embassy News', 'Readouts'), url).docTypeLabel).toBe('Readouts');
  });
});

describe('generic', () => {
  const url = new URL('https://example.org/a/');

  it('takes the only article of <main>, else <main>, else the only article, else the body', () => {
    expect(generic.mainContent(docOf('<main><article id="a">A</article><aside>x</aside></main>'))?.id).toBe('a');
    expect(generic.mainContent(docOf('<main id="m"><article>A</article><article>B</article></main>'))?.id).toBe('m');
    expect(generic.mainContent(docOf('<div role="main" id="m"><p>A</p></div>'))?.id).toBe('m');
    expect(generic.mainContent(docOf('<div><article id="a">A</article></div>'))?.id).toBe('a');
    expect(generic.mainContent(docOf('<p>A</p>'))?.tagName).toBe('BODY');
  });

  it('leaves out breadcrumbs, share and related blocks and the gov banner', () => {
    const doc = docOf(`<body><section class="usa-banner"><p>An official website</p></section>
      <div class="tsg-rwd-breadcrumb">Home &gt; Advisories</div>
      <div class="share">Share on X</div><p>The text.</p><div class="related">More stories</div>
      <div role="navigation">Menu</div></body>`);
    expect(buildTextMap(generic.mainContent(doc)!, generic.skip).text).toBe('The text.');
  });

  it('reads the title from og:title, then <title>, then the first heading', () => {
    const withOg = docOf('<head><title>T - United States Department of State</title><meta property="og:title" content="OG"></head><body><h1>H</h1></body>');
    expect(generic.meta(withOg, url).title).toBe('OG');
    expect(generic.meta(docOf('<head><title>T - United States Department of State</title></head><body><h1>H</h1></body>'), url).title).toBe('T');
    expect(generic.meta(docOf('<body><h1> H  1 </h1></body>'), url).title).toBe('H 1');
    expect(generic.meta(docOf('<body><p>x</p></body>'), url).title).toBe(url.href);
  });

  it('reports the date a <time> in the main content shows', () => {
    const doc = docOf('<header><time>Today</time></header><main><article><time datetime="2026-01-14">Jan. 14, 2026</time><p>x</p></article></main>');
    expect(generic.meta(doc, url).dateText).toBe('Jan. 14, 2026');
  });
});

describe('every adapter’s skip selectors', () => {
  // The text map asks the skip list only of elements with attributes (text-map.ts isSkipped).
  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter.skip] as const))('%s: each selects an element by its own attributes', (_id, skip) => {
    for (const selector of skip.split(',').map((part) => part.trim())) {
      // One compound selector (no descendant or sibling combinator) naming a class, an id or an attribute.
      expect(selector).toMatch(/^[\w-]*(?:[.#][\w-]+|\[[^\]]+\])+$/);
    }
  });
});
