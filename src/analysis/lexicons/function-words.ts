// Function words (no guide type): pronouns, articles, auxiliaries, prepositions, greetings and fillers,
// which a capital at a sentence's start does not make a name (entities/vocabulary.ts reads them).

/** Capitalized words that open sentences or address people; never part of a name. */
export const FUNCTION_WORDS =
  'a an and as at but by for from he her his i in it its my no not of on or our she so that the their these they this ' +
  'those to we with you your yes well okay ok sure now look thank thanks please sorry today tomorrow yesterday also again ' +
  'first second third finally however then there here what when where which who why how all any both each every other ' +
  'some such mr mrs ms dr sir madam good great hello hi dear right just only since after before during under over while ' +
  'if because although though until unless whether let lastly additionally together meanwhile next last new is are was ' +
  'were be do does did can will would should could has have had begin end text yeah oh ah um uh hey wow ' +
  'fourth fifth sixth indeed likewise nonetheless nevertheless instead yet anyway moreover plus therefore overall mm hmm ' +
  'yep nope correct understood exactly fine perfect excellent terrific wonderful fantastic awesome gotcha whoa gracias merci shukran';
