// A short statement written for this project, analyzed once when the
// background starts so that the analysis's regular expressions are compiled
// and its code is past the interpreter before a real page's text arrives.
// It touches every rule family: a document type, parties, firm, intent and
// support commitments with time, place and means, and every entity type.

import type { PageMeta } from '../analysis/types';

export const WARM_UP_META: PageMeta = {
  url: 'https://www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement-on-a-warm-up-dialogue/',
  title: 'Joint Statement on the United States-Ruritania Strategic Dialogue',
  docTypeLabel: 'Joint Statement',
  dateText: 'January 5, 2026',
  office: 'Office of the Spokesperson',
};

export const WARM_UP_TEXT = [
  'The following is the text of a joint statement by the Governments of the United States of America and the Republic of Ruritania.',
  'Begin Text:',
  'On January 5, 2026, Secretary of State Jane Doe and Foreign Minister Rudolf Rassendyll (Ruritania) convened the fifth U.S.-Ruritania Strategic Dialogue in Washington, D.C.',
  'The two sides agreed to hold the next round in Strelsau in 2027 and will expand cooperation through the Energy Security Working Group (ESWG).',
  'The United States intends to provide $5 million to the World Health Organization (WHO) by the end of the year.',
  'Both delegations expressed support for the Paris Agreement and UN Security Council Resolution 2231.',
  'QUESTION: Will Mongolia and Kazakhstan join? MR. SMITH: We look forward to welcoming them in the coming year.',
].join('\n\n');
