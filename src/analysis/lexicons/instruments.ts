// Instruments (guide type `instrument`): named treaties, charters, agreements, declarations, pledges,
// resolutions, laws, strategies and named statements or reports. Decision: "Initiative", "Partnership",
// "Program", "Fund", "Process", "Mechanism", "Dialogue", "Forum" name bodies or programs, so they are
// `organization` (the guide's "named programs ... partnerships"); signed deals called initiatives are listed here.
// A variant "*" is the name's initials ("Taiwan Relations Act|*" is also "TRA"; parse.ts).
import { instruments, list, table, withPrefixes } from './parse';
import type { Instrument } from './types';

/** Last words that make a capitalized phrase a named instrument ("... Air Transport Agreement"). */
export const INSTRUMENT_HEAD_NOUNS: readonly string[] = list(
  'Accord|Accords|Act|Action Plan|Agenda|Agreement|Agreements|Amendment|Armistice|Arrangement|' +
  'Call to Action|Charter|Code|Code of Conduct|Communiqué|Compact|Concordat|Consensus|' +
  'Constitution|Convention|Conventions|Covenant|Declaration|Determination|Directive|Exchange of Notes|' +
  'Executive Order|Fact Sheet|Final Act|Framework|Guidelines|' +
  'Law|Laws|Letter of Agreement|Letter of Intent|MOA|MOU|MoU|Memorandum|' +
  'Memorandum of Agreement|Memorandum of Cooperation|Memorandum of Understanding|Outlook|Pact|Plan|' +
  'Plan of Action|Platform for Action|Pledge|Principles|Proclamation|Programme of Action|Protocol|' +
  'Regulations|Report|Reports|Resolution|Road Map|Roadmap|Rules|Statement|Statute|Strategy|Treaty|Treaties|Truce|' +
  'Understanding'
);

/** Prefixes followed by a number that name an instrument ("UNSCR 2254", "Executive Order 13224", "E.O. 13224"). */
export const NUMBERED_INSTRUMENT_PREFIXES: readonly string[] = (
  'UN Security Council resolution|UNSC resolution|UNSCR|Security Council resolution|' +
  'UN General Assembly resolution|UNGA resolution|General Assembly resolution|Resolution|' +
  'Executive Order|E.O.|Public Law|Presidential Proclamation|Proclamation|' +
  'National Security Presidential Memorandum|NSPM|Presidential Policy Directive|PPD|' +
  'Presidential Determination|Presidential Memorandum'
).split('|').flatMap(withPrefixes);

export const INSTRUMENTS: readonly Instrument[] = instruments(table`
United Nations Charter|Charter of the United Nations
Universal Declaration of Human Rights|*
International Covenant on Civil and Political Rights|*
Convention against Torture|Convention Against Torture|UN ~|~ and Other Cruel, Inhuman or Degrading Treatment or Punishment
Genocide Convention|Convention on the Prevention and Punishment of the Crime of Genocide
Refugee Convention|1951 ~|Convention Relating to the Status of Refugees|1951 Convention
1967 Protocol|Protocol Relating to the Status of Refugees
Geneva Conventions|Geneva Convention|Fourth Geneva Convention|~ of 1949|Additional Protocols
Vienna Convention on Consular Relations|*
United Nations Convention on the Law of the Sea|UNCLOS|Law of the Sea Convention
United Nations Convention against Corruption|UNCAC
Chemical Weapons Convention|*
Biological Weapons Convention|*|Biological and Toxin Weapons Convention|BTWC
Treaty on the Non-Proliferation of Nuclear Weapons|NPT|Nuclear Non-Proliferation Treaty|Non-Proliferation Treaty|Nuclear Nonproliferation Treaty|Nonproliferation Treaty
New START|~ Treaty|New Strategic Arms Reduction Treaty
START|~ Treaty|Strategic Arms Reduction Treaty
Minsk agreements|Minsk II|Minsk Protocol
Good Friday Agreement|Belfast Agreement
Dayton Accords|Dayton Peace Agreement|Dayton Agreement|General Framework Agreement for Peace in Bosnia and Herzegovina
Jeddah Declaration|~ of Commitment to Protect the Civilians of Sudan
Agreement on the Establishment of Peace and Inter-State Relations between the Republic of Armenia and the Republic of Azerbaijan
Joint Comprehensive Plan of Action|JCPOA|Iran nuclear deal
Three Joint Communiqués|three Joint Communiques
Six Assurances
ANZUS Treaty|ANZUS
U.S.-Philippines Mutual Defense Treaty|United States-Philippines Mutual Defense Treaty|-|MDT
Compact of Free Association|Compacts of Free Association|COFA
Dominican Republic-Central America Free Trade Agreement|CAFTA-DR|CAFTA
United Nations Framework Convention on Climate Change|*
Global Methane Pledge
2030 Agenda for Sustainable Development|2030 Agenda
Sustainable Development Goals|SDGs
Global Compact on Migration|Global Compact for Safe, Orderly and Regular Migration
Comprehensive Regional Protection and Solutions Framework|MIRPS
ASEAN Outlook on the Indo-Pacific|*
Northern Ireland Protocol|Protocol on Ireland/Northern Ireland
Taiwan Relations Act|*
Global Magnitsky Act|Global Magnitsky Human Rights Accountability Act|Global Magnitsky
Sergei Magnitsky Rule of Law Accountability Act|Magnitsky Act
Arms Export Control Act|*
Immigration and Nationality Act|*
African Growth and Opportunity Act|*
Countering America's Adversaries Through Sanctions Act|*
Trafficking Victims Protection Act|*
Uyghur Forced Labor Prevention Act|*
Global Fragility Act|*
Department of State, Foreign Operations, and Related Programs Appropriations Act|SFOPS
Americans with Disabilities Act|*
Country Reports on Human Rights Practices|Human Rights Report
Trafficking in Persons Report|TIP Report
International Narcotics Control Strategy Report|*
`);
