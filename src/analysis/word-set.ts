// The rules' small vocabularies are written as one string of words, read
// into a set once: shorter in the shipped bundle than a literal array.

/** The set of the space-separated words in `words`. */
export const wordSet = (words: string): Set<string> => new Set(words.split(' '));
