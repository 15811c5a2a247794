// The wording that marks a commitment, by strength, as the labeling guide's
// table and "Hard cases, decided" give it. Data, not code: each entry is a
// regular expression over the lower-cased sentence (curly quotes folded),
// matched at word boundaries. When a sentence holds several, the strongest
// wins; `needsParty` entries count only when a party is their subject.
// Groups here, as throughout the analysis wherever no code reads what they
// capture, are plain "( )": "(?: )" in these 250 alone would cost the 40 KB
// budget 53 bytes.
// Where a group's alternatives are plain words none of which begins another
// ("(is|are)", "(s|ed)") or only where what follows tells them apart ("(the|their) ",
// "(willing|willingness) to"), at most one can match at a place; and a lookaround asks
// only whether it matches, as a pattern only tested (not read) does. There the order
// changes no match: it is the order gzip packs smallest, the same group written the
// same way throughout.
// So it is for the entries of one strength: at a place they are tried in order and
// the first that matches and holds wins, but two whose literal starts (trigger-scan.ts)
// never begin alike cannot both match at one place. Entries of one strength keep their
// order only where they can ("will" before "will never", the money announced before "is
// deploying" and "announced the launch of", a commitment reaffirmed before the bond
// reaffirmed); the rest run in the order gzip packs smallest, and those of one strength
// and one `needsParty` so apart share a pattern (its first alternative to match is the
// one entry that could): 21 bytes gzipped.
// Consecutive alternatives that share an ending write it once ("(expedit|integrat|...)ing", "(explor|consider)ing"), where gzip packs that
// smaller: the same alternatives tried in the same order, so every match is the same.

import type { Strength } from './types';

/**
 * A trigger: its strength; its pattern, sticky, as it is tried only where the trigger scan found one of its literal
 * starts (trigger-scan.ts); and whether the subject before it must be a party (not "the agreement will ..."). A triple
 * read by index (STRENGTH, PATTERN, NEEDS_PARTY) rather than an object with three fields, whose names the bundle would
 * spell at each read and in its literal.
 */
export type Trigger = readonly [strength: Strength, pattern: RegExp, needsParty: boolean];

// Set before their readers, so terser writes them in.
export const STRENGTH = 0;
export const PATTERN = 1;
export const NEEDS_PARTY = 2;

// A trigger's words are a regex literal (one backslash where a string needs two; the same source) wrapped here
// in a group the word boundary that ends each closes, so none of its alternatives ends with a \b of its own. The
// boundary that opens each is the trigger scan's: it tries a pattern only at a \b before a letter or after a word
// before an apostrophe (trigger-scan.ts's mayStartAt), so the pattern does not test one (3 bytes gzipped).
const t = (strength: Strength, words: RegExp, needsParty = true): Trigger => [strength, RegExp(`(${words.source})\\b`, 'y'), needsParty];

export const TRIGGERS: readonly Trigger[] = [
  // firm: binding verbs and the word commitment
  // A commitment held, alone or shared: "the two countries share a deep commitment to", "we have an ironclad commitment to".
  // "urged the sides to agree on", "called on all parties to commit to": the infinitive is someone else's undertaking, if any.
  // Agreeing on a need for others to act, an importance or one's support is support, as stressing them is ("agreed on the
  // urgent need for Iran to", "agreed on strong support for stability": 8 labeled sentences so, 1 firm); on the need to act
  // oneself an intent, as "we need to" is ("agreed on the need to continue"); agreeing on a course is firm.
  t('firm', /((have|has)( shared)?|shares?) an? ([a-z]+ ){0,2}commitment (to|that)|(?<!to )(re)?commit(s|ted)? (to|themselves|ourselves)|(?<!to )agree[ds]? (in principle )?(to|that|on(?! (the ([a-z]+ )?(importance|need)|strong support)))|(decide[ds]|resolved) to/),
  // A transcript's stage direction "(The Memorandum of Understanding is signed.)" is a signing on the page.
  t('firm', /(is|are) signed(?=\.?\))|(stands?|remain) firm in|(is|are|remains?) an? ([a-z]+ )?committed partner|(?<!(that|who) )(am|is|are|remain(s|ed)?|stays?) ([a-z]+ly |also |still |always ){0,2}(dedicated|committed)(, [^,]{1,40},)? to/, false),
  t('firm', /(underscor(e[ds]?|ing)|underlin(e[ds]?|ing)|affirm(s|ed)?|renew(s|ed)?|demonstrate[ds]?|highlight(s|ed)?|reflect(s|ed)?|express(ed|es)?|stress(ed|es)?|reiterat(e[ds]?|ing)|emphasi[sz](ed|es)?|reaffirm(s|ed|ing)?) (the |their |our |its |his |her |a |an )?([a-z'.-]+ ){0,4}(commitments?|dedication)/, false),
  // A standing bond reaffirmed (or affirmed) is a commitment renewed, as the labelers read it ("reaffirmed the enduring partnership").
  t('firm', /(re)?affirm(s|ed|ing)? (?!the ([a-z]+ )?(importance|role)|that )(the |their |our |its )?((?!support)[a-z'.-]+ ){0,3}(friendship|partnership|cooperation|alliance|relationship|principles|ties)(?! as\b)/),
  // New money announced, in any tense and wherever the sum falls in the next eight words (no "that" or "to" between:
  // "announced plans to work with Congress to obligate $" is an intent), is firm, and so is a reward or a loan guarantee
  // offered, and a donation, a reward, a partnership, new initiatives or programs announced, and what "announcements
  // included:" lists; "is pleased to announce" an appointment, an award or one program's news ("the 2022 winners of the
  // program") is news, no undertaking.
  t('firm', /(is|are) (now )?offering (an? |up to )?([a-z-]+ ){0,3}(loan guarantees?|rewards?)|(is|are) (in the process of )?(dedicat|provid|committ|allocat|contribut|deploy)ing (nearly |more than |over |(an )?additional |up to )?(\$|us\$|usd)|announc(e[ds]?|ing|ement of) ((?!(to|that)\b)[a-z,]+ ){0,8}(\$|us\$)|announc(e[ds]?|ing) (the |an? )?(new |u\.s\. )?(donation|programs|initiatives|reward|partnership)|announcements include[ds]?|(have|has) ([a-z]+ly )?(obligated|authorized)|(is|am|are) authorizing/),
  // Support voiced with a commitment after it sets the commitment's strength, however long what is supported between: "expressed
  // unwavering support for Ukraine's sovereignty and territorial integrity and commitment to" (8 release sentences, 7 labeled firm).
  // A bond described by the commitment it rests on is background: "a partnership grounded in our shared commitment to".
  // A commitment discussed is a topic, as discussion is ("discussed the U.S. commitment to Israel's security", with up to
  // eight words between); a running total is a sum ("brings the total U.S. security assistance commitment to Ukraine to").
  t('firm', /(?<!(rooted|built|grounded|based) (up)?(on|in) |total |discuss(ed|es|ing)? ([a-z'-]+ ){0,8})(the administration's|u\.s\.|our|their|its|the united states') ([a-z'.-]+ ){0,3}commitment(, [^,]{1,40},)? (to|that|is|remains)|support for [^.;:]{1,80}? and (an? )?([a-z]+ )?commitment to|(?<!\b(task|this|it|that|what|objective|goal|aim|job|purpose|role|priority|mission|focus) )(is|are) to ([a-z]+ly )?(serve|work|take|provide|continue|report|hold|convene|be|meet)/, false),
  // Signed by someone, in some year or into law, or onto (or on to, up to) others' statements, is the document's history ("the Act,
  // signed by the President", "60 countries have signed on to the roadmap"). "To sign" is another verb's: a plan's ("intend to
  // sign", intent), an instruction's, a count's ("the first countries to sign"); but a signer that "became the 17th nation ...
  // to sign" signed as the page's news (2 of 2 labeled firm; "is the 21st nation to sign", a count, 3 of 3 none).
  // "will" as a noun is none: "the will of", "the voices and will of", "Russia's will" ("will of course" is the verb); a readout reports "will continue" as "would continue".
  // Spoken, "we're going to" undertakes, but "is going to" foresees ("the Alliance is going to show", "progress is going to unlock").
  t('firm', /became the .*to sign|(are|'re) (absolutely |definitely |certainly )?going to|pledging to|pledge[ds]?(?! of)|signed(?! (onto|into|in|(on|up) to|by)\b)|(?<!to )signs? (an?|the)|concluded (an?|the) [a-z ]{0,30}agreement|(?<!\b(an?|its|their|our|his|her|political|own|free|good|the) |'s )will(?! of (?!course)| neither| no longer| not)|'ll|shall|would (remain|continue)/),
  // Aid in hand, in our own main clause ("We are providing significant humanitarian assistance to", "we're providing direct
  // financial assistance to"); not what a relative clause says we give ("the assistance that we are providing", "how we are
  // providing"); a sum provided ("is providing $2 million") is read with the announcements above.
  t('firm', /(is|are) (donat|dispatch|deploy)ing|(?<!(which|that|what|how|help|[a-z]+ance|support|aid|is|weapons|systems|weaponry) )we('re| are) (now |also )?providing/),
  // A pledge to refrain: "will not rest", "will never recognize", "won't allow" (not a hedge: "won't comment").
  t('firm', /(won't|will never|will not|(are|'re) not going to) (abandon|accept|allow|hesitate|let|normalize|recognize|relent|rest|stop|tolerate|waver|leave)|announc(ed|es|ing) the (launch|creation) of|(is|are) establishing/),
  // Another's undertaking welcomed, thanked for, applauded or appreciated is labeled by its own words, however its maker is named: "welcomed Ruritania's
  // decision to", "the decision by the parliament of Ruritania to", "thanked the Minister for Ruritania's commitment to". So is an
  // agreement to act told as a noun, whatever the clause's subject ("so there's an agreement to work on that", "the step was an
  // agreement to get our experts together": 5 release sentences, the 3 labeled firm).
  t('firm', /(welcome[ds]?|thank(s|ed)?|applaud(s|ed)?|appreciates?) ([a-z'-]+ ){0,6}(commitment|pledge|announcement|approval|decision)( (of|by) [^;:]{1,150}?)? to|an agreement to (work|move|get)/, false),
  // intent
  // Another's plan shared or discussed ("his plans to", "Ruritania's plan to", "concrete plans for") is news or a topic; "our plans to" are the speaker's.
  t('intent', /agree[ds]? on the need to|propos(e[ds]?|ing) to(?! the)|expects? to(?! (see|be|have|hear|come)\b)|intentions? to|no intention(, [^,]+,)? of|intend(s|ed)? to|(?<!\b(his|her|their|its|action|concrete|'s) )(plan(s|ned)? to|plans for)|(is|are|'re) planning to|(our|their|its|(announc|affirm|express)ed the) intent to/),
  // Readiness: spoken, it may stand alone or before its conditions ("we're prepared either way", "we are ready, willing, and able to");
  // a "to" or "for" after it stays in the trigger's words, as it does after "determined" (the bare form alone loses "we're not
  // going to spell out ..., but ... we are prepared to use").
  // Eager or looking to act, on a verb of effort ("eager to work with", "look to build on"; not "eager to see", "look to
  // France"): 9 release sentences, the 6 labeled commitments.
  t('intent', /united in (our|their) determination|(eager|look(ing)?) to (work|deepen|do|expand|continue|build|partner)|(desire to work|eagerness|resolve|determination|(willingness|readiness)(( of|,) [^;:]{1,100}?)?) (to|for)(?! consider)|(i am|we are|we remain|i'm|we're) (determined|willing) to(?! (review|explore|consider|take)\b)|(is|are|'re|remains?) ([a-z]+ly |also )?((determined|poised|prepared|ready|resolved) (to|for)|prepared|ready)|(stands?|stood) ready (to|for)|preparedness to/),
  // Looking forward to an act, or to the cooperation itself ("many more years of partnership"); not to a talk or a visit
  // (those listed in the order gzip packs smallest: a negative lookahead asks only whether one of them matches).
  // Ongoing efforts: working (hard, closely, "every single day", "fast"), seeking, striving, advancing, mobilizing, standing up a body (not up for principles), and
  // engaging with others for a purpose ("continues to engage with all parties to advance"), not "on how to", "with an eye to";
  // prioritizing; spoken, "we're trying to", "we're increasing our aid" (only ours: "wait times are increasing") and "we're doing
  // everything / what we can" (not in a relative clause: "the problems that we're trying to solve"); "we're working" and
  // its purpose after an aside or a manner ("we're working, as are others, to", "working night and day to": 18 release
  // sentences, the 3 labeled right), a third party's too, and a longer manner or a place ("is working across the region
  // to", "are working diligently and around the clock to": 6 release sentences more, the 1 labeled right); "we remain
  // engaged", "we're staying very much engaged" (12 release sentences; labeled, 5 a commitment, 1 none).
  t('intent', /look(s|ed|ing)? (very much )?forward to ([a-z]+ly )?(?!(taking (your )?questions|the discussion|meeting|travell?ing|discussing|talking|speaking|visiting|reading|receiving|welcoming|hearing|seeing|rescheduling|returning)\b)([a-z]+ing|(our|the|their) (future|continued|next|increased)|continued|further|([a-z'-]+ ){0,6}(collaboration|partnership|cooperation))|(?<!(which|that) )we('re| are) (now |just |really |also |still )?(doing (all|what|everything) (that )?we (possibly )?can|increasing|trying to)|aim(s|ed|ing)? to|seek(s|ing)? to|(is|are) (still |actively )?seeking(?! information)|(is|are|'re|remain) (still |[a-z]+ly |also |now )?((revitalizing|standing up (?!to|for)|focused on [a-z]+ing|focusing our efforts on|(expedit|integrat|mobiliz|advanc|enhanc|bolster|deepen|strengthen|prioritiz)ing|investing in|continuing (its|our|their) ([a-z-]+ ){0,3}(work|support|collaboration|efforts)|expanding)(?! (the |our |its )?([a-z]+ )?sanctions)|(striving|working|continuing to work|partnering|coordinating|collaborating) ((very )?hard |[a-z]+ly |around the clock |every (single )?day |fast )?(on|to|with|closely|together|towards?))|continues? to work|we( remain|('re| are) (stay|remain)ing) (very much )?engaged|(is|are|'re) (also )?working[^;.]{1,32} to\b|stepping up|step up (our|their) efforts|(?<=as )we work (together )?(to|toward)|(strive|endeavou?r)s? to|(is|are) taking (concrete |active |further |decisive |additional |the necessary )?steps to|(is|are) expected to|united in (our |their )?efforts|(we|i) (all |also |still )?(need to|will have to|must|have to)(?! (admit|realize|recognize|be honest|see(?! to it)|understand|note|wait|remember|ask|tell|thank|acknowledge|preview|run|be clear|move on|confess|say)\b)|(is|are|'re|remains?|continues? to) ([a-z]+ly |also )?engag(ed|e|ing)( [^,;.]{1,60})? to(?<!(eye|how|about) to)(?! (a|an|the|this|our|their)\b)|((we|i)('ll| will)|(are|'re) going to) (also )?(have|need|try|be (looking|trying)) to(?! (see|wait|take (back|this|it|that))\b)|(we|i)'ve got to(?! say)/),
  t('intent', /((is|are|'re|remains?) (still |always )?open|openness) to/),
  // A duty taken on is "we must", an aim of one's own stated ("our goal is to", "our objective remains the") "aim to"; ongoing
  // efforts named the speaker's own are "is working to".
  t('intent', /((it is|it's) our (duty|responsibility|obligation)|our ([a-z]+ )?(duty|responsibility|obligation|objective|goal|aim) (is|remains)) (to|the)|part of (u\.s\.|our|the u\.s\.) ([a-z-]+ ){0,2}efforts? to|welcome[ds]? ([a-z'-]+ ){0,6}(offer|readiness|intention|plans?)( (of|by) [^;:]{1,150}?)? to/, false),
  // support
  // Support voiced, stressed, underlined ("underline" is "underscore" in European usage), lent, conveyed or communicated; the importance
  // of support stressed is a view on it, as importance stressed is ("underscored the importance of international support"),
  // and appreciation expressed for support is for another's ("expressed appreciation for Ruritania's continued support").
  // Support outlined, reinforced or announced is stated as expressed support is ("outlined U.S. support for", "announced U.S.
  // government support for"; an announcement's noun is another matter: "France's announcement of food support").
  // The United States' support stated is support however far into what is emphasized, conveyed or noted ("emphasized the strong
  // partnership between the United States and Israel, and America's unwavering support for"); so is others' being told they
  // can count, depend or rely on us ("Ruritania can count on the United States").
  t('support', /(?!show of )(offer|reinforc|stress|emphasiz|reiterat|underscor|highlight|underlin|show|communicat|outlin|shar|renew|lend|convey|signal|declar|reaffirm|extend|remain|voic|affirm|express|maintain|announced|demonstrat)\w* ((?!to |importance |appreciation )[a-z'.-]+ ){0,4}(support|opposition to)|(steadfast|united) in (our |their )?([a-z]+ )?support|(not|convey|stress|emphasiz|reiterat|underscor)(ed|es) (?!the (importance|need))[^.;:]{0,80}?(the united states'|our|america's|u\.s\.) ([a-z,-]+ ){0,3}support (to|for)|(count|depend|rely) on (the united states|us)/, false),
  // "and support for": a noun ("input and support for these programs"), the verb takes no "for"; "endorsed by": a passive.
  // Spoken, "we're supporting" the speaker's position as "we support" is; so is continuing one's support ("continue our united support of").
  t('support', /(?<=(u\.s\.|administration|states|government) ([a-z]+ly )?)supports|(?<=and [a-z]{3,} )support the|supportive of|(is|are) backing|we('re| are) ([a-z]+ly |also |now )?supporting|continu(e|es|ing) (its|our|their) ([a-z]+ ){0,2}support|(we|they|i|he|she|also|and|continues? to|jointly|strongly|fully|firmly|would|very much|proud to|will) ((do|[a-z]+ly) ){0,2}(support(s|ed)?|endorse[ds]?)(?! (for|by)\b)(?<!and support(s|ed))/),
  // An interest expressed or noted is support, whatever verb puts it; one shared, mutual or common is a fact or a topic
  // ("share an interest in", "discussed our shared interest in"). "We are encouraged by the progress", "encouraged
  // that", "encouraged to see": an evaluation, as welcoming is. A call as a noun ("had a phone call on", "the call for")
  // is a conversation or another's statement.
  // "We hope that" is the side's stated hope, support; a speaker's own "I hope that" is a wish or a courtesy ("I hope that answers
  // your question"). Options weighed aloud ("we're looking at other ways", "looking at steps we can take") are options considered,
  // and so are those explored or considered now ("we are exploring a dialogue"), as the guide's "will explore / consider",
  // and what we will look at or into ("we will look at every other step", "I'll certainly look into it").
  // What a "want to" that is a courtesy goes on with ("I want to thank", "want to pay tribute") is listed in the order gzip
  // packs smallest: it sits in a negative lookahead, which asks only whether one of them matches.
  t('support', /(?<=we )demand|(urg(e[ds]?|ing)|encourag(e[ds]?(?! to see| by| that)|ement for)|(?<!(of|those|seen|'s) )encouraging)(?! (all )?([a-z]+ )?(travelers|citizens|americans|visitors|applicants|u\.s\. citizens|anyone|the public)\b)|(?<!(a|phone|the|video) )call(s|ed|ing)? (([a-z]+ly|together|again|also) ){0,2}(for|on|upon)|((?<=\b(we|they|i|to|will|also) )press(es)?|pressed) (for|([a-z'.-]+ ){1,3}to [a-z]+)|(?<!(mutual|common|share[ds]?( an?)?) )interest in|(willingness|willing) to (review|explore|consider)|(we|i) would prefer|(?<!of )hope[ds]? to|(?<!\bi )hopes? that|(will|'ll|going to) (also |certainly )?(explore|consider|look (at|into))|(is|are|'re) ([a-z]+ly |also |now )?(explor|consider)ing|welcome[ds]? the opportunity to|(want|desire)s? to(?! ((be|make) ([a-z]+ )?clear|mention|pick|pay tribute|hear|commend|remind|note|reinforce|welcome|offer|turn|recognize|echo|underscore|reiterate|emphasize|express|salute|extend|give|go|ask|point|applaud|highlight|honor|join|briefly|have a chance|send|convey|add|say|just|congratulate|cite|stop by|share|speak|start|begin|talk|tell|thank|acknowledge|know|take)\b)|looking at ([a-z]+ )?(ways|steps|options|things)/),
  // The importance stressed of continuing, working or standing with others is the speakers' own effort to come, as the need to act
  // stressed is ("emphasized the importance of working with our partners to"); of another aim ("of maintaining peace") a view.
  // Standing together or united against a threat or in defending a cause (the 4 such release sentences labeled, all 4
  // commitments). Standing with others, "stand with" or "we're standing with" (united or unified with them, or shoulder to shoulder), but not
  // with the families, the survivors or the victims (sympathy), unless in support of them or their cause. With a people ("the
  // people of Ruritania", "those who") it is support: the labels read 10 such sentences support to 4 none, 2 of those a
  // disaster's or an attack's sympathy, which costs a lookahead of 36 bytes to tell and was left (the log).
  t('support', /(emphasiz|reiterat|underscor|highlight|recogniz|acknowledg|(re)?affirm|stress)ed the ((urgent )?need to(?! see)|(critical )?importance of (work|stand|continu)ing)|agree[ds]? on (the ([a-z]+ )?(importance|need(?! to))|strong support)|(is|are|remains?) (deeply )?invested in|noted the need|stand(ing)? ([a-z]+ly )?(united|together) (in defending|against)|(stands?|(is|are|'re) standing) (unified |united )?(with|in solidarity with|by|shoulder[ -]to[ -]shoulder)(?! (the )?([a-z-]+ ){0,2}(survivors|victims|loved|families)(?!( [a-z]+){0,2} in (their|support)))|reaffirm(s|ed|ing)?(?! (the|its|our|their) ([a-z]+ )?commitment| the ([a-z]+ )?(importance|role)| that)/),
];

/** Words that undo a trigger right before it ("did not agree", "will never", "has no plans to"); only tested, so listed in the order gzip packs smallest. */
export const NEGATION = /(n't|\b(not|neither|fail(s|ed)? to|refuse[ds]? to|nor|never|decline[ds]? to|no( longer)?))\s+(\w+\s+)?$/;

/**
 * Things "will" announces that are itinerary or logistics, not commitments
 * ("will travel to", "will deliver remarks", "will offer brief remarks", "we'll proceed to", "will host a press
 * availability", "will co-host a meeting", "will use the opportunity to" (a talk, a meeting or a tool one will use is for an
 * undertaking: "I'll use the call to follow up", "we will use every tool to"), "will (co-)chair the dialogue", "member states will gather in", a briefer's "I'll
 * come to that", "we'll take a few of your questions", "I'll take that one", "I'll pass it to my colleague", "we'll post a
 * transcript", "we're going to applaud", "I'll answer in English", "I'll make a couple points", "we'll check that", "I'll offer a reminder",
 * "we'll find out", "we'll very much miss"), remembrance ("will never forget"), or an
 * appointee's job or a rotation ("will lead the
 * Department's efforts", "will draw on her experience", "will serve as Chargé", "will assume the presidency",
 * "will advise the Leaders", "will be the new Senior Official"). A weaker verb after "will" sets the strength, as the
 * guide's "will explore / consider" (support) shows: "will explore", "will seek / aim / strive / try / need / have to", "will be seeking /
 * looking / trying to" (intent, as "we must / need to / have to" is) are left to their own triggers.
 * Its alternatives, the runs of plain verbs and what one will "be" doing among them, are listed in the order gzip packs
 * smallest: the pattern is only tested (so what one will "provide", or "be", is one alternative wherever it stands). It
 * is tested on what follows "will" (or "shall", "'ll", "going to"), from its first word, so it does not spell "will "
 * itself.
 */
export const ITINERARY = /^(all |soon |[a-z]+ly |also |very much |again |then |further |likewise |now |just |first |be (able|sure) to |always |next )?(have|answer (one|your|in)|make a couple|welcome|urge|start|begin|tour|issue a readout|see(?! to it)|(hold|conduct) (an? )?(series of )?([a-z-]+ )?(bilateral|press|media|meetings?|consultations|discussions|talks|roundtable|lunch|dinner)|receive|commemorate|celebrate|check (that|on)|mark|underscore|reiterate|call|convey|stress|exchange|return to your|find out(?! (who|what|how|where|why)\b)|introduce|serve as|get (back|to|into)|encourage|emphasize|express|review|explain|note|highlight|honor|join|brief(ly)?|consult|raise|announce the|spend|relay|share|speak|discuss|address|examine|showcase|preview|(offer|provide|make) ([a-z]+ ){0,3}(reminder|remarks)|make (a |my )?(brief |short )?statements?|pass (it|(\w+ )?along|the floor)|(co-)?host(?! the (third|next|first|second|upcoming|[a-z]+th|inaugural|\d+(st|nd|rd|th))\b)|deliver|depart|arrive|meet(?! again)|provide ((some )?(more )?(updates|details|an update)|recommendations)|post|stop|touch|proceed|update you|detail|move (around|on)|engage with|close (with|out)|open (the|it up)|resume (with|(to )?taking)|know|take (that|it|this)(?! into| –)|take part|advise|miss|take place|participate|hear|come ((right )?back|to (that|it|this))|(co-)?chair|represent|lead|reprise|assume|remember|attend|give|gather|draw on|talk|tell you|defer|turn|read|repeat|learn|add|say|never forget|applaud|hand (it )?over|leave(?! no\b)|assess|embark|use (that|the) opportunity|refer|follow up|sit down|observe|walk|present|let|(do|take) ([a-z]+ ){0,4}questions?|thank|accompany|explore|consider|look (at|into)|be (looking to|seeking|trying|the (new|next|first)|accompanied|in(?! co|( very)? close| a\b)|(live[ -]?)?streamed|leaving|returning|joining|headed|led|raising|held|meeting (with|in|on)|engaging|joined|pooled|available|reviewing|hosted|open|departing|visiting|coming|brief|participating|travell?ing|distributed|serving|discussing|talking|speaking|attending|happy to|reserved|on travel|administered)|continue ((his|her|the|their) (travels?|trip)|to (underscore|reiterate|emphasize|say) (from|that|what))|head (to|for)|go (back|to|ahead)|conclude|travel|visit|(strive|endeavou?r|seek|need|try|aim) to)\b/;

// The wording commitments.ts reads around a trigger to accept or refuse it: who its subject is, what
// kind of clause holds it, what the sentence goes on to say. Kept here with the triggers: data, not code.

/**
 * Words that name a party, or a subject that stands for one. Tested anywhere in a subject, so the last
 * word of "the prime minister" or "the Kazakh delegation" finds it alone, as "our" and "governments" do in "our two governments"; "side" counts only after a word ("the Kazakh side").
 * "The Council" or "the Board" named back is a body the parties created and tasked (the guide's subjects), where a
 * council named in full is another's ("the UN Security Council resolution calls for").
 * The words are listed in the order gzip packs smallest: the pattern is only tested.
 */
export const PARTY_WORD =
  /\b(we|i|he|she|they|both|participants|us|our|quad|troika|parties|delegations?|coordinator|the (two|three|four|five|member) (countries|states|nations)|sides|leaders|ministers?|secretary|president|ambassador|envoy|counselor|coalition|deputy|spokesperson|u\.s\.|administration|department|embassy|mission|consulate|united states?|governments?|section|dr|officials|nato|[a-z]+ side|mrs?|asean|partners|administrator|co-chairs|working groups?|the (council|board)|g20|ms|european union|allies|eu|g7)\b/;

/**
 * Subjects that are things, not parties: "the agreement will expand trade",
 * "the Deputy's meetings will include", a new embassy's building ("the new U.S. Embassy will provide a
 * platform", "the U.S.-Mongolia relationship"); "this" alone too, but not "this working group". An event, a network, a
 * visit, programs or remarks are things however they are named, when the subject ends with one ("the 2021 EducationUSA
 * Forum", "Assistant Secretary Roe's visit"), or with one and an aside between commas ("the Our Ocean Conference, taking
 * place April 13-14,", which names "our" and the UN no more than "the UN Ocean Conference" does). A "that" opening a
 * clause is its subject's ("..., that any settlement will require"), but not "that we" nor one pointing back to what
 * the speaker names last ("that's what we'll continue to do", "that is a process we support"); nor is "this" so ("This
 * is something that we will be following up on"). The things are listed in the order gzip packs smallest: the pattern
 * is only tested.
 */
export const THING_SUBJECT =
  /^((revamped|the|this|that|these|those|such|an?|its|their|our|his|her|u\.s\.|new|additional|further|proposed|next|final|last|[a-z.-]+'s|u\.s\.-[a-z]+)\s+)*(which|system|(framework|measure|announcement|accord|designation|amendment|protocol|change|grant|action|conference|agreement|effort|initiative|discussion|meeting|engagement|investment|visit|program|fund|question|project|trip)s?|assistance|funding|training|summit|sanctions|talks|route|exercise|mechanism|center|treaty|mou|deal|conflict|(that(?! (we|i|they)\b)|this(?! working))(?!.* (we|i|they)$)|airport|corridor|process|([a-z]+ )?people|war|attack|operation|alliance|relationship|prayers|memorandum|event|remarks|details|facility|thoughts|(?<=new (u\.s\. )?)(embassy|consulate)|outbreak|situation|partnership|cooperation|hearts|media|information|economy)\b|\b(network|forum|conference|summit|visit|programs|remarks)(, [^,]+,)?$/;

/** A trip planned or expected: "plans to meet with", "expect to speak with", "intend to discuss" (discussion is no undertaking either); or what is expected to happen. */
export const TRIP = /^ (happen|travel|visit|depart|arrive|meet|attend|go to|speak|discuss|return)\b/;

/**
 * What something will be worth or become, or what it will turn on, not what a party will do: "will be important",
 * "will be a key step", "will be stronger", "will mostly depend on", "will be determined by", what it will be able to do
 * ("we'll be able to deliver cheaper power", an ability foreseen, not a deed undertaken); and what only likely
 * will be ("Moscow will likely claim", "it'll probably be the Minister first"), a forecast. What it will be worth is
 * listed in the order gzip packs smallest: the pattern is only tested, as ITINERARY is, on what follows "will".
 */
export const EVALUATION = /^(be (able|determined)|prevail|succeed|likely|win|probably|([a-z]+ )?depend|undoubtedly|([a-z]+ )?be ([a-z]+ly |all the |even |most |so |very |more )?(an? ([a-z]+ )?)?(important|invaluable|vital|greater|critical|better|decisive|helpful|beneficial|safer|pivotal|necessary|stronger|crucial|key|missed|instrumental|significant|effective|difficult|essential|more ([a-z]+ )?(secure|stable|resilient|prosperous)))\b/;

/** An hour of the day ("at 3:30 p.m.", "at 1 pm EDT"): what "will" happens then is an event's logistics (the guide: "when an event starts"). */
export const CLOCK_TIME = /\d:\d\d|\d ?[ap]\.?m\b/;

/**
 * What "agreed that ..." must go on to say to be an undertaking: in its first
 * clause, a party's deed to be done ("that their governments will hold", "that
 * we must do more"), not a view shared ("that the dialogue remains valuable",
 * "that we have strong ties, and ... can") nor a demand on others ("that Iran must release").
 * Group 1 is the clause's subject.
 */
export const UNDERTAKING = /^ ([^,;–]* )?(will|shall|would|should|must|can|could|needs? to|(is|are|continue) to|to be)\b/;

/** The reader or listener as subject ("you'll engage with", "as you will see"): no party binds itself. */
export const ADDRESSEE = /(^|\s)you( all)?$/;

/** A sentence that elaborates the commitment before it ("These efforts include ...", "Today's announcement includes ...", "The new assistance includes ..."). Only tested: in the order gzip packs smallest. */
export const ELABORATION = /^(these (efforts|steps|commitments|measures|initiatives) (also )?(will )?include|such efforts include|(today's|this|the)( [a-z]+){0,2} (will include|includes))\b/;

/**
 * A trigger inside a relative clause, a hope, guess, doubt or condition, or a
 * noun's complement: "efforts that will", "Forum, where she will" (an
 * itinerary's stop: "where we will" is the speaker's), "hope that the DPRK will", "I
 * expect we'll", "I don't think anyone wants to", "we understand the plan will", "unclear whether Iran is
 * prepared to", "if Iran decides to", "stronger when we're working together", "discussed the need to encourage". A hope joined to
 * the work for it ("we hope and continue to work to") is the speaker's own effort, and so is what "we" will do after a belief or an
 * assurance ("I do believe that we will seek", "to make sure that we're working together"). "How we will" is embedded but after
 * "is" ("Trust is how we will build"): "that's how we'll make progress" tells what a course achieves (7 release sentences, the 2
 * labeled none). Only tested: its alternatives are in the order gzip packs smallest.
 */
export const EMBEDDED =
  /\b((which|that|who)( was| are| were| is)?|where (he|she|they|it)|(believes?|expect(ation( is)?|s)?|predict(ions?)?|convinced|sure|certain|confident|trust|doubt|concern(ed)?|ensur(e|ing)) that (?!we\b)[^,;]*|discuss(ed|es|ing)?|(?<!make )(convinced|sure|certain|confident) [^,;]*|(we|i) (anticipate|don't think|expect|imagine|suspect|understand) [^,;]*|hop(e[ds]?|ing) (?!and (we )?$|(to|for)\b)[^,;]*|(whether|unless|(?<!\bis )how|when|if) [^,;:–—]*|(ways?|the need|how|opportunit(y|ies)|efforts?) to)\s*$/;

/**
 * A demand on others before a trigger: the undertaking it names is theirs, if any ("We urge the parties to commit to",
 * "call on donors to fulfill pledges"); the call itself is the speaker's support. A clause of the speaker's own after it
 * ("and will continue to", "and look forward to", "so that we can", ", noting that", ", underscoring", "while
 * reaffirming"), or the speaker's own the others are asked to join ("join us in our commitment to"), is not the demand's.
 */
export const DEMAND = /\b(call(s|ed|ing)? (up)?on|urg(e[ds]?|ing)) (?![^;]*(, ((?!includ)[a-z]+ing|and) |\bwhile |\bwe\b|join us))[^;]*$/;

/** An earlier occasion recounted: "one year ago ... signed", "had agreed", "In October 2020, the two sides signed", "Since 2015, ... has pledged", "since we signed the Paris Agreement"; read after a past tense ("agreed to", "decided to"), not a standing "is committed to". */
export const RECOUNTED = /^(in|since) ([a-z]+ )?(19|20)\d\d,|\b((a|\d+|two|three|several|one) (year|month|decade|week)s? ago|last (year|month|week)|previously|had (decided|agreed|signed|pledged|committed)|signed ([a-z-]+ ){0,3}in (19|20)\d\d|since [^,;]*signed)\b/;

/**
 * "... and we", "... and the two sides", "I think it", "we know that it", "she said that this war", "these measures show
 * that we", "made clear that we", "affirmed that the relationship", "confirmed that free elections", "noted that the
 * exchange", "shared the view that cooperation", "we recognize that progress", "that is why we": a new clause with its
 * own subject.
 */
export const NEW_SUBJECT = / ((think|believe|know|said|shows?|demonstrates?) (that )?|and (?=(we|i|he|she|they|both|the two) )|(clear|affirmed|confirmed|noted|recogni[sz]e|view) that |why )/g;

/**
 * A clause cut at a comma that goes on with the sentence's own subject: it opens with a joiner, "it", a
 * verb's "-ing" or "continue", or an adverb ("We condemn the attack, and call for ..."). One that opens
 * with a noun has a subject of its own ("If X tries ..., millions of Y are going to resist"), and so, mostly, has
 * one after "but" (", but this will be their first meeting", ", but sanctions will remain a key tool").
 */
export const SUBJECT_GOES_ON = /^([a-z]+ing|[a-z]+ly|also|and|continue[sd]?|it|or|then|to|while)\b/;
