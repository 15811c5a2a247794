// Organizations (guide type `organization`): international bodies, U.S. and foreign government bodies,
// named forums, dialogues, partnerships, programs and recurring events, designated armed / terrorist /
// criminal groups, companies and media. Acronyms are separate surface forms (match them case-sensitively).
// Generic bodies ("Ministry of Foreign Affairs of X", "U.S.-X Strategic Dialogue") are left to ORG_HEAD_NOUNS.
import { organizations } from './parse';
import type { Organization } from './types';

const INTERNATIONAL: readonly Organization[] = organizations(`
  United Nations; UN | U.N.; intl
  United Nations Security Council | UN Security Council | U.N. Security Council | Security Council; UNSC; intl
  United Nations General Assembly | UN General Assembly | U.N. General Assembly | General Assembly; UNGA; intl
  United Nations Secretariat | UN Secretariat | U.N. Secretariat; ; intl
  Economic and Social Council | UN Economic and Social Council | United Nations Economic and Social Council; ECOSOC; intl
  Human Rights Council | UN Human Rights Council | U.N. Human Rights Council | United Nations Human Rights Council; HRC | UNHRC; intl
  International Court of Justice | World Court; ICJ; intl
  International Criminal Court; ICC; intl
  United Nations Children's Fund | UN Children's Fund; UNICEF; intl
  United Nations High Commissioner for Refugees | UN Refugee Agency | UN High Commissioner for Refugees | Office of the United Nations High Commissioner for Refugees; UNHCR; intl
  World Food Programme | World Food Program | UN World Food Programme | UN World Food Program | United Nations World Food Programme; WFP; intl
  World Health Organization; WHO; intl
  Pan American Health Organization; PAHO; intl
  International Atomic Energy Agency; IAEA; intl
  United Nations Educational, Scientific and Cultural Organization | UN Educational, Scientific and Cultural Organization; UNESCO; intl
  International Labour Organization | International Labor Organization; ILO; intl
  International Maritime Organization; IMO; intl
  International Civil Aviation Organization; ICAO; intl
  International Telecommunication Union; ITU; intl
  Universal Postal Union; UPU; intl
  Food and Agriculture Organization | UN Food and Agriculture Organization | Food and Agriculture Organization of the United Nations; FAO; intl
  International Fund for Agricultural Development; IFAD; intl
  United Nations Population Fund | UN Population Fund; UNFPA; intl
  United Nations Relief and Works Agency for Palestine Refugees in the Near East | UN Relief and Works Agency; UNRWA; intl
  UN Office for the Coordination of Humanitarian Affairs | United Nations Office for the Coordination of Humanitarian Affairs | Office for the Coordination of Humanitarian Affairs; OCHA | UNOCHA; intl
  Office of the United Nations High Commissioner for Human Rights | Office of the High Commissioner for Human Rights | UN Human Rights Office | UN Human Rights; OHCHR; intl
  UN Women | United Nations Entity for Gender Equality and the Empowerment of Women; ; intl
  United Nations Environment Programme | UN Environment Programme | UN Environment; UNEP; intl
  United Nations Office on Drugs and Crime | UN Office on Drugs and Crime; UNODC; intl
  Commission on the Status of Women; CSW; intl
  Commission on Narcotic Drugs; CND; intl
  Conference on Disarmament; ; intl
  International Organization for Migration | UN Migration Agency; IOM; intl
  Intergovernmental Panel on Climate Change; IPCC; intl
  International, Impartial and Independent Mechanism; IIIM; intl
  Independent Investigative Mechanism for Myanmar; IIMM; intl
  United Nations Interim Force in Lebanon | UN Interim Force in Lebanon; UNIFIL; intl
  United Nations Organization Stabilization Mission in the Democratic Republic of the Congo; MONUSCO; intl
  United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic; MINUSCA; intl
  United Nations Mission in South Sudan; UNMISS; intl
  United Nations Support Mission in Libya | UN Support Mission in Libya; UNSMIL; intl
  United Nations Assistance Mission in Afghanistan | UN Assistance Mission in Afghanistan; UNAMA; intl
  United Nations Assistance Mission for Iraq; UNAMI; intl
  World Bank | World Bank Group; ; intl
  International Finance Corporation; IFC; intl
  International Monetary Fund; IMF; intl
  World Trade Organization; WTO; intl
  Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development | Organization for Economic Co-operation and Development; OECD; intl
  Inter-American Development Bank | IDB Group; IDB | IADB; intl
  Asian Development Bank; ADB; intl
  African Development Bank; AfDB; intl
  European Bank for Reconstruction and Development; EBRD; intl
  European Investment Bank; EIB; intl
  Islamic Development Bank; IsDB; intl
  Financial Action Task Force; FATF; intl
  North Atlantic Treaty Organization | North Atlantic Alliance; NATO; intl
  North Atlantic Council; NAC; intl
  NATO Summit | NATO Leaders Summit; ; intl
  European Union; EU | E.U.; intl
  European Commission; ; intl
  European Parliament; ; intl
  European Council; ; intl
  Council of the European Union | Council of the EU | EU Council; ; intl
  European External Action Service; EEAS; intl
  Europol; ; intl
  Eurojust; ; intl
  Organization for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe; OSCE; intl
  OSCE Minsk Group | Minsk Group; ; intl
  Office for Democratic Institutions and Human Rights; ODIHR; intl
  Council of Europe; CoE; intl
  G7 | Group of Seven; G-7; intl
  G20 | Group of Twenty; G-20; intl
  G8 | Group of Eight; G-8; intl
  G7 Summit | G7 Leaders' Summit | G7 Leaders Summit; ; intl
  G20 Summit | G20 Leaders' Summit | G20 Leaders Summit; ; intl
  Association of Southeast Asian Nations; ASEAN; intl
  ASEAN Regional Forum; ARF; intl
  East Asia Summit; EAS; intl
  ASEAN Summit; ; intl
  Asia-Pacific Economic Cooperation; APEC; intl
  African Union; AU; intl
  African Union Commission; AUC; intl
  AU Peace and Security Council | African Union Peace and Security Council; ; intl
  Economic Community of West African States; ECOWAS; intl
  Southern African Development Community; SADC; intl
  Intergovernmental Authority on Development; IGAD; intl
  African Continental Free Trade Area; AfCFTA; intl
  G5 Sahel; ; intl
  Organization of American States; OAS; intl
  Caribbean Community; CARICOM; intl
  Central American Integration System; SICA; intl
  Summit of the Americas; ; intl
  Regional Conference on Migration; RCM; intl
  Pacific Islands Forum; PIF; intl
  Pacific Community; SPC; intl
  Quad | Quadrilateral Security Dialogue; ; intl
  AUKUS; ; intl
  Negev Forum; ; intl
  League of Arab States | Arab League; ; intl
  Gulf Cooperation Council | Cooperation Council for the Arab States of the Gulf; GCC; intl
  Organization of Islamic Cooperation | Organisation of Islamic Cooperation; OIC; intl
  Commonwealth of Independent States; CIS; intl
  Organization of the Petroleum Exporting Countries; OPEC; intl
  OPEC+ | OPEC Plus; ; intl
  International Energy Agency; IEA; intl
  International Criminal Police Organization; INTERPOL | Interpol; intl
  International Committee of the Red Cross | Red Cross; ICRC; intl
  Global Fund to Fight AIDS, Tuberculosis and Malaria | Global Fund; ; intl
  Gavi, the Vaccine Alliance | Gavi; GAVI; intl
  Global Health Security Agenda; GHSA; intl
  Green Climate Fund; GCF; intl
  Australia Group; ; intl
  Proliferation Security Initiative; PSI; intl
  Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO Preparatory Commission; CTBTO; intl
  Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons; OPCW; intl
  Global Coalition to Defeat ISIS | Global Coalition to Defeat Da'esh | Global Coalition Against Daesh | Defeat-ISIS Coalition | Global Coalition Against Da'esh; D-ISIS Coalition; intl
  Global Counterterrorism Forum; GCTF; intl
  C5+1; ; intl
  B5+1; ; intl
  Minerals Security Partnership | Mineral Security Partnership | Minerals Security Partnership Forum | MSP Forum; MSP; intl
  Partnership for Global Infrastructure and Investment; PGI; intl
  Three Seas Initiative | Three Seas; 3SI; intl
  Belt and Road Initiative | One Belt, One Road | Belt and Road; BRI | OBOR; intl
  Mekong-U.S. Partnership | Mekong-US Partnership; MUSP; intl
  Friends of the Mekong; ; intl
  Freedom Online Coalition; FOC; intl
  Open Government Partnership; OGP; intl
  Summit for Democracy; ; intl
  International Religious Freedom or Belief Alliance | International Religious Freedom Alliance; IRFBA; intl
  International Holocaust Remembrance Alliance; IHRA; intl
  Clean Energy Ministerial; CEM; intl
  UN Climate Change Conference | Conference of the Parties | COP26 | COP27 | COP28 | COP29 | COP30 | COP31; COP; intl
  Our Ocean Conference; ; intl
  Arctic Council; ; intl
  Berlin Process; ; intl
  Bucharest Nine; B9; intl
  Coalition of the Willing; ; intl
  Board of Peace; ; intl
  International Stabilization Force; ISF; intl
  Multinational Security Support Mission | Multinational Security Support mission; MSS; intl
  Troika | Sudan Troika; ; intl
  Munich Security Conference; MSC; intl
  World Economic Forum; WEF; intl
  Shangri-La Dialogue; ; intl
  FIFA World Cup | World Cup | FIFA World Cup 2026; ; intl
  Olympic Games | Olympics | Paralympic Games | Paralympics | LA28; ; intl
  Mekong River Commission; MRC; intl
  Media Freedom Coalition; ; intl
  U.S.-EU Trade and Technology Council | Trade and Technology Council; TTC; intl
  U.S.-EU Energy Council; ; intl
  NPT Review Conference; RevCon; intl
  P5+1 | E3+3; ; intl
  E3; ; intl
  P5; ; intl
  Six-Party Talks; ; intl
  Strategic Stability Dialogue; ; intl
  Partnership for Peace; ; intl
  International Security Assistance Force; ISAF; intl
  Resolute Support Mission | Resolute Support; ; intl
  Ministerial to Advance Religious Freedom; ; intl
`);

const US: readonly Organization[] = organizations(`
  U.S. Government | United States Government | US Government; USG; us
  Trump Administration; ; us
  Biden Administration | Biden-Harris Administration; ; us
  White House; ; us
  National Security Council; NSC; us
  Office of Management and Budget; OMB; us
  Office of the U.S. Trade Representative | Office of the United States Trade Representative; USTR; us
  U.S. Department of State | Department of State | State Department | U.S. State Department | United States Department of State | US Department of State; DOS; us
  U.S. Department of Defense | Department of Defense | Defense Department | United States Department of Defense | U.S. Department of War | Department of War | War Department; DoD | DOD | DoW; us
  U.S. Department of the Treasury | Department of the Treasury | Treasury Department | U.S. Treasury | Treasury | U.S. Treasury Department; ; us
  U.S. Department of Commerce | Department of Commerce | Commerce Department; DOC; us
  U.S. Department of Homeland Security | Department of Homeland Security; DHS; us
  U.S. Department of Justice | Department of Justice | Justice Department; DOJ; us
  U.S. Department of Energy | Department of Energy | Energy Department; DOE; us
  U.S. Department of Agriculture | Department of Agriculture | Agriculture Department; USDA; us
  U.S. Department of the Interior | Department of the Interior | Interior Department; DOI; us
  U.S. Department of Labor | Department of Labor | Labor Department; DOL; us
  U.S. Department of Health and Human Services | Department of Health and Human Services; HHS; us
  U.S. Department of Transportation | Department of Transportation; DOT; us
  U.S. Congress | Congress | United States Congress; ; us
  U.S. Senate | Senate | United States Senate; ; us
  U.S. House of Representatives | House of Representatives; ; us
  Senate Foreign Relations Committee | Senate Committee on Foreign Relations; SFRC; us
  House Foreign Affairs Committee | House Committee on Foreign Affairs; HFAC; us
  Senate Armed Services Committee; SASC; us
  U.S. Commission on International Religious Freedom | United States Commission on International Religious Freedom; USCIRF; us
  Commission on Security and Cooperation in Europe | Helsinki Commission | U.S. Helsinki Commission; ; us
  U.S. Supreme Court | Supreme Court of the United States; ; us
  Federal Register; ; us
  Office of the Director of National Intelligence; ODNI; us
  Central Intelligence Agency; CIA; us
  National Security Agency; NSA; us
  Federal Bureau of Investigation; FBI; us
  Drug Enforcement Administration | U.S. Drug Enforcement Administration; DEA; us
  U.S. Customs and Border Protection | Customs and Border Protection; CBP; us
  U.S. Immigration and Customs Enforcement | Immigration and Customs Enforcement; ICE; us
  U.S. Citizenship and Immigration Services; USCIS; us
  Cybersecurity and Infrastructure Security Agency; CISA; us
  U.S. Secret Service | Secret Service; USSS; us
  U.S. Coast Guard | Coast Guard | United States Coast Guard; USCG; us
  Office of Foreign Assets Control; OFAC; us
  Financial Crimes Enforcement Network; FinCEN; us
  Bureau of Industry and Security; BIS; us
  U.S. Commercial Service | U.S. and Foreign Commercial Service | U.S. Foreign Commercial Service; ; us
  National Oceanic and Atmospheric Administration; NOAA; us
  U.S. Centers for Disease Control and Prevention | Centers for Disease Control and Prevention; CDC; us
  Food and Drug Administration | U.S. Food and Drug Administration; FDA; us
  Foreign Agricultural Service; FAS; us
  U.S. Agency for International Development | United States Agency for International Development | Agency for International Development; USAID; us
  U.S. International Development Finance Corporation | International Development Finance Corporation | Development Finance Corporation | United States International Development Finance Corporation; DFC; us
  Export-Import Bank of the United States | Export-Import Bank | U.S. Export-Import Bank; EXIM | Ex-Im | EXIM Bank; us
  Millennium Challenge Corporation; MCC; us
  Peace Corps; ; us
  U.S. Trade and Development Agency; USTDA; us
  Voice of America; VOA; us
  Radio Free Europe/Radio Liberty | Radio Free Europe; RFE/RL; us
  Radio Free Asia; RFA; us
  U.S. Institute of Peace | United States Institute of Peace; USIP; us
  National Aeronautics and Space Administration; NASA; us
  Environmental Protection Agency; EPA; us
  Federal Aviation Administration; FAA; us
  U.S. Army | United States Army | Army; ; us
  U.S. Navy | United States Navy | Navy; ; us
  U.S. Air Force | United States Air Force | Air Force; USAF; us
  U.S. Marine Corps | United States Marine Corps | Marine Corps; USMC; us
  National Guard | U.S. National Guard; ; us
  Joint Chiefs of Staff; JCS; us
  Joint Staff; ; us
  Office of the Secretary of Defense; OSD; us
  U.S. Indo-Pacific Command | Indo-Pacific Command; INDOPACOM | USINDOPACOM; us
  U.S. Pacific Command | Pacific Command; PACOM | USPACOM; us
  U.S. Central Command | Central Command; CENTCOM | USCENTCOM; us
  U.S. European Command | European Command; EUCOM | USEUCOM; us
  U.S. Africa Command | Africa Command; AFRICOM | USAFRICOM; us
  U.S. Southern Command | Southern Command; SOUTHCOM | USSOUTHCOM; us
  U.S. Cyber Command; CYBERCOM | USCYBERCOM; us
  U.S. Special Operations Command; SOCOM | USSOCOM; us
  U.S. Strategic Command; STRATCOM | USSTRATCOM; us
  U.S. Fifth Fleet | Fifth Fleet | 5th Fleet | U.S. 5th Fleet; ; us
  U.S. Sixth Fleet | Sixth Fleet | 6th Fleet | U.S. 6th Fleet; ; us
  82nd Airborne Division | 82nd Airborne; ; us
  101st Airborne Division | 101st Airborne; ; us
  Defense Security Cooperation Agency; DSCA; us
  Defense Threat Reduction Agency; DTRA; us
  Defense POW/MIA Accounting Agency; DPAA; us
  Office of the Spokesperson; ; us
  Foreign Service | U.S. Foreign Service | Foreign Service of the United States; ; us
  Foreign Service Institute; FSI; us
  Bureau of Consular Affairs | Consular Affairs; ; us
  Bureau of Political-Military Affairs; ; us
  Bureau of Democracy, Human Rights, and Labor | Bureau of Democracy, Human Rights and Labor; DRL; us
  Bureau of International Narcotics and Law Enforcement Affairs; INL; us
  Bureau of Counterterrorism | Bureau of Counterterrorism and Countering Violent Extremism | Office of the Coordinator for Counterterrorism; CT; us
  Bureau of Energy Resources; ENR; us
  Bureau of Population, Refugees, and Migration | Bureau of Population, Refugees and Migration; PRM; us
  Bureau of South and Central Asian Affairs; SCA; us
  Bureau of East Asian and Pacific Affairs; EAP; us
  Bureau of European and Eurasian Affairs; EUR; us
  Bureau of Near Eastern Affairs; NEA; us
  Bureau of African Affairs; AF; us
  Bureau of Western Hemisphere Affairs; WHA; us
  Bureau of International Organization Affairs; IO; us
  Bureau of Arms Control, Verification and Compliance | Bureau of Arms Control, Verification, and Compliance; AVC; us
  Bureau of International Security and Nonproliferation; ISN; us
  Bureau of Intelligence and Research; INR; us
  Bureau of Oceans and International Environmental and Scientific Affairs; OES; us
  Bureau of Economic and Business Affairs; EB; us
  Bureau of Educational and Cultural Affairs; ECA; us
  Bureau of Diplomatic Security | Diplomatic Security; ; us
  Diplomatic Security Service; DSS; us
  Bureau of Overseas Buildings Operations; OBO; us
  Bureau of Global Public Affairs; GPA; us
  Bureau of Public Affairs; ; us
  Bureau of Conflict and Stabilization Operations; CSO; us
  Bureau of Cyberspace and Digital Policy; CDP; us
  Office to Monitor and Combat Trafficking in Persons | TIP Office | Trafficking in Persons Office; ; us
  Office of International Religious Freedom | IRF Office; ; us
  Office of Global Criminal Justice; GCJ; us
  Office of the Legal Adviser; ; us
  Office of the Chief of Protocol | Office of Protocol; ; us
  Office of Foreign Missions; OFM; us
  Office of Sanctions Coordination; ; us
  Global Engagement Center; GEC; us
  U.S. Mission to the United Nations | U.S. Mission to the UN | United States Mission to the United Nations | U.S. Mission to the U.N.; USUN; us
  U.S. Mission to the European Union | U.S. Mission to the EU; USEU; us
  U.S. Mission to ASEAN; ; us
  U.S. Embassy | United States Embassy | American Embassy | US Embassy; ; us
  U.S. Consulate General | U.S. Consulate | United States Consulate General; ; us
  American Institute in Taiwan; AIT; us
  Foreign Press Center; FPC; us
`);

const FOREIGN: readonly Organization[] = organizations(`
  Ministry of Foreign Affairs | Foreign Ministry | Ministry for Foreign Affairs; MFA; foreign
  Kremlin; ; foreign
  State Duma | Duma; ; foreign
  Federal Security Service; FSB; foreign
  Main Intelligence Directorate; GRU; foreign
  United Russia; ; foreign
  Bundestag; ; foreign
  Federal Foreign Office | Auswärtiges Amt; ; foreign
  Foreign, Commonwealth and Development Office | Foreign, Commonwealth & Development Office | Foreign Office; FCDO; foreign
  Knesset; ; foreign
  Israel Defense Forces; IDF; foreign
  Palestinian Authority; PA; foreign
  Palestine Liberation Organization; PLO; foreign
  Chinese Communist Party | Communist Party of China | Chinese Communist Party Central Committee; CCP | CPC; foreign
  Ministry of State Security; MSS; foreign
  Legislative Council; LegCo; foreign
  Armed Forces of the Philippines; AFP; foreign
  Philippine Navy; ; foreign
  Islamic Revolutionary Guard Corps | Revolutionary Guards | Iranian Revolutionary Guard Corps; IRGC; foreign
  IRGC-Qods Force | Qods Force | Quds Force | IRGC Qods Force | Islamic Revolutionary Guard Corps-Qods Force; IRGC-QF; foreign
  State Administration Council; SAC; foreign
  Tatmadaw | Burmese military | Burma military regime; ; foreign
  National Unity Government; NUG; foreign
  Lebanese Armed Forces; LAF; foreign
  Iraqi Security Forces; ISF; foreign
  Kurdistan Regional Government; KRG; foreign
  Syrian Democratic Forces; SDF; foreign
  Sudanese Armed Forces; SAF; foreign
  Sovereign Council | Transitional Sovereignty Council | Sovereignty Council; ; foreign
  High State Council; HSC; foreign
  Presidential Leadership Council; PLC; foreign
  Haitian National Police; HNP; foreign
  Department of Foreign Affairs and Trade; DFAT; foreign
  National Assembly; ; foreign
`);

const GROUPS: readonly Organization[] = organizations(`
  ISIS | Islamic State | Islamic State of Iraq and Syria | Islamic State of Iraq and the Levant | Da'esh | Daesh; ISIL; group
  ISIS-Khorasan | Islamic State Khorasan Province | ISIS-Khorasan Province; ISIS-K | ISKP; group
  ISIS-West Africa | Islamic State-West Africa | Islamic State West Africa Province; ISIS-WA | ISWAP; group
  ISIS-Mozambique; ; group
  al-Qa'ida | al-Qaida | al-Qaeda | Al Qaeda | al Qaeda | Al-Qaida; AQ; group
  al-Qa'ida in the Islamic Maghreb | al-Qaeda in the Islamic Maghreb; AQIM; group
  al-Shabaab | al-Shabab | Al-Shabaab | Harakat al-Shabaab al-Mujahideen; ; group
  Boko Haram; ; group
  Jama'at Nusrat al-Islam wal-Muslimin; JNIM; group
  Hay'at Tahrir al-Sham | Hayat Tahrir al-Sham | al-Nusrah Front | Nusra Front | al-Nusra Front; HTS; group
  Hizballah | Hezbollah | Hizbullah | Lebanese Hizballah; ; group
  Hamas | Harakat al-Muqawama al-Islamiya; ; group
  Palestinian Islamic Jihad; PIJ; group
  Popular Front for the Liberation of Palestine; PFLP; group
  Houthis | Ansarallah | Ansar Allah | Houthi movement | Houthi; ; group
  Kurdistan Workers' Party; PKK; group
  Taliban | Afghan Taliban; ; group
  Tehrik-e-Taliban Pakistan | Tehreek-e-Taliban Pakistan | Pakistani Taliban; TTP; group
  Balochistan Liberation Army | Majeed Brigade; BLA; group
  MS-13 | Mara Salvatrucha | MS13; ; group
  Los Choneros; ; group
  Wagner Group | Wagner | PMC Wagner; ; group
  Russian Imperial Movement; RIM; group
  Rapid Support Forces | Rapid Support Force; RSF; group
  M23 | March 23 Movement | M23/AFC | Alliance Fleuve Congo; ; group
  Syrian National Army; SNA; group
`);

const PROGRAMS: readonly Organization[] = organizations(`
  President's Emergency Plan for AIDS Relief; PEPFAR; program
  Fulbright Program | Fulbright | Fulbright program; ; program
  Foreign Military Sales; FMS; program
  Foreign Military Financing; FMF; program
  Ukraine Security Assistance Initiative; USAI; program
  Global Peace Operations Initiative; GPOI; program
  State Partnership Program; SPP; program
  International Visitor Leadership Program; IVLP; program
  Rewards for Justice | Rewards for Justice Program; RFJ; program
  Narcotics Rewards Program; NRP; program
  Transnational Organized Crime Rewards Program; TOCRP; program
  Young African Leaders Initiative; YALI; program
  Mandela Washington Fellowship; ; program
  Young Southeast Asian Leaders Initiative; YSEALI; program
  Art in Embassies; AIE; program
  Feed the Future; ; program
  Prosper Africa; ; program
  Smart Traveler Enrollment Program; STEP; program
  Visa Waiver Program; VWP; program
  Special Immigrant Visa program | Special Immigrant Visa Program; SIV; program
  U.S. Refugee Admissions Program; USRAP; program
  Temporary Protected Status; TPS; program
  Global Equality Fund; ; program
  Operation Allies Welcome; ; program
  Operation Allies Refuge; ; program
`);

const COMPANIES: readonly Organization[] = organizations(`
  TikTok; ; company
  Gazprom; ; company
  Rostec; ; company
  Sberbank; ; company
  National Iranian Oil Company; NIOC; company
  Bank Melli | Bank Melli Iran; ; company
  Boeing; ; company
  NuScale | NuScale Power; ; company
  Associated Press; AP; company
  Reuters; ; company
  Agence France-Presse; AFP; company
  BBC | British Broadcasting Corporation; ; company
  CNN; ; company
  Fox News; ; company
  CBS News | CBS; ; company
  NBC News | NBC; ; company
  ABC News; ; company
  NPR | National Public Radio; ; company
  New York Times; ; company
  Washington Post; ; company
  Wall Street Journal; ; company
  Bloomberg; ; company
  Politico; ; company
  Axios; ; company
  Al Jazeera; ; company
  Deutsche Welle; ; company
  TASS; ; company
  Kyodo | Kyodo News; ; company
`);

const NGOS: readonly Organization[] = organizations(`
  Amnesty International; ; ngo
  Human Rights Watch; ; ngo
  Freedom House; ; ngo
  Transparency International; ; ngo
  Reporters Without Borders | Reporters Sans Frontières; ; ngo
  Committee to Protect Journalists; CPJ; ngo
  Catholic Relief Services; CRS; ngo
  National Endowment for Democracy; NED; ngo
  Atlantic Council; ; ngo
  Council on Foreign Relations; CFR; ngo
  U.S. Chamber of Commerce | United States Chamber of Commerce; ; ngo
  American Chamber of Commerce; AmCham; ngo
`);

/** Every organization: international, U.S., foreign, groups, programs and operations, companies and media, NGOs. */
export const ORGANIZATIONS: readonly Organization[] = [...INTERNATIONAL, ...US, ...FOREIGN, ...GROUPS, ...PROGRAMS, ...COMPANIES, ...NGOS];

/** Acronyms deliberately shared by two organizations; context decides (see test). */
export const AMBIGUOUS_ACRONYMS: readonly string[] = ['AFP', 'ISF', 'MSS'];

/** Last words that make a capitalized phrase an organization name when no list entry matches
 *  (company suffixes included: "... Shipping Co. Ltd."). */
export const ORG_HEAD_NOUNS: readonly string[] = [
  'Administration', 'Agency', 'Alliance', 'Army', 'Assembly', 'Association', 'Authority', 'Bank', 'Board', 'Brigade', 'Brigades',
  'Bureau', 'Cabinet', 'Cartel', 'Center', 'Centre', 'Chamber', 'Club', 'Co', 'Coalition', 'Command', 'Commission', 'Committee', 'Company',
  'Conference', 'Congress', 'Consultations', 'Consulate', 'Consulate General', 'Corporation', 'Corps', 'Council', 'Court', 'Delegation', 'Department',
  'Dialogue', 'Directorate', 'Division', 'Embassy', 'Expo', 'Facility', 'Federation', 'Fleet', 'Forces', 'Forum', 'Foundation', 'Front',
  'Fund', 'GmbH', 'Government', 'Group', 'Guard', 'Inc', 'Initiative', 'Institute', 'JSC', 'LLC', 'Ltd', 'Mechanism', 'Meeting', 'Meetings', 'Ministerial', 'Ministry', 'Mission',
  'Movement', 'Navy', 'Network', 'Office', 'Organization', 'Organisation', 'Parliament', 'Partnership', 'Party', 'Platform', 'PLC',
  'Police', 'Program', 'Programme', 'Secretariat', 'Service', 'Society', 'Staff', 'Summit', 'Talks', 'Task Force', 'Tribunal', 'Union',
  'University', 'Working Group',
];

/** First words that make a capitalized phrase an organization ("Operation Southern Spear"). */
export const ORG_PREFIXES: readonly string[] = ['Operation'];
