// Where the card goes: below the marked text if it fits, else above it,
// never over it, and always inside the viewport horizontally.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Space kept between the text and the card, and between the card and the viewport's edges. */
const GAP = 8;

export function placeCard(target: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } {
  const below = target.top + target.height + GAP;
  const above = target.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - GAP;
  const top = fitsBelow || above < GAP ? below : above;
  const left = Math.min(Math.max(GAP, target.left), Math.max(GAP, viewport.width - card.width - GAP));
  return { top, left };
}

/**
 * Places a fixed-position element (card, note button, editor) beside the
 * box of the text it is about, by placeCard's rules, in its window's
 * viewport. `fallback` is its size while it has none yet (not laid out).
 */
export function positionBeside(element: HTMLElement, target: Box, fallback: { width: number; height: number }): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const size = element.getBoundingClientRect();
  const { top, left } = placeCard(target, { width: size.width || fallback.width, height: size.height || fallback.height }, { width: view.innerWidth, height: view.innerHeight });
  element.style.top = `${top}px`;
  element.style.left = `${left}px`;
}
