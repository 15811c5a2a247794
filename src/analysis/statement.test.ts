import { describe, expect, it } from 'vitest';
import { STATEMENT_TYPES, typeFromLabel, typeFromTitle } from './document-types';
import { detectStatement } from './statement';

const RELEASE = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement-on-trade/';

describe('typeFromLabel', () => {
  it('maps the labels pages show to canonical types', () => {
    expect(typeFromLabel('Joint Statement')).toBe('Joint Statement');
    expect(typeFromLabel('  MEDIA   NOTE ')).toBe('Media Note');
    expect(typeFromLabel('Readout')).toBe('Readout');
    expect(typeFromLabel('Department Press Briefing')).toBe('Department Press Briefing');
  });

  it('maps the category names embassy sites file posts under', () => {
    expect(typeFromLabel('Press Releases')).toBe('Press Statement');
    expect(typeFromLabel('Joint Statements')).toBe('Joint Statement');
    expect(typeFromLabel('Transcripts')).toBe('Remarks');
    expect(typeFromLabel('Interviews')).toBe('Interview');
    expect(typeFromLabel('U.S. & Chile')).toBeNull();
  });

  it('gives each label one type: no label is listed under two', () => {
    const labels = STATEMENT_TYPES.flatMap(([type, ...labels]) => [type.toLowerCase(), ...labels]);
    expect(labels.length).toBe(new Set(labels).size);
  });

  it('knows no type for labels that are not statements', () => {
    expect(typeFromLabel('Travel Advisory')).toBeNull();
    expect(typeFromLabel(undefined)).toBeNull();
  });
});

describe('typeFromTitle', () => {
  it('reads a type the title opens with', () => {
    expect(typeFromTitle('Joint Statement on the Fifth Energy Dialogue')).toBe('Joint Statement');
    expect(typeFromTitle('Readout: Deputy Secretary call with a counterpart')).toBe('Readout');
    expect(typeFromTitle('Harbor Summit – Year of Action Factsheet')).toBe('Fact Sheet');
  });

  it('reads remarks announced as the note that announces them', () => {
    expect(typeFromTitle('Secretary Roe to Deliver Remarks at the Strelsau Forum')).toBe('Media Note');
    expect(typeFromTitle('Secretary Roe To Participate in a Press Briefing on Press Freedom')).toBe('Media Note');
    expect(typeFromTitle('Secretary Roe Remarks at the Strelsau Forum')).toBe('Remarks');
  });

  it('reads a mission\'s spoken kinds as remarks: an explanation of vote or of position, a right of reply', () => {
    expect(typeFromTitle('Explanation of Vote on a UN Security Council Resolution on Mongolia')).toBe('Remarks');
    expect(typeFromTitle('Explanation of Position on the Darkhan Declaration')).toBe('Remarks');
    expect(typeFromTitle('Right of Reply at the UN General Assembly')).toBe('Remarks');
    expect(typeFromTitle('Voting Results and an Explanation of the Process')).toBeNull();
  });

  it('does not take a word inside a longer one for a label', () => {
    expect(typeFromTitle('Remarksable progress')).toBeNull();
    expect(typeFromTitle('Statement of Work for Contractors')).toBeNull();
  });
});

describe('detectStatement', () => {
  it('takes type, date, office and location from an official page', () => {
    const info = detectStatement({
      url: RELEASE,
      title: ' Joint Statement on Trade ',
      docTypeLabel: 'Joint Statement',
      dateText: 'January 14, 2026',
      office: 'Office of the Spokesperson',
      location: 'Washington, DC',
    });
    expect(info).toEqual({
      isStatement: true,
      type: 'Joint Statement',
      date: '2026-01-14',
      office: 'Office of the Spokesperson',
      location: 'Washington, DC',
      title: 'Joint Statement on Trade',
    });
  });

  it('falls back to the month a release URL carries', () => {
    expect(detectStatement({ url: RELEASE, title: 'Joint Statement on Trade' }).date).toBe('2026-01');
  });

  it('never calls a page on another site a statement, whatever it says', () => {
    const info = detectStatement({ url: 'https://news.example.org/a/', title: 'x', docTypeLabel: 'Press Statement' });
    expect(info.isStatement).toBe(false);
    expect(info.type).toBe('Press Statement');
  });

  it('does not call an official page without a statement type a statement', () => {
    expect(detectStatement({ url: 'https://www.state.gov/countries-and-areas/mongolia/', title: 'Mongolia' }).isStatement).toBe(false);
  });
});

describe('detectStatement from the text of a page', () => {
  const url = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/03/a-release/';

  it('reads office, type and date from the header lines a page prints', () => {
    const text = 'Office of the Spokesperson\n\nA Release About Trade\n\nMedia Note\n\nMarch 4, 2026\n\nThe United States and Chile met.';
    expect(detectStatement({ url, title: 'A Release About Trade' }, text)).toMatchObject({
      isStatement: true,
      type: 'Media Note',
      date: '2026-03-04',
      office: 'Office of the Spokesperson',
    });
  });

  it('takes a readout from its attribution line and a press statement from its author line', () => {
    expect(detectStatement({ url, title: 'A Call' }, 'The below is attributable to Spokesperson Jane Roe:\n\nThey spoke.').type).toBe('Readout');
    expect(detectStatement({ url, title: 'On a Day' }, 'Jane Roe, Secretary of State\n\nToday we honor them.').type).toBe('Press Statement');
    // A statement words its attribution as a readout does, but opens with its author; a no-break space is a space.
    const attributed = 'Jane Roe, Department Spokesperson\n\nThe following\u00a0is attributable to Spokesperson Jane Roe:\n\nWe condemn the launch.';
    expect(detectStatement({ url, title: 'On the Launch' }, attributed).type).toBe('Press Statement');
    expect(detectStatement({ url, title: 'A Call' }, 'The below\u00a0is attributable to Spokesperson Jane Roe:\n\nThey spoke.').type).toBe('Readout');
    expect(detectStatement({ url, title: 'On the Region' }, 'Office of the Spokesperson\n\nBegin\u00a0Text:\n\nWe agree.').type).toBe('Joint Statement');
  });

  it('takes remarks from a transcript speaker label, and a joint statement from Begin Text or its signatories', () => {
    expect(detectStatement({ url, title: 'At the Summit' }, 'SECRETARY ROE: Thank you all.').type).toBe('Remarks');
    // A sanctions list's table fields are no speakers.
    const list = 'Office of the Spokesperson\n\nThe Department is designating two vessels.\n\nVESSEL NAME: Kestrel\nFLAG: Ruritania';
    expect(detectStatement({ url, title: 'Actions on Shipping' }, list).type).toBe('Media Note');
    expect(detectStatement({ url, title: 'On the Region' }, 'Office of the Spokesperson\n\nBegin Text:\n\nWe agree.').type).toBe('Joint Statement');
    const released = 'The following text was released by the Governments of the United States and Chile.\n\nWe agree.';
    expect(detectStatement({ url, title: 'On Trade' }, released).type).toBe('Joint Statement');
    // Signatories opening the text: a coalition's statement is its members' joint one, though the Spokesperson's office issues it.
    const signed = 'Office of the Spokesperson\n\nThe undersigned members of the Press Freedom Coalition condemn the closure of the Darkhan Herald.';
    expect(detectStatement({ url, title: 'Press Freedom Coalition Statement on the Darkhan Herald' }, signed).type).toBe('Joint Statement');
  });

  it('reads types from titles', () => {
    expect(detectStatement({ url, title: 'Secretary Roe’s Call with Chilean Foreign Minister Soto' }).type).toBe('Readout');
    expect(detectStatement({ url, title: 'Deputy Secretary Roe’s Travel to Chile' }).type).toBe('Media Note');
    expect(detectStatement({ url, title: 'U.S.-Chile: Joint Statement on Trade' }).type).toBe('Joint Statement');
    expect(detectStatement({ url, title: 'U.S.-Chile Joint Press Release on Trade' }).type).toBe('Joint Statement');
    expect(detectStatement({ url, title: 'Secretary Roe’s Call\u00a0with Chilean Foreign Minister Soto' }).type).toBe('Readout');
  });

  it('reads a trip announced under a person\'s byline as a press statement, under the office\'s as a media note, on a call as a briefing', () => {
    const title = 'Secretary Roe’s Travel to Chile';
    expect(detectStatement({ url, title }, 'Jane Doe, Department Spokesperson\n\nSecretary Roe will travel to Chile.').type).toBe('Press Statement');
    expect(detectStatement({ url, title }, 'Office of the Spokesperson\n\nSecretary Roe will travel to Chile.').type).toBe('Media Note');
    // A note never prints speaker labels: a trip previewed on a call is a briefing.
    const call = 'Via Teleconference\n\nMR DOE:  Thank you for joining this call.\n\nQUESTION:  When does she leave?';
    expect(detectStatement({ url, title: 'Assistant Secretary Doe on the Secretary’s Upcoming Travel to Chile' }, call).type).toBe('Special Briefing');
  });

  it('takes an index titled "Remarks and Releases" for no remarks', () => {
    const list = 'Remarks and Releases\n\nFilter by: Date\n\nOn Trade With Chile\n\nMarch 4, 2026';
    const index = 'https://www.state.gov/remarks-and-releases-bureau-of-western-hemisphere-affairs/';
    expect(detectStatement({ url: index, title: 'Remarks and Releases – Bureau of Western Hemisphere Affairs' }, list)).toMatchObject({ isStatement: false, type: null });
    expect(detectStatement({ url, title: 'Remarks at the Harbor Forum' }).type).toBe('Remarks');
  });

  it('takes a release\'s own page for a press statement when its text shows no header, but not the releases\' index', () => {
    const body = 'The United States condemns the attack on the ferry in Darkhan and calls for restraint.';
    expect(detectStatement({ url, title: 'Attack on a Ferry in Darkhan' }, body)).toMatchObject({ isStatement: true, type: 'Press Statement', date: '2026-03' });
    const releases = 'https://www.state.gov/releases/office-of-the-spokesperson/';
    expect(detectStatement({ url: releases, title: 'Office of the Spokesperson Releases' }, body).isStatement).toBe(false);
    expect(detectStatement({ url: 'https://www.state.gov/attack-on-a-ferry-in-darkhan/', title: 'Attack on a Ferry in Darkhan' }, body).isStatement).toBe(false);
  });

  it('takes a page at the root of state.gov for a press statement when its opening, with no header, tells news', () => {
    const root = 'https://www.state.gov/mongolia-national-day/';
    for (const opening of [
      'On behalf of the United States of America, I congratulate the people of Mongolia on their National Day.',
      'Today, the United States and Mongolia signed a memorandum of understanding on critical minerals.',
      'The Department of State’s Bureau of Educational and Cultural Affairs announced the launch of the Steppe Scholars program.',
      'On Monday, May 4, 2026, the United States and Mongolia hosted the first U.S.-Mongolia Health Dialogue in Ulaanbaatar.',
      'I have appointed Jane Roe as the Department’s first Special Envoy for the Steppe.',
      'The Rewards for Justice program is offering a reward of up to $5 million for information on the Darkhan bombing.',
    ])
      expect(detectStatement({ url: root, title: 'Mongolia National Day' }, opening)).toMatchObject({ isStatement: true, type: 'Press Statement' });
    // The address may carry a query or a fragment; the news words may be inflected.
    const congratulations = 'The United States congratulates the people of Mongolia on their National Day.';
    expect(detectStatement({ url: `${root}?utm_source=feed#main`, title: 'Mongolia National Day' }, congratulations).isStatement).toBe(true);
    // Or the title tells it, where the opening only sets the scene.
    const scene = 'As part of our long partnership on rangeland science, officials from the United States and Mongolia met in Darkhan.';
    const hosts = 'https://www.state.gov/united-states-hosts-u-s-mongolia-rangeland-dialogue/';
    expect(detectStatement({ url: hosts, title: 'United States Hosts U.S.–Mongolia Rangeland Dialogue' }, scene).isStatement).toBe(true);
    expect(detectStatement({ url: hosts, title: 'U.S.–Mongolia Rangeland Dialogue' }, scene).isStatement).toBe(false);
    // Only the first words count: an office's own page says what it does, and an official's who they are, though it may
    // date it, and a page may tell news further down.
    const office = 'The Bureau of Steppe Affairs advises the Secretary on policy toward the steppe and its herders, their pastures, their water and their markets. It was founded on May 5, 1990, and announced its new director today.';
    expect(detectStatement({ url: 'https://www.state.gov/bureau-of-steppe-affairs/', title: 'Bureau of Steppe Affairs' }, office).isStatement).toBe(false);
    // Deeper in the site, or anywhere else, news told is not enough.
    const told = 'Today, the United States and Mongolia signed a memorandum of understanding.';
    expect(detectStatement({ url: 'https://www.state.gov/r/pa/news/2010/1234.htm', title: 'Newsletter' }, told).isStatement).toBe(false);
    expect(detectStatement({ url: 'https://www.example.com/mongolia-news/', title: 'Mongolia News' }, told).isStatement).toBe(false);
  });

  it('finds no statement on a page that lists statements: an index or a search page', () => {
    const list = 'Press Releases\n\nU.S.-Chile Joint Statement on Trade\n\nJoint Statement\n\nMarch 4, 2026\n\nThe Secretary’s Call with Peru\n\nReadout\n\nMarch 3, 2026';
    expect(detectStatement({ url: 'https://cl.usembassy.gov/news-events/', title: 'News & Events' }, list)).toMatchObject({ isStatement: false, type: null });
    const search = 'Search Results\n\nOn Trade With Chile\n\nPress Statement\n\nOn Travel to Peru\n\nMedia Note';
    expect(detectStatement({ url: 'https://www.state.gov/?s=chile', title: 'You searched for chile' }, search).isStatement).toBe(false);
  });

  it('finds no statement on a search page whose query names a type, however few results it lists', () => {
    const results = 'Search Results\n\nU.S.-Chile Joint Statement on Trade\n\nThe two sides agreed to meet.';
    for (const url of ['https://www.state.gov/?s=joint+statement', 'https://cl.usembassy.gov/search/?q=joint%20statement']) {
      expect(detectStatement({ url, title: 'You searched for joint statement' }, results)).toMatchObject({ isStatement: false, type: null });
    }
    // A release whose address merely holds the word is one.
    const release = 'https://www.state.gov/search-and-rescue-joint-statement/';
    expect(detectStatement({ url: release, title: 'Search and Rescue Joint Statement' }, 'The sides agreed.').type).toBe('Joint Statement');
  });

  it('finds no statement on a country\'s page, though it links the country\'s fact sheet by its label', () => {
    const page = 'Ruritania\n\nU.S. Relations With Ruritania\n\nBilateral Relations Fact Sheet\n\nTravel Advisory\n\nU.S. Embassy in Ruritania';
    expect(detectStatement({ url: 'https://www.state.gov/countries-areas/ruritania/', title: 'Ruritania' }, page)).toMatchObject({ isStatement: false, type: null });
    // The fact sheet itself is one.
    const sheet = 'Bilateral Relations Fact Sheet\n\nBureau of European Affairs\n\nThe United States established relations with Ruritania in 1921.';
    expect(detectStatement({ url: 'https://www.state.gov/u-s-relations-with-ruritania/', title: 'U.S. Relations With Ruritania' }, sheet).type).toBe('Fact Sheet');
  });

  it('finds no statement in testimony or an op-ed, though they print an author line', () => {
    const author = 'Jane Roe, Assistant Secretary, Bureau of African Affairs\nWashington, DC\nMarch 3, 2026\n\nWe will continue to support them.';
    const testimony = `The Future of Our Policy\n\nTestimony\n${author}`;
    expect(detectStatement({ url, title: 'The Future of Our Policy' }, testimony)).toMatchObject({ isStatement: false, type: null });
    expect(detectStatement({ url, title: 'Testimony on the Budget Request' }, author)).toMatchObject({ isStatement: false, type: null });
    expect(detectStatement({ url, title: 'A New Chapter', docTypeLabel: 'Op-Ed' }, author)).toMatchObject({ isStatement: false, type: null });
    // A paragraph that opens with the word is no label.
    expect(detectStatement({ url, title: 'On the Elections' }, `${author}\n\nTestimony from observers shows the vote was free.`).type).toBe('Press Statement');
  });

  it('takes the date a title ends with when the header gives none, never an anniversary\'s', () => {
    const text = 'MR ROE: Good afternoon.\n\nQUESTION: Thank you.';
    expect(detectStatement({ url, title: 'Department Press Briefing – May 31, 2026' }, text).date).toBe('2026-05-31');
    expect(detectStatement({ url: 'https://www.state.gov/x/', title: 'On the Anniversary of the September 11, 2001 Attacks' }, 'We remember.').date).toBeNull();
  });

  it('takes a bilateral relations fact sheet for a fact sheet', () => {
    const text = 'U.S. Relations With Ruritania\n\nBilateral Relations Fact Sheet\nBureau of European and Eurasian Affairs\nMarch 3, 2026\n\nThe United States established relations in 1992.';
    expect(detectStatement({ url: 'https://www.state.gov/u-s-relations-with-ruritania/', title: 'U.S. Relations With Ruritania' }, text)).toMatchObject({ isStatement: true, type: 'Fact Sheet' });
  });

  it('finds no statement in a question taken at a briefing, and types an on-the-record briefing as a special one', () => {
    const taken = 'Ruritania: Question Taken at the Daily Press Briefing\n\nTaken Question\nOffice of the Spokesperson\nMarch 4, 2014\n\nAnswer: Yes.';
    expect(detectStatement({ url, title: 'Ruritania: Question Taken at the Daily Press Briefing' }, taken)).toMatchObject({ isStatement: false, type: null });
    const briefing = 'On the Situation in Ruritania\n\nOn-the-Record Briefing\nMarch 3, 2026\n\nMODERATOR: Good morning.';
    expect(detectStatement({ url, title: 'Assistant Secretary Roe On the Situation in Ruritania' }, briefing).type).toBe('Special Briefing');
    // The 2009-2017 archive's name for the Department Press Briefing.
    const daily = 'Daily Press Briefing\n\nJane Roe\nSpokesperson\nMarch 3, 2014\n\nMS. ROE: Hi, everyone.';
    expect(detectStatement({ url, title: 'Daily Press Briefing - March 3, 2014' }, daily).type).toBe('Department Press Briefing');
  });

  it('finds no statement in the daily public schedule, though the Spokesperson files it with the releases', () => {
    const text = 'Public Schedule – March 3, 2026\n\nOffice of the Spokesperson\n\nSECRETARY OF STATE JANE ROE\n\n10:00 a.m. Secretary Roe meets with the Foreign Minister.';
    expect(detectStatement({ url: 'https://www.state.gov/public-schedule-march-3-2026/', title: 'Public Schedule – March 3, 2026' }, text)).toMatchObject({
      isStatement: false,
      type: null,
      office: 'Office of the Spokesperson',
    });
  });

  it('reads the header below a page\'s banner and menus, from two lines above the line that repeats its title', () => {
    // Menus that list kinds of release would read as an index's items if they were taken for the header.
    const banner = [
      'An official website of the United States Government',
      'Here is how you know',
      'U.S. Department of State',
      'Menu',
      'Remarks',
      'Press Statements',
      'Media Notes',
      'Search',
      'Home',
    ].join('\n\n');
    const page = `${banner}\n\nJane Roe, Spokesperson\n\nSupport for Darkhan Province\n\nPress Statement\n\nMarch 4, 2026\n\nThe United States will provide aid.`;
    expect(detectStatement({ url, title: 'Support for Darkhan Province' }, page)).toMatchObject({
      isStatement: true,
      type: 'Press Statement',
      date: '2026-03-04',
      office: 'Jane Roe, Spokesperson',
    });
    // A location line between the byline and the title: the byline is still the header's.
    const remarks = 'Jane Roe, Secretary of State\n\nDarkhan, Mongolia\n\nSecretary Roe Remarks to the Press\n\nRemarks\n\nMarch 4, 2026\n\nThank you.';
    expect(detectStatement({ url, title: 'Secretary Roe Remarks to the Press' }, remarks)).toMatchObject({ type: 'Remarks', office: 'Jane Roe, Secretary of State' });
    // No line repeats the title: the header is the text's first lines, menus and all, read as an index's.
    expect(detectStatement({ url, title: 'Another Title' }, page).isStatement).toBe(false);
  });

  it('reads an archived briefing titled by its label, the label printed again in its byline, as one briefing, not an index', () => {
    const text = 'Daily Press Briefing\n\nJane Roe\nSpokesperson\nDaily Press Briefing\nWashington, DC\nMarch 3, 2016\n\nMS ROE: Good afternoon.\n\nQUESTION: Thank you.';
    expect(detectStatement({ url: 'https://2009-2017.state.gov/r/pa/prs/dpb/2016/03/1.htm', title: 'Daily Press Briefing' }, text)).toMatchObject({
      isStatement: true,
      type: 'Department Press Briefing',
      date: '2016-03-03',
    });
  });

  it('takes the one type label a statement shows among its header lines', () => {
    const text = 'Press Releases\n\nEmbassy Donates Equipment\n\nMarch 4, 2026\n\nThe Embassy donated equipment.';
    expect(detectStatement({ url: 'https://cl.usembassy.gov/embassy-donates/', title: 'Embassy Donates Equipment' }, text).type).toBe('Press Statement');
  });

  it('reads an embassy post\'s type from the category its byline or breadcrumb files it under', () => {
    const post = 'https://cl.usembassy.gov/embassy-donates-equipment/';
    const byline = 'Embassy Donates Equipment\n\nBy U.S. Embassy Santiago | 4 March, 2026 | Topics: Press Releases, Chile\n\nThe Embassy donated equipment.';
    expect(detectStatement({ url: post, title: 'Embassy Donates Equipment' }, byline)).toMatchObject({
      isStatement: true,
      type: 'Press Statement',
      date: '2026-03-04',
      office: 'U.S. Embassy Santiago',
    });
    const crumbs = 'Home » News » Speeches\n\nAmbassador at the Opening\n\nThank you all for coming.';
    expect(detectStatement({ url: post, title: 'Ambassador at the Opening' }, crumbs).type).toBe('Speech');
    const topicsOnly = 'Embassy Donates Equipment\n\nBy U.S. Embassy Santiago | 4 March, 2026 | Topics: Chile, Health\n\nThe Embassy donated equipment.';
    expect(detectStatement({ url: post, title: 'Embassy Donates Equipment' }, topicsOnly).isStatement).toBe(false);
    // Filed as news, with no category that names a type: the post's own release. An alert is filed otherwise.
    const news = topicsOnly.replace('Topics: Chile', 'Topics: News, Chile');
    expect(detectStatement({ url: post, title: 'Embassy Donates Equipment' }, news)).toMatchObject({ isStatement: true, type: 'Press Statement' });
    const alert = 'Security Alert – U.S. Embassy Santiago\n\nBy U.S. Embassy Santiago | 4 March, 2026 | Topics: Alert, Security Alert\n\nAvoid the march today.';
    expect(detectStatement({ url: 'https://cl.usembassy.gov/security-alert/', title: 'Security Alert – U.S. Embassy Santiago' }, alert).isStatement).toBe(false);
    // However it is filed, an alert is none.
    for (const title of ['Security Alert – U.S. Embassy Santiago', 'Health Alert: Dengue in Arica', 'Alert: Road Closures']) {
      const filedAsNews = alert.replace('Security Alert – U.S. Embassy Santiago', title).replace('Topics: Alert, Security Alert', 'Topics: Alert, News');
      expect(detectStatement({ url: 'https://cl.usembassy.gov/security-alert/', title }, filedAsNews).isStatement).toBe(false);
    }
  });

  it('takes a title\'s type over a category that files every kind of release, never over a type label', () => {
    const post = 'https://cl.usembassy.gov/joint-statement-on-trade/';
    const byline = 'Joint Statement on Trade\n\nBy U.S. Embassy Santiago | 4 March, 2026 | Topics: Press Releases, Chile\n\nWe agree.';
    expect(detectStatement({ url: post, title: 'Joint Statement on Trade' }, byline).type).toBe('Joint Statement');
    const crumbs = 'Home » News » Press Releases\n\nSecretary Roe’s Call with Foreign Minister Soto\n\nThey spoke.';
    expect(detectStatement({ url: post, title: 'Secretary Roe’s Call with Foreign Minister Soto' }, crumbs).type).toBe('Readout');
    const labeled = 'Media Note\n\nOffice of the Spokesperson\n\nMarch 4, 2026\n\nThe text follows.';
    expect(detectStatement({ url, title: 'Joint Statement on Trade' }, labeled).type).toBe('Media Note');
  });

  it('reads a mission\'s statement at a meeting, whose greeting is no author line', () => {
    const text = 'Human Rights Council 61st Session\n\nThank you, Mr. President.\n\nThe United States remains committed to the Council.';
    expect(detectStatement({ url: 'https://geneva.usmission.gov/2026/03/01/u-s-statement/', title: 'U.S. Statement at the Human Rights Council' }, text)).toMatchObject({
      isStatement: true,
      type: 'Press Statement',
      office: null,
    });
    expect(detectStatement({ url, title: 'On a Day' }, 'Jane "Janie" Roe, Spokesperson\n\nWe honor them.').office).toBe('Jane "Janie" Roe, Spokesperson');
  });

  it('takes the title\'s own line for no office, though the adapter hands the title over untrimmed', () => {
    const url = 'https://mn.usembassy.gov/embassy-grants-for-darkhan/';
    const text = 'U.S. Embassy Announces New Grants for Darkhan\n\nMarch 3, 2026\n\nThe U.S. Embassy today announced grants for Darkhan.';
    for (const title of ['U.S. Embassy Announces New Grants for Darkhan', ' U.S. Embassy Announces New Grants for Darkhan  ']) {
      expect(detectStatement({ url, title }, text)).toMatchObject({ office: null, date: '2026-03-03', title: 'U.S. Embassy Announces New Grants for Darkhan' });
    }
    expect(detectStatement({ url, title: 'Department Press Briefing – March 3, 2026 ' }).date).toBe('2026-03-03');
  });

  it('reads the title\'s own line as none of the header\'s facts: an office\'s page is no release of that office', () => {
    const url = 'https://www.state.gov/bureaus-offices/secretary-of-state/office-of-the-spokesperson/';
    const text = 'Office of the Spokesperson\n\nThe Office of the Spokesperson explains the Department’s policies to the press.';
    expect(detectStatement({ url, title: 'Office of the Spokesperson' }, text)).toMatchObject({ isStatement: false, type: null, office: null });
  });

  it('takes a dateline of a city and its state for no office, and a mission\'s line for one', () => {
    const text = 'Ambassador Jane Roe\nU.S. Representative to the United Nations\nU.S. Mission to the United Nations\nNew York, New York\nMarch 3, 2026\n\nThank you.';
    expect(detectStatement({ url: 'https://usun.usmission.gov/remarks-at-a-briefing/', title: 'Remarks at a Briefing' }, text).office).toBe('U.S. Mission to the United Nations');
    expect(detectStatement({ url, title: 'Remarks at a Forum' }, 'Remarks\n\nHonolulu, Hawaii\n\nMarch 3, 2026\n\nThank you.').office).toBeNull();
  });

  it('reads no office from the page\'s own title, though it opens as an embassy\'s name does', () => {
    const title = 'U.S. Embassy Ruritania Welcomes the New Trade Agreement';
    const embassy = 'https://ru.usembassy.gov/u-s-embassy-welcomes-the-agreement/';
    expect(detectStatement({ url: embassy, title }, `${title}\n\nPress Release\n\nMarch 3, 2026\n\nWe welcome it.`).office).toBeNull();
    expect(detectStatement({ url: embassy, title }, `U.S. Embassy Ruritania\n\n${title}\n\nMarch 3, 2026\n\nWe welcome it.`).office).toBe('U.S. Embassy Ruritania');
  });

  it('takes no dateline for an author line: "Washington, DC" is no office', () => {
    const text = 'On the Anniversary\n\nPress Statement\n\nJane Roe\nSecretary of State\n\nWashington, DC\n\nUlaanbaatar, Mongolia\n\nMay 5, 2026\n\nWe congratulate them.';
    expect(detectStatement({ url, title: 'On the Anniversary' }, text).office).toBeNull();
    expect(detectStatement({ url, title: 'On a Day' }, 'Jane Roe, Secretary of State\n\nWe honor them.').office).toBe('Jane Roe, Secretary of State');
  });

  it('reads an author line with a long portfolio, commas and a glued bureau, and none without a title', () => {
    for (const author of [
      'Jane Q. Roe, Under Secretary for Economic Growth, Energy, and the Environment',
      'John Doe, Acting Assistant SecretaryBureau of Democracy, Human Rights, and Labor',
      'Mary Major, State Department Coordinator for Global COVID-19 Response and Health Security',
      'Ann Poe, U.S. Special Envoy to Advance the Human Rights of Lesbian, Gay, Bisexual, Transgender, Queer and Intersex (LGBTQI+) Persons',
    ]) {
      expect(detectStatement({ url, title: 'On a Day' }, `${author}\n\nWe honor them.`)).toMatchObject({ type: 'Press Statement', office: author });
    }
    // A company in a list of contractors is no author.
    expect(detectStatement({ url, title: 'Awards' }, 'Office of the Spokesperson\n\nHarbor Builders, Inc.\n\nThe firms were selected.')).toMatchObject({
      type: 'Media Note',
      office: 'Office of the Spokesperson',
    });
  });

  it('types a mission\'s "U.S. Statement" after an agenda item as a statement', () => {
    const title = 'Item 4: U.S. Statement on the Human Rights Situation in Ruritania';
    expect(detectStatement({ url: 'https://geneva.usmission.gov/2026/03/02/item-4/', title }, 'Thank you, Mr. President.').type).toBe('Press Statement');
  });

  it('types an embassy\'s or a mission\'s statement by its title when the page prints no byline', () => {
    const embassy = 'https://ru.usembassy.gov/u-s-embassy-statement-on-the-elections/';
    for (const title of ['U.S. Embassy Statement on the Elections', 'U.S. Mission Statement on the Passing of a Judge']) {
      expect(detectStatement({ url: embassy, title }, `${title}\n\nMarch 3, 2026\n\nThe United States congratulates the voters.`)).toMatchObject({
        isStatement: true,
        type: 'Press Statement',
      });
    }
    // An organization's creed is no statement on anything.
    expect(detectStatement({ url: 'https://ru.usembassy.gov/our-mission/', title: 'Our Mission Statement' }, 'Our Mission Statement\n\nWe serve.').isStatement).toBe(false);
  });

  it('types a speech whose header says how it was given as remarks, over its author line', () => {
    const header = 'Ambassador Jane Roe\nAlternate Representative\nNew York, New York\nMarch 3, 2026\n\n';
    const usun = 'https://usun.usmission.gov/explanation-of-vote-on-a-resolution/';
    for (const given of ['AS DELIVERED', 'As Prepared for Delivery', 'As prepared']) {
      expect(detectStatement({ url: usun, title: 'Explanation of Vote on a Resolution' }, `${header}${given}\n\nThank you, Madam President.`).type).toBe('Remarks');
    }
    const authored = 'Jane Roe, Deputy Secretary of State\n\nMadrid, Ruritania\n\nAs prepared\n\nGood morning.';
    expect(detectStatement({ url, title: 'A Cybersecurity Seminar' }, authored).type).toBe('Remarks');
    // Without it, a page whose title names no kind has no type: a delegate's title is no author line. An explanation of
    // vote's title says its kind.
    expect(detectStatement({ url: usun, title: 'On a Resolution' }, `${header}Thank you, Madam President.`).isStatement).toBe(false);
    expect(detectStatement({ url: usun, title: 'Explanation of Vote on a Resolution' }, `${header}Thank you, Madam President.`).type).toBe('Remarks');
  });

  it('reads no office from a body paragraph, however it starts', () => {
    // Only the paragraph's start is read: its words up to the cut are all an office line allows.
    const paragraph = `Office of the Spokesperson staff ${'and partners '.repeat(20)}met today. They agreed to meet again.`;
    expect(detectStatement({ url, title: 'On a Day' }, `${paragraph}\n\nWe honor them.`).office).toBeNull();
  });

  it('finds no statement on an embassy page that lists posts', () => {
    const list =
      'Press Releases\n\nEmbassy Donates Equipment\n\nBy U.S. Embassy Santiago | 4 March, 2026 | Topics: Press Releases\n\nAmbassador Visits Arica\n\nBy U.S. Embassy Santiago | 2 March, 2026 | Topics: Press Releases';
    expect(detectStatement({ url: 'https://cl.usembassy.gov/category/press-releases/', title: 'Press Releases' }, list).isStatement).toBe(false);
  });

  it('finds no statement on official pages without any cue', () => {
    expect(detectStatement({ url: 'https://careers.state.gov/x/', title: 'Join Us' }, 'Apply to serve your country.').isStatement).toBe(false);
  });
});
