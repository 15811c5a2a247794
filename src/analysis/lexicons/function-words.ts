// Function words (no guide type): pronouns, articles, auxiliaries, prepositions, greetings and fillers,
// which a capital at a sentence's start does not make a name (entities/vocabulary.ts reads them).

/**
 * Capitalized words that open sentences or address people; never part of a name. Read only as sets: listed in the
 * order gzip packs smallest.
 */
export const FUNCTION_WORDS =
  'overall terrific also an and as well sixth by thanks from if let for he her i in it does merci my every end no ' +
  'not fantastic how of since its on our so that the these they this those to his all gracias with ok or some your ' +
  'sure because now awesome you thank sorry please tomorrow just wonderful first second she third sir there be ' +
  'however wow their therefore dear here what then where which a who right any each other such um yes mr mrs ms ' +
  'plus will today can good great dr hello hi together look only after before both but during at over when while ' +
  'though until whether lastly additionally finally fifth okay meanwhile again last is although are was were do ' +
  'did next would should has we have had new text madam yeah under oh unless ah uh understood hey fourth likewise ' +
  'nonetheless indeed nevertheless instead yet anyway moreover why mm yesterday could hmm yep nope correct ' +
  'excellent exactly fine begin perfect gotcha whoa shukran';
