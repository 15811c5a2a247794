// Pages write no-break and other Unicode spaces ("will&nbsp;deliver remarks",
// "SECRETARY&nbsp;BLINKEN:"); the rules' patterns spell a space plainly. The
// page layer's text map already folds every white space (src/page/text-map.ts);
// analyze() folds the CLI's and the corpus's texts the same way, once, so
// every stage reads the text the extension would read.

/**
 * The text with every Unicode space a plain one; of the same length, so offsets hold. The spaces: horizontal white
 * space other than the plain space and tab (no-break, en, em, thin, hair, narrow no-break, ideographic), the pattern
 * written in place rather than named apart (shorter in the bundle).
 */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
