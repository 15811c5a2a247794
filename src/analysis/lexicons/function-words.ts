// Function words (no guide type): pronouns, articles, auxiliaries, prepositions, greetings and fillers,
// which a capital at a sentence's start does not make a name (entities/vocabulary.ts reads them).

/**
 * Capitalized words that open sentences or address people; never part of a name. Read only as sets: listed in the
 * order gzip packs smallest.
 */
export const FUNCTION_WORDS =
  'terrific an and as every plus just sixth but since after other if thank for her i in it its on my merci no not do ' +
  'nope how of wow our so sir he that the their these they this those to his all today can gracias with ok or some your ' +
  'sure because now thanks also hi you great overall tomorrow consequently first second she third shukran let does ' +
  'indeed there be however therefore by here where which a right any fine begin perfect each dear mr mrs ms dr such ' +
  'awesome yes will together look only please both before during from at over when while though until whether lastly ' +
  'fourth additionally finally fifth okay meanwhile has we are was were wonderful did next last would should have had ' +
  'new thus well text madam yeah under who gotcha whoa what oh unless ah uh understood good hey likewise nonetheless ' +
  'nevertheless instead hello is although um yet anyway moreover why hence mm yesterday could hmm yep again sorry ' +
  'correct excellent exactly furthermore then end accordingly fantastic';
