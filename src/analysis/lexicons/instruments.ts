// Instruments (guide type `instrument`): named treaties, charters, agreements, declarations, pledges,
// resolutions, laws, strategies and named statements or reports. Decision: "Initiative", "Partnership",
// "Program", "Fund", "Process", "Mechanism", "Dialogue", "Forum" name bodies or programs, so they are
// `organization` (the guide's "named programs ... partnerships"); signed deals called initiatives are listed here.
import { instruments } from './parse';
import type { Instrument } from './types';

/** Last words that make a capitalized phrase a named instrument ("... Air Transport Agreement"). */
export const INSTRUMENT_HEAD_NOUNS: readonly string[] = [
  'Accord', 'Accords', 'Act', 'Action Plan', 'Agenda', 'Agreement', 'Agreements', 'Amendment', 'Armistice', 'Arrangement',
  'Call to Action', 'Charter', 'Code', 'Code of Conduct', 'Communique', 'Communiqué', 'Compact', 'Concordat', 'Consensus',
  'Constitution', 'Convention', 'Conventions', 'Covenant', 'Declaration', 'Determination', 'Directive', 'Exchange of Notes',
  'Executive Order', 'Fact Sheet', 'Final Act', 'Framework', 'Guidelines', 'Joint Declaration', 'Joint Fact Sheet',
  'Joint Statement', 'Law', 'Laws', 'Letter of Agreement', 'Letter of Intent', 'MOA', 'MOU', 'MoU', 'Memorandum',
  'Memorandum of Agreement', 'Memorandum of Cooperation', 'Memorandum of Understanding', 'Outlook', 'Pact', 'Plan', 'Plan of Action',
  'Platform for Action', 'Pledge', 'Principles', 'Proclamation', 'Programme of Action', 'Protocol', 'Regulations', 'Report',
  'Resolution', 'Road Map', 'Roadmap', 'Rules', 'Statement', 'Statute', 'Strategy', 'Treaty', 'Treaties', 'Truce', 'Understanding',
];

/** Prefixes followed by a number that name an instrument ("UNSCR 2254", "Executive Order 13224", "E.O. 13224"). */
export const NUMBERED_INSTRUMENT_PREFIXES: readonly string[] = [
  'United Nations Security Council Resolution', 'UN Security Council Resolution', 'U.N. Security Council Resolution',
  'UNSC Resolution', 'UNSC resolution', 'UNSCR', 'Security Council Resolution', 'Security Council resolution',
  'United Nations General Assembly Resolution', 'UN General Assembly Resolution', 'UNGA Resolution', 'UNGA resolution',
  'General Assembly Resolution', 'General Assembly resolution', 'Resolution', 'Executive Order', 'E.O.', 'EO', 'Public Law',
  'Presidential Proclamation', 'Proclamation', 'National Security Presidential Memorandum', 'NSPM', 'Presidential Policy Directive',
  'PPD', 'Presidential Determination', 'Presidential Memorandum', 'Executive Decree',
];

export const INSTRUMENTS: readonly Instrument[] = instruments(`
  United Nations Charter | UN Charter | U.N. Charter | Charter of the United Nations
  Universal Declaration of Human Rights | UDHR
  International Covenant on Civil and Political Rights | ICCPR
  International Covenant on Economic, Social and Cultural Rights | ICESCR
  Convention against Torture | Convention Against Torture | UN Convention against Torture | Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment
  Convention on the Elimination of All Forms of Discrimination against Women | CEDAW
  Convention on the Rights of the Child | UN Convention on the Rights of the Child
  Convention on the Rights of Persons with Disabilities | CRPD
  Genocide Convention | Convention on the Prevention and Punishment of the Crime of Genocide
  Refugee Convention | 1951 Refugee Convention | Convention Relating to the Status of Refugees | 1951 Convention
  1967 Protocol | Protocol Relating to the Status of Refugees
  Geneva Conventions | Geneva Convention | Fourth Geneva Convention | Geneva Conventions of 1949 | Additional Protocols
  Vienna Convention on Diplomatic Relations | VCDR
  Vienna Convention on Consular Relations | VCCR
  Vienna Convention on the Law of Treaties
  Rome Statute | Rome Statute of the International Criminal Court
  United Nations Convention on the Law of the Sea | UNCLOS | UN Convention on the Law of the Sea | Law of the Sea Convention | U.N. Convention on the Law of the Sea
  Convention on International Civil Aviation | Chicago Convention
  Montreux Convention | Montreux Convention Regarding the Regime of the Straits
  United Nations Convention against Transnational Organized Crime | UNTOC | Palermo Convention | UN Convention against Transnational Organized Crime
  Trafficking in Persons Protocol | Palermo Protocol
  United Nations Convention against Corruption | UNCAC | UN Convention against Corruption
  Budapest Convention | Convention on Cybercrime | Budapest Convention on Cybercrime
  UN Convention against Cybercrime | UN Cybercrime Convention | United Nations Convention against Cybercrime
  Hague Abduction Convention | Hague Convention on the Civil Aspects of International Child Abduction
  Ottawa Convention | Mine Ban Treaty | Anti-Personnel Mine Ban Convention
  Convention on Cluster Munitions | CCM
  Convention on Certain Conventional Weapons | CCW
  Arms Trade Treaty | ATT
  Chemical Weapons Convention | CWC
  Biological Weapons Convention | BWC | Biological and Toxin Weapons Convention | BTWC
  Treaty on the Non-Proliferation of Nuclear Weapons | NPT | Nuclear Non-Proliferation Treaty | Non-Proliferation Treaty | Nuclear Nonproliferation Treaty | Nonproliferation Treaty
  Comprehensive Nuclear-Test-Ban Treaty | CTBT | Comprehensive Test Ban Treaty
  Treaty on the Prohibition of Nuclear Weapons | TPNW
  New START | New START Treaty | New Strategic Arms Reduction Treaty
  START | START Treaty | Strategic Arms Reduction Treaty
  INF Treaty | Intermediate-Range Nuclear Forces Treaty
  Open Skies Treaty | Treaty on Open Skies
  CFE Treaty | Treaty on Conventional Armed Forces in Europe
  Vienna Document
  Outer Space Treaty
  Artemis Accords
  Antarctic Treaty
  Helsinki Final Act | Helsinki Accords
  Budapest Memorandum | Budapest Memorandum on Security Assurances
  Minsk agreements | Minsk Agreements | Minsk II | Minsk Protocol
  Black Sea Grain Initiative | BSGI
  Good Friday Agreement | Belfast Agreement
  Dayton Accords | Dayton Peace Agreement | Dayton Agreement | General Framework Agreement for Peace in Bosnia and Herzegovina
  Camp David Accords
  Oslo Accords
  Abraham Accords
  Brussels Agreement
  Ohrid Agreement | Ohrid Framework Agreement
  Prespa Agreement
  Doha Agreement | Agreement for Bringing Peace to Afghanistan
  Jeddah Declaration | Jeddah Declaration of Commitment to Protect the Civilians of Sudan
  Juba Peace Agreement
  Pretoria Agreement
  Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan | R-ARCSS | Revitalized Peace Agreement
  Washington Accords | Washington Accords for Peace and Prosperity
  Agreement on the Establishment of Peace and Inter-State Relations between the Republic of Armenia and the Republic of Azerbaijan
  Comprehensive Plan to End the Gaza Conflict
  Trump Declaration for Enduring Peace and Prosperity
  Joint Comprehensive Plan of Action | JCPOA | Iran nuclear deal
  Korean Armistice Agreement | Armistice Agreement
  Shanghai Communique | Shanghai Communiqué
  Three Joint Communiques | Three Joint Communiqués | three Joint Communiques
  Six Assurances
  Sino-British Joint Declaration
  North Atlantic Treaty | Washington Treaty
  ANZUS Treaty | ANZUS
  Treaty of Mutual Cooperation and Security between the United States and Japan | U.S.-Japan Security Treaty | Treaty of Mutual Cooperation and Security
  U.S.-Philippines Mutual Defense Treaty | United States-Philippines Mutual Defense Treaty | Mutual Defense Treaty | MDT
  U.S.-ROK Mutual Defense Treaty | U.S.-Republic of Korea Mutual Defense Treaty | United States-Republic of Korea Mutual Defense Treaty
  Enhanced Defense Cooperation Agreement | EDCA
  Visiting Forces Agreement | VFA
  Compact of Free Association | Compacts of Free Association | COFA
  United States-Mexico-Canada Agreement | USMCA | U.S.-Mexico-Canada Agreement | T-MEC | CUSMA
  North American Free Trade Agreement | NAFTA
  Dominican Republic-Central America Free Trade Agreement | CAFTA-DR | CAFTA
  U.S.-Korea Free Trade Agreement | KORUS | KORUS FTA
  Trans-Pacific Partnership | TPP
  Comprehensive and Progressive Agreement for Trans-Pacific Partnership | CPTPP
  Regional Comprehensive Economic Partnership | RCEP
  Indo-Pacific Economic Framework for Prosperity | IPEF | Indo-Pacific Economic Framework
  WTO Agreement on Fisheries Subsidies
  Paris Agreement | Paris Climate Agreement | Paris Accord
  United Nations Framework Convention on Climate Change | UNFCCC | UN Framework Convention on Climate Change
  Kyoto Protocol
  Montreal Protocol
  Kigali Amendment
  Global Methane Pledge
  Glasgow Climate Pact
  Glasgow Leaders' Declaration on Forests and Land Use
  Convention on Biological Diversity | CBD
  Kunming-Montreal Global Biodiversity Framework
  Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction | BBNJ Agreement | High Seas Treaty
  Convention on International Trade in Endangered Species | CITES
  International Health Regulations | IHR
  WHO Pandemic Agreement | Pandemic Agreement
  2030 Agenda for Sustainable Development | 2030 Agenda
  Sustainable Development Goals | SDGs
  Global Compact on Migration | Global Compact for Safe, Orderly and Regular Migration
  Global Compact on Refugees
  Los Angeles Declaration on Migration and Protection | LA Declaration | Los Angeles Declaration
  Comprehensive Regional Protection and Solutions Framework | MIRPS
  Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy
  Declaration for the Future of the Internet
  Christchurch Call | Christchurch Call to Action
  Code of Conduct in the South China Sea | South China Sea Code of Conduct
  Declaration on the Conduct of Parties in the South China Sea
  ASEAN Outlook on the Indo-Pacific | AOIP
  ASEAN Charter
  Treaty of Amity and Cooperation in Southeast Asia | Treaty of Amity and Cooperation
  Inter-American Democratic Charter
  Washington Principles on Nazi-Confiscated Art | Washington Principles
  Northern Ireland Protocol | Protocol on Ireland/Northern Ireland
  Windsor Framework
  Geneva Communique | Geneva Communiqué
  Copenhagen Accord
  Millennium Development Goals | MDGs
  Transatlantic Trade and Investment Partnership | TTIP
  Economic and Trade Agreement between the United States and China | Phase One Agreement | Phase One trade agreement
  Geneva Consensus Declaration
  Peace to Prosperity | Peace to Prosperity Plan
  Quadrennial Diplomacy and Development Review | QDDR
  Taiwan Relations Act | TRA
  Global Magnitsky Act | Global Magnitsky Human Rights Accountability Act | Global Magnitsky
  Sergei Magnitsky Rule of Law Accountability Act | Magnitsky Act
  Foreign Assistance Act | Foreign Assistance Act of 1961
  Arms Export Control Act | AECA
  Immigration and Nationality Act | INA
  Leahy Law | Leahy Laws | Leahy laws | Leahy law
  African Growth and Opportunity Act | AGOA
  Countering America's Adversaries Through Sanctions Act | CAATSA
  International Emergency Economic Powers Act | IEEPA
  National Emergencies Act
  Trafficking Victims Protection Act | TVPA
  International Religious Freedom Act | IRFA
  Uyghur Forced Labor Prevention Act | UFLPA
  Hong Kong Human Rights and Democracy Act
  Hong Kong Autonomy Act
  Tibetan Policy and Support Act
  Caesar Syria Civilian Protection Act | Caesar Act
  Cuban Liberty and Democratic Solidarity Act | Helms-Burton Act | LIBERTAD Act
  Iran Sanctions Act
  Foreign Narcotics Kingpin Designation Act | Kingpin Act
  Fentanyl Sanctions Act
  Child Soldiers Prevention Act | CSPA
  Elie Wiesel Genocide and Atrocities Prevention Act | Elie Wiesel Act
  Global Fragility Act | GFA
  Women, Peace, and Security Act | Women, Peace and Security Act
  Northern Triangle Enhanced Engagement Act
  Alien Enemies Act
  Department of State, Foreign Operations, and Related Programs Appropriations Act | SFOPS
  Foreign Corrupt Practices Act | FCPA
  CHIPS and Science Act | CHIPS Act
  National Defense Authorization Act | NDAA
  USA PATRIOT Act | PATRIOT Act | Patriot Act
  Foreign Agents Registration Act | FARA
  Americans with Disabilities Act | ADA
  National Security Strategy | NSS
  National Defense Strategy | NDS
  Indo-Pacific Strategy
  Country Reports on Human Rights Practices | Human Rights Report
  Trafficking in Persons Report | TIP Report
  International Religious Freedom Report | IRF Report
  Country Reports on Terrorism
  International Narcotics Control Strategy Report | INCSR
  UN Security Council Resolution 242 | UNSCR 242 | UNSC Resolution 242 | Resolution 242
  UN Security Council Resolution 338 | UNSCR 338 | UNSC Resolution 338 | Resolution 338
  UN Security Council Resolution 1244 | UNSCR 1244 | UNSC Resolution 1244 | Resolution 1244
  UN Security Council Resolution 1267 | UNSCR 1267 | UNSC Resolution 1267 | Resolution 1267
  UN Security Council Resolution 1325 | UNSCR 1325 | UNSC Resolution 1325 | Resolution 1325
  UN Security Council Resolution 1373 | UNSCR 1373 | UNSC Resolution 1373 | Resolution 1373
  UN Security Council Resolution 1540 | UNSCR 1540 | UNSC Resolution 1540 | Resolution 1540
  UN Security Council Resolution 1701 | UNSCR 1701 | UNSC Resolution 1701 | Resolution 1701
  UN Security Council Resolution 1718 | UNSCR 1718 | UNSC Resolution 1718 | Resolution 1718
  UN Security Council Resolution 1874 | UNSCR 1874 | UNSC Resolution 1874 | Resolution 1874
  UN Security Council Resolution 2118 | UNSCR 2118 | UNSC Resolution 2118 | Resolution 2118
  UN Security Council Resolution 2216 | UNSCR 2216 | UNSC Resolution 2216 | Resolution 2216
  UN Security Council Resolution 2231 | UNSCR 2231 | UNSC Resolution 2231 | Resolution 2231
  UN Security Council Resolution 2250 | UNSCR 2250 | UNSC Resolution 2250 | Resolution 2250
  UN Security Council Resolution 2254 | UNSCR 2254 | UNSC Resolution 2254 | Resolution 2254
  UN Security Council Resolution 2334 | UNSCR 2334 | UNSC Resolution 2334 | Resolution 2334
  UN Security Council Resolution 2397 | UNSCR 2397 | UNSC Resolution 2397 | Resolution 2397
  UN Security Council Resolution 2401 | UNSCR 2401 | UNSC Resolution 2401 | Resolution 2401
  UN Security Council Resolution 2417 | UNSCR 2417 | UNSC Resolution 2417 | Resolution 2417
  UN Security Council Resolution 2664 | UNSCR 2664 | UNSC Resolution 2664 | Resolution 2664
  UN Security Council Resolution 2699 | UNSCR 2699 | UNSC Resolution 2699 | Resolution 2699
  UN Security Council Resolution 2712 | UNSCR 2712 | UNSC Resolution 2712 | Resolution 2712
  UN Security Council Resolution 2719 | UNSCR 2719 | UNSC Resolution 2719 | Resolution 2719
  UN Security Council Resolution 2720 | UNSCR 2720 | UNSC Resolution 2720 | Resolution 2720
  UN Security Council Resolution 2728 | UNSCR 2728 | UNSC Resolution 2728 | Resolution 2728
  UN Security Council Resolution 2735 | UNSCR 2735 | UNSC Resolution 2735 | Resolution 2735
  UN Security Council Resolution 2793 | UNSCR 2793 | UNSC Resolution 2793 | Resolution 2793
  UN Security Council Resolution 2803 | UNSCR 2803 | UNSC Resolution 2803 | Resolution 2803
  UN General Assembly Resolution 2758 | UNGA Resolution 2758 | General Assembly Resolution 2758 | Resolution 2758
  UN General Assembly Resolution ES-11/1 | UNGA Resolution ES-11/1 | Resolution ES-11/1
`);
