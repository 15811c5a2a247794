// A site adapter knows one family of pages: how to recognize it, where its
// main text is, and what the page says about itself (title, type, date,
// office, location). One small file per family, in this folder; the helpers
// below keep each one a list of selectors.

import type { PageMeta } from '../../analysis/types';

export interface SiteAdapter {
  /** Stable name, reported in the page status for debugging. */
  id: string;
  matches(url: URL, doc: Document): boolean;
  /** The element holding the statement's own text, or null if there is none. */
  mainContent(doc: Document): Element | null;
  /**
   * A selector list of elements inside the main content that are never
   * statement text: hero, breadcrumbs, share buttons, tags, related links.
   * Each selects by an attribute (class, id, role): the text map asks it
   * only of elements that have attributes (a test holds every adapter to it).
   */
  skip: string;
  meta(doc: Document, url: URL): PageMeta;
}

/** One selector, or several tried in order (the first with text wins). */
export type Selectors = string | readonly string[];

/** Where a template prints each field of PageMeta. */
export interface MetaSelectors {
  title: Selectors;
  docType?: Selectors;
  date?: Selectors;
  office?: Selectors;
  location?: Selectors;
}

/** Trimmed, white-space-folded text of the first element matching `selector`. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  const text = root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The text of the first of `selectors`, in the order given, that has any. */
export function firstText(root: ParentNode, selectors: Selectors | undefined): string | undefined {
  if (selectors === undefined) return undefined;
  for (const selector of typeof selectors === 'string' ? [selectors] : selectors) {
    const text = textOf(root, selector);
    if (text) return text;
  }
  return undefined;
}

/** The first element matching one of `selectors`, in the order given. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/** The page's title without the site suffix ("... - United States Department of State"). */
export function documentTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const title = og || doc.title || '';
  return title.replace(/\s+[-–|]\s+(United States Department of State|U\.S\. Embassy.*|U\.S\. Mission.*)$/i, '').trim();
}

/** PageMeta as the page prints it; fields the page does not show are left out. */
export function readMeta(doc: Document, url: URL, where: MetaSelectors): PageMeta {
  const meta: PageMeta = {
    url: url.href,
    title: firstText(doc, where.title) ?? (documentTitle(doc) || url.href),
  };
  const docTypeLabel = firstText(doc, where.docType);
  const dateText = firstText(doc, where.date);
  const office = firstText(doc, where.office);
  const location = firstText(doc, where.location);
  if (docTypeLabel) meta.docTypeLabel = docTypeLabel;
  if (dateText) meta.dateText = dateText;
  if (office) meta.office = office;
  if (location) meta.location = location;
  return meta;
}

function hostname(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

/** True when the URL's host is exactly one of `hosts`. */
export function hostIs(url: URL, hosts: readonly string[]): boolean {
  return hosts.includes(hostname(url));
}

/** True when the URL's host is a subdomain of one of `domains` ("mn.usembassy.gov"). */
export function hostUnder(url: URL, domains: readonly string[]): boolean {
  const host = hostname(url);
  return domains.some((domain) => host.endsWith(`.${domain}`));
}

/** True when the page has an element matching `selector`. */
export function has(doc: Document, selector: string): boolean {
  return doc.querySelector(selector) !== null;
}
