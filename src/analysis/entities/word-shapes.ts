// Words' shapes (length, first and last character) as a bit set of 1024
// machine words: a membership test that costs no hashing, to rule out most
// words before a Set or Map lookup would hash them. It can answer yes for a
// word never added (another word of the same shape was), never no for one
// that was. The last character matters: lower-case words of one length and
// initial are many, and hashing each one that slips through is what it saves.
// The bits are a plain Uint32Array read by two functions, not a class's field
// read by its methods: shorter in the bundle. A set reused per document is
// cleared with fill(0), not made again (a 4 KB allocation).

/** Lengths from 31 up share the last row; a row per length, a slot per last character. */
const slot = (word: string): number => (Math.min(word.length, 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
const bit = (word: string): number => 1 << (word.charCodeAt(0) & 31);

export type WordShapes = Uint32Array;

export const newWordShapes = (): WordShapes => new Uint32Array(1024);

export const addShape = (shapes: WordShapes, word: string): void => {
  shapes[slot(word)]! |= bit(word);
};

/** False only when no word of this one's shape was added. */
export const mayHaveShape = (shapes: WordShapes, word: string): boolean => (shapes[slot(word)]! & bit(word)) !== 0;
