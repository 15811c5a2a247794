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
