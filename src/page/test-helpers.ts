// Helpers shared by the page layer's tests (never imported by product code).

import { expect } from 'vitest';
import type { HighlightLike } from './highlights';

/** A highlight that keeps the ranges it is given, for counting and checking them. */
export class RecordingHighlight implements HighlightLike {
  priority = 0;
  readonly ranges: AbstractRange[] = [];
  add(range: AbstractRange) {
    this.ranges.push(range);
  }
  clear() {
    this.ranges.length = 0;
  }
  get size() {
    return this.ranges.length;
  }
}

/**
 * The text between a range's boundary points: the data of every Text node
 * from start to end in document order. (happy-dom's Range.toString() returns
 * '' for a range that contains a <template>, so it is not used here.)
 */
export function rangeText(range: AbstractRange): string {
  const start = range.startContainer;
  const end = range.endContainer;
  expect(start.nodeType).toBe(3);
  expect(end.nodeType).toBe(3);
  if (start === end) return (start as Text).data.slice(range.startOffset, range.endOffset);
  let out = (start as Text).data.slice(range.startOffset);
  let node: Node | null = start;
  for (;;) {
    // Next node in document order.
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling) node = node.parentNode;
      node = node?.nextSibling ?? null;
    }
    if (!node) throw new Error('the range ends before its start');
    if (node === end) break;
    if (node.nodeType === 3) out += (node as Text).data;
  }
  return out + (end as Text).data.slice(0, range.endOffset);
}
