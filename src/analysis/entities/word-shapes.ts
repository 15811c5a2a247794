// Words' shapes (length, first and last character) as a bit set of 1024
// machine words: a membership test that costs no hashing, to rule out most
// words before a Set or Map lookup would hash them. It can answer yes for a
// word never added (another word of the same shape was), never no for one
// that was. The last character matters: lower-case words of one length and
// initial are many, and hashing each one that slips through is what it saves.

/** Lengths from 31 up share the last row; a row per length, a slot per last character. */
const slot = (word: string): number => (Math.min(word.length, 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
const bit = (word: string): number => 1 << (word.charCodeAt(0) & 31);

export class WordShapes {
  private readonly bits = new Uint32Array(1024);

  add(word: string): void {
    this.bits[slot(word)]! |= bit(word);
  }

  /** Forgets every word: a set reused per document costs a fill, not a 4 KB allocation. */
  clear(): void {
    this.bits.fill(0);
  }

  /** False only when no word of this one's shape was added. */
  mayHave(word: string): boolean {
    return (this.bits[slot(word)]! & bit(word)) !== 0;
  }
}
