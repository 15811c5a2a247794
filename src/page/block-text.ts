// The main content's text, one block (paragraph, heading, list item) per
// paragraph of output, blocks separated by a blank line so no sentence runs
// across them. Chrome that is never statement text (navigation, share
// buttons, scripts, hidden elements) is left out.

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'NAV', 'HEADER', 'FOOTER', 'ASIDE',
  'BUTTON', 'FORM', 'SELECT', 'TEXTAREA',
]);

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE',
  'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'BR', 'HR',
]);

/** Markers around the agreed text of a joint statement: framing, never content. */
const MARKER = /^(?:begin text|end text)[:.]?$/i;

function isSkipped(element: Element, skip: string): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    (skip !== '' && element.matches(skip))
  );
}

/**
 * The blocks of text under `root`, in document order, white space folded.
 * `skip` is a selector list of elements that are never statement text (a
 * site adapter's share buttons, related links, breadcrumbs).
 */
export function blockText(root: Element, skip = ''): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[\s\u00ad]+/g, (run) => (run === '\u00ad' ? '' : ' ')).trim();
    if (text && !MARKER.test(text)) blocks.push(text);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isSkipped(element, skip)) return;
    const block = BLOCK_TAGS.has(element.tagName.toUpperCase());
    if (block) flush();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks.join('\n\n');
}
