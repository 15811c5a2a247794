// Instruments (guide type `instrument`): named treaties, charters, agreements, declarations, pledges,
// resolutions, laws, strategies and named statements or reports. Decision: "Initiative", "Partnership",
// "Program", "Fund", "Process", "Mechanism", "Dialogue", "Forum" name bodies or programs, so they are
// `organization` (the guide's "named programs ... partnerships"); signed deals called initiatives are listed here.
// A variant "*" is the name's initials ("Taiwan Relations Act|*" is also "TRA"; parse.ts).
import { instruments, list, table, withPrefixes } from './parse';
import type { Instrument } from './types';

/**
 * Last words that make a capitalized phrase a named instrument ("... Air Transport Agreement"). Read only as sets
 * and a trie whose every value is "instrument": in the order gzip packs smallest, as are the prefixes below.
 */
export const INSTRUMENT_HEAD_NOUNS: readonly string[] = list(
  'Final Act|Statement|Accord|Action Plan|Agenda|Communiqué|Amendment|Accords|Code|Armistice|Code of Conduct|Compact|' +
  'Constitution|Exchange of Notes|Consensus|Law|Laws|Convention|Conventions|Covenant|Declaration|Concordat|' +
  'Determination|Framework|Fact Sheet|Guidelines|Letter of Agreement|Agreement|Agreements|Letter of Intent|MOA|' +
  'Understanding|MoU|Memorandum|MOU|Memorandum of Agreement|Memorandum of Understanding|Arrangement|' +
  'Memorandum of Cooperation|Outlook|Call to Action|Platform for Action|Pact|Plan|Act|Plan of Action|Pledge|' +
  'Principles|Charter|Proclamation|Programme of Action|Protocol|Regulations|Report|Reports|Resolution|' +
  'Executive Order|Road Map|Roadmap|Rules|Statute|Directive|Treaty|Truce|Treaties|Strategy'
);

/** Prefixes followed by a number that name an instrument ("UNSCR 2254", "Executive Order 13224", "E.O. 13224"); read only as a trie whose every value is true. */
export const NUMBERED_INSTRUMENT_PREFIXES: readonly string[] = (
  'UNSC resolution|UNSCR|Security Council resolution|UN Security Council resolution|UN General Assembly resolution|' +
  'UNGA resolution|General Assembly resolution|E.O.|Resolution|Executive Order|Public Law|Proclamation|' +
  'National Security Presidential Memorandum|Presidential Memorandum|Presidential Proclamation|NSPM|' +
  'Presidential Policy Directive|Presidential Determination|PPD'
).split('|').flatMap(withPrefixes);

/**
 * Named instruments, in the order gzip packs smallest (30 bytes gzipped): no two rows share a form, even folded to lower
 * case as the gazetteer's trie keys them, so their order decides no match; the vocabulary reads them as a set.
 */
export const INSTRUMENTS: readonly Instrument[] = instruments(table`
United Nations Charter|Charter of the United Nations
Geneva Conventions|Geneva Convention|Fourth Geneva Convention|~ of 1949|Additional Protocols
United Nations Framework Convention on Climate Change|*
Universal Declaration of Human Rights|*
International Covenant on Civil and Political Rights|*
International Traffic in Arms Regulations|*
Comprehensive Regional Protection and Solutions Framework|MIRPS
Six Assurances
Genocide Convention|Convention on the Prevention and Punishment of the Crime of Genocide
Jeddah Declaration|~ of Commitment to Protect the Civilians of Sudan
Refugee Convention|1951 ~|Convention Relating to the Status of Refugees|1951 Convention
1967 Protocol|Protocol Relating to the Status of Refugees
United Nations Convention on the Law of the Sea|UNCLOS|Law of the Sea Convention
Chemical Weapons Convention|*
Biological Weapons Convention|*|Biological and Toxin Weapons Convention|BTWC
Treaty on the Non-Proliferation of Nuclear Weapons|NPT|Nuclear Non-Proliferation Treaty|Non-Proliferation Treaty|Nuclear Nonproliferation Treaty|Nonproliferation Treaty
New START|~ Treaty|New Strategic Arms Reduction Treaty
START|~ Treaty|Strategic Arms Reduction Treaty
Minsk agreements|Minsk II|Minsk Protocol
Khashoggi Ban
Good Friday Agreement|Belfast Agreement
Agreement on the Establishment of Peace and Inter-State Relations between the Republic of Armenia and the Republic of Azerbaijan
Joint Comprehensive Plan of Action|JCPOA|Iran nuclear deal
Three Joint Communiqués|three Joint Communiques
United Nations Convention against Corruption|UNCAC
ASEAN Outlook on the Indo-Pacific|*
five-point consensus|ASEAN ~
Dayton Accords|Dayton Peace Agreement|Dayton Agreement|General Framework Agreement for Peace in Bosnia and Herzegovina
ANZUS Treaty|ANZUS
U.S.-Philippines Mutual Defense Treaty|United States-Philippines Mutual Defense Treaty|-|MDT
Dominican Republic-Central America Free Trade Agreement|CAFTA-DR|CAFTA
UN 2030 Agenda for Sustainable Development|-|2030 Agenda
UN Sustainable Development Goals|-|SDGs
Vienna Convention on Consular Relations|*
Global Compact on Migration|Global Compact for Safe, Orderly and Regular Migration
Compact of Free Association|Compacts of Free Association|COFA
Northern Ireland Protocol|Protocol on Ireland/Northern Ireland
Taiwan Relations Act|*
Global Magnitsky Act|Global Magnitsky Human Rights Accountability Act|Global Magnitsky
Sergei Magnitsky Rule of Law Accountability Act|Magnitsky Act
Department of State, Foreign Operations, and Related Programs Appropriations Act|SFOPS
African Growth and Opportunity Act|*
Immigration and Nationality Act|*
Countering America's Adversaries Through Sanctions Act|*
Uyghur Forced Labor Prevention Act|*
Global Fragility Act|*
Convention against Torture|UN ~|~ and Other Cruel, Inhuman or Degrading Treatment or Punishment|~ and Other Cruel, Inhuman, or Degrading Treatment or Punishment
Americans with Disabilities Act|*
Trafficking in Persons Report|TIP Report
Arms Export Control Act|*
Trafficking Victims Protection Act|*
Country Reports on Human Rights Practices|Human Rights Report
International Narcotics Control Strategy Report|*
`);
