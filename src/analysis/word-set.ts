// The rules' small vocabularies are written as one string of words, read
// into a set once: shorter in the shipped bundle than a literal array.

/**
 * The set of the space-separated words in `words`. It may be asked about a word
 * that is not there (`tokens[k]?.low` past the text's end): undefined is no member.
 */
export const wordSet = (words: string): Set<string | undefined> => new Set(words.split(' '));
