// Organizations (guide type `organization`): international bodies, U.S. and foreign government bodies,
// named forums, dialogues, partnerships, programs and recurring events, designated armed / terrorist /
// criminal groups, companies and media. Acronyms are separate surface forms (match them case-sensitively);
// one written "*" is the initials of the name's capitalized words ("International Atomic Energy Agency;*" is IAEA).
// A variant "-" is the name less its first word ("U.S. Army|-" is also "Army"; parse.ts).
// Generic bodies ("Ministry of Foreign Affairs of X", "U.S.-X Strategic Dialogue") are left to ORG_HEAD_NOUNS.
// The foreign bodies, groups, programs, companies and NGOs are listed in the order gzip packs smallest (59 bytes gzipped
// less than by country, kind or alphabet): no two rows of a table share a form, even folded to lower case as the
// gazetteer's trie keys them, so the order of a table's rows decides no match (the three acronyms two bodies share,
// AMBIGUOUS_ACRONYMS, are in two tables, whose order in ORGANIZATIONS is kept); the other readers read them as sets.
import { organizations, table } from './parse';
import type { Organization } from './types';

/** International bodies, forums and events: the bodies among them sign as parties do (parties.ts). */
export const INTERNATIONAL_ORGANIZATIONS: readonly Organization[] = organizations(table`
United Nations;*|U.N.
United Nations Security Council|Security Council;*
United Nations General Assembly|General Assembly;*
United Nations Secretariat
Economic and Social Council|UN ~;ECOSOC
Human Rights Council|UN ~;*|UNHRC
International Court of Justice|World Court;*
International Criminal Court;*
United Nations Children's Fund;UNICEF
United Nations High Commissioner for Refugees|UN Refugee Agency|Office of the ~;*
World Food Programme|World Food Program|UN ~|UN World Food Program;*
World Health Organization;*
Africa Centres for Disease Control and Prevention|Africa Centres for Disease Control;Africa CDC
Pan American Health Organization;*
International Atomic Energy Agency;*
United Nations Educational, Scientific and Cultural Organization;*
International Labour Organization|International Labor Organization;*
International Maritime Organization;*
International Civil Aviation Organization;*
International Telecommunication Union;*
Universal Postal Union;*
Food and Agriculture Organization|UN ~|~ of the United Nations;*
International Fund for Agricultural Development;*
United Nations Population Fund;UNFPA
United Nations Relief and Works Agency for Palestine Refugees in the Near East|UN Relief and Works Agency;UNRWA
UN Office for the Coordination of Humanitarian Affairs|-;OCHA|UNOCHA
Office of the United Nations High Commissioner for Human Rights|Office of the High Commissioner for Human Rights|UN Human Rights Office|UN Human Rights;OHCHR
UN Women|United Nations Entity for Gender Equality and the Empowerment of Women
United Nations Environment Programme|UN Environment;*
United Nations Office on Drugs and Crime;*
Commission on the Status of Women;*
Commission on Narcotic Drugs;*
Conference on Disarmament
International Organization for Migration|UN Migration Agency;*
Intergovernmental Panel on Climate Change;*
International, Impartial and Independent Mechanism;*
Independent Investigative Mechanism for Myanmar;*
United Nations Interim Force in Lebanon;UNIFIL
United Nations Organization Stabilization Mission in the Democratic Republic of the Congo;MONUSCO
United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic;MINUSCA
United Nations Mission in South Sudan;UNMISS
United Nations Support Mission in Libya;UNSMIL
United Nations Assistance Mission in Afghanistan;*
United Nations Assistance Mission for Iraq;*
World Bank|~ Group
International Finance Corporation;*
International Monetary Fund;*
World Trade Organization;*
Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|Organization for Economic Co-operation and Development;*
Inter-American Development Bank|IDB Group;IDB|*
Asian Development Bank;*
African Development Bank;AfDB
European Bank for Reconstruction and Development;*
European Investment Bank;*
Islamic Development Bank;IsDB
Financial Action Task Force;*
North Atlantic Treaty Organization|North Atlantic Alliance;*
North Atlantic Council;*
NATO Summit|NATO Leaders Summit
European Union;*|E.U.
European Commission
European Council
Council of the European Union|Council of the EU|EU Council
European External Action Service;*
Europol
Eurojust
Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe;*
OSCE Minsk Group|-
Office for Democratic Institutions and Human Rights;*
Council of Europe;CoE
G7|Group of Seven;G-7
G20|Group of Twenty;G-20
G8|Group of Eight;G-8
G7 Summit|G7 Leaders' Summit|G7 Leaders Summit
Association of Southeast Asian Nations;ASEAN
ASEAN Regional Forum;*
East Asia Summit;*
Asia-Pacific Economic Cooperation;*
African Union;*
African Union Commission;*
AU Peace and Security Council|African Union Peace and Security Council
Economic Community of West African States;ECOWAS
Southern African Development Community;*
Intergovernmental Authority on Development;IGAD
African Continental Free Trade Area;AfCFTA
G5 Sahel
Organization of American States;*
Caribbean Community;CARICOM
Central American Integration System|Central America Integration System;SICA
Summit of the Americas
Regional Conference on Migration;*
Pacific Islands Forum;*
Pacific Community;SPC
Quad|Quadrilateral Security Dialogue
AUKUS
Negev Forum
League of Arab States|Arab League
Gulf Cooperation Council|Cooperation Council for the Arab States of the Gulf;*
Organization of Islamic Cooperation|Organisation of Islamic Cooperation;*
Commonwealth of Independent States;*
Organization of the Petroleum Exporting Countries;*
OPEC+|OPEC Plus
International Energy Agency;*
International Criminal Police Organization;INTERPOL|Interpol
International Committee of the Red Cross|Red Cross;*
Global Fund to Fight AIDS, Tuberculosis and Malaria|Global Fund
Gavi, the Vaccine Alliance|Gavi;GAVI
COVAX|~ Facility
Global Health Security Agenda;*
Green Climate Fund;*
Proliferation Security Initiative;*
Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO Preparatory Commission;CTBTO
Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons;*
Global Coalition to Defeat ISIS|Global Coalition to Defeat Da'esh|Global Coalition Against Daesh|Defeat-ISIS Coalition|Global Coalition Against Da'esh;D-ISIS Coalition
Global Counterterrorism Forum;GCTF
C5+1
B5+1
Minerals Security Partnership|Mineral Security Partnership|~ Forum|MSP Forum;*
Partnership for Global Infrastructure and Investment;PGI
Three Seas Initiative|Three Seas;3SI
Belt and Road Initiative|One Belt, One Road|Belt and Road;*|OBOR
Mekong-U.S. Partnership|Mekong-US Partnership;*
Friends of the Mekong
Friends of Sudan
Freedom Online Coalition;*
Open Government Partnership;*
Summit for Democracy
International Religious Freedom or Belief Alliance|International Religious Freedom Alliance;*
International Holocaust Remembrance Alliance;*
Clean Energy Ministerial;*
UN Climate Change Conference|Conference of the Parties|COP26|COP27|COP28|COP29|COP30|COP31;COP
Our Ocean Conference
Berlin Process
Bucharest Nine;B9
Coalition of the Willing
Board of Peace
International Stabilization Force;*
Multinational Security Support Mission|Multinational Security Support mission;MSS
Troika|Sudan ~
Munich Security Conference;*
World Economic Forum;*
FIFA World Cup|-|~ 2026
Olympic Games|Olympics|Winter Olympics|Winter Olympic Games|Paralympic Games|Paralympics|LA28
Mekong River Commission;*
Media Freedom Coalition
U.S.-EU Trade and Technology Council|-;TTC
U.S.-EU Energy Council
NPT Review Conference;RevCon
P5+1|E3+3
E3
P5
Partnership for Peace
International Security Assistance Force;*
Resolute Support Mission|Resolute Support
Ministerial to Advance Religious Freedom
`);

const US: readonly Organization[] = organizations(table`
101st Airborne Division|101st Airborne
82nd Airborne Division|82nd Airborne
American Institute in Taiwan;*
Biden administration|Biden-Harris administration
Bureau of African Affairs;AF
Bureau of Arms Control, Verification and Compliance|Bureau of Arms Control, Verification, and Compliance;AVC
Bureau of Conflict and Stabilization Operations;CSO
Bureau of Consular Affairs|Consular Affairs
Bureau of Counterterrorism|~ and Countering Violent Extremism|Office of the Coordinator for Counterterrorism;CT
Bureau of Cyberspace and Digital Policy;CDP
Bureau of Democracy, Human Rights, and Labor|Bureau of Democracy, Human Rights and Labor;DRL
Bureau of Diplomatic Security|Diplomatic Security
Bureau of East Asian and Pacific Affairs;EAP
Bureau of Economic and Business Affairs;EB
Bureau of Educational and Cultural Affairs;ECA
Bureau of Energy Resources;ENR
Bureau of European and Eurasian Affairs;EUR
Bureau of Global Public Affairs;GPA
Bureau of Industry and Security;*
Bureau of Intelligence and Research;INR
Bureau of International Narcotics and Law Enforcement Affairs;INL
Bureau of International Organization Affairs;IO
Bureau of International Security and Nonproliferation;ISN
Bureau of Near Eastern Affairs;NEA
Bureau of Oceans and International Environmental and Scientific Affairs;OES
Bureau of Overseas Buildings Operations;OBO
Bureau of Political-Military Affairs
Bureau of Population, Refugees, and Migration|Bureau of Population, Refugees and Migration;PRM
Bureau of Public Affairs
Bureau of South and Central Asian Affairs;SCA
Bureau of Western Hemisphere Affairs;WHA
Central Intelligence Agency;*
Commission on Security and Cooperation in Europe|Helsinki Commission|U.S. Helsinki Commission
Cybersecurity and Infrastructure Security Agency;*
Defense POW/MIA Accounting Agency;*
Defense Security Cooperation Agency;*
Defense Threat Reduction Agency;*
Diplomatic Security Service;*
Drug Enforcement Administration|U.S. ~;*
Environmental Protection Agency;*
Export-Import Bank of the United States|Export-Import Bank|U.S. Export-Import Bank;EXIM|Ex-Im|EXIM Bank
Federal Aviation Administration;*
Federal Bureau of Investigation;*
Federal Register
Financial Crimes Enforcement Network;FinCEN
Food and Drug Administration|U.S. ~;*
Foreign Agricultural Service;*
Foreign Press Center;*
Foreign Service Institute;*
Foreign Service|U.S. ~|~ of the United States
Global Engagement Center;*
House Foreign Affairs Committee|House Committee on Foreign Affairs;*
Joint Chiefs of Staff;*
Millennium Challenge Corporation;*
National Aeronautics and Space Administration;*
National Guard|U.S. ~
National Oceanic and Atmospheric Administration;*
National Security Council;*
Obama administration
Office of Foreign Assets Control;*
Office of Foreign Missions;*
Office of Global Criminal Justice;GCJ
Office of Management and Budget;*
Office of Sanctions Coordination
Office of the Chief of Protocol|Office of Protocol
Office of the Director of National Intelligence;*
Office of the Legal Adviser
Office of the Secretary of Defense;*
Office of the Spokesperson
Office of the U.S. Trade Representative|Office of the United States Trade Representative;USTR
Office to Monitor and Combat Trafficking in Persons|TIP Office|Trafficking in Persons Office
Peace Corps
Radio Free Asia;*
Radio Free Europe/Radio Liberty|Radio Free Europe;RFE/RL
Senate Armed Services Committee;*
Senate Foreign Relations Committee|Senate Committee on Foreign Relations;*
Trump administration
U.S. Africa Command|-;AFRICOM|USAFRICOM
U.S. Agency for International Development|-;*
U.S. Air Force|-;*
U.S. Army|-
U.S. Centers for Disease Control and Prevention|-;CDC
U.S. Central Command|-;CENTCOM|USCENTCOM
U.S. Citizenship and Immigration Services;*
U.S. Coast Guard|-;*
U.S. Commercial Service|U.S. and Foreign Commercial Service|U.S. Foreign Commercial Service
U.S. Commission on International Religious Freedom;*
U.S. Congress|-
U.S. Customs and Border Protection|-;CBP
U.S. Cyber Command;CYBERCOM|USCYBERCOM
U.S. Department of Agriculture|-|Agriculture Department;*
U.S. Department of Commerce|-|Commerce Department;DOC
U.S. Department of Defense|-|Defense Department|U.S. Department of War|Department of War|War Department;DoD|DOD|DoW
U.S. Department of Energy|-|Energy Department;DOE
U.S. Department of Health and Human Services|-;HHS
U.S. Department of Homeland Security|-;DHS
U.S. Department of Justice|-|Justice Department;DOJ
U.S. Department of Labor|-|Labor Department;DOL
U.S. Department of State|-|State Department|U.S. State Department|US Department of State;DOS
U.S. Department of the Interior|-|Interior Department;DOI
U.S. Department of the Treasury|-|Treasury Department|U.S. Treasury|Treasury|U.S. Treasury Department
U.S. Department of Transportation|-;DOT
U.S. Embassy|American Embassy|US Embassy
U.S. European Command|-;EUCOM|USEUCOM
U.S. Fifth Fleet|-|5th Fleet|U.S. 5th Fleet
U.S. Government|US Government;*
U.S. House of Representatives|-
U.S. Immigration and Customs Enforcement|-;ICE
U.S. Indo-Pacific Command|-;INDOPACOM|USINDOPACOM
U.S. Institute of Peace;*
U.S. International Development Finance Corporation|-|Development Finance Corporation;DFC
U.S. Marine Corps|-;*
U.S. Mission to ASEAN
U.S. Mission to the European Union|U.S. Mission to the EU;USEU
U.S. Mission to the United Nations|U.S. Mission to the UN|U.S. Mission to the U.N.;USUN
U.S. Navy|-
U.S. Pacific Command|-;PACOM|USPACOM
U.S. Secret Service|-;*
U.S. Senate|-
U.S. Sixth Fleet|-|6th Fleet|U.S. 6th Fleet
U.S. Southern Command|-;SOUTHCOM|USSOUTHCOM
U.S. Special Operations Command;SOCOM|USSOCOM
U.S. Strategic Command;STRATCOM|USSTRATCOM
U.S. Supreme Court|Supreme Court of the United States
U.S. Trade and Development Agency;*
Voice of America;VOA
White House
`);

/** Foreign governments' bodies, in the order gzip packs smallest. */
const FOREIGN: readonly Organization[] = organizations(table`
United Russia
Knesset
Ministry of Foreign Affairs|Foreign Ministry|Ministry for Foreign Affairs;*
Kremlin
Foreign, Commonwealth and Development Office|Foreign, Commonwealth & Development Office|Foreign Office;*
Federal Foreign Office|Auswärtiges Amt
Federal Security Service;FSB
Lebanese Armed Forces;*
Sudanese Armed Forces;*
Syrian Democratic Forces;*
Iraqi Security Forces;*
Palestinian Authority;*
Palestine Liberation Organization;*
Chinese Communist Party|Communist Party of China|~ Central Committee;*|CPC
Ministry of State Security;*
Bundestag
Armed Forces of the Philippines;*
Islamic Revolutionary Guard Corps|Revolutionary Guards|Iranian Revolutionary Guard Corps;*
IRGC-Qods Force|Qods Force|Quds Force|IRGC Qods Force|Islamic Revolutionary Guard Corps-Qods Force;IRGC-QF
Tatmadaw
Main Intelligence Directorate;GRU
National Unity Government;*
State Duma|-
Kurdistan Regional Government;*
Sovereign Council|Transitional Sovereignty Council|Sovereignty Council
High State Council;*
Legislative Council;LegCo
Israel Defense Forces;*
Presidential Leadership Council;*
Haitian National Police;*
State Administration Council;*
Department of Foreign Affairs and Trade;*
National Assembly
`);

/** Designated groups, in the order gzip packs smallest (no two rows share a form, so their order decides no match). */
const GROUPS: readonly Organization[] = organizations(table`
Asa'ib Ahl al-Haq
al-Qa'ida|al-Qaida|al-Qaeda|al Qaeda;AQ
al-Shabaab|al-Shabab|Harakat ~ al-Mujahideen
Boko Haram
Barrio 18
Balochistan Liberation Army|Majeed Brigade;*
Cartel de Jalisco Nueva Generacion|Jalisco New Generation Cartel;*
Cartel del Noreste;CDN
al-Qa'ida in the Islamic Maghreb|al-Qaeda in the Islamic Maghreb;AQIM
Hamas|Harakat al-Muqawama al-Islamiya
Jama'at Nusrat al-Islam wal-Muslimin;*
Hay'at Tahrir al-Sham|Hayat Tahrir al-Sham|al-Nusrah Front|Nusra Front|al-Nusra Front;*
Kurdistan Workers' Party;PKK
Kata'ib Hizballah
Hizballah|Hezbollah|Hizbullah|Lebanese ~
Houthis|Ansarallah|Ansar Allah|Houthi movement|Houthi
al-Qa'ida in the Arabian Peninsula|al-Qaeda in the Arabian Peninsula;AQAP
ISIS-Khorasan|Islamic State Khorasan Province|~ Province;ISIS-K|ISKP
ISIS-Mozambique
ISIS-West Africa|Islamic State-West Africa|Islamic State West Africa Province;ISIS-WA|ISWAP
ISIS|Islamic State|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Da'esh|Daesh;ISIL
Jaish-e-Mohammed;JeM
Cartel de los Soles
La Nueva Familia Michoacana
Los Choneros
M23|March 23 Movement|~/AFC|Alliance Fleuve Congo
Los Lobos
MS-13|Mara Salvatrucha|MS13
Rapid Support Forces|Rapid Support Force;*
Resistance Front;TRF
Revolutionary Armed Forces of Colombia;FARC
Russian Imperial Movement;*
Syrian National Army;*
Taliban|Afghan ~
Tehrik-e-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Pakistani Taliban;*
Carteles Unidos
Lashkar-e-Tayyiba|Lashkar-e-Taiba;LeT
Tren de Aragua;TdA
Wagner Group|Wagner|PMC Wagner
Popular Front for the Liberation of Palestine;*
Palestinian Islamic Jihad;*
`);

/** Programs and operations, in the order gzip packs smallest as the groups are. */
const PROGRAMS: readonly Organization[] = organizations(table`
Art in Embassies;AIE
Fulbright Program|Fulbright|Fulbright program
Special Immigrant Visa program;*
Foreign Military Financing;*
Feed the Future
State Partnership Program;*
Foreign Military Sales;*
Temporary Protected Status;*
Global Peace Operations Initiative;*
Indo-Pacific Economic Framework for Prosperity|Indo-Pacific Economic Framework;IPEF
Mandela Washington Fellowship
Narcotics Rewards Program;*
Operation Allies Refuge
President's Emergency Plan for AIDS Relief;PEPFAR
President's Emergency Plan for Adaptation and Resilience;PREPARE
Prosper Africa
Smart Traveler Enrollment Program;*
International Visitor Leadership Program;*
Operation Allies Welcome
Transnational Organized Crime Rewards Program;*
Rewards for Justice|~ program;RFJ
U.S. Refugee Admissions Program;*
Visa Waiver Program;*
Ukraine Security Assistance Initiative;*
Young African Leaders Initiative;*
Young Southeast Asian Leaders Initiative;YSEALI
`);

/** Companies and media, in the order gzip packs smallest. */
const COMPANIES: readonly Organization[] = organizations(table`
Axios
Gazprom
TASS
TikTok
WhatsApp
Twitter
Microsoft
Telegram
Google
Pfizer
Moderna
Johnson & Johnson
YouTube
Instagram
Rostec
National Iranian Oil Company;*
Deutsche Welle
Bank Melli|~ Iran
NuScale|~ Power
Associated Press;*
Reuters
Agence France-Presse;*
Boeing
BBC|British Broadcasting Corporation
Kyodo|~ News
CNN
Fox News
CBS News|CBS
NBC News|NBC
ABC News
New York Times
Washington Post
Sberbank
Facebook
Wall Street Journal
NPR|National Public Radio
Bloomberg
Politico
Al Jazeera
Apple Daily
`);

/** Non-governmental organizations, in the order gzip packs smallest. */
const NGOS: readonly Organization[] = organizations(table`
Reporters Without Borders|Reporters Sans Frontières
Human Rights Watch
National Endowment for Democracy;*
Transparency International
Committee to Protect Journalists;*
Council on Foreign Relations;*
Amnesty International
Catholic Relief Services;*
U.S. Chamber of Commerce
American Chamber of Commerce;AmCham
Freedom House
`);

/** Every organization: international, U.S., foreign, groups, programs and operations, companies and media, NGOs. */
export const ORGANIZATIONS: readonly Organization[] = [...INTERNATIONAL_ORGANIZATIONS, ...US, ...FOREIGN, ...GROUPS, ...PROGRAMS, ...COMPANIES, ...NGOS];

/** Acronyms deliberately shared by two organizations; context decides (see test). */
export const AMBIGUOUS_ACRONYMS: readonly string[] = ['AFP', 'ISF', 'MSS'];

/**
 * A company's legal form, written after its name ("... Shipping Co. Ltd.", "Acme Builders, LLP"): the name ends there.
 * Read only as sets and among the head nouns below: in the order gzip packs smallest, as they are.
 */
export const COMPANY_SUFFIXES: readonly string[] = 'Corp|Co|GmbH|Inc|JSC|LLC|LLP|PLC|Ltd|Pte'.split('|');

/**
 * Last words that make a capitalized phrase an organization name when no list entry matches (company suffixes included).
 * Read only as sets and a trie whose every value is "organization". Not "Senate" (it joins "House and Senate" into one
 * name) nor "Times" ("in Times of Crisis").
 */
export const ORG_HEAD_NOUNS: readonly string[] = [
  ...(
    'College|Federation|University|Government|Union|Unit|Task Force|Talks|Summit|Staff|Service|Secretariat|' +
    'Ministerial|Council|School|Tribunal|Working Group|Program|Group|Platform|Party|Partnership|Meeting|Meetings|' +
    'Society|Parliament|Organization|Agency|Office|Navy|Ministry|Administration|Programme|Bank|League|Initiative|' +
    'Guard|Front|Foundation|Organisation|Dialogue|Forum|Fleet|Corporation|Facility|Expo|Exchange|Coalition|Embassy|' +
    'Mission|Congress|Division|Police|Department|Delegation|Fund|Court|Corps|Mechanism|Forces|Consulate|' +
    'Consultations|Conference|Confederation|Company|Commission|Command|Club|Chamber|Institute|Centre|Center|' +
    'Network|Cartel|Consulate General|Cabinet|Bureau|Brigades|Brigade|Army|Board|Authority|Association|Assembly|' +
    'Committee|Directorate|Alliance|Movement|Academy|Trust|Games|Olympics|Paralympics|Festival|Fair|Journal|Hospital|Museum|Institution|Observatory|Team|Panel|Caucus'
  ).split('|'),
  ...COMPANY_SUFFIXES,
];

/** First words that make a capitalized phrase an organization ("Operation Southern Spear"): in lower case, as PLACE_PREFIXES. */
export const ORG_PREFIXES: readonly string[] = ['operation'];
