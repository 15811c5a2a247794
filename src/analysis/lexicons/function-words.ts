// Function words (no guide type): pronouns, articles, auxiliaries, prepositions, greetings and fillers,
// which a capital at a sentence's start does not make a name (entities/vocabulary.ts reads them).

/**
 * Capitalized words that open sentences or address people; never part of a name. Read only as sets: listed in the
 * order gzip packs smallest.
 */
export const FUNCTION_WORDS =
  'overall terrific an and as well sixth by but since after other if thank for her i in it does my end no not ' +
  'fantastic dear how of their its on wow our so nope he that the every these they this those to his all gracias ' +
  'with ok or some your sure because now thanks also awesome you again sorry please tomorrow just wonderful first ' +
  'second she third sir let there be however therefore here what then where which a who right any each such yes mr ' +
  'mrs ms merci plus will today can great dr hello hi together look only both before during at over when while ' +
  'though until whether lastly additionally finally fifth okay meanwhile is although are was were do did next last ' +
  'would should has we have had new text madam yeah under oh unless ah uh understood good hey fourth likewise ' +
  'nonetheless indeed nevertheless instead um yet anyway moreover why mm yesterday could hmm yep correct excellent ' +
  'exactly fine begin perfect gotcha whoa shukran from hence thus furthermore accordingly consequently';
