// The contract tests and other tools can observe: once the content script is
// done with a page, <html> carries data-diplomatic-lens (annotated |
// not-statement | error) and, when annotated, the counts it found. These are
// attributes on <html> only: the page's content and text are never touched.

import type { PageReport } from '../messaging/messages';

export const STATUS_ATTRIBUTE = 'data-diplomatic-lens';
export const COMMITMENTS_ATTRIBUTE = 'data-dl-commitments';
export const ENTITIES_ATTRIBUTE = 'data-dl-entities';

export function writeStatusAttributes(root: Element, report: PageReport): void {
  root.setAttribute(STATUS_ATTRIBUTE, report.status);
  if (report.status === 'annotated') {
    root.setAttribute(COMMITMENTS_ATTRIBUTE, String(report.counts.commitments));
    root.setAttribute(ENTITIES_ATTRIBUTE, String(report.counts.entities));
  } else {
    root.removeAttribute(COMMITMENTS_ATTRIBUTE);
    root.removeAttribute(ENTITIES_ATTRIBUTE);
  }
}
