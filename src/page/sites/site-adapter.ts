// A site adapter knows one family of pages: how to recognize it, where its
// main text is, and what the page says about itself (title, type, date,
// office, location). One small file per family, in this folder.

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
   */
  skip: string;
  meta(doc: Document, url: URL): PageMeta;
}

/** Trimmed, white-space-folded text of the first element matching `selector`. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  const text = root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The page's title without the site suffix ("... - United States Department of State"). */
export function documentTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const title = og || doc.title || '';
  return title.replace(/\s+[-–|]\s+(United States Department of State|U\.S\. Embassy.*|U\.S\. Mission.*)$/i, '').trim();
}
