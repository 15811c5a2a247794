// Titles and honorifics that precede a person's name. By the guide a person is labeled "without title"
// and job titles are never entities, so these are stripped from person spans and used as person cues.
// Listed longest-first is not required: the matcher should try the longest title that fits.
// In capitals they open transcript speaker labels ("SECRETARY RUBIO:", "MR PRICE:"); the rest is the person.
// A title after modifiers is one too ("Acting Deputy Assistant Secretary", "Vice Foreign Minister"): only titles
// that are not modifiers and another title are listed; nor titles in a row ("Lieutenant General", "Attorney
// General"), which the matcher chains; nor a title with its portfolio ("Secretary of the Treasury", "Minister of
// Finance"), which the person rules read as the title and a portfolio, unless the texts we hold read differently
// without it ("Secretary of State" heads bylines and office lines); nor a listed title after a word that is
// none ("Commerce Secretary", "Presidential Envoy"), which the rules find at the title.

import { list } from './parse';

/**
 * Words that make another title of a title before it ("Acting", "Principal Deputy", "Vice", "Former"). Read only
 * as sets: in the order gzip packs smallest, as are the lists below.
 */
export const TITLE_MODIFIERS: readonly string[] = (
  'acting then chief executive general former interim principal first second special assistant senior late vice deputy'
).split(' ');

/**
 * Read only as a trie whose every value is true (people.ts), as a set (the vocabulary) and as the alternatives of a
 * pattern that is only tested (parties.ts' COUNTERPART: whether some alternative matches does not depend on their
 * order): listed in the order gzip packs smallest (111 bytes), not by kind.
 */
export const PERSON_TITLES: readonly string[] = list(
  'Imam|Senior Bureau Official|Chief of Staff|Secretary of State|Secretary of Energy|Coordinator|Adviser|Counselor|' +
  'Advisor|Counsellor|Ambassador at Large|Ambassador-at-Large|Amir|Senior Official|Chief of Mission|Corporal|' +
  'Grand Duchess|Chargé d\'Affaires, a.i.|Chargé d\'Affaires a.i.|Chargé d\'Affaires|Chargé|Ambassador-designate|Consul|' +
  'Field Marshal|Administrator|Attaché|Amb.|Special Rapporteur|Staff Sgt.|Spokesperson|Spokesman|Sultan|Chairperson|' +
  'Solicitor General|President|President-elect|Premier|Secretary|Minister|State Secretary|Minister for Foreign Affairs|' +
  'Minister of Defense|Minister of Foreign Affairs|Foreign Minister|Secretary of Defense|Minister of State|' +
  'Secretary-General|Under-Secretary-General|Under Secretary|Commissioner|Cabinet Secretary|Commodore|Second Gentleman|' +
  'Chairman|Chairwoman|CEO|NSA|Speaker|Secretary of Homeland Security|Bishop|Leader|Emperor|Empress|Chancellor|' +
  'Ambassador|Ranking Member|Prince|HRH|Managing Director|Princess|Grand Duke|Queen|Duke|Duchess|Baroness|Baron|Sheikh|' +
  'Shaikh|Sheikha|Metropolitan|Patriarch|Shaikha|Ayatollah|His Majesty|Her Majesty|H.E.|Emir|Excellency|' +
  'Her Royal Highness|His Royal Highness|His Highness|His Excellency|Her Excellency|Her Highness|His Holiness|' +
  'Honourable|The Honourable|The Honorable|Honorable|Hon|Hon.|Maj.|Mayor|Governor|Rt Hon|The Rt Hon|' +
  'National Security Adviser|Captain|Pope|Sir|King|Pastor|Prime Minister|Senator|U.S. Trade Representative|' +
  'Representative|Rep.|Spokeswoman|Congressman|Congresswoman|Congressmember|Lieutenant|Delegate|Member of Parliament|MP|' +
  'Justice|MEP|Judge|Prosecutor|Attorney|Miss|Brig. Gen.|Mr.|Gen.|Ms|Reverend|Chief of Protocol|Right Honourable|' +
  'The Right Honourable|Lord|Father|Marshal|Admiral|Adm.|Major|Gov.|Capt.|Envoy|Commander|Cmdr.|Cardinal|Colonel|Cdr.|' +
  'Director of National Intelligence|Dame|Daw|Archbishop|Lt.|Ensign|Sgt.|Sergeant First Class|Sgt. 1st Class|Lady|' +
  'Command Sergeant Major|Gunnery Sergeant|Gunnery Sgt.|Sergeant|Rear Adm.|Master Sgt.|Lance Cpl.|PFC|Cpl.|Pfc.|Private|' +
  'Director|Pvt.|Specialist|Rev.|Spc.|Petty Officer|Dr|Hospital Corpsman|Seaman|Airman|Chair|Warrant Officer|Dr.|' +
  'Permanent Representative|Rabbi|Doctor|Professor|Prof.|Mr|Col.|Mrs.|Mrs|Ms.|Mx.|Madam|Madame|Monsieur|General|Pres.|' +
  'Private First Class|Deputy'
);

/**
 * Speaker labels that are not a named individual (reporters, moderators, anonymous officials): not persons. Read only as
 * sets, so listed in the order gzip packs smallest.
 */
export const NON_PERSON_SPEAKER_LABELS: readonly string[] = (
  'UNIDENTIFIED SPEAKER|AUDIENCE MEMBER|ANNOUNCER|ALL|AUDIENCE|OPERATOR|SPEAKER|PARTICIPANTS|JOURNALIST|MEDIA|HOST|' +
  'MODERATOR|QUESTION|VOICE|OFF-MIC|REPORTER|PARTICIPANT|NARRATOR|Q|INTERPRETER|PRESS|TRANSLATOR|QUESTIONER|PANELIST|' +
  'UNIDENTIFIED|OFFICIAL|SENIOR U.S. OFFICIAL|SENIOR OFFICIAL|SENIOR ADMINISTRATION OFFICIAL|STAFF|' +
  'STATE DEPARTMENT OFFICIAL|SENIOR STATE DEPARTMENT OFFICIAL|SENIOR DEFENSE OFFICIAL|CROWD'
).split('|');

/** Lower-case nouns that introduce a named person without a title ("U.S. citizen Jane Roe", "journalist John Doe"), kin as designations name them included ("his spouse, Jane Roe"). Read only as a set: in the order gzip packs smallest. */
export const PERSON_ROLE_NOUNS: readonly string[] = (
  'activist|spokesperson|son|sister|colleague|reporter|spokesman|pastor|official|scholar|officer|spouse|national|' +
  'mother|lawyer|leader|father|priest|detainee|entrepreneur|daughter|citizens|citizen|daughters|husband|businesswoman|' +
  'businessman|brother|journalist|blogger|friend|author|counterpart|artist|dissident|resident|ambassador|envoy|' +
  'children|sons|wife'
).split('|');
