// The text-map span a DOM selection covers: where a new note goes. Works
// whatever the selection's ends are (text nodes, elements, text the map
// leaves out), and drops white space at its edges.

import type { TextMap } from './text-map';

export function spanOfRange(map: TextMap, range: AbstractRange & { intersectsNode?(node: Node): boolean }, doc: Document): { start: number; end: number } | null {
  // StaticRange has no intersectsNode: ask a live range over the same points.
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  let start = -1;
  let end = -1;
  for (let i = 0; i < map.node.length; i++) {
    const node = map.node[i]!;
    if (!live.intersectsNode(node)) {
      if (start >= 0) break;
      continue;
    }
    const segmentStart = map.nodeStart[i]!;
    const segmentEnd = segmentStart + map.length[i]!;
    const from = node === live.startContainer ? Math.max(live.startOffset, segmentStart) : segmentStart;
    const to = node === live.endContainer ? Math.min(live.endOffset, segmentEnd) : segmentEnd;
    if (to <= from) continue;
    if (start < 0) start = map.textStart[i]! + from - segmentStart;
    end = map.textStart[i]! + to - segmentStart;
  }
  if (start < 0) return null;
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
