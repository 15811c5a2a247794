// The main content's text, one block (paragraph, heading, list item) per
// paragraph, blocks separated by a blank line: the text of its text map
// (text-map.ts), for callers that need no way back to the DOM (the CLI).

import { buildTextMap } from './text-map';

/**
 * The blocks of text under `root`, in document order, white space folded.
 * `skip` is a selector list of elements that are never statement text (a
 * site adapter's share buttons, related links, breadcrumbs).
 */
export function blockText(root: Element, skip = ''): string {
  return buildTextMap(root, skip).text;
}
