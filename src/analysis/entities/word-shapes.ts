// Words' shapes (length and first character) as a bit set of 32 machine words:
// a membership test that costs no hashing, to rule out most words before a
// Set or Map lookup would hash them. It can answer yes for a word never added
// (another word of the same shape was), never no for one that was.

/** Lengths from 31 up share the last slot. */
const slot = (word: string): number => Math.min(word.length, 31);
const bit = (word: string): number => 1 << (word.charCodeAt(0) & 31);

export class WordShapes {
  private readonly bits = new Uint32Array(32);

  add(word: string): void {
    this.bits[slot(word)]! |= bit(word);
  }

  /** False only when no word of this one's shape was added. */
  mayHave(word: string): boolean {
    return (this.bits[slot(word)]! & bit(word)) !== 0;
  }
}
