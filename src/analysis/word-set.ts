// The rules' small vocabularies are written as one string of words, read
// into a set once: shorter in the shipped bundle than a literal array.

/**
 * The set of the space-separated words in `words`. It may be asked about a word
 * that is not there (`tokens[k]?.low` past the text's end): undefined is no member.
 */
export const wordSet = (words: string): Set<string | undefined> => new Set(words.split(' '));

/** The set of the '|'-separated phrases in `phrases`: a vocabulary whose entries hold spaces, read into a set once. */
export const phraseSet = (phrases: string): Set<string | null | undefined> => new Set(phrases.split('|'));
