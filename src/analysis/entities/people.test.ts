import { describe, expect, it } from 'vitest';
import { findEntities } from './index';
import { titleEnd } from './people';
import { tokenize } from './tokenize';
import { found } from './test-helpers';

const people = (text: string): string[] => found(text).filter((e) => e.startsWith('person:'));

describe('people', () => {
  it('drops the title, chained titles and an initial', () => {
    expect(people('Secretary of State Jane Q. Doorn met Commandant Admiral Piet Vos today.')).toEqual([
      'person:Jane Q. Doorn', 'person:Piet Vos',
    ]);
    expect(people('Lt. Gen. Ansel Moor, Attorney General Petra Lind and Sergeant Major Ivo Rask attended.')).toEqual([
      'person:Ansel Moor', 'person:Petra Lind', 'person:Ivo Rask',
    ]);
  });

  it('reads a chain of titles no longer than any real one, so a page of "Deputy Deputy ..." costs no square', () => {
    expect(titleEnd(tokenize('Deputy Secretary of State Roe'), 0)).toBe(4);
    expect(titleEnd(tokenize('Deputy '.repeat(1000)), 0)).toBeLessThanOrEqual(17);
  });

  it('skips a portfolio between the title and the name', () => {
    expect(people('Under Secretary for Arms Control and International Security Mira Talvik spoke.')).toEqual(['person:Mira Talvik']);
    expect(people('Ambassador at Large for Harbor Safety Ilse Marsk spoke.')).toEqual(['person:Ilse Marsk']);
  });

  it('reads "Sen" as a name\'s word: the pages write "Senator", never "Sen."', () => {
    expect(people('In a meeting with Prime Minister Vann Sen, the envoy spoke.')).toEqual(['person:Vann Sen']);
  });

  it('ends a portfolio\'s name before its possessive, but keeps one inside the portfolio', () => {
    expect(people('We thank Special Envoy for Ruritania Ilse Marsk’s team.')).toEqual(['person:Ilse Marsk']);
    expect(people('Minister of Women’s Affairs Mira Talvik spoke.')).toEqual(['person:Mira Talvik']);
  });

  it('reads a portfolio past its acronym, past an "and" that goes on with the title\'s own, and not into the sentence\'s "on"', () => {
    expect(people('Assistant Secretary for Harbor and Canal Affairs (HCA) Mira Talvik is traveling.')).toEqual(['person:Mira Talvik']);
    expect(people('He met Minister of Foreign Affairs and Trade Ilse Marsk today.')).toEqual(['person:Ilse Marsk']);
    expect(people('She joined Coordinator for Ruritania Piet Vos on a trip.')).toEqual(['person:Piet Vos']);
    // A title without a portfolio of its own: what follows "and" is another party.
    expect(people('The Secretary and Foreign Ministers met in Strelsau.')).toEqual([]);
  });

  it('starts the name after a portfolio at a given name, though the surname is a common word', () => {
    expect(people('Special Representative for Afghanistan Thomas West led the delegation.')).toEqual(['person:Thomas West']);
    // The given name opens a name of three words, the portfolio's last word before it.
    expect(people('Minister of Water and Ecological Transition Carlos Vell Amaro spoke.')).toEqual(['person:Carlos Vell Amaro']);
  });

  it('starts a name at a given name right after a known body that ends a portfolio', () => {
    expect(people('Joining them are the Foreign Policy Advisor at U.S. Southern Command Jean Talvik, and others.')).toEqual(['person:Jean Talvik']);
    expect(people('A deputy in the Department of State Molly Vrana spoke.')).toEqual(['person:Molly Vrana']);
  });

  it('reads a portfolio on through "in the" to the bureau it sits in', () => {
    expect(found('Director for Harbor Programs in the Bureau of Maritime Affairs Ilse Marsk spoke.')).toEqual([
      'organization:Bureau of Maritime Affairs', 'person:Ilse Marsk',
    ]);
  });

  it('skips a portfolio opened by "to", and takes no portfolio\'s words for a name', () => {
    expect(people('U.S. Ambassador to Ruritania Jane Q. Doorn met Envoy to the Harbor League Piet Vos.')).toEqual(['person:Jane Q. Doorn', 'person:Piet Vos']);
    expect(people('Representative to the Harbor League and Other Guilds in Strelsau Ambassador Mira Talvik spoke.')).toEqual(['person:Mira Talvik']);
    expect(people('The Special Envoy to Monitor and Combat Piracy, Ambassador Anwen Brisk, left. So did the Minister of Higher Education.')).toEqual([
      'person:Anwen Brisk',
    ]);
  });

  it('reads a comma-listed portfolio on to the name after its last item, and stops at the next official', () => {
    expect(people('Under Secretary for Trade, Energy, and the Environment Jane Q. Doorn will travel.')).toEqual(['person:Jane Q. Doorn']);
    expect(people('Envoy for Women, Girls and Harbor Rights Mira Talvik spoke.')).toEqual(['person:Mira Talvik']);
    expect(people('I thank the Minister of Solidarity, Social Integration, and Family. Vell, it is good.')).toEqual([]);
    expect(people('They met the Amir of Ruritania Sheikh Tal Osk, His Highness the Crown Prince Sheikh Ari Vorn Osk, and others.')).toEqual([
      'person:Tal Osk', 'person:Ari Vorn Osk',
    ]);
  });

  it('takes a title after modifiers, in text and in speaker labels', () => {
    expect(people('Acting Principal Deputy Assistant Secretary Mira Talvik met former Vice Foreign Minister Piet Vos.')).toEqual([
      'person:Mira Talvik', 'person:Piet Vos',
    ]);
    expect(people('ACTING PRIME MINISTER HALE-VORN: Thank you all for coming.')).toEqual(['person:HALE-VORN']);
    expect(people('They met Prime Minister of Ruritania Tal Osk and former Director of the Harbor Guild Ari Vos.')).toEqual([
      'person:Tal Osk', 'person:Ari Vos',
    ]);
  });

  it('reads an author named on a line of their own above their title, as older pages print them', () => {
    expect(people('Press Statement\nKarel Osterby\nSecretary of State\nWashington, DC\n\nWe congratulate them.')).toEqual(['person:Karel Osterby']);
    expect(people('Remarks\nAnwen Brisk\nAssistant Secretary for Harbor Affairs\nStrelsau\n\nThank you.')).toEqual(['person:Anwen Brisk']);
    expect(people('Harbor Hall Annex\nMR HOLT: Thanks very much.')).toEqual(['person:HOLT']);
  });

  it('takes a particle hyphened to a name with it, but not into a known name', () => {
    expect(people('Secretary Roe met Foreign Minister Adel al-Varis and President Abdel Karim el-Soud.')).toEqual([
      'person:Roe', 'person:Adel al-Varis', 'person:Abdel Karim el-Soud',
    ]);
    expect(people('Minister Tarek Osmani al-Shabaab fighters fled.')).toEqual(['person:Tarek Osmani']);
    expect(people('They met Minister of Harbors and Information Technology Abdullah al-Varis.')).toEqual(['person:Abdullah al-Varis']);
    // First after a title, and after a given name standing alone.
    expect(people('The Secretary met President al-Varis and spoke of Omar al-Soud, who fled.')).toEqual(['person:al-Varis', 'person:Omar al-Soud']);
  });

  it('drops a chargé\'s "a.i." with the title, with or without its comma', () => {
    expect(people('Chargé d’Affaires a.i. Piet Vos and Chargé d\'Affaires, a.i. Jane Roe met.')).toEqual(['person:Piet Vos', 'person:Jane Roe']);
    // Written without the accent, as many pages do: the title table lists the accented form only.
    expect(people('Charge d\'Affaires, a.i. Piet Vos met.')).toEqual(['person:Piet Vos']);
  });

  it('knows a given name\'s short form as evidence of a person', () => {
    expect(people('I did so with my colleague and friend, Tony Vell, today.')).toEqual(['person:Tony Vell']);
    // A sentence may open on a name only when its first word is a given name.
    for (const name of ['Anne Vell', 'Jon Marsk', 'Sam Ludsen']) expect(people(`The vote was close. ${name} is the ranking member.`)).toEqual([`person:${name}`]);
  });

  it('takes a name after a role noun and a comma whole, though a room\'s name once shared its given name', () => {
    // "Thomas" opened "Thomas Jefferson Room", a lexicon row the head noun "Room" finds without: listed, it hid the given name.
    expect(people('Our ambassador, Linda Thomas-Greenfield, spoke first.')).toEqual(['person:Linda Thomas-Greenfield']);
    expect(found('They met in the Thomas Jefferson Room and the Treaty Room.')).toEqual(['place:Thomas Jefferson Room', 'place:Treaty Room']);
  });

  it('drops a Commonwealth spelling of a title and a Burmese honorific as it drops others', () => {
    expect(people('The junta imprisoned former State Counsellor Daw Thida Aye Kyaw and her aides.')).toEqual(['person:Thida Aye Kyaw']);
  });

  it('reads bylines, role nouns and nicknames', () => {
    expect(people('Karel "Kaj" Osterby, Spokesperson\n\nWe call for the release of journalist Anwen Brisk.')).toEqual([
      'person:Karel "Kaj" Osterby', 'person:Anwen Brisk',
    ]);
  });

  it('ends a portfolio at "and" before a second official\'s title a few words on, or before a demonym and a word in lower case', () => {
    expect(people('Special Presidential Envoy for Oceans Ansel Moor and Mongolian Special Presidential Envoy Piet Vos met.')).toEqual([
      'person:Ansel Moor', 'person:Piet Vos',
    ]);
    expect(people('Special Envoy for Oceans Ansel Moor and Mongolian officials met.')).toEqual(['person:Ansel Moor']);
    expect(people('Minister of Foreign Affairs and European Integration Petra Lind met.')).toEqual(['person:Petra Lind']);
    // The second official's body may take three words before the title: "and National Security Council Senior Director".
    expect(people('Assistant Secretary for Steppe Affairs Ansel Moor and Herders Task Force Director Piet Vos will join.')).toEqual([
      'person:Ansel Moor', 'person:Piet Vos',
    ]);
  });

  it('reads the name set off by a comma after a title\'s portfolio, but not a list\'s item before its "and"', () => {
    expect(people('They met the Special Rapporteur on Harbor Safety, Anwen Brisk. He thanked the Ambassador to Spain, Julissa Reynoso, for her work.')).toEqual([
      'person:Anwen Brisk', 'person:Julissa Reynoso',
    ]);
    expect(people('I thank the Minister of Harbors, Coastal Planning, and Fisheries.')).toEqual([]);
  });

  it('skips a portfolio opened by "on", as by "for"', () => {
    expect(people('Special Representative on Harbor Affairs Ansel Moor spoke.')).toEqual(['person:Ansel Moor']);
  });

  it('reads a surname the page also writes in lower case after a common given name, but not after another name word', () => {
    expect(people('Ned Baker, Spokesperson\n\nThe baker sold bread. Minister Ned Baker spoke.')).toEqual(['person:Ned Baker', 'person:Ned Baker']);
    expect(people('The baker sold bread. Minister Orsk Baker spoke.')).toEqual(['person:Orsk']);
  });

  it('reads a surname that is a word of a multi-word head noun ("Power" of "Power Plant"), which still names the plant a place', () => {
    expect(found('Administrator Jane Power toured the Velmor Nuclear Power Plant.')).toEqual(['person:Jane Power', 'place:Velmor Nuclear Power Plant']);
  });

  it('reads a bare name of four words, as two given names and two surnames make one, after a comma or a semicolon', () => {
    expect(people('The Department is designating Jorge Ivo Vell Osterby, commander of the unit.')).toEqual(['person:Jorge Ivo Vell Osterby']);
    expect(people('Those designated are the Harbor Police (HP); Maria Luisa Vell Osterby, its chief; and Carlos Rask.')).toEqual([
      'person:Maria Luisa Vell Osterby', 'person:Carlos Rask',
    ]);
  });

  it('reads a signatory with a Commonwealth honorific before the name or a member\'s letters after it', () => {
    const text =
      'Signed by:\n\nStrelsau\nThe Rt Hon Anwen Brisk MP, Minister for Sport\n\nRuritania\nHon Karel Osterby, Minister of Culture\n\n' +
      'Borduria\nSenator the Hon Piet Vos, Minister for Youth\n\nSyldavia\nThe Honourable Ilse Marsk, Minister of Sport\n\nGrand Fenwick\nMira Talvik TD, Minister of State';
    expect(people(text)).toEqual(['person:Anwen Brisk', 'person:Karel Osterby', 'person:Piet Vos', 'person:Ilse Marsk', 'person:Mira Talvik']);
    // On a line of its own, the title line is the one after the letters, not the letters themselves.
    expect(people('Signed:\n\nAnwen Brisk MP\nMinister for Sport\n\nKarel Osterby MP\nStrelsau Harbor')).toEqual(['person:Anwen Brisk']);
  });

  it('reads a name with a patronymic at a line\'s start, as a designation heads its paragraph, but no other bare name there', () => {
    expect(people('The designations follow.\n\nIvo Petrovich Rask\n\nIvo Petrovich Rask is designated for his role.')).toEqual([
      'person:Ivo Petrovich Rask', 'person:Ivo Petrovich Rask',
    ]);
    expect(people('The designations follow.\n\nHarbor Safety Rules\n\nHarbor Safety Rules apply.')).toEqual([]);
  });

  it('reads a name that opens a paragraph with its title after a comma, a long chained title too', () => {
    expect(people('The finalists were named.\n\nKemp Roe, the Acting Principal Deputy Assistant Secretary for Harbors, is one of them.')).toEqual(['person:Kemp Roe']);
    expect(titleEnd(tokenize('Acting Principal Deputy Assistant Secretary for Harbors'), 0)).toBe(5);
    // Mid-line, a sentence may open so on a common given name, but not on any capitalized word.
    expect(people('They were named. Maria Vell, the Director of the Harbor Office, is one.')).toEqual(['person:Maria Vell']);
    expect(people('They met. Kestrel Amber, the Director of the Office, left.')).toEqual([]);
    // A salutation, though a title follows it, addresses a room.
    expect(people('Remarks\n\nDistinguished Delegates, the Secretary-General of the Harbor Council has spoken.')).toEqual([]);
    expect(people('MR ROE: Esteemed Guests, the Ambassador of Ruritania, friends: welcome.')).toEqual(['person:ROE']);
  });

  it('reads a name its alias follows as a person\'s, and the alias too, after a comma or a dash', () => {
    expect(people('They are designated.\n\nKemp Arrow Roe, also known as Abu Kemp and Ivo Vell, leads the cell.')).toEqual([
      'person:Kemp Arrow Roe', 'person:Abu Kemp', 'person:Ivo Vell',
    ]);
    expect(people('The Department designates Ixen Tal Vorr – also known as Petit Chapu – today.')).toEqual(['person:Ixen Tal Vorr', 'person:Petit Chapu']);
  });

  it('keeps a suffix read onto a name from also standing as a mention of its own', () => {
    // A transcript's vocative reads ", Jr." as a name called; a firm's shape reads "Jr. & Associates, Inc.".
    const spoken = 'Kemp R. Roe, Jr., President of Ruritania\n\nSECRETARY VELL: Good morning, everyone.';
    expect(found(spoken).filter((e) => e.startsWith('person'))).toEqual(['person:Kemp R. Roe, Jr.', 'person:VELL']);
    const firm = 'The Embassy hired Robert Marsk, Jr. & Associates, Inc. to design the annex.';
    expect(findEntities(firm, { title: '' }).map((e) => e.text)).toEqual(['Robert Marsk, Jr.']);
  });

  it('keeps a generational suffix after a comma with the name, and keys the surname alone to it', () => {
    const es = findEntities('President Kemp R. Roe, Jr. met Minister Vell. Roe spoke first.', { title: '' }).filter((e) => e.type === 'person');
    expect(es.map((e) => [e.text, e.key])).toEqual([['Kemp R. Roe, Jr.', 'Kemp R. Roe, Jr.'], ['Vell', 'Vell'], ['Roe', 'Kemp R. Roe, Jr.']]);
    // The suffix is no name word: the surname alone keys to the suffixed name, not to a name that merely holds it, and so
    // does the surname written with the suffix.
    const keys = (text: string) => findEntities(text, { title: '' }).filter((e) => e.type === 'person').map((e) => [e.text, e.key]);
    expect(keys('Minister Roe Tanner arrived. President Kemp Roe, Jr. met him. Roe spoke.').at(-1)).toEqual(['Roe', 'Kemp Roe, Jr.']);
    expect(keys('President Kemp Roe, Jr. met Minister Vell. Roe, Jr. spoke.').at(-1)).toEqual(['Roe, Jr.', 'Kemp Roe, Jr.']);
  });

  it('reads a name after a colon, as delegations are listed, when its title follows', () => {
    expect(people('Ruritania: Kemp Roe, Minister of Culture and Sport\n\nBorduria: Ivo Vell, Minister for Youth')).toEqual(['person:Kemp Roe', 'person:Ivo Vell']);
  });

  it('takes a chief executive\'s or managing director\'s title after a name as evidence of a person', () => {
    expect(people('The panel includes Kemp Roe, Managing Director for Harbors, Strelsau Radio; and Vanessa Vell, CEO of Brisk Labs.')).toEqual([
      'person:Kemp Roe', 'person:Vanessa Vell',
    ]);
  });

  it('reads kin named in a designation as role nouns, with or without a comma', () => {
    expect(people('The Department is also designating his spouse, Maria Luisa Vell Osterby, and his son Tomas Vell Osterby.')).toEqual([
      'person:Maria Luisa Vell Osterby', 'person:Tomas Vell Osterby',
    ]);
  });

  it('composes titles with "Assistant" as with other modifiers, and knows a ranking member', () => {
    expect(found('The Strelsau Office of Drug Control Policy Assistant Director Kemp Roe met Ranking Member Vell.')).toEqual([
      'organization:Strelsau Office of Drug Control Policy', 'person:Kemp Roe', 'person:Vell',
    ]);
    expect(people('Deputy Assistant Secretary of State Akunna Roe spoke.')).toEqual(['person:Akunna Roe']);
    // "Advisor" is a title, so "Senior Advisor" and "Communications Advisor" compose or end in one.
    expect(people('Senior Advisor Kemp Roe and Communications Advisor Vanessa Vell spoke.')).toEqual(['person:Kemp Roe', 'person:Vanessa Vell']);
  });

  it('takes no title inside a name hyphened twice, but takes a hyphened title', () => {
    expect(found('The Port-au-Prince Bar Association met Vice-President Jane Roe.')).toEqual([
      'organization:Port-au-Prince Bar Association', 'person:Jane Roe',
    ]);
  });

  it('links a later surname to the full name', () => {
    const es = findEntities('Ambassador Tomas Vell arrived. Later, Vell left.', { title: '' }).filter((e) => e.type === 'person');
    expect(es.map((e) => [e.text, e.key])).toEqual([['Tomas Vell', 'Tomas Vell'], ['Vell', 'Tomas Vell']]);
  });

  it('links a surname of two words, and one in a speaker label\'s capitals, to the full name that ends in it', () => {
    const es = findEntities('Foreign Minister Anna de Vell Roos arrived.\n\nFOREIGN MINISTER VELL ROOS: Thank you. Minister Vell Roos then left.', { title: '' });
    expect(es.filter((e) => e.type === 'person').map((e) => [e.text, e.key])).toEqual([
      ['Anna de Vell Roos', 'Anna de Vell Roos'], ['VELL ROOS', 'Anna de Vell Roos'], ['Vell Roos', 'Anna de Vell Roos'],
    ]);
    // A name that only shares the last word is another person's.
    const other = findEntities('Minister Anna Roos met Ambassador Piet Vell Roos.', { title: '' });
    expect(other.filter((e) => e.type === 'person').map((e) => e.key)).toEqual(['Anna Roos', 'Piet Vell Roos']);
  });

  it('keys a name written with and without its middle initial as one, and a surname as its full name whatever its apostrophe', () => {
    const keys = (text: string) => findEntities(text, { title: '' }).filter((e) => e.type === 'person').map((e) => e.key);
    expect(keys('Foreign Minister Anna K. Roos arrived. Anna Roos then met Ambassador Piet Roos.')).toEqual(['Anna K. Roos', 'Anna K. Roos', 'Piet Roos']);
    expect(keys('Ambassador Meghan O’Dara spoke. O’Dara then left.')).toEqual(["Meghan O'Dara", "Meghan O'Dara"]);
  });

  it('keys a hyphened surname alone, written before the full name, as the full name', () => {
    const keys = (text: string) => findEntities(text, { title: '' }).filter((e) => e.type === 'person').map((e) => [e.text, e.key]);
    expect(keys('Ambassador Vell-Roos arrived. We thank Ambassador Anna Vell-Roos.')).toEqual([['Vell-Roos', 'Anna Vell-Roos'], ['Anna Vell-Roos', 'Anna Vell-Roos']]);
    // A speaker label's hyphened capitals key as a name is written, each part capitalized.
    expect(keys('AMBASSADOR VELL-ROOS: Thank you.')).toEqual([['VELL-ROOS', 'Vell-Roos']]);
  });

  it('keys a surname alone as written, and a speaker label\'s capitals as the body writes a name', () => {
    const es = findEntities('Thank you to Director McVell and Envoy O’Dara.\n\nMR PELL: Thank you.', { title: '' }).filter((e) => e.type === 'person');
    expect(es.map((e) => [e.text, e.key])).toEqual([['McVell', 'McVell'], ['O’Dara', "O'Dara"], ['PELL', 'Pell']]);
  });

  it('ends a portfolio at "and" before a second official', () => {
    expect(people('Talks between Secretary General for Harbor Affairs Peter Vos and U.S. Deputy Secretary of State Ansel Roe ended.')).toEqual([
      'person:Peter Vos', 'person:Ansel Roe',
    ]);
    // A second official whose body's name runs long before the title: the first portfolio ends at "and" all the same.
    expect(found('Assistant Secretary for Harbor Affairs Heide Fulton and Gobi Office of National Harbor Policy Assistant Director Eric Talbot spoke.')).toEqual([
      'person:Heide Fulton', 'organization:Gobi Office of National Harbor Policy', 'person:Eric Talbot',
    ]);
    // A portfolio goes on past "and" to its next word: "Affairs and Trade".
    expect(people('Minister of Foreign Affairs and Trade Petra Vos spoke.')).toEqual(['person:Petra Vos']);
  });

  it('reads a bare name whole when the document titles its surname elsewhere', () => {
    // "Dilawar" is no listed given name: the titled "Representative Tallo" is the evidence.
    const es = findEntities('We are pleased to announce Dilawar Tallo as Special Representative. Special Representative Tallo will lead.', { title: '' });
    expect(es.filter((e) => e.type === 'person').map((e) => [e.text, e.key])).toEqual([['Dilawar Tallo', 'Dilawar Tallo'], ['Tallo', 'Dilawar Tallo']]);
    // Not the word before the name when it opens the sentence, nor an article's noun.
    expect(people('Special Envoy Tallo arrived. Yesterday Tallo met the Harbor Tallo staff.')).toEqual(['person:Tallo', 'person:Tallo', 'person:Tallo']);
  });

  it('reads speaker labels but not anonymous ones, and first names used in address', () => {
    const text = 'MS. HALVORSEN: Thank you.\n\nQUESTION: Yes.\n\nFOREIGN MINISTER KIRO: Ingrid, thank you.';
    expect(people(text)).toEqual(['person:HALVORSEN', 'person:KIRO', 'person:Ingrid']);
    expect(people('AMBASSADOR VOSS:\n\nThank you all for coming tonight.')).toEqual(['person:VOSS']);
  });

  it('drops any title from a speaker label, and takes a label that is only a role for no one', () => {
    const text = 'FOREIGN SECRETARY HALE: Thank you.\n\nCOMMISSIONER VOSS: We agree.\n\nSPEAKER: Next question.\n\nSPEAKER ORRIN: The House will come to order.';
    expect(people(text)).toEqual(['person:HALE', 'person:VOSS', 'person:ORRIN']);
  });

  it('takes the name after a speaker label\'s last title, wherever it stands', () => {
    const text = 'EXTERNAL AFFAIRS MINISTER HALE: Thank you.\n\nNATIONAL SECURITY ADVISOR VOSS: We agree.\n\nAMBASSADOR ROE-MARSK: Yes.';
    expect(people(text)).toEqual(['person:HALE', 'person:VOSS', 'person:ROE-MARSK']);
  });

  it('drops a title\'s portfolio from a speaker label: the name is its last word', () => {
    const text = 'SECRETARY OF THE HARBOR HALE: Thank you.\n\nMINISTER FOR TRADE VOSS: We agree.';
    expect(people(text)).toEqual(['person:HALE', 'person:VOSS']);
  });

  it('reads a title after a word that is not one without listing the two together', () => {
    expect(people('Commerce Secretary Ilse Marsk, Department Spokesperson Piet Vos and Presidential Envoy Mira Talvik met.')).toEqual([
      'person:Ilse Marsk', 'person:Piet Vos', 'person:Mira Talvik',
    ]);
    expect(people('Crown Prince Anwen Brisk received Rear Admiral Jane Q. Doorn and Supreme Leader Ansel Moor.')).toEqual([
      'person:Anwen Brisk', 'person:Jane Q. Doorn', 'person:Ansel Moor',
    ]);
    // A byline on its own line above such a title.
    expect(people('Petra Lind\nForeign Secretary\n\nThe Kingdom condemns the attack.')).toEqual(['person:Petra Lind']);
  });

  it('reads a title and its portfolio without listing the two together', () => {
    expect(people('Secretary of the Treasury Ilse Marsk met Minister of Finance Piet Vos and Speaker of the House Mira Talvik.')).toEqual([
      'person:Ilse Marsk', 'person:Piet Vos', 'person:Mira Talvik',
    ]);
  });

  it('ends a body\'s name before the title of the official it heads, a portfolio after the title', () => {
    expect(found('They met the Ruritanian Ministry of Finance Vice Minister for International Affairs Piet Vos at noon.')).toEqual([
      'organization:Ruritanian Ministry of Finance', 'person:Piet Vos',
    ]);
    expect(found('She spoke with Kenyan Cabinet Secretary for Trade Mira Talvik.')).toEqual(['person:Mira Talvik']);
  });

  it('takes a word alone on its line in a transcript for a venue, not someone addressed', () => {
    expect(people('Berlin, Germany\n\nChancellery\n\nCHANCELLOR VOSS: Ladies and gentlemen, welcome.')).toEqual(['person:VOSS']);
  });

  it('names no one for an anonymous speaker, numbered or addressed', () => {
    const text = 'MODERATOR: Operator, the next question, please.\n\nOPERATOR: Thank you, your line is open.\n\nSENIOR STATE DEPARTMENT OFFICIAL ONE: Thank you very much.';
    expect(people(text)).toEqual([]);
    // A background briefing may number up to five.
    expect(people('SENIOR ADMINISTRATION OFFICIAL FOUR: Thanks much.\n\nSENIOR ADMINISTRATION OFFICIAL FIVE: Good morning.')).toEqual([]);
  });

  it('takes a capital letter for an initial only with its period or a name after it', () => {
    expect(people('President Vell I think was clear. I agree with him, and so does Jane Q Roe.')).toEqual(['person:Vell', 'person:Jane Q Roe']);
  });

  it('takes initials that open a name, after a title, a portfolio or none, but never initials alone or after a number', () => {
    expect(people('Foreign Minister S.M. Koroma met Assistant Secretary for Public Affairs P.J. Vanterpool.')).toEqual([
      'person:S.M. Koroma', 'person:P.J. Vanterpool',
    ]);
    expect(people('Ambassador J. Christopher Roe spoke, and they met with A. K. Abdul Moyo in Dhaka.')).toEqual([
      'person:J. Christopher Roe', 'person:A. K. Abdul Moyo',
    ]);
    expect(people('The U.S. Navy and U.S. Congress acted under 22 C.F.R. Parts 120-130 in Washington, D.C. today.')).toEqual([]);
  });

  it('reads an interview\'s title for its interviewer, named before the outlet', () => {
    expect(people('Secretary Roe With Kiri Blauw of Strelsau Television\n\nQUESTION: Hello.')).toEqual(['person:Roe', 'person:Kiri Blauw']);
    expect(people('Secretary Roe With Civil Society Leaders of Zenda\n\nThey met.')).toEqual(['person:Roe']);
  });

  it('reads "NSA" before a name as the national security adviser\'s title, not the agency', () => {
    expect(found('Deputy Secretary Roe and NSA Piet Vos met, as did the Ruritanian NSA.')).toEqual(['person:Roe', 'person:Piet Vos']);
  });

  it('takes no table field for a speaker label', () => {
    const table = 'VESSEL NAME: Kestrel\nVESSEL NAME: K. Arvo\nVESSEL FLAG: Tuvalu\nOWNER: Larsen Shipping LLC\n\nVESSEL NAME: Marta\nVESSEL TYPE: Tug';
    expect(people(table)).toEqual([]);
  });

  it('takes no adverb or ordinal opening a transcript line for a name addressed', () => {
    const text = 'MR HOLT: Secondly, we agree. Fourth, we act.\n\nIndeed, we do.\n\nKelly, thank you.';
    expect(people(text)).toEqual(['person:HOLT', 'person:Kelly']);
  });

  it('reads "King" after a name as its surname, and before one as a title', () => {
    expect(people('Senator Bat King joined the delegation in Darkhan.')).toEqual(['person:Bat King']);
    expect(people('We honor Dr. Batbold Luther King, Jr., today.')).toEqual(['person:Batbold Luther King, Jr.']);
    expect(people('The Secretary met King Batu II in Darkhan.')).toEqual(['person:Batu II']);
  });

  it('takes no generational suffix, nor a rank\'s "Sr.", for a name of its own', () => {
    expect(people('MR HOLT: We honor a great teacher of ours, Bat Erdene Gombo, Jr. As he traveled, he taught.')).not.toContain('person:Jr');
    expect(people('They met Deputy Minister of Defense Sr. Lt. Gen. Bat Ochir in Darkhan.')).not.toContain('person:Sr');
    // Inside a name it stays: "Kemp Roe Jr." as the page writes it.
    expect(people('President-elect Kemp Roe Jr. spoke today.')).toEqual(['person:Kemp Roe Jr']);
  });

  it('takes no faith\'s adjective in a transcript\'s list for a name addressed', () => {
    expect(people('MR HOLT: I tell them that there is no Christian, Jewish, or Muslim blood.\n\nQUESTION: Thanks.')).toEqual(['person:HOLT']);
  });

  it('takes no single letter in a transcript for a name addressed ("X, Y, or Z")', () => {
    expect(people('MR HOLT: We cannot make them do X, Y, or Z.\n\nKelly, go ahead.')).toEqual(['person:HOLT', 'person:Kelly']);
  });

  it('takes a portfolio\'s last word for no name, and a hyphened name whole', () => {
    expect(people('They met the Minister for Digital Affairs and Technology, and the Secretary General of the Harbor League.')).toEqual([]);
    expect(people('Present were Minister of Education, Culture and Sport, and Deputy Minister for Ports Oskar Lind-Halden.')).toEqual([
      'person:Oskar Lind-Halden',
    ]);
    expect(people('The High Commissioner for Human Rights Varre said the work goes on.')).toEqual(['person:Varre']);
  });

  it('takes a list\'s middle items in a transcript for no names addressed, unless given names', () => {
    const text = 'MR HOLT: They were sent to camps – Varnholm, Ostrava, Kelmet, and others. Thanks to Linda, Emily, and Kestra.';
    expect(people(text)).toEqual(['person:HOLT', 'person:Emily']);
  });

  it('takes a faith\'s followers for no person, while "Christian" can still be a name', () => {
    const text = 'MR HOLT: It targets Baha’is, Christians, non-Shia Muslims. President Roch Marc Christian Kabore spoke.';
    expect(people(text)).toEqual(['person:HOLT', 'person:Roch Marc Christian Kabore']);
  });

  it('takes a one-word answer for no name, and a reporter called on for one', () => {
    expect(people('QUESTION: Is that right?\n\nMR HOLT: Understood.\n\nMR HOLT: Terrific.\n\nMR HOLT: Kestra.')).toEqual(['person:HOLT', 'person:HOLT', 'person:HOLT', 'person:Kestra']);
  });

  it('takes a bare name with a hyphened surname whole, and echoes no half of it', () => {
    expect(people('We met Rebecca Lind-Halden today. Later, Halden spoke.')).toEqual(['person:Rebecca Lind-Halden']);
    expect(people('Prime Minister Prayut Chan-o-cha arrived today.')).toEqual(['person:Prayut Chan-o-cha']);
  });

  it('takes a word spelled out letter by letter for no name', () => {
    expect(people('That is vells with a V, V-E-L-L-S, dot O-R-G.')).toEqual([]);
  });

  it('leaves out an honorific hyphened to a name, and takes no interjection for one', () => {
    expect(people('MR HOLT: Mm-hmm.\n\nThank you, Varre-ji, and Minister Oksa-san.')).toEqual(['person:HOLT', 'person:Varre', 'person:Oksa']);
  });

  it('reads a label whose turn is a stage direction or breaks off', () => {
    expect(people('FOREIGN MINISTER LE VARRE: (In Ruritanian.)\n\nMR HOLT: And I will send —')).toEqual(['person:LE VARRE', 'person:HOLT']);
  });

  it('guesses a bare full name only where no capitalized phrase surrounds it', () => {
    expect(people('We welcome the release of Robert Lindqvist after two years.')).toEqual(['person:Robert Lindqvist']);
    expect(people('We honor the Gold Star families.')).toEqual([]);
    // "that" the conjunction, not a determiner: the whole name, not the surname alone.
    expect(people('We are relieved that Robert Lindqvist is home.')).toEqual(['person:Robert Lindqvist']);
  });

  it('wants evidence for a bare name: a given name, a middle initial or patronymic, or a verb of speech', () => {
    expect(people('We welcome the release of Oskar T. Lindqvist today.')).toEqual(['person:Oskar T. Lindqvist']);
    expect(people('The designations include officers Arkadiy Borisovich Zenkov and Oksana Pavlovna Zenkova.')).toEqual([
      'person:Arkadiy Borisovich Zenkov', 'person:Oksana Pavlovna Zenkova',
    ]);
    expect(people('The aid reached Oskar Lindqvist, said Tarja Emmet.')).toEqual(['person:Tarja Emmet']);
    expect(people('Herders moved to North Khangai and Upper Selenge.')).toEqual([]);
  });

  it('takes a bare name at a sentence\'s start only from a given name, before a verb', () => {
    expect(people('The vote was close. Robert Lindqvist is the ranking member.')).toEqual(['person:Robert Lindqvist']);
    // Not a given name, or a capitalized word after: a heading's words, an unlisted body.
    expect(people('The vote was close. Harbor Lindqvist is the port.')).toEqual([]);
    expect(people('The vote was close. Robert Lindqvist Foundation is the donor.')).toEqual([]);
    // So does a paragraph's, after a sentence's stop; a title-case heading there is no name, nor is the text's first line.
    expect(people('The vote was close.\n\nRobert Lindqvist is the ranking member.')).toEqual(['person:Robert Lindqvist']);
    expect(people('The vote was close.\n\nRobert Lindqvist Travels to Darkhan')).toEqual([]);
    expect(people('Robert Lindqvist is the ranking member.')).toEqual([]);
  });

  it('reads a consulate general\'s city as no one\'s name (the post\'s own), a consul general\'s name as a person', () => {
    expect(found('Posts include Consulate General Lagos and Consulate General Zenda. Consul General Mira Talvik spoke.')).toEqual([
      'organization:Consulate General Lagos', 'person:Mira Talvik',
    ]);
  });

  it('echoes no function word as a surname ("Roh Jae-in" gives no "In addition")', () => {
    expect(people('We met President Roh Jae-in today.\n\nIn addition, we met his team.')).toEqual(['person:Roh Jae-in']);
  });

  it('keeps a regnal number with the name, and echoes the name, not the number', () => {
    expect(people('King Tal Osk IV met Queen Mira II after World War II. Later Osk spoke, and President Vell I think agreed.')).toEqual([
      'person:Tal Osk IV', 'person:Mira II', 'person:Osk', 'person:Vell',
    ]);
  });

  it('takes a title after a comma for evidence, unless the title names someone after it', () => {
    expect(people('The talks were led by Oskar Lindqvist, Acting Director for Space.')).toEqual(['person:Oskar Lindqvist']);
    expect(people('At the summit in Upper Selenge, President Tarja Emmet spoke.')).toEqual(['person:Tarja Emmet']);
    expect(people('We thank the leadership of Oskar Lindqvist, the Special Envoy for Steppe Affairs.')).toEqual(['person:Oskar Lindqvist']);
    expect(people('They named Oskar Lindqvist, the head of Steppe Bank, and Ilse Varga, the wife of a minister.')).toEqual([
      'person:Oskar Lindqvist', 'person:Ilse Varga',
    ]);
  });

  it('takes a briefer\'s call for evidence: the reporters called on are people', () => {
    const text = 'MR ROE: We’ll go to the line of Oskar Lindqvist. QUESTION: Thanks.\n\nMR ROE: Let’s take a question from Tarja Emmet, then turn to Ilse Varga.';
    expect(people(text)).toEqual(['person:ROE', 'person:Oskar Lindqvist', 'person:ROE', 'person:Tarja Emmet', 'person:Ilse Varga']);
    expect(people('The convoy will go to North Khangai and turn to Upper Selenge.')).toEqual([]);
  });

  it('finds world leaders named by surname alone', () => {
    expect(people("We condemn Putin's war and the Lukashenko regime.")).toEqual(['person:Putin', 'person:Lukashenko']);
    // The Department's spelling, and a former president quoted by surname.
    expect(people('The Lukashenka regime answered what Medvedev said, and so did Orbán.')).toEqual(['person:Lukashenka', 'person:Medvedev', 'person:Orbán']);
    // A leader's surname after a particle's hyphen is another's name: "Haram al-Sharif" is a place, not Sharif.
    expect(people('The status quo at the Haram al-Sharif holds.')).toEqual([]);
    expect(people('Leaders like Bashar al-Assad and Putin spoke.')).toEqual(['person:Bashar al-Assad', 'person:Putin']);
    // With the given names written before the surname, the whole name; not a title nor a possessive before it.
    expect(people('It rained. Yesterday Alyaksandr Lukashenka met President Putin and Russia\'s Medvedev.')).toEqual([
      'person:Alyaksandr Lukashenka', 'person:Putin', 'person:Medvedev',
    ]);
    // Not the end of a longer capitalized run, such as a misspelled title.
    expect(people('The envoy met Acting Presdient Maduro.')).toEqual(['person:Maduro']);
    // A sentence's adverb is no given name.
    expect(people('It rained. Hence Maduro stayed.')).toEqual(['person:Maduro']);
  });

  it('ends a portfolio at the next official and keeps the name to two words', () => {
    const text =
      'Assistant Secretary of State for East Asian and Pacific Affairs Nadia P. Orrin and Peruvian Vice Minister of Foreign Affairs Tomas Quilla met. ' +
      "Deputy Assistant Secretary Ivo Brandt and State Secretary of Chile's Ministry of Energy and Mining Resources Ximena Altaf spoke.";
    expect(people(text)).toEqual(['person:Nadia P. Orrin', 'person:Tomas Quilla', 'person:Ivo Brandt', 'person:Ximena Altaf']);
    expect(found(text).some((e) => e.startsWith('place:'))).toBe(false);
  });

  it('keeps heading verbs out of names', () => {
    expect(people('Deputy Secretary Vell Travels to Lisbon\n\nDeputy Secretary Anna Vell will travel.')).toEqual([
      'person:Vell', 'person:Anna Vell',
    ]);
  });

  it('reads a public schedule\'s heading in capitals by the surname its entry names', () => {
    const schedule =
      'DEPUTY SECRETARY ANNA K. VELL\n\nDeputy Secretary Vell attends meetings at the Department.\n\n' +
      'UNDER SECRETARY FOR TRADE, ENERGY, AND HUMAN RIGHTS IVO BRANDT\n\nUnder Secretary Brandt is on travel to Darkhan.\n\n' +
      'ASSISTANT SECRETARY FOR HARBOR AFFAIRS MIRA TALVIK OSK\n\nAssistant Secretary Osk meets with the Minister.\n';
    expect(people(schedule)).toEqual([
      'person:ANNA K. VELL', 'person:Vell', 'person:IVO BRANDT', 'person:Brandt', 'person:MIRA TALVIK OSK', 'person:Osk',
    ]);
  });
});
