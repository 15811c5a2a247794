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
  'acting then chief executive former general interim principal first second special assistant senior late vice deputy'
).split(' ');

export const PERSON_TITLES: readonly string[] = list(
  'Secretary|Secretary of State|Under Secretary|Cabinet Secretary|Senior Bureau Official|Counselor|' +
  'Chief of Staff|Chief of Protocol|' +
  'Secretary of Defense|' +
  'Secretary of Homeland Security|Secretary of Energy|' +
  'Solicitor General|' +
  'U.S. Trade Representative|National Security Adviser|NSA|' +
  'Director of National Intelligence|Administrator|' +
  'Director|Coordinator|Advisor|Adviser|Senior Official|Ambassador|Amb.|Counsellor|' +
  'Ambassador-at-Large|Ambassador at Large|Ambassador-designate|Permanent Representative|Chief of Mission|' +
  'Chargé d\'Affaires|Chargé d\'Affaires, a.i.|Chargé d\'Affaires a.i.|Chargé|Consul|Attaché|Envoy|' +
  'Special Rapporteur|Spokesperson|Spokesman|' +
  'Spokeswoman|President|President-elect|Prime Minister|Premier|Chancellor|' +
  'Foreign Minister|Minister|State Secretary|Minister of Foreign Affairs|Minister for Foreign Affairs|' +
  'Minister of State|Minister of Defense|' +
  'Secretary-General|Under-Secretary-General|Commissioner|Chairman|' +
  'Chairwoman|CEO|Managing Director|Chairperson|Chair|Ranking Member|Speaker|' +
  'Leader|King|Queen|Emperor|Empress|Prince|' +
  'Princess|Grand Duke|Grand Duchess|Duke|Duchess|Sheikh|Shaikh|Sheikha|Shaikha|Emir|Amir|Sultan|' +
  'His Majesty|Her Majesty|His Royal Highness|Her Royal Highness|HRH|His Highness|Her Highness|' +
  'His Holiness|His Excellency|Her Excellency|H.E.|Excellency|The Honorable|Honorable|Hon.|Hon|The Honourable|Honourable|Rt Hon|The Rt Hon|Right Honourable|The Right Honourable|Lord|Lady|Sir|' +
  'Dame|Baroness|Baron|Daw|Pope|Cardinal|Archbishop|Bishop|Patriarch|Metropolitan|Ayatollah|' +
  'Imam|Rabbi|Reverend|Rev.|Father|Pastor|Senator|Representative|Rep.|Congressman|Congresswoman|' +
  'Congressmember|Delegate|Member of Parliament|MP|MEP|Deputy|Governor|Gov.|Mayor|Justice|Judge|Prosecutor|' +
  'Attorney|General|Gen.|Brig. Gen.|Field Marshal|Marshal|Admiral|Adm.|' +
  'Rear Adm.|Commodore|Colonel|Col.|Major|Maj.|Captain|Capt.|Commander|Cmdr.|Cdr.|Lieutenant|Lt.|Ensign|' +
  'Sergeant|Sgt.|Staff Sgt.|Sergeant First Class|Sgt. 1st Class|Master Sgt.|' +
  'Command Sergeant Major|Gunnery Sergeant|Gunnery Sgt.|Corporal|Cpl.|Lance Cpl.|' +
  'Private First Class|Pfc.|PFC|Private|Pvt.|Specialist|Spc.|Petty Officer|Hospital Corpsman|' +
  'Seaman|Airman|Warrant Officer|Dr.|Dr|Doctor|Professor|Prof.|Mr.|Mr|Mrs.|Mrs|Ms.|' +
  'Ms|Miss|Mx.|Madam|Madame|Monsieur|Pres.|Second Gentleman'
);

/**
 * Speaker labels that are not a named individual (reporters, moderators, anonymous officials): not persons. Read only as
 * sets, so listed in the order gzip packs smallest.
 */
export const NON_PERSON_SPEAKER_LABELS: readonly string[] = (
  'UNIDENTIFIED SPEAKER|AUDIENCE MEMBER|AUDIENCE|OPERATOR|SPEAKER|PARTICIPANTS|JOURNALIST|MEDIA|HOST|' +
  'MODERATOR|QUESTION|VOICE|OFF-MIC|REPORTER|PARTICIPANT|NARRATOR|Q|QUESTIONER|PANELIST|UNIDENTIFIED|' +
  'ANNOUNCER|ALL|OFFICIAL|SENIOR U.S. OFFICIAL|SENIOR OFFICIAL|SENIOR ADMINISTRATION OFFICIAL|INTERPRETER|' +
  'PRESS|TRANSLATOR|STAFF|STATE DEPARTMENT OFFICIAL|SENIOR STATE DEPARTMENT OFFICIAL|' +
  'SENIOR DEFENSE OFFICIAL|CROWD'
).split('|');

/** Lower-case nouns that introduce a named person without a title ("U.S. citizen Jane Roe", "journalist John Doe"), kin as designations name them included ("his spouse, Jane Roe"). Read only as a set. */
export const PERSON_ROLE_NOUNS: readonly string[] = (
  'activist|spokesperson|son|sister|colleague|reporter|spokesman|pastor|official|scholar|officer|spouse|national|' +
  'mother|lawyer|leader|father|priest|entrepreneur|detainee|daughter|citizens|citizen|daughters|children|husband|' +
  'businesswoman|businessman|brother|journalist|blogger|friend|author|counterpart|artist|dissident|resident|' +
  'ambassador|envoy|sons|wife'
).split('|');
