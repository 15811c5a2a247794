// Pages write no-break and other Unicode spaces ("will&nbsp;deliver remarks",
// "SECRETARY&nbsp;BLINKEN:"); the rules' patterns spell a space plainly. The
// page layer's text map already folds every white space (src/page/text-map.ts);
// analyze() folds the CLI's and the corpus's texts the same way, once, so
// every stage reads the text the extension would read.

/** Horizontal white space other than the plain space and tab: no-break, en, em, thin, hair, narrow no-break, ideographic. */
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** The text with every Unicode space a plain one; of the same length, so offsets hold. */
export const plainSpaces = (text: string): string => text.replace(UNICODE_SPACES, ' ');
