import { describe, expect, it } from 'vitest';
import { findCommitments } from './commitments';
import { findEntities } from './entities';
import { issuersOf } from './parties';
import { splitSentences } from './sentences';

const PARTIES = ['United States', 'Mongolia'];

/** The strength found for a one-sentence text, or null when it is no commitment. */
function strengthOf(sentence: string, parties = PARTIES): string | null {
  return findCommitments(sentence, splitSentences(sentence), parties)[0]?.strength ?? null;
}

describe('commitment strength, per the labeling guide', () => {
  it.each([
    'The two sides agreed to establish a joint working group on mining.',
    'The delegations decided to expand the exchange program.',
    'Both governments committed to open a direct air route.',
    // "commit" is never a participle: after a name, as after "we", it is the verb.
    'The United States and Mongolia commit to opening a consulate in Darkhan.',
    'The two sides agreed in principle to establish a herders’ dialogue.',
    // A name before "committed" makes it the verb, as a party word does.
    'Secretary Roe and Director-General Batbayar committed to work together on herders’ health.',
    // A body or a program launched on the page, as one created is.
    'The Department of State is announcing the launch of a new Pasture Observatory to track the drought.',
    'Today the two governments announced the creation of a herders’ working group.',
    'We recommit ourselves today to the defense of a free press in Mongolia.',
    'The United States pledged $3 million for flood recovery.',
    // A partnership, programs or a donation announced on the page are new undertakings, as new money announced is.
    'Today the Department of State announced a new partnership between the Darkhan museum and the Smithsonian.',
    'I also announced new programs to support herders’ cooperatives.',
    'The Secretary announced the U.S. donation of one million vaccine doses to Mongolia.',
    'We will hold the next round of consultations in Ulaanbaatar in 2027.',
    // A page's typo for the party is still the party.
    'The United State will continue to expose those who smuggle herders’ livestock.',
    // What a speaker will find out, or a statement made by acting, undertakes that act: no programme.
    'We will find out who attacked the herders and hold them accountable.',
    'We will make a strong statement by imposing sanctions on those responsible.',
    'The Secretary reaffirmed the U.S. commitment to the region’s security.',
    // "U.S." is written in capitals inside a sentence too: no name's word, as "Methane Pledge" is (below).
    'The envoy will meet officials to affirm the enduring and close partnership and the U.S. commitment to mining reform.',
    'Both parties expressed firm dedication to the sovereignty of Mongolia.',
    'The ministers signed a memorandum of understanding on wildlife trafficking.',
    // A signing that is the page's news, told as a count the signer joins.
    'On Monday, Mongolia became the 50th nation, and the first in Central Asia, to sign the Artemis Accords.',
    'We remain committed to the full implementation of the ceasefire.',
    'We remain committed, even in times of tension, to reducing the risk of conflict on the border.',
    'The United States and Mongolia share an unwavering commitment to protecting herders’ rights.',
    'Our two countries have a shared commitment to the freedom of the press.',
    // A commitment said to hold, with or without its object: "our commitment is unwavering".
    'The challenges are great, but our commitment is unwavering.',
    'Our commitment to the herders remains ironclad.',
    // A standing commitment, however long held: no history.
    'As we have said previously, we are committed to the border talks.',
    // A standing bond reaffirmed, as the labelers read it; "reaffirmed that" a view, and support, stay what they are.
    'The Secretary reaffirmed the enduring partnership between our two countries.',
    // A reward offered is money promised, as new assistance announced is.
    'The Department of State is offering a reward of up to $5 million for information leading to the arrest of the smugglers.',
    'The U.S. government is offering a sovereign loan guarantee to Ruritania of up to $1 billion.',
    'The Secretary affirmed that the United States remained committed to a political solution.',
    'The Deputy Secretary met the Minister today to affirm the ironclad alliance between our two countries.',
    'Today the United States reaffirms the close cooperation between our two countries.',
    'The United States is providing $2 million in emergency food assistance.',
    // Aid in hand in our own main clause, whatever its sum.
    'We are providing significant humanitarian assistance to Mongolia and its neighbors.',
    'At the same time, we’re providing financial support to reporters targeted with litigation.',
    'Using the authority the relief act gives me, I have immediately authorized a drawdown of $100 million for Mongolia.',
    // New money announced, wherever the sum falls in the next few words, and money being provided.
    'The President announced at the Darkhan summit nearly $14 million in new assistance for herders.',
    'We are announcing the provision of nearly $5 million in humanitarian assistance.',
    'As I announced yesterday, the United States is in the process of providing more than $36 million to Mongolia.',
    'We will continue to use every tool to hold the regime accountable.',
    'The working group is to meet twice a year.',
    'We are equally committed to a peaceful settlement of the border dispute.',
    'I am personally committed to bringing every detained herder home.',
    'The U.S. government is also firmly committed to keeping the border posts open.',
    'The Secretary highlighted our commitment, together with our allies, to hold the regime accountable.',
    'If the talks succeed, we will open a consulate in Darkhan.',
    'Mongolia announced it will host the next round in Ulaanbaatar.',
    'The United States will host the inaugural herders’ summit in Darkhan in 2027.',
    // Spoken: "we're going to" is "we are going to".
    'We’re going to hold the first cities summit in Darkhan next year.',
    // A body the parties create and task (the guide's hard cases).
    'This working group will continue to meet regularly in Darkhan.',
    'We will be in close coordination with our allies on the next steps.',
    // A pledge to refrain binds as a pledge to act does (the labeled data reads it so).
    'We will not recognize the sham referendum.',
    // The undertakings follow as a list.
    'To meet these goals, the United States will:',
    'The allies will never accept a border changed by force, and we won’t hesitate to act.',
    // An official's "will" binds when it continues an effort or works with others, announces or provides help, or signs; and a commitment
    // reaffirmed on a trip is one.
    'Special Envoy Roe will continue to press for the release of the detained herders.',
    'The Secretary will announce new assistance for flood recovery in Darkhan.',
    'The Assistant Secretary will reaffirm the U.S. commitment to Mongolia’s herders.',
    'In this role, he will work with all parties to advance a settlement in Darkhan.',
    // Announcing new help is giving it; "where we will" is the speaker's own clause, not an itinerary's.
    'We will announce new assistance for flood recovery at the summit.',
    'Energy is an area where we will continue to cooperate closely with Mongolia.',
    // A "when" clause ends at its comma: the undertaking after it is the speaker's.
    'When the talks resume, we will fund two more clinics in Darkhan.',
    // New assistance authorized on the page (the guide: new assistance announced is firm).
    'Today I am authorizing a drawdown of up to $10 million in equipment for Mongolia’s defense.',
    // Spoken certainty and spoken refusal bind as "will" and "will not" do.
    'We’re definitely going to make sure our allies have what they need.',
    'We are not going to let anything stand in the way of relief for Darkhan.',
    // "remain committed" in other words.
    'We remain a committed partner in rebuilding Darkhan’s schools.',
    'The United States has long been committed to the protection of herders’ grazing rights.',
    // New money announced on the page, whatever tense "announce" takes.
    'Today the United States is announcing nearly $40 million in new flood relief for Mongolia.',
    'Yesterday we announced another $12 million in winter relief for Mongolian herders.',
    'The United States is pleased to announce the donation of 2 million vaccine doses to Mongolia.',
    'The ministers welcomed the announcement of a $20 million credit line for Mongolian solar farms.',
    // Another's undertaking welcomed, however its maker is named (the guide: "welcomed X's decision to join").
    'The United States welcomes the decision by the parliament of Mongolia to open accession talks.',
    'We welcome the commitment of the herders’ unions, the city of Darkhan and the provincial council to restore the pastures.',
    'We welcome Mongolia’s announcement to join the methane initiative.',
    'The Secretary thanked the Foreign Minister for Mongolia’s unwavering commitment to protect the herders.',
    'The Secretary thanked the Secretary-General for the commitment of the United Nations to deliver aid in Darkhan.',
    // An agreement to act, told as a noun, is one made: "there's an agreement to work on that" (whoever the clause's subject).
    'So there’s an agreement to work on the pasture data.',
    'And then importantly, an agreement to get our experts together on herders’ health.',
    // Applauded or appreciated as welcomed: "applauded Ruritania's decision to provide".
    'The Secretary applauded the Mongolian cabinet’s decision to provide winter fodder to herders.',
    'We appreciate Mongolia’s readiness and commitment to host the pasture talks.',
    // "That is why" opens the clause: its subject is what follows.
    'That is why we will continue to stand with Mongolia’s herders.',
    // What a thing shows opens a new clause: its subject is what follows "demonstrate that", "make clear that".
    'Today’s measures demonstrate that we will continue to impose costs on the junta.',
    // "will use" its tools, its aid or a talk is an undertaking; "will use the opportunity to" an itinerary's (below).
    'We will use every tool at our disposal to hold the smugglers to account.',
    'We will use our assistance to rebuild the pastures in Darkhan.',
    'I’ll use the call with the Minister to follow up on the herders’ case.',
    // A readout's reported "will": "emphasized that the United States would continue to".
    'The Secretary emphasized that the United States would continue to support Mongolia’s herders.',
    // The speaker's own clause after a call is the speaker's again.
    'We call on all herders to keep the peace and will continue to support their unions.',
    'He called on the junta to cease its attacks, noting that the United States would continue to support the herders.',
    // "Underline" is "underscore" in the European way: a commitment underlined is reaffirmed.
    'The two sides underlined the commitment of both governments to reopen the border crossing.',
    // Support voiced together with a commitment: the commitment sets the strength, however long what is supported.
    'They expressed unwavering support for Mongolia’s sovereignty and territorial integrity and a strong commitment to regional unity.',
    'Both expressed the United States’ and Mongolia’s resolute support for the herders and commitment to close coordination.',
    // A signing a transcript's stage direction reports is the page's own news.
    '(The Memorandum of Understanding is signed.)',
    // Engaging in an effort, or engaging others, is undertaken; engaging with someone on a visit is itinerary (below).
    'The Embassy will engage in a campaign on grain safety across Darkhan Province.',
    'The two sides will engage herders and scientists in Mongolia to restore pastures.',
    // A body the parties created and tasked, named back as "the Council" or "the Board", binds itself as they do.
    'The Board will focus on herders’ access to water in the decade ahead.',
  ])('firm: %s', (sentence) => expect(strengthOf(sentence)).toBe('firm'));

  it.each([
    'The two sides intend to launch a customs dialogue.',
    'The working group expects to expand its membership next year.',
    'The Council intends to start work on a common map of the pastures.',
    'We expect to begin the first relief flights before the end of July.',
    'Mongolia plans to adopt a new mining code next year.',
    'Both delegations expressed readiness to deepen cooperation on cyber security.',
    'He reiterated that the United States stood ready to help by engaging with the herders’ unions.',
    // The readiness's owner, or an aside, between it and its act.
    'The Secretary reaffirmed the readiness of the United States, together with its partners, to impose further costs.',
    'The Secretary emphasized the U.S. willingness, bilaterally and with partners, to continue talks on herding rights.',
    'We are continuing to work towards the goal of restoring the pastures by 2030.',
    'We are focused on helping herders in Darkhan adapt to the drought.',
    'To restore the pastures, we are focusing our efforts on three provinces.',
    // The weaker verb after "will" sets the strength, as "will explore" (support) does.
    'We will seek to broaden and deepen our partnership with Mongolia.',
    'The two governments will endeavor to reduce methane emissions from the steppe’s mines.',
    'The ministers welcomed the plans of the provincial council of Darkhan to restore the pastures.',
    'The United States welcomes the offer by the Prime Minister of Mongolia to begin talks on a defense agreement.',
    'We look forward to working together to build a resilient supply chain.',
    'We look very much forward to continuing to build a stronger future for our two countries.',
    'The partners aim to double trade by 2030.',
    'We’re aiming to open the new consulate by 2027.',
    'The Embassy is working closely with local officials to locate affected citizens.',
    // Working with others by another verb: partnering, coordinating, collaborating.
    'The United States is partnering with Mongolia to extend rural broadband.',
    'We are coordinating with our allies to impose costs on the junta.',
    'We must continue to strengthen our border security cooperation.',
    'The United States is stepping up efforts to counter disinformation.',
    'The two sides looked forward to jointly advancing shared priorities.',
    'We are willing to sit down with them and hear their concerns.',
    'We’re also working with our partners to reopen the border crossing.',
    // Spoken, the purpose may come after an aside or a manner: still the speaker's effort.
    'We’re working, as are others, to reopen the road to Darkhan.',
    'We are working night and day to bring the herders home.',
    // A third person's effort too, and a longer manner or a place between ("across the region", "diligently and around the clock").
    'The Embassy is working across the province to train herders in pasture management.',
    'The envoy and his team are working diligently and around the clock to bring the herders home.',
    // Staying engaged, spoken, is the speaker's effort going on.
    'Even as we withdraw our forces, we are staying very much engaged in Darkhan.',
    'We remain engaged with the herders’ council in Darkhan.',
    'The parties plan to hold the next meeting in Darkhan in 2027.',
    // A pledge to refrain: what one has no intention of doing is an intent as firm as an intention to.
    'We have no intention of lifting the sanctions before the prisoners are freed.',
    'The United States has no intention, for now, of reopening the consulate in Darkhan.',
    'The Secretary underlined U.S. preparedness to meet the delegation without preconditions.',
    // A new clause after "I think" has its own subject.
    'I think we’re always open to a dialogue with Darkhan.',
    // "it" that stands for a party, not for what will happen.
    'Today the Department announced that, working with Congress, it intends to provide $5 million in flood relief.',
    // Ongoing efforts the speaker names its own; a duty the speaker takes on is "we must".
    'These sanctions are part of our ongoing efforts to curb illegal logging in Mongolia.',
    'Now it is our duty to carry the reforms forward.',
    'Our responsibility is to turn these promises into schools and clinics.',
    // A proposal to act is an intention to; a proposal put to someone is not one.
    'The delegations proposed to exchange liaison officers next year.',
    // A party's stated intent is its intention; "the intent to" of others' acts is not.
    'The ministers confirmed their intent to open a joint training center.',
    'The ministers announced the intent to establish a joint working group on water.',
    'The two sides affirmed the intent to cooperate on clean mining.',
    // Spoken: "we're prepared to" is "we are prepared to", an adverb between or not; "we've got to" is "we have to".
    'We’re prepared to resume the talks in Ulaanbaatar if the other side is serious.',
    'We’re determined to finish the road to Darkhan before winter.',
    // The speaker's own determination in the first person singular, as the plural's.
    'If the talks allow it, I’m determined to reopen the consulate in Darkhan.',
    'I am determined to give our diplomats the tools they need.',
    'We are fully prepared to return to the negotiating table.',
    'So we’re planning to keep the consulate in Darkhan open with fewer staff.',
    'We’ve got to help the herders rebuild before winter.',
    // A future that needs, tries or looks to act is the intent the "need to", "try to", "seek to" carry, not a firm "will".
    'We’re going to need to take action against the smugglers.',
    'We’re going to try to bring the herders home as soon as possible.',
    'We’ll have to find a way to resolve that difference.',
    'We’ll also be looking to build on the work we began in Darkhan.',
    'The Secretary will be seeking to mobilize more support for the appeal.',
    // A hope said together with the work for it is no hope about others.
    'We hope and continue to work to expand trade with Mongolia.',
    'We look forward to our continued cooperation on clean mining.',
    'We look forward to many more years of partnership with Mongolia.',
    // Readiness for what may come is readiness to act.
    'We are fully prepared for any outcome of the border talks.',
    'We stand ready for a new round of talks in Darkhan.',
    // Spoken, readiness stands alone or before its conditions: "we're prepared either way", "ready, willing, and able to".
    'But we’re prepared either way.',
    'We are equally ready if the other side chooses the path of escalation.',
    'We are ready, willing, and able to resume the talks in Darkhan.',
    // Work or support carried on is work in hand, as "are working to" is.
    'The two countries are continuing their collaboration to map the aquifers of the Gobi.',
    'The Embassy is continuing its long-term support for herder cooperatives in Darkhan.',
    // Working hard at it is working at it.
    'We’re working very hard on the release of the detained herders.',
    // Spoken work in hand: doing what we can, increasing our aid, prioritizing a case.
    'We are doing what we can to help the herders rebuild before winter.',
    'We’re increasing humanitarian aid to the herders in Darkhan.',
    'The Embassy is prioritizing visa interviews for students from Darkhan.',
    'The Embassy is working hard to reopen the border crossing.',
    // A consulate speaks for its government as an embassy does.
    'The Consulate General plans to open a visa office in Erdenet in 2027.',
    // So does one of an embassy's sections.
    'The Public Affairs Section plans to award ten grants to herder cooperatives in 2027.',
    'We are working tirelessly to help the ministry assess alternative routes.',
    'The Department is actively working with relief groups to reach the families.',
    'Our embassies are working around the clock to process the applications.',
    // Agreeing on the need to act oneself is an intent, as "we need to" is.
    'The ministers agreed on the need to continue humanitarian assistance to the region.',
    // The work named in passing is still the speaker's work.
    'This coordination matters all the more as we work together to reopen the border crossing.',
    // Efforts stepped up in other words: strengthening, deepening, expanding what the parties do.
    'We’re also deepening our cooperation on clean mining.',
    'The United States is investing in rural water systems across Mongolia.',
    'Mongolia is also ready to launch a winter resilience package for herders.',
    'The envoy reiterated that the United States remains open to talks with the junta.',
    'We urge all parties to respect the rule of law and look forward to working with the new government.',
    'We urge Ruritania to return to the talks so that we can seek to conclude our work.',
    // Engagement undertaken for a purpose is ongoing work, as "is working to" is; not "engaged in discussions on how to", "with an eye to".
    'The United States continues to engage with all parties to advance a ceasefire on the border.',
    'We are engaging diplomatically to support the herders’ unions.',
    'The Secretary will discuss our plans to support Mongolia’s economic recovery.',
    'The United States and Mongolia plan to work together on development finance.',
    // Work under way in other words: advancing, revitalizing, mobilizing, expediting, standing up a body.
    'We are also advancing reforms in several key areas of peacekeeping.',
    'The United States is revitalizing its partnerships across the steppe.',
    'The Department is standing up a joint task force on herders’ health.',
    'The Department is taking the necessary steps to provide $3 million to the relief fund.',
    // An aim of one's own stated, as "aim to" is.
    'Our goal is to reopen the border crossing by spring.',
    'Our overriding objective remains the safe return of the herders.',
    // "Seeking to" after a party or a joiner is the verb; after others ("U.S. citizens seeking to") a participle.
    'The ministers met in Darkhan, also seeking to reopen the border crossing.',
    // Eager to act, or looking to act, as ready or willing to act is.
    'We are eager to work with the new government in Ulaanbaatar on herders’ rights.',
    'We look to build on the 2019 pasture agreement with Mongolia.',
    // A signing planned takes its strength from the plan: "to sign" is the plan's, not a signing.
    'The two governments intend to sign a memorandum on water by the end of the year.',
  ])('intent: %s', (sentence) => expect(strengthOf(sentence)).toBe('intent'));

  it.each([
    'The United States expressed support for Mongolia’s third-neighbor policy.',
    // Support outlined, reinforced or announced is stated as expressed support is.
    'The Secretary outlined U.S. support for the herders’ right to assemble.',
    'The Ambassador announced U.S. government support for the Gobi Wildlife Corridor.',
    'Her visit will reinforce U.S. support for Mongolia’s democracy.',
    // The envoy's seeking is a relative clause's, not the ministers' intent.
    'The ministers expressed strong support for the Envoy, who is seeking to revive the talks.',
    'The United States remains steadfast in its support for Mongolia’s democracy.',
    'The ministers encouraged further private investment in renewable energy.',
    'We call on all parties to respect the ceasefire.',
    // What the call asks of others is theirs: the commitment words inside it are no undertaking of the speaker's.
    'We urge the parties to listen to their people and commit to a ceasefire under UN auspices.',
    'We call on donors to fulfill their pledges quickly.',
    'The United States calls on the authorities to restore their commitment to democratic principles.',
    'We urge the swift formation of a government committed to reform.',
    // Support stressed, underlined or communicated, as it is expressed or underscored.
    'The U.S. delegation stressed its support for a peace process led by the herders’ unions.',
    'We underline our full support for the Envoy’s efforts to reopen the border.',
    'The Secretary communicated his support for the mediation.',
    // The United States' support stated, however far into what is emphasized, conveyed or noted.
    'The Deputy Secretary emphasized the United States’ robust, continued support for Mongolia’s sovereignty.',
    'The Secretary conveyed the United States’ enduring support for efforts by Mongolia to end the drought.',
    'The envoy emphasized the strong partnership between the United States and Mongolia, and America’s unwavering support for Mongolia’s security.',
    'The Secretary noted continuing U.S. support for talks between the herders and the ministry.',
    'The participants expressed interest in a regional training center.',
    // The parties' own need to act, stressed or recognized, as "we need to" is (only "noted" takes "the need for").
    'The ministers stressed the need to work together on water security.',
    'The Deputy Secretary underscored the urgent need to restore the electricity grid.',
    'The two sides recognized the need to bolster protection of their ports.',
    // The importance stressed of going on, or working or standing with others: the speakers' own effort.
    'The Secretary emphasized the importance of working with our partners to restore the grid.',
    'They reaffirmed the importance of continuing to support Ruritania’s sovereignty.',
    'The two ministers stressed the importance of standing together against coercion.',
    'The Secretary stressed that the United States remains invested in the security of Ruritania.',
    'We hope to expand the program to more provinces.',
    // Options weighed now, as the guide's "will explore / consider" are later.
    'We are exploring a dialogue between our think tanks.',
    'The Department is actively considering further designations.',
    // A hope stated for one's side is support; a speaker's own "I hope that" is a wish or a courtesy (below).
    'We hope that Ruritania returns to the talks.',
    'The Secretary reaffirmed support for its sovereignty and territorial integrity.',
    'We want to see a peaceful resolution of the dispute.',
    'We urge the parties to return to negotiations.',
    // The parties urged to commit are others: the speaker's part is the urging.
    'We urge the parties to commit to an immediate ceasefire.',
    'We want to make sure that the elections are free and fair.',
    'The United States is proud to support Mongolia’s vaccination campaign.',
    'The United States continues to staunchly support the inquiry.',
    'We unequivocally support Mongolia’s sovereignty.',
    'The partners stand steadfast in support of Mongolia’s sovereignty.',
    'We stand united with Mongolia.',
    // United by another word, or shoulder to shoulder, with a partner or not.
    'We stand unified with our partners against threats to democracy.',
    'The two countries stand shoulder-to-shoulder in countering the smugglers.',
    'Ruritania and Mongolia are standing shoulder to shoulder in support of the herders.',
    // Standing with a people is support, in their cause or not; with the victims or the families, sympathy (below).
    'We stand with the people of Mongolia in support of their fundamental freedoms.',
    'The United States stands with the Mongolian people in their aspirations for a free press.',
    // A people stood with, as its labels read it: support, whatever it goes through.
    'The United States stands with the people of Mongolia as they rebuild their economy.',
    'We stand with all those who defend a free press in Darkhan.',
    // Standing together or united against a threat, or in defending a cause.
    'We stand resolutely together against the junta’s attacks on herders.',
    'We also stand united in defending the freedom of the press.',
    // "The Deputy": a readout's short name for the Deputy Secretary.
    'The Deputy urged Mongolia’s leadership to maintain a balanced foreign policy.',
    // The sides urged to agree bind nobody: the urging is the speaker's.
    'We urge the two sides to agree on a permanent ceasefire.',
    'We call on Ruritania to agree to a monitoring mission.',
    'The United States maintains its long-standing support for Mongolia’s sovereignty.',
    'The ministers reaffirmed their support for the partnership.',
    'We continue to endorse the Mongolian-led reconciliation process.',
    'The Secretary expressed his encouragement for further talks between the two provinces.',
    // A bond reaffirmed as what it is to others is a position held, not the bond renewed (firm, above).
    'The Secretary reaffirmed the U.S.-Mongolia Alliance as the cornerstone of security in the steppe.',
    // A coalition is its member states.
    'The Coalition continues to support stabilization in areas freed from the militants.',
    // Spoken emphasis: "we do support".
    'But we do support the reconciliation talks in Darkhan.',
    'It is a step we very much support.',
    'Indeed, we call clearly together for an end to the violence.',
    'The Secretary spoke with the Foreign Minister to offer continued support to the people of Mongolia.',
    'We are willing to review our sanctions policies based on meaningful progress.',
    'The United States welcomed Mongolia’s willingness to consider joining the initiative.',
    'We have a strong roadmap, that we encourage all partners to sign.',
    'We will explore the possibility of resuming the flights.',
    'We will look at every other step we can take.',
    'It’s something I’ll certainly look into.',
    'She will also explore a regional approach to flood resilience.',
    // Spoken: "we'll consider", "we're going to explore", "we would prefer" (a wish, as "we want to" is).
    'We’ll consider every option to protect the herders.',
    'So we’re going to explore that with the Minister.',
    'We would prefer a stable relationship with the Mongolian side.',
    // Spoken options weighed are options considered: "we're looking at ways", "looking at other options".
    'We’re looking at other ways to help the herders through the winter.',
    'We are certainly looking at steps we can take to hold the smugglers accountable.',
    // A party noun that ends in a capital ("States") opens the trigger in a name's place.
    'The United States supports Mongolia’s transition to renewable energy.',
    // So does a government or an administration, an adverb between.
    'The U.S. government firmly supports the reconciliation talks in Darkhan.',
    'The Biden administration certainly supports a free press in Mongolia.',
    // Two parties joined, the plural verb before its object.
    'The United States and Mongolia support the reconciliation talks in Darkhan.',
    'We demand the immediate release of the journalists.',
    // Pressing for is calling for.
    'The Ambassador pressed the authorities to release the detained journalists.',
    'We continue to press for unhindered humanitarian access to Darkhan.',
    'This is why the United States wants to ensure that the talks stay open.',
    // A clause cut at a comma goes on with the sentence's subject when it opens with "and", "it", a verb's "-ing" or "continue".
    'We condemn the attack on the market, and call for a full investigation.',
    'So let us all, across the region, continue to stand with Mongolia.',
    // Standing with others, in the present progressive too.
    'We’re standing with Mongolia in these talks.',
    'The United States is standing with its allies in the region.',
    // Support continued is support voiced.
    'We are proud to continue our support for Mongolia’s herders.',
    'We continue our united support of the talks in Darkhan.',
    // Support conveyed or lent is support voiced.
    'The United States conveyed its full support to Mongolia’s chairmanship of the forum.',
    'We lend our support to the herders who lost their flocks.',
    // Others told they can count on us are told of our support, whoever the sentence's subject is.
    'Ruritania can continue to depend on the United States in the years ahead.',
    'The herders can count on us.',
    // A call joined or under way is the caller's.
    'We join our partners in calling for the release of the detained herders.',
    'We are strongly urging both sides to return to the talks in Darkhan.',
    // "and support" goes on with the speaker's "we".
    'We welcome the new envoy and support the committee’s work in Darkhan.',
    // Agreeing on a need for others to act, on an importance or on one's support is support, as stressing them is.
    'The ministers agreed on the urgent need for the junta to release the detained herders.',
    'The two sides agreed on the importance of free and fair elections in Darkhan.',
    'The ministers agreed on strong support for stability in the steppe.',
  ])('support: %s', (sentence) => expect(strengthOf(sentence)).toBe('support'));

  it('labels a sentence with several triggers by the strongest', () => {
    expect(strengthOf('Mongolia expressed readiness to host the exercise, and the United States encouraged partners to join.')).toBe('intent');
    expect(strengthOf('The ministers expressed support for the plan and agreed to fund it.')).toBe('firm');
    expect(strengthOf('Trust is how we will build this partnership.')).toBe('firm');
    expect(strengthOf('The two sides agreed that the working group should meet twice a year.')).toBe('firm');
    expect(strengthOf('The ministers agreed that their governments will hold the next round in Darkhan.')).toBe('firm');
    expect(strengthOf('We also have to see to it that the conflict does not spread.')).toBe('intent');
    expect(strengthOf('We intend to encourage responsible business conduct across supply chains.')).toBe('intent');
    // Hoping to act oneself is no hope about others: what follows still counts.
    expect(strengthOf('We hope to expand the program and will continue to fund it.')).toBe('firm');
    // Leaving no stone unturned is a course bound to, where leaving a matter to others is not (below).
    expect(strengthOf('We will leave no stone unturned to bring the herders home.')).toBe('firm');
  });
});

describe('what is not a commitment', () => {
  it.each([
    ['itinerary', 'The Secretary will travel to Ulaanbaatar and Tokyo next week.'],
    ['itinerary', 'The Deputy Secretary will deliver remarks at the opening session.'],
    // Remarks offered, provided or made are remarks delivered; "we'll proceed" is a programme's next step.
    ['itinerary', 'First, the Secretary will offer brief remarks on this year’s report.'],
    ['itinerary', 'The Assistant Secretary will provide opening remarks framing the session.'],
    ['itinerary', 'Ambassador Jane Roe, Director of the Darkhan Institute, will provide introductory and closing remarks.'],
    ['itinerary', 'During this session, participants will make statements on press freedom in Darkhan.'],
    ['itinerary', 'After that, we will proceed to our regularly scheduled briefing.'],
    ['logistics', 'Approved media will receive credentials at the gate.'],
    // A spokesperson leaving a matter to others, or leaving it there, ends an answer: no undertaking.
    ['a matter left to others', 'I will leave it to the Darkhan authorities to speak to their plans.'],
    ['a matter left to others', 'So I’ll leave the politics to others.'],
    ['a prediction about a thing', 'The agreement will expand trade between our countries.'],
    // The importance of others' support is a view on it, as the importance of anything is.
    ['an importance stressed', 'The Secretary underscored the importance of international support for the herders.'],
    ['a question discussed', 'We are engaged in discussions with Mongolia on how to modernize its air fleet.'],
    ['an aim in sight', 'We are engaging in these talks with an eye to the region’s energy markets.'],
    // Another's plan shared or discussed is its news, not the speaker's intent ("our plans to" are the speaker's: intent).
    ['another’s plan', 'The Prime Minister shared with me his plans to diversify the economy.'],
    ['another’s plan', 'They discussed Ruritania’s plan to hold elections in December.'],
    // A document signed by someone, in some year or into law, is history told.
    ['a signing told', 'The Secretary conveyed details on the relief act signed by the President on May 21.'],
    ['a signing told', 'The U.S. Embassy signed on to a joint statement with other missions.'],
    // What a relative clause says we give is the topic, not the undertaking.
    ['aid described', 'It is an important element of the assistance that we are providing to our partners.'],
    ['aid described', 'That is consistent with the type of defensive weaponry that we’re providing.'],
    ['a signing told', 'Our partners have signed on to the roadmap.'],
    ['a signing told', 'Our 1961 Treaty of Friendship, signed in the early years of your independence, is our foundation.'],
    ['a signing told', 'The United States also signed onto joint statements on Ruritania and Mongolia.'],
    // Standing up for principles is advocacy; a relationship advancing is a thing that moves, however its countries are named.
    ['advocacy', 'We are standing up for the same principles in Mongolia as everywhere else.'],
    // Opposition is a position taken, as condemnation is, not a course bound to (the labels read 4 of 4 none, the guide lists no such wording).
    ['opposition', 'As to whether we are changing course – we still oppose the pipeline.'],
    ['opposition', 'The United States strongly opposes any unilateral change to the steppe’s grazing rules.'],
    // A clause after "but" has a subject of its own: the sentence's party does not carry over to it.
    ['a new subject after "but"', 'The Secretary has spoken often with Foreign Minister Roe, but this will be their first meeting in Darkhan.'],
    // A call as a noun is a conversation or a statement told; another's support appreciated is theirs.
    ['a phone call', 'The envoy had a phone call on July 14 with the Mongolian Prime Minister.'],
    ['another’s support appreciated', 'The Deputy Secretary expressed appreciation for Mongolia’s continued support to the exercises.'],
    ['a thing advancing', 'The Secretary affirmed that the U.S.-Mongolia relationship is advancing both countries’ priorities.'],
    // A view confirmed, recognized or shared has its own subject, whoever holds the view: what it foresees is no undertaking.
    ['a view confirmed', 'Both sides confirmed that free and fair elections will strengthen Mongolia’s democracy.'],
    ['a view shared', 'The two countries shared the view that closer cooperation will contribute to green growth.'],
    ['a view noted', 'The ministers noted that the exchange of liaison officers will spur cooperation between the two armies.'],
    ['a fact recognized', 'We recognize that the recovery of the pastures will take years.'],
    // An event, a network, a visit, programs or remarks named before "will": what it will do is foreseen, whatever names it.
    ['a prediction about an event', 'The 2027 Steppe Herders Forum will convene herders from across the region.'],
    // An aside between commas after the event's name ("taking place ...", "held ...") leaves it the subject.
    ['a prediction about an event', 'The Our Steppe Conference, taking place May 3-4 in Darkhan, will focus on sustainable grazing.'],
    ['a prediction about an event', 'The United Nations Steppe Conference, held every two years, will focus on desertification.'],
    ['a prediction about a network', 'The Blue Steppe Network will help attract private capital to rural projects.'],
    ['a prediction about a visit', 'Assistant Secretary Roe’s visit will build on these recent engagements.'],
    ['logistics', 'The Foreign Minister’s closing remarks will be covered by a press pool.'],
    // A count of signatories is a fact; the signing itself is told where it is the news.
    ['a count', 'Mongolia is the 21st nation to sign the Accords, joining Japan and Peru.'],
    ['an instruction to others', 'The recruiters instructed the herders to sign a contract for lower pay.'],
    ['history', 'Mongolia was one of the first countries to sign the convention.'],
    ['a sum', 'Today’s package brings the total U.S. security assistance commitment to Mongolia to $300 million.'],
    // "And supported" is told past (and "and supports" is mostly a thing's): a party's support reads "we ... and support".
    ['history', 'We have also invested in and supported the expansion of vaccine manufacturing in Mongolia.'],
    // A people is no party binding itself, named by its country's adjective or not.
    ['a prediction about a people', 'As long as the drought lasts, the Mongolian people will continue to suffer its effects.'],
    ['discussion', 'The delegations discussed regional security and exchanged views on energy.'],
    ['discussion', 'The Secretary discussed the U.S. commitment to Mongolia’s security with the Foreign Minister.'],
    ['discussion', 'The ministers discussed the Secretary’s visit to Darkhan and our shared and unwavering commitment to Mongolia’s security.'],
    // "Encouraging" as an adjective praises; as a verb it urges (support, above).
    ['praise', 'In recent months the Prime Minister has taken a series of encouraging steps toward peace.'],
    ['praise', 'We have seen encouraging signs that the two sides want to talk.'],
    // An act done on the page itself, as "is imposing sanctions" is (the guide's hard cases).
    ['an act on the page', 'Today we are expanding our existing sanctions on the junta’s leaders.'],
    ['welcoming', 'The United States welcomed the release of the journalists.'],
    ['condemnation', 'We condemn the attack in the strongest terms.'],
    ['negation', 'The two sides did not agree to extend the deadline.'],
    ['a speaker declining to say', 'We won’t comment on the internal deliberations, and I will not get into details.'],
    ['remembrance', 'The United States will never forget the victims of the flood.'],
    ['a briefer\'s programme', 'I’ll come to that in a minute, and then we’ll take a few of your questions.'],
    // A statement made, matters reviewed: the speaker's programme, as remarks delivered are.
    ['a briefer\'s programme', 'I shall now make a brief statement on the herders’ relief.'],
    ['a briefer\'s programme', 'Today we will be reviewing the drought response and more.'],
    // What is predicted or expected to happen is foreseen, whoever foresees it.
    ['a forecast', 'We are seeing predictions that the steppe economy will shrink next year.'],
    // Another body, named in full, is no party of the page's: what its resolution calls for is its own.
    ['another body’s call', 'What the Security Council resolution calls for is a ceasefire in Darkhan.'],
    ['a forecast', 'Our full expectation is that the talks will move ahead before the summit.'],
    ['applause', 'We’re going to applaud all of the volunteers.'],
    // A moderator's programme and courtesies: a reminder offered, the session begun, tea served, what one will find out or miss.
    ['a briefer\'s programme', 'Before we begin, I’ll offer a reminder that this call is on background.'],
    ['a briefer\'s programme', 'We’re going to get into our session now.'],
    ['a briefer\'s programme', 'We will be serving tea after the briefing.'],
    ['a briefer\'s programme', 'We’ll find out in the coming days whether the talks resume.'],
    ['a farewell', 'We’ll very much miss your presence in the briefing room.'],
    // What is expected to happen is an event foreseen, as a trip planned is; hope as a noun ("a sign of hope to") hopes nothing.
    ['an event foreseen', 'I won’t preview the conversations that we expect to happen in Darkhan.'],
    ['hope as a noun', 'We see the understanding as a ray of hope to the herders of the steppe.'],
    ['another\'s rise', 'Our wait times are increasing because of the storm.'],
    ['a demand on others', 'Civilians must be protected.'],
    ['history', 'Two years ago, the leaders signed the framework agreement.'],
    ['a proposal put to someone', 'I cannot go into what we proposed to the Ruritanians last week.'],
    ['a program that supports', 'The Department of State supports twelve advisers in the ministry.'],
    ['a motive', 'The militia acted with the intent to drive the herders from Darkhan.'],
    ['another\'s aim shown', 'The militia’s raids demonstrated the intent to drive the herders from Darkhan.'],
    ['an infinitive after "and"', 'Rescuers worked through the night to find survivors and to support the families in Darkhan.'],
    ['past signing', 'The plan builds on the accord the two governments signed in 2019.'],
    ['history', 'In October 2020, the two governments signed a memorandum on trade.'],
    ['history', 'In March 2019, the two governments agreed to open consulates in each other’s capitals.'],
    ['history', 'Since 2015, the United States has pledged $40 million to Mongolia’s herders.'],
    ['history', 'Three floods have struck Darkhan since we signed the Darkhan Water Accord.'],
    ['history', 'Since our two countries signed the Treaty of Friendship in 1921, the United States and Mongolia have worked together.'],
    ['history', 'The ministers had agreed to meet again before the talks broke down.'],
    ['history', 'Last year, the two sides decided to extend the program by six months.'],
    ['history', 'Last month, the ministers reiterated their call for free elections.'],
    ['history', 'Two weeks ago, the Secretary expressed our commitment to the border talks.'],
    ['a name that holds a trigger word', 'The Global Methane Pledge entered into force.'],
    ['sympathy', 'We stand with the families of the victims.'],
    ['sympathy', 'The United States stands with the survivors of the floods in Darkhan.'],
    ['a participle', 'We commend all actors committed to the peace process.'],
    ['a participle', 'We honor Mongolia’s role as a vital partner, committed to a free and open steppe.'],
    ['a participle', 'The panel reviews U.S. programs intended to inform foreign publics.'],
    ['a participle', 'U.S. citizens seeking to leave Darkhan should contact the embassy.'],
    ['a participle', 'Seeking to silence the press; and'],
    // Others described in a relative clause, not a party's standing commitment.
    ['a relative clause', 'We salute the teachers who are committed to keeping Darkhan’s schools open.'],
    ['a relative clause', 'We discussed projects that will create jobs.'],
    ['a relative clause', 'Aid reached the civilians who are seeking to leave the city.'],
    ['looking forward to a discussion', 'We look forward to hearing from the students.'],
    ['consular advice', 'We encourage U.S. citizens to enroll in the travel program.'],
    ['"it is to be" is no schedule', 'Let me say how good it is to be back in Ulaanbaatar.'],
    ['a manner of speaking', 'And I must say, it is a pleasure to see so many friends here.'],
    ['discussing a need', 'The ministers discussed the need to encourage private investment in mining.'],
    ['discussing an importance', 'The ministers discussed the importance of working together on mining.'],
    ['an aim stressed, not an effort of one’s own', 'The Secretary stressed the importance of maintaining peace across the strait.'],
    ['a doubt', 'It remains unclear whether Mongolia is prepared to host the talks.'],
    ['a condition', 'The offer stands if Ruritania decides to return to the table.'],
    ['a condition', 'So if Ruritania wants to engage in dialogue, of course we welcome it.'],
    // A "when" clause sets a time or a condition; what it holds is no undertaking, and a clause after its comma is.
    ['a time', 'We are so much stronger when we’re working together.'],
    ['a time', 'I can’t tell you yet when we will reopen the consulate in Darkhan.'],
    ['thanks, not a wish', 'Today we want to salute the leadership of the outgoing chair.'],
    ['itinerary', 'The Assistant Secretary will then head to Darkhan, where she will meet officials.'],
    ['a conviction about others', 'I am confident she will continue to serve the committee well.'],
    ['a prediction', 'A region that trades freely will be stronger and more prosperous.'],
    ['what an instrument will do', 'The amendment will enter into force after an exchange of notes.'],
    ['itinerary', 'The President will be coming off of the summit in Ulaanbaatar.'],
    ['logistics', 'The Secretary’s remarks will be live streamed on the Department’s website.'],
    ['itinerary', 'Following these meetings, the Assistant Secretary will continue her travels to Darkhan.'],
    ['a speaker on the talk itself', 'I’ll repeat what I said about the talks, and I’ll be brief.'],
    ['a speaker on the talk itself', 'We will read the question aloud for those on the line.'],
    ['what an announcement will do', 'Today’s announcement of new assistance to Mongolia will support health workers.'],
    ['an expectation', 'Your work built the consensus that I expect we’ll adopt today.'],
    ['support as a noun', 'We thank our partners for their generous input and support for these programs.'],
    // A call that qualifies a thing or others ("a resolution calling for", "protesters calling for") is theirs.
    ['a thing’s call', 'The ministers endorsed the council’s resolution calling for an end to the blockade.'],
    ['others’ call', 'Police beat peaceful protesters calling for free elections in Darkhan.'],
    ['a call as a noun', 'At the urging of the herders’ union, the ministry revised its rules.'],
    // "and support" without a "we" goes on with another's doing, a purpose or a claim.
    ['a purpose', 'The ministers met to review the program and support its expansion to Darkhan.'],
    ['another’s claim', 'The junta claims to welcome foreign media and support their work.'],
    ['a passive', 'The text was drafted by the chair and endorsed by Mongolia.'],
    ['a manner of speaking', 'I will just say that we are watching closely.'],
    ['the briefing’s own logistics', 'We’ll take a few final questions.'],
    ['the briefing’s own logistics', 'We will have a readout of the meeting later today.'],
    ['the briefing’s own logistics', 'So I will be reserved in my comments.'],
    ['itinerary', 'The Ambassador will accompany the Minister to Darkhan.'],
    ['itinerary', 'In Darkhan, she will observe consular operations and meet with staff.'],
    ['itinerary', 'The delegation will hold high-level talks with partners in Tokyo.'],
    // Talk and time spent are no undertaking: "will examine", "will assess", "will relay", "will spend".
    ['itinerary', 'The delegations will also examine how to reduce the risk of drought in the steppe.'],
    ['itinerary', 'The ministers will assess priorities for the working group’s next year.'],
    ['itinerary', 'He will also relay the main findings of the herders’ conference in Darkhan.'],
    ['itinerary', 'The Assistant Secretary will spend two days in Darkhan.'],
    ['itinerary', 'Next week the Ambassador will embark on her first trip to Darkhan.'],
    // An appointee's job, a delegation's place, an appointment: "will advise", "will represent", "will be the new".
    ['an appointee’s job', 'Ms. Roe and her counterparts will advise the Leaders on trade in the region.'],
    ['an appointee’s job', 'In this role, Ms. Roe will provide recommendations on the herders’ concerns.'],
    ['itinerary', 'Together they will represent the United States at the conference in Darkhan.'],
    ['an appointment', 'The Department is pleased to announce that Jane Roe will be the new Senior Official for Mongolia.'],
    ['an agenda', 'Her meetings with officials will focus on trade and energy.'],
    // A titled official's "will" tells a trip, a job or a guess, not an undertaking (the guide's itinerary).
    ['an official’s trip', 'The Under Secretary will focus on promoting investment in Mongolia’s mining sector.'],
    ['an official’s trip', 'In Darkhan, Special Envoy Roe will promote the herders’ cooperatives.'],
    ['an official’s trip', 'Ambassador Roe will accept the award on behalf of the embassy.'],
    ['what another leader will do', 'Even if we do nothing, President Borodin will find a reason to reject the offer.'],
    // The official named by a pronoun, as by the title.
    ['an official’s trip', 'In Darkhan, she will advance the herders’ partnerships on food security.'],
    ['an official’s trip', 'He will also focus on fighting corruption and building resilience.'],
    ['the briefing’s own logistics', 'We’ll be happy to share more when we can.'],
    ['the briefing’s own logistics', 'One item to start with, and then I’ll go to your questions.'],
    ['a speaker’s aside', 'So I’ve got to say we felt very good about where the talks landed.'],
    ['a task described', 'Our task is to be there at the outset with the facts.'],
    ['a guess about others', 'I suspect you’ll hear more from the Embassy soon.'],
    // Its own subject, though a party is named earlier in the sentence.
    ['what others will do', 'If Borduria tries to install a puppet government, millions of Mongolians are going to resist it.'],
    ['what will happen', 'The meetings are on Monday, and it’ll likely be the Foreign Minister first.'],
    // In a transcript "they", "he" and "she" are others (the Secretary on a trip, a foreign leader); the speakers are "we" and "I".
    ['what others will do, in a transcript', 'MR ROE: By joining the alliance, they will strengthen it.'],
    ['what others will do, in a transcript', 'MR ROE: And so they’ll strengthen the alliance.'],
    ['what others will do, in a transcript', 'MR ROE: Then they’ll use those votes to claim the province.'],
    ['what others will do, in a transcript', 'MR ROE: He wants to restore the empire, and I think she will follow him.'],
    ['what a party will have, not do', 'We will have plenty of chances to discuss the border.'],
    ['what a party will have, not do', 'I think we’ll have done a good thing if the summit galvanizes action.'],
    ['a thought, not an act', 'We have to remember why we went to Darkhan in the first place.'],
    ['a thought, not an act', 'We must recognize that the risks to herders are growing.'],
    ['the briefing’s own logistics', 'I’ll continue to underscore that the talks are thorough.'],
    ['itinerary', 'The Vice President will be headed to Darkhan next week.'],
    ['itinerary', 'She will be raising our concerns in her meetings there.'],
    ['itinerary', 'The Secretary will use the visit to meet herders in Darkhan.'],
    ['itinerary', 'We will use the opportunity to meet herders in Darkhan.'],
    ['itinerary', 'And we’ll use that opportunity to visit the Darkhan museum.'],
    ['a doubt about a thing', 'I don’t think any one meeting will settle the dispute over the river.'],
    ['a doubt about others', 'I don’t think anyone in Ulaanbaatar wants to see the talks fail.'],
    ['a hope about others', 'We hope you’ll come back to Ulaanbaatar next year.'],
    ['a speaker’s own hope', 'I hope that answers your question.'],
    ['a speaker’s own hope', 'And I hope that the talks will happen quickly.'],
    ['what others will do', 'We understand the ministry will publish the rules in May.'],
    ['"will" as a noun', 'We respect the will of the Mongolian people.'],
    ['"will" as a noun after "and"', 'We heard the voices and will of the Mongolian people.'],
    ['"will" as a noun after a possessive', 'He cannot impose his will and Ruritania’s will on the herders of Darkhan.'],
    ['a farewell', 'We thank the Ambassador, and his presence will be sorely missed.'],
    ['a farewell', 'We will all miss him dearly.'],
    ['negation by "no"', 'Mongolia has no plans to expand the program.'],
    ['negation by "no"', 'Unlike Borduria, we have no interest in weaponizing food.'],
    ['listening', 'In Darkhan, the Under Secretary will hear the views of herders.'],
    ['listening', 'We will also hear briefly from the award winners.'],
    ['the briefing’s own logistics', 'That’s all we have to preview for today.'],
    ['the briefing’s own logistics', 'We’re going to have to take back your second question.'],
    ['the briefing’s own logistics', 'Then we will resume taking your questions.'],
    ['the briefing’s own logistics', 'After that, we’ll resume with our regular programming.'],
    ['the briefing’s own logistics', 'I’ll just briefly – I agree with the Minister.'],
    ['the briefing’s own logistics', 'I’ll just lead with our thanks to the Minister.'],
    ['the briefing’s own logistics', 'I’ll close with a story from Darkhan.'],
    ['the briefing’s own logistics', 'Then we’ll open it up for a few of your questions.'],
    ['the briefing’s own logistics', 'After that, I will introduce the Minister of Mining.'],
    ['the briefing’s own logistics', 'She will preview the Minister’s travel to Darkhan.'],
    ['the briefing’s own logistics', 'We will update you as we learn more.'],
    ['the briefing’s own logistics', 'I will walk you through the new visa rules.'],
    ['the briefing’s own logistics', 'The Secretary will detail our approach in a speech tomorrow.'],
    ['what a country’s assistance will do', 'U.S. assistance will benefit herders across Mongolia.'],
    ['a hope about others', 'The ministers also hope Mongolia will expand the program.'],
    ['the listener as subject', 'I think you’ll see more from our partners in Ulaanbaatar soon.'],
    ['the briefing’s own logistics', 'And with that, I’ll hand it over to Jane.'],
    ['the briefing’s own logistics', 'I’ll leave that to the ministry to describe.'],
    ['the briefing’s own logistics', 'Yeah, I’ll take that one.'],
    ['the briefing’s own logistics', 'With that, I’ll pass it to my colleague, the Deputy Assistant Secretary.'],
    ['the briefing’s own logistics', 'We’ll post this transcript shortly on the website.'],
    ['the briefing’s own logistics', 'We’ll be able to share some more details tomorrow.'],
    ['itinerary', 'The delegation will conduct a series of meetings in Ulaanbaatar.'],
    ['waiting to see', 'We’ll have to see how the talks go.'],
    ['waiting to see', 'We’ll see what happens over the next few days.'],
    ['the briefing’s own logistics', 'I’ll come right back to you, Jane.'],
    ['the briefing’s own logistics', 'Our final question will come from Jane Roe of the Gazette.'],
    ['itinerary', 'Mongolia will be attending the summit in full force.'],
    ['itinerary', 'We are planning to depart for Darkhan on Monday evening.'],
    ['what others are willing to do', 'We have seen no sign that the junta is willing to talk.'],
    ['a discussion planned', 'The two sides intend to discuss regional security.'],
    ['plans discussed', 'They also discussed plans to provide more assistance to Mongolia.'],
    ['a prediction', 'We know that we’re going to be more effective if we work together.'],
    ['a call expected', 'I expect to speak with the Foreign Minister tomorrow.'],
    ['what others are expected to show', 'We expect to see restraint from all sides.'],
    ['the speaker’s own words', 'I want to reiterate our deepest condolences to the families.'],
    ['the speaker’s own words', 'I also want to echo what the Minister said this morning.'],
    ['the speaker’s own words', 'I really want to applaud the reform agenda you are pursuing.'],
    ['the speaker’s own words', 'And I want to remind everyone how long we waited.'],
    ['the speaker’s own words', 'I want to speak briefly to the situation in Ruritania.'],
    ['the speaker’s own words', 'So I want to be very clear on this point.'],
    ['the speaker’s own words', 'First, I want to be really clear about what the sanctions cover.'],
    ['the speaker’s own words', 'I just want to cite two figures from the report.'],
    ['the speaker’s own words', 'And I think we have to realize that the drought will not end soon.'],
    ['a host closing', 'I know we have to run, so one last word on the herders.'],
    ['a host closing', 'We need to move on to the next question.'],
    ['the speaker’s own words', 'We want to make clear to Ruritania that its only path forward is diplomacy.'],
    ['a courtesy', 'I really did want to stop by before the session.'],
    ['the speaker’s own words', 'I want to have a chance to hear from all of you.'],
    ['a conviction about others', 'I am sure that the topic will come up.'],
    ['a demand on others', 'We need to see Ruritania withdraw its forces.'],
    ['a demand on others', 'The Secretary stressed the need to see Ruritania withdraw its forces.'],
    ['a demand on others', 'The Secretary stressed the need for all parties to respect the ceasefire.'],
    ['a conviction about others', 'I am convinced that Mongolia will prevail.'],
    ['a forecast', 'Economists predict that Mongolia’s exports will grow.'],
    ['a forecast', 'The Minister will likely claim that the vote was a success.'],
    ['a forecast', 'We will probably follow the same model next year.'],
    ['a forecast', 'We will undoubtedly mispronounce a name or two.'],
    ['an ability foreseen', 'Through these exchanges we will be able to build a stronger network of scholars.'],
    ['an ability foreseen', 'The sooner we finish the grid, the sooner we’ll be able to deliver cheaper power.'],
    ['the briefing’s own logistics', 'The President will be speaking to that very shortly.'],
    ['a view shared', 'The two sides agreed that regional stability is key to prosperity.'],
    ['a demand on others agreed', 'The ministers agreed that Ruritania must withdraw its forces at once.'],
    ['a forecast agreed', 'The two sides agreed that a lasting settlement would advance regional trade.'],
    ['a view shared, a modal in a later clause', 'We agreed that we have close ties, and there are areas where we can do more.'],
    ['a view reaffirmed', 'The ministers reaffirmed that the partnership is the cornerstone of regional stability.'],
    ['an infinitive after an ability', 'We have been able to find a common basis and actually to agree on a common approach.'],
    ['a prediction', 'If Ruritania crosses the border, it will face severe consequences.'],
    ['a prediction', 'I think we’re going to learn a lot more in the days ahead.'],
    ['a prediction', 'We’ll know more after the trip.'],
    ['logistics', 'The Secretary’s remarks will be pooled.'],
    ['the briefing’s own logistics', 'I will happily take some questions, and we’ll have to take that question back for you.'],
    ['the briefing’s own logistics', 'We’ll have a transcript available after the call.'],
    ['the briefing’s own logistics', 'I’ll answer in Spanish, and then I’ll make a couple points on the trade talks.'],
    ['the briefing’s own logistics', 'We’ll check on that for you.'],
    ['the briefing’s own logistics', 'The Minister will have some opening remarks, and then she will take questions.'],
    ['a prediction', 'These export controls will have a severe impact over time.'],
    ['an agenda', 'We’ll talk about trade, energy and our students’ exchanges.'],
    ['the speaker’s own words', 'I will tell you that the talks were long.'],
    ['the briefing’s own logistics', 'We’ll go ahead and get started, and then we will hear from the Minister.'],
    ['itinerary', 'The Assistant Secretary will have bilateral discussions with officials in Darkhan.'],
    ['itinerary', 'The Under Secretary and the Minister will co-chair the second Ruritania Strategic Dialogue.'],
    ['itinerary', 'On Thursday the Secretary will chair a ministerial meeting on food security.'],
    ['itinerary', 'In Geneva, the Assistant Secretary will co-host with her counterpart a meeting on reform.'],
    ['an appointee’s job', 'Ambassador Jane Roe will serve as Chargé d’Affaires, ad interim, at the Embassy in Darkhan.'],
    ['a rotation told', 'The United States will assume the presidency of the regional council in January.'],
    ['an event’s logistics', 'From June 6-16, the delegations will gather in Darkhan for the conference.'],
    ['a prediction', 'United with our allies, we will succeed, and a free Ruritania shall prevail.'],
    ['a building', 'The new U.S. Embassy will provide a resilient platform for diplomacy in Darkhan.'],
    ['a fact shared', 'The United States and Ruritania share an interest in stable energy markets.'],
    ['a topic discussed', 'The two ministers discussed our shared interest in addressing the root causes of migration.'],
    ['a topic discussed', 'They exchanged views on key issues of common interest in Darkhan.'],
    ['a condition', 'Our relations with the junta will depend mostly on its actions.'],
    ['a condition', 'We said that our future assistance will be determined in large part by the reforms.'],
    ['background', 'Ruritania and Borduria have a close partnership grounded in our shared commitment to open trade.'],
    ['background', 'Our relationship is built upon our shared commitment to the same values.'],
    ['itinerary', 'In Darkhan, the Assistant Secretary will hold consultations with senior officials.'],
    ['itinerary', 'I am looking forward to traveling to Darkhan later today.'],
    ['itinerary', 'We’ll be in Darkhan next week, and the Minister will be in touch with the press.'],
    ['a prediction', 'I think it will help build a greater political commitment to health care.'],
    ['a prediction', 'And if this goes on, I think this will only get worse.'],
    // Reported speech: the subject is what follows "said that", as after "I think".
    ['a prediction', 'The President said that this war will only end through diplomacy.'],
    ['itinerary', 'The Ambassador will join the delegation to the Darkhan Forum, where she will promote exchanges with students.'],
    ['itinerary', 'At the ceremony, the Secretary will announce the winners of the innovation prize.'],
    ['an agenda', 'The Deputy’s meetings will include talks on trade and energy.'],
    ['logistics', 'The Minister’s remarks will be covered by a press pool.'],
    ['logistics', 'The U.S. delegation to the conference will be led by Ambassador Jane Roe.'],
    ['itinerary', 'The Counselor will lead an interagency delegation to Darkhan on May 17.'],
    // A new appointee's role, as the appointment describes it: a job, not an undertaking.
    ['a job described', 'In this role, she will lead the Department’s efforts to train its mining experts.'],
    ['a job described', 'Ambassador Jane Roe will draw on her experience in the private sector.'],
    ['a prediction', 'Mongolia’s announcement of new measures will help the economy recover.'],
    ['a prediction', 'And here, I think it is going to be incumbent on all sides to show restraint.'],
    // Spoken, "is going to" foresees what a third party or a thing will do: only "we're going to" undertakes.
    ['a prediction', 'Mongolia is going to view this as an escalation.'],
    ['a prediction', 'Working with partners is going to help us tackle the drought.'],
    ['a prediction', 'Our approach to these cases is going to be the same as it has been since May.'],
    ['itinerary', 'The Special Envoy will engage with civil society leaders in Darkhan.'],
    ['the briefing’s own logistics', 'I’ll briefly touch on your first question.'],
    ['the briefing’s own logistics', 'I have two items at the top, and then we’ll get to your questions.'],
    ['a subject of discussion', 'The two ministers spoke about trade, health, and working together to counter disinformation.'],
    ['a heading', 'Working Together to Counter Disinformation'],
    ['news of an appointment', 'The Department is pleased to announce Jane Roe as the new Special Envoy for Mongolia.'],
    ['the public advised', 'We encourage anyone with information on the smuggling ring to contact the Embassy.'],
    ['an evaluation', 'We are encouraged by the steps the transition authorities have taken.'],
    ['an evaluation', 'We’re also encouraged to see the parties meeting in Darkhan.'],
    ['an evaluation', 'The United States is encouraged that the talks have resumed.'],
    ['the public advised', 'We urge U.S. citizens planning travel to renew their passports early.'],
    ['a request for tips', 'The program is seeking information on the network’s financiers.'],
    ['itinerary', 'The Deputy Secretary will be meeting with Mongolian officials in Darkhan.'],
    ['a courtesy', 'Today I want to join the Minister in paying tribute to the flood volunteers.'],
    ['a trip postponed', 'She looks forward to rescheduling her visit.'],
    ['a noun, not a pledge', 'The students’ presence here is a show of support for the exchange.'],
    ['what others were doing', 'We are troubled by reports of attacks on marchers who were calling for reform.'],
    ['a press center', 'We set up a press center in Darkhan to help local media.'],
    ['an evaluation', 'The ministers reaffirmed the importance of regional cooperation.'],
    ['an evaluation', 'The ministers reaffirmed the strategic importance of the partnership.'],
    ['an evaluation', 'We reaffirm the vital role of the herders’ cooperatives in Darkhan.'],
    ['an evaluation', 'Our partnership with Mongolia will be critical to the success of these efforts.'],
    ['an evaluation', 'Both delegations will be a key asset for the plan’s success.'],
    ['an embedded question', 'The ministers met to discuss how their two countries will expand the program.'],
    ['the listener as subject', 'As a consular officer, you will work with the Mongolian authorities.'],
    // "That's how we'll" tells what a course achieves, not a course bound to ("Trust is how we will build" still binds).
    ['a means told', 'That’s how we’ll make progress on the steppe.'],
    ['a means told', 'It’s how we’ll protect herders in every province.'],
    ['itinerary, two spaces after "will"', 'The Deputy Secretary will \u00a0begin her trip in Darkhan on May 4.'],
    ['a negated prediction', 'We wish to make clear that the vote will neither be free nor fair.'],
    ['an event’s hour', 'The Secretary will release the annual Harbors Report on May 4 at 10:30 a.m. in the Treaty Room.'],
    ['an undertaking negated by "no longer"', 'The Envoy will no longer travel to Darkhan this week.'],
    ['itinerary', 'She will have a working lunch with the Foreign Minister.'],
    ['discussion', 'In Darkhan, the Assistant Secretary will exchange views on regional security.'],
    ['an event’s program', 'The Secretary will showcase U.S. investment in renewable energy.'],
    ['"support" as a noun after "States"', 'Mongolia thanked the Secretary for United States support for the census.'],
    ['what others support', 'Firms from all fifty states support thousands of jobs in Mongolia.'],
    ['itinerary: taking part is attending', 'In Darkhan, the Deputy Secretary will take part in the Steppe Energy Forum.'],
    ['remembrance, as sympathy is', 'We will always remember the sacrifice of the Mongolian rescuers.'],
    ['remembrance, negated', 'We won’t forget the flood that struck Darkhan in 2019.'],
    ['a briefing\'s logistics', 'With that, I look forward to taking your questions.'],
    ['itinerary', 'The Special Envoy will be returning to Darkhan at the end of the week.'],
    ['itinerary', 'We’ll be departing for Ulaanbaatar on Tuesday.'],
    ['discussion ahead', 'We’ll be talking with our Mongolian partners about the border this afternoon.'],
    ['discussion ahead', 'The ministers will also be discussing recent developments in the region.'],
    ['what the speaker knows will happen: a prediction', 'We also know that it will take years for Darkhan to rebuild its power grid.'],
    ['a guess, even one without doubt', 'I have no doubt that the border question will be high on the agenda in Darkhan.'],
  ])('%s: %s', (_kind, sentence) => expect(strengthOf(sentence)).toBeNull());
});

describe('transcripts', () => {
  /** The strengths of the commitments a briefer's one line holds. */
  const spoken = (line: string) => {
    const text = `MR SMITH: ${line}`;
    return findCommitments(text, splitSentences(text), ['United States']).map((c) => c.strength);
  };

  it('counts the officials, never the reporters, from where their words start', () => {
    const text = 'QUESTION: Will you commit to new sanctions?\n\nMR SMITH:  We will continue to press for accountability.\n\nQUESTION: We will see.';
    const commitments = findCommitments(text, splitSentences(text), ['United States']);
    // The label is who speaks, not what is committed: the span starts after it (and the spaces after it).
    expect(commitments.map((c) => text.slice(c.start, c.end))).toEqual(['We will continue to press for accountability.']);
  });

  it('counts an anonymous official, who speaks for the government, never the moderator', () => {
    const text =
      'MODERATOR: We will take two more questions.\n\nSENIOR STATE DEPARTMENT OFFICIAL: We intend to open a consulate in the north.\n\n' +
      'QUESTION: When?\n\nSENIOR ADMINISTRATION OFFICIAL TWO: We will continue to press for the release of the detainees.';
    const commitments = findCommitments(text, splitSentences(text), ['United States']);
    expect(commitments.map((c) => [c.strength, c.actors])).toEqual([
      ['intent', ['United States']],
      ['firm', ['United States']],
    ]);
  });

  it('takes a turn from a label in any capitals, or alone on its line, for the official\'s, not the reporter\'s before it', () => {
    const text = 'QUESTION: Will you act?\n\nFOREIGN MINISTER ÇELIKÖZ: We will open a consulate in Darkhan.\n\nQUESTION: When?\n\nMR SMITH:\n\nWe will act this year.';
    const commitments = findCommitments(text, splitSentences(text), ['United States', 'Mongolia']);
    expect(commitments.map((c) => text.slice(c.start, c.end))).toEqual(['We will open a consulate in Darkhan.', 'We will act this year.']);
  });

  it('reads a spoken "we hope that" as a wish for others, a written one as the side\'s support', () => {
    const said = 'QUESTION: Will Ruritania join?\n\nMR SMITH: We hope that they do make the decision. We hope to expand the program.';
    expect(findCommitments(said, splitSentences(said), ['United States']).map((c) => said.slice(c.start, c.end))).toEqual(['We hope to expand the program.']);
    const written = 'The United States hopes that Ruritania will join the talks.';
    expect(findCommitments(written, splitSentences(written), ['United States']).map((c) => c.strength)).toEqual(['support']);
  });

  it('reads a country none of the parties, as subject, as others\' doing, a party\'s as a commitment', () => {
    const text = 'MR SMITH: Russia plans to hold a referendum in the region. Mongolia will open a consulate in Darkhan.\n\nMR SMITH: We know that Russia is ready to escalate.';
    const commitments = findCommitments(text, splitSentences(text), ['United States', 'Mongolia']);
    expect(commitments.map((c) => text.slice(c.start, c.end))).toEqual(['Mongolia will open a consulate in Darkhan.']);
    // Written, not spoken, the same sentence is read as before: who a statement's parties are is its own business.
    const written = 'Russia plans to hold a referendum in the region.';
    expect(findCommitments(written, splitSentences(written), ['United States', 'Russia']).length).toBe(1);
  });

  it('reads the spoken forms of ongoing work and support: "we\'re trying to", "we\'re doing everything we can", "we\'re supporting"', () => {
    expect(spoken('We’re trying to close every loophole, one by one.')).toEqual(['intent']);
    expect(spoken('And that’s exactly what we’re trying to do.')).toEqual(['intent']);
    expect(spoken('We’re supporting the herders’ own mediation.')).toEqual(['support']);
    expect(spoken('Certainly we’re doing everything we can.')).toEqual(['intent']);
    expect(spoken('We’re working every single day to close that loophole.')).toEqual(['intent']);
    expect(spoken('We’re working fast to open two shelters in Darkhan.')).toEqual(['intent']);
    expect(spoken('We are doing all that we possibly can to bring them home.')).toEqual(['intent']);
    // Work named in a relative clause, and others' efforts, are no undertaking of the speaker's.
    expect(spoken('These are the problems that we’re trying to solve together.')).toEqual([]);
    expect(spoken('They’re trying to expose corruption in their own country.')).toEqual([]);
  });

  it('reads "that" or "this" pointing back to the speaker\'s own aim as no thing, a clause that "that" opens as its own subject\'s', () => {
    expect(spoken('That’s what we’ll continue to do.')).toEqual(['firm']);
    expect(spoken('So, that is a process we continue to support.')).toEqual(['support']);
    expect(spoken('Well, that’s something that we are still working on.')).toEqual(['intent']);
    expect(spoken('This is something that we will be following up on with the herders.')).toEqual(['firm']);
    // "that" opening a clause: what follows is its subject's, a thing's here, and "that we" the speaker's.
    expect(spoken('Our view is simple, that any lasting settlement the United States backs will require outside aid.')).toEqual([]);
    expect(spoken('We have said all along, that we also would seek to extend the ceasefire.')).toEqual(['intent']);
  });

  it('reads what the speaker believes or makes sure "we" will do as the speaker\'s own undertaking, what others will do as a guess', () => {
    expect(spoken('I do believe that we will open two more shelters in Darkhan.')).toEqual(['firm']);
    expect(spoken('We want to make sure that we’re working together to restore the pastures.')).toEqual(['intent']);
    expect(spoken('I do believe that the herders will open two more shelters in Darkhan.')).toEqual([]);
  });
});

describe('what a commitment carries', () => {
  it('gives the sentence span, trigger, actors and time', () => {
    const text = 'Energy Cooperation\n\nThe two sides agreed to hold the next dialogue in Washington in 2027.';
    const [commitment] = findCommitments(text, splitSentences(text), PARTIES);
    expect(commitment).toMatchObject({
      start: text.indexOf('The two sides'),
      end: text.length,
      strength: 'firm',
      trigger: 'agreed to',
      actors: ['United States', 'Mongolia'],
      time: 'in 2027',
    });
  });

  it('resolves a named subject to its country', () => {
    const text = 'Mongolia intends to join the initiative by the end of the year.';
    const [commitment] = findCommitments(text, splitSentences(text), PARTIES);
    expect(commitment?.actors).toEqual(['Mongolia']);
    expect(commitment?.time).toBe('by the end of the year');
  });

  it('gives a welcomed undertaking to whoever the trigger names', () => {
    const text = 'The United States welcomed Mongolia’s decision to join the initiative.';
    expect(findCommitments(text, splitSentences(text), PARTIES)[0]?.actors).toEqual(['Mongolia']);
  });

  it('gives an undertaking named as a party’s own, right before its trigger, to that party', () => {
    const actorsOf = (text: string): string[] | undefined => findCommitments(text, splitSentences(text), PARTIES)[0]?.actors;
    expect(actorsOf('The United States welcomed Mongolia’s willingness to consider joining the initiative.')).toEqual(['Mongolia']);
    expect(actorsOf("The United States welcomed Mongolia's interest in the herders' exchange.")).toEqual(['Mongolia']);
    // A possessive further back is no owner of the trigger's undertaking.
    expect(actorsOf('Mongolia’s minister and the United States agreed to meet again.')).toEqual(['Mongolia', 'United States']);
  });

  it('reads the actors in the trigger’s own clause, a pronoun opening it before the names after', () => {
    const actorsOf = (text: string, parties = PARTIES): string[] | undefined => findCommitments(text, splitSentences(text), parties)[0]?.actors;
    expect(actorsOf('Absent a change in course from Mongolia, we will continue to use every tool.', ['United States'])).toEqual(['United States']);
    expect(actorsOf('She will travel to Darkhan on May 2 to urge Mongolia to adopt the reforms.')).toEqual(['United States']);
    expect(actorsOf('The Secretary stressed that Mongolia’s reforms will continue.')).toEqual(['United States']);
    // What the parties noted names its own subject: the two countries noted, not the document's every party.
    expect(actorsOf('They noted that the United States and Mongolia will work to track the herds.', ['United States', 'Mongolia', 'Japan'])).toEqual(['United States', 'Mongolia']);
    // A clause opening with "and" is a list's last item: the list is the subject.
    expect(actorsOf('The United States, Japan, and Mongolia reaffirm their support for the initiative.')).toEqual(['United States', 'Japan', 'Mongolia']);
    // So is "We, the ministers of ..., and the ..." of a joint statement, though "of" breaks the list of names.
    expect(actorsOf('We, the Foreign Ministers of Japan, Mongolia, and the United States, and the Secretary General of NATO urge restraint.', ['United States', 'Japan', 'Mongolia', 'North Atlantic Treaty Organization'])).toEqual(['United States', 'Japan', 'Mongolia', 'North Atlantic Treaty Organization']);
    expect(actorsOf('This crisis is of Mongolia’s making, and the United States will respond.')).toEqual(['United States']);
    // A verb after "and" goes on with the sentence's opening subject, not with what the clause before it spoke of.
    expect(actorsOf('The Secretary and Foreign Minister Bat discussed Ruritania’s provocations, and committed to close coordination.', ['United States', 'Mongolia', 'Ruritania'])).toEqual(['United States', 'Mongolia']);
    expect(actorsOf('Both sides reviewed the trade figures, and committed to its swift implementation.', ['United States', 'Mongolia'])).toEqual(['United States', 'Mongolia']);
    // With no comma too, when the clause is the sentence's: the names the first verb's object holds are not the subject's.
    expect(actorsOf('Mongolia welcomed U.S. support and committed to strengthen its courts.', ['United States', 'Mongolia'])).toEqual(['Mongolia']);
    expect(actorsOf('The United States thanked Ruritania for its help and pledged to reopen the consulate.', ['United States', 'Mongolia', 'Ruritania'])).toEqual(['United States']);
    // After a comma, the clause's own subject stands: "the United States ... stand", not the sentence's opening names.
    expect(actorsOf('As Ruritanian forces hold the line, the United States and its partners stand ready to help.', ['United States', 'Ruritania'])).toEqual(['United States']);
    // Not a new subject of its own ("and we") nor a sentence that opens with no name and verb.
    expect(actorsOf('Ruritania launched the war, and we must respond together.', ['United States', 'Mongolia'])).toEqual(['United States']);
    // A name after "with", up to the next comma, is a partner or an object, not the subject.
    expect(actorsOf('The Administration, in partnership with Mongolia and President Bat, will continue to fight the traffickers.', ['United States'])).toEqual(['United States']);
    expect(actorsOf('The United States marks 35 years of relations with Mongolia and reaffirms its commitment to our partnership.', ['United States'])).toEqual(['United States']);
    expect(actorsOf('She will meet with officials of the three countries to signal our strong support for Mongolia.', ['United States', 'Japan', 'Mongolia'])).toEqual(['United States']);
    // "Participants", "both", "the two" opening the subject are every party, whatever the clause names after them.
    expect(actorsOf('Participants discussed the principles of the United Nations Charter, underscoring both countries’ commitment to peace.')).toEqual(PARTIES);
    expect(actorsOf('The two countries remain steadfast in their solidarity with Ukraine and continue to support Ukraine.')).toEqual(PARTIES);
  });

  it('gives a commitment whose subject names no party to the document\'s issuers: a joint statement\'s are all its parties', () => {
    const text = 'The working group is to meet twice a year.';
    expect(findCommitments(text, splitSentences(text), PARTIES)[0]?.actors).toEqual(['United States']);
    expect(findCommitments(text, splitSentences(text), PARTIES, [], undefined, issuersOf(PARTIES, 'Joint Statement', 'Joint Statement on Herding'))[0]?.actors).toEqual(PARTIES);
  });

  it('gives a sentence that spells out the commitment before it the same strength', () => {
    const text = 'The two sides intend to reduce methane emissions. These efforts include new monitoring standards and joint research.';
    expect(findCommitments(text, splitSentences(text), PARTIES).map((c) => c.strength)).toEqual(['intent', 'intent']);
    // An announcement's or a package's contents, as "This includes" spells them out.
    const announced = 'I am authorizing up to $50 million in aid for Mongolia. Today’s announcement includes winter fuel. The humanitarian assistance includes tents.';
    expect(findCommitments(announced, splitSentences(announced), PARTIES).map((c) => c.strength)).toEqual(['firm', 'firm', 'firm']);
  });

  it('gives the items of a list the commitment that leads into them, until a sentence of its own', () => {
    const text = 'To that end, the United States will:\n\nsupport governments in keeping their pledges;\n\ndevelop an agenda for the second summit.\n\nThe summit was held online.';
    const found = findCommitments(text, splitSentences(text), PARTIES);
    expect(found.map((c) => [text.slice(c.start, c.end), c.strength])).toEqual([
      ['To that end, the United States will:', 'firm'],
      ['support governments in keeping their pledges;', 'firm'],
      ['develop an agenda for the second summit.', 'firm'],
    ]);
  });

  /** Each commitment of a text as [its words, its strength]. */
  const listed = (text: string): [string, string][] => findCommitments(text, splitSentences(text), PARTIES).map((c) => [text.slice(c.start, c.end), c.strength]);

  it('gives capitalized items the lead’s commitment: gerunds after "by:", numbered items, verbs after "to:"', () => {
    expect(listed('We intend to advance herders’ health by:\n\nTraining rural nurses in every province.\n\nOpening two mobile clinics.\n\nThe clinics opened in 2019.')).toEqual([
      ['We intend to advance herders’ health by:', 'intent'],
      ['Training rural nurses in every province.', 'intent'],
      ['Opening two mobile clinics.', 'intent'],
    ]);
    expect(listed('The United States and Mongolia will focus their cooperation to:\n\n(1) Address the drought;\n\n(2) Restore pastures.')).toEqual([
      ['The United States and Mongolia will focus their cooperation to:', 'firm'],
      ['(1) Address the drought;', 'firm'],
      ['(2) Restore pastures.', 'firm'],
    ]);
    expect(listed('The two sides agreed to:\n\nModernize the border crossings;\n\nEase transit for herders.\n\nThe talks lasted two days.')).toHaveLength(3);
  });

  it('gives verbs the lead’s commitment after any word a "will" leads to the colon: "will focus on three objectives:"', () => {
    expect(listed('The United States will pursue two objectives:\n\nRestore degraded pastures.\n\nTrain herders in every province.\n\nThe talks lasted two days.')).toEqual([
      ['The United States will pursue two objectives:', 'firm'],
      ['Restore degraded pastures.', 'firm'],
      ['Train herders in every province.', 'firm'],
    ]);
    // Without a "will" the colon's word leads no such list: "objectives:" after a past verb.
    expect(listed('The two sides agreed on two objectives:\n\nRestore degraded pastures.')).toHaveLength(1);
  });

  it('reads on through an item’s own paragraph to the next item: sentences that explain an item do not close the list', () => {
    const text =
      'The United States will pursue three objectives:\n\nRestore degraded pastures. Partners will map the pastures of Darkhan. The maps show erosion.\n\n' +
      'Train herders in every province. The training was designed in 2019.\n\nExpand water points.\n\nThe talks lasted two days. Improve the roads.';
    expect(listed(text)).toEqual([
      ['The United States will pursue three objectives:', 'firm'],
      ['Restore degraded pastures.', 'firm'],
      ['Partners will map the pastures of Darkhan.', 'firm'],
      ['Train herders in every province.', 'firm'],
      ['Expand water points.', 'firm'],
    ]);
  });

  it('reads the title-like lines an announcement lists as its commitments, and a short heading after them as none', () => {
    const text = 'U.S. announcements included:\n\nUSD 12 Million for the Steppe Water Fund\n\nThe Gobi Rangeland Restoration Program\n\nClean Air\n\nHerders in the Gobi moved south in May.';
    expect(listed(text)).toEqual([
      ['U.S. announcements included:', 'firm'],
      ['USD 12 Million for the Steppe Water Fund', 'firm'],
      ['The Gobi Rangeland Restoration Program', 'firm'],
    ]);
  });

  it('gives an item with no trigger of its own the lead’s strength, not that of an item before it', () => {
    const announced = 'U.S. announcements included:\n\nIntention to Provide USD 2 Million for Herder Cooperatives\n\nThe Gobi Rangeland Restoration Program';
    expect(listed(announced).map(([, strength]) => strength)).toEqual(['firm', 'intent', 'firm']);
    const pledged = 'We commit to:\n\nencourage donors to fund herders’ cooperatives;\n\nrestore pastures in every province.';
    expect(listed(pledged).map(([, strength]) => strength)).toEqual(['firm', 'support', 'firm']);
  });

  // A capitalized line that no verb opens ends the list: a plural subject, a participle, a heading, a function word.
  it.each([
    'Countries might consider more funding.',
    'Limited visa processing resumed in May.',
    'B. Protecting Journalists',
    'Freedom, plurality and safety guide us.',
    'End text.',
  ])('ends a list at "%s"', (line) => {
    expect(listed(`The two sides agreed to:\n\nModernize the border crossings.\n\n${line}`)).toHaveLength(2);
  });
});

describe('offsets', () => {
  it('stay exact when lower-casing would change the text’s length', () => {
    const text = 'İstanbul hosted the talks. The two sides agreed to meet again.';
    const [commitment] = findCommitments(text, splitSentences(text), PARTIES);
    expect(text.slice(commitment!.start, commitment!.end)).toBe('The two sides agreed to meet again.');
    expect(commitment!.trigger).toBe('agreed to');
  });
});

describe('with the entities the text names', () => {
  it('reads "where it will" as a relative clause, though a country before it is a party', () => {
    const text = 'Tons of grain sit in silos in Mongolia, where it will rot if not exported.';
    expect(findCommitments(text, splitSentences(text), PARTIES, findEntities(text, { title: '' }))).toEqual([]);
  });

  // "Will" binds its own subject: a party named before it, outside that subject, makes no prediction an undertaking.
  it.each([
    'Even though Mongolia cannot attend, the international community will be watching the elections closely.',
    'We know that if Mongolia continues to escalate, there will be serious consequences.',
    'In Mongolia, the herders will have to decide whether they want to move.',
  ])('reads no party in "%s"', (text) => {
    expect(findCommitments(text, splitSentences(text), PARTIES, findEntities(text, { title: '' }))).toEqual([]);
  });

  it('reads the party before a clause that goes on its subject ("and will")', () => {
    const text = 'Mongolia has long funded the herders’ program, and will expand it in 2027.';
    expect(findCommitments(text, splitSentences(text), PARTIES, findEntities(text, { title: '' })).map((c) => c.strength)).toEqual(['firm']);
  });
});
