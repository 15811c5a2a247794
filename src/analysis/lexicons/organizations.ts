// Organizations (guide type `organization`): international bodies, U.S. and foreign government bodies,
// named forums, dialogues, partnerships, programs and recurring events, designated armed / terrorist /
// criminal groups, companies and media. Acronyms are separate surface forms (match them case-sensitively);
// one written "*" is the initials of the name's capitalized words ("International Atomic Energy Agency;*" is IAEA).
// A variant "-" is the name less its first word ("U.S. Army|-" is also "Army"; parse.ts).
// Generic bodies ("Ministry of Foreign Affairs of X", "U.S.-X Strategic Dialogue") are left to ORG_HEAD_NOUNS, and so
// is a name they find alike in every context with no acronym or other form to bring ("Wall Street Journal": shapes.test.ts).
// Every table lists its rows in the order gzip packs smallest (259 bytes gzipped less than by country, kind or
// alphabet): no two rows of a table share a form, even folded to lower case as the
// gazetteer's trie keys them, so the order of a table's rows decides no match (the three acronyms two bodies share,
// AMBIGUOUS_ACRONYMS, are in two tables, whose order in ORGANIZATIONS is kept); the other readers read them as sets.
import { organizations, table } from './parse';
import type { Organization } from './types';

/** International bodies, forums and events: the bodies among them sign as parties do (parties.ts). In the order gzip packs smallest. */
export const INTERNATIONAL_ORGANIZATIONS: readonly Organization[] = organizations(table`
United Nations Peacekeeping Force in Cyprus;UNFICYP
United Nations Population Fund;UNFPA
Green Climate Fund;*
Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe;*
United Nations Security Council|Security Council;*
United Nations Secretariat
North Atlantic Council;*
Commonwealth of Independent States;*
United Nations;*|U.N.
Economic Community of West African States;ECOWAS
International Criminal Court;*
United Nations Children's Fund;UNICEF
International Court of Justice|World Court;*
World Trade Organization;*
United Nations Interim Security Force for Abyei;*
World Intellectual Property Organization;*
World Health Organization;*
Organization of American States;*
United Nations Organization Stabilization Mission in the Democratic Republic of the Congo;MONUSCO
United Nations Assistance Mission in Somalia;UNSOM
United Nations Support Mission in Libya;UNSMIL
United Nations Assistance Mission in Afghanistan;*
United Nations Mission in South Sudan;UNMISS
International Criminal Police Organization;Interpol
Pan American Health Organization;*
International Atomic Energy Agency;*
International Maritime Organization;*
United Nations Interim Administration Mission in Kosovo;UNMIK
International Civil Aviation Organization;*
United Nations Integrated Transition Assistance Mission in Sudan;*
Intergovernmental Panel on Climate Change;*
Universal Postal Union;*
Commission on Narcotic Drugs;*
UN Climate Change Conference|Conference of the Parties|COP26|COP27|COP28|COP29|COP30|COP31;COP
Joint United Nations Programme on HIV/AIDS;UNAIDS
United Nations High Commissioner for Refugees|UN Refugee Agency|Office of the ~;*
UN Office for the Coordination of Humanitarian Affairs|-;OCHA|UNOCHA
Office of the United Nations High Commissioner for Human Rights|Office of the High Commissioner for Human Rights|UN Human Rights Office|UN Human Rights;OHCHR
Clean Energy Ministerial;*
United Nations Environment Programme|UN Environment;*
World Food Programme|World Food Program|UN ~|UN World Food Program;*
International Fund for Agricultural Development;*
African Continental Free Trade Area;AfCFTA
Economic and Social Council|UN ~;ECOSOC
Association of Southeast Asian Nations;ASEAN
Food and Agriculture Organization|UN ~|~ of the United Nations;*
International Organization for Migration|UN Migration Agency;*
International, Impartial and Independent Mechanism;*
United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic;MINUSCA
Africa Centres for Disease Control and Prevention|Africa Centres for Disease Control;Africa CDC
ASEAN Regional Forum;*
United Nations Industrial Development Organization;*
United Nations Interim Force in Lebanon;UNIFIL
United Nations Assistance Mission for Iraq;*
International Finance Corporation;*
United Nations Development Programme|United Nations Development Program;*
International Monetary Fund;*
Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|Organization for Economic Co-operation and Development;*
Inter-American Development Bank|IDB Group;IDB|*
World Bank|~ Group
Coalition for Epidemic Preparedness Innovations;CEPI
Conference on Disarmament
Asian Development Bank;*
African Development Bank;AfDB
European Investment Bank;*
African Union;*
Islamic Development Bank;IsDB
European Bank for Reconstruction and Development;*
North Atlantic Treaty Organization|North Atlantic Alliance;*
International Holocaust Remembrance Alliance;*
European Union;*|E.U.
Asia-Pacific Economic Cooperation;*
African Union Commission;*
AU Peace and Security Council|African Union Peace and Security Council
European Council
European External Action Service;*
Council of the European Union|Council of the EU|EU Council
Eurojust
OSCE Minsk Group|-
FIFA World Cup|-|~ 2026
Office for Democratic Institutions and Human Rights;*
Council of Europe;CoE
G8|Group of Eight;G-8
League of Arab States|Arab League
G20|Group of Twenty;G-20
East Asia Summit;*
G7 Summit|G7 Leaders' Summit|G7 Leaders Summit
Summit for Democracy
NATO Summit|NATO Leaders Summit
Summit of the Americas
Southern African Development Community;*
Intergovernmental Authority on Development;IGAD
Caribbean Community;CARICOM
Regional Conference on Migration;*
United Nations Educational, Scientific and Cultural Organization;*
World Economic Forum;*
Pacific Islands Forum;*
Pacific Community;SPC
Independent Investigative Mechanism for Myanmar;*
International Telecommunication Union;*
Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO Preparatory Commission;CTBTO
Human Rights Council|UN ~;*|UNHRC
Financial Action Task Force;*
Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons;*
Our Ocean Conference
AUKUS
Negev Forum
Gulf Cooperation Council|Cooperation Council for the Arab States of the Gulf;*
Commission on the Status of Women;*
Organization of Islamic Cooperation|Organisation of Islamic Cooperation;*
United Nations General Assembly|General Assembly;*
United Nations Relief and Works Agency for Palestine Refugees in the Near East|UN Relief and Works Agency;UNRWA
International Energy Agency;*
International Committee of the Red Cross|Red Cross;*
International Labour Organization|International Labor Organization;*
United Nations Office on Drugs and Crime;*
Global Fund to Fight AIDS, Tuberculosis and Malaria|Global Fund
Partnership for Global Infrastructure and Investment;PGI
Berlin Process
Resolute Support Mission|Resolute Support
Proliferation Security Initiative;*
UN Women|United Nations Entity for Gender Equality and the Empowerment of Women
OPEC+|OPEC Plus
Organization of the Petroleum Exporting Countries;*
Global Health Security Agenda;*
Global Counterterrorism Forum;GCTF
C5+1
B5+1
Minerals Security Partnership|Mineral Security Partnership|~ Forum|MSP Forum;*
United Nations Conference on Trade and Development;UNCTAD
COVAX|~ Facility
Quad|Quadrilateral Security Dialogue
G5 Sahel
Three Seas Initiative|Three Seas;3SI
Belt and Road Initiative|One Belt, One Road|Belt and Road;*|OBOR
United Nations Multidimensional Integrated Stabilization Mission in Mali;MINUSMA
United Nations Mission for the Referendum in Western Sahara;MINURSO
Mekong-U.S. Partnership|Mekong-US Partnership;*
Global Coalition to Defeat ISIS|Global Coalition to Defeat Da'esh|Global Coalition Against Daesh|Defeat-ISIS Coalition|Global Coalition Against Da'esh;D-ISIS Coalition
Friends of the Mekong
Media Freedom Coalition
Freedom Online Coalition;*
Gavi, the Vaccine Alliance|Gavi;GAVI
Open Government Partnership;*
G7|Group of Seven;G-7
Central American Integration System|Central America Integration System;SICA
International Religious Freedom or Belief Alliance|International Religious Freedom Alliance;*
Europol
Bucharest Nine;B9
Normandy Format
Coalition of the Willing
Board of Peace
International Stabilization Force;*
Troika|Sudan ~
Munich Security Conference;*
NPT Review Conference;RevCon
Friends of Sudan
Olympic Games|Olympics|Winter Olympics|Winter Olympic Games|Paralympic Games|Paralympics|LA28
Mekong River Commission;*
U.S.-EU Energy Council
European Commission
U.S.-EU Trade and Technology Council|-;TTC
United Nations Disengagement Observer Force;*
E3
P5+1|E3+3
P5
Partnership for Peace
International Security Assistance Force;*
Ministerial to Advance Religious Freedom
Multinational Security Support Mission|Multinational Security Support mission;MSS
World Meteorological Organization;*
United Nations Integrated Office in Haiti;BINUH
`);

/** U.S. government bodies, in the order gzip packs smallest. */
const US: readonly Organization[] = organizations(table`
Radio Free Asia;*
U.S. Trade and Development Agency;*
Millennium Challenge Corporation;*
Obama administration
Biden administration|Biden-Harris administration
Bureau of Arms Control, Verification and Compliance|Bureau of Arms Control, Verification, and Compliance;AVC
Financial Crimes Enforcement Network;FinCEN
Bureau of International Security and Nonproliferation;ISN
Bureau of Consular Affairs|Consular Affairs
Bureau of Cyberspace and Digital Policy;CDP
Bureau of Diplomatic Security|Diplomatic Security
Diplomatic Security Service;*
Bureau of Educational and Cultural Affairs;ECA
Bureau of East Asian and Pacific Affairs;EAP
Bureau of Energy Resources;ENR
Bureau of Intelligence and Research;INR
Bureau of European and Eurasian Affairs;EUR
Bureau of Industry and Security;*
Bureau of Democracy, Human Rights, and Labor|Bureau of Democracy, Human Rights and Labor;DRL
Bureau of Conflict and Stabilization Operations;CSO
Bureau of International Organization Affairs;IO
Bureau of International Narcotics and Law Enforcement Affairs;INL
Bureau of Oceans and International Environmental and Scientific Affairs;OES
Bureau of Overseas Buildings Operations;OBO
Bureau of Population, Refugees, and Migration|Bureau of Population, Refugees and Migration;PRM
Bureau of Political-Military Affairs
Bureau of Public Affairs
Bureau of Global Public Affairs;GPA
Bureau of South and Central Asian Affairs;SCA
Central Intelligence Agency;*
Cybersecurity and Infrastructure Security Agency;*
Defense Security Cooperation Agency;*
Defense POW/MIA Accounting Agency;*
Drug Enforcement Administration|U.S. ~;*
Federal Aviation Administration;*
National Aeronautics and Space Administration;*
Foreign Service|U.S. ~|~ of the United States
Export-Import Bank of the United States|Export-Import Bank|U.S. Export-Import Bank;EXIM|Ex-Im|EXIM Bank
Food and Drug Administration|U.S. ~;*
Federal Bureau of Investigation;*
Foreign Agricultural Service;*
Bureau of Economic and Business Affairs;EB
Senate Foreign Relations Committee|Senate Committee on Foreign Relations;*
National Guard|U.S. ~
House Foreign Affairs Committee|House Committee on Foreign Affairs;*
Bureau of Western Hemisphere Affairs;WHA
Office of Foreign Assets Control;*
National Oceanic and Atmospheric Administration;*
National Security Council;*
Office of Management and Budget;*
Office of Sanctions Coordination
Voice of America;VOA
Office of the Director of National Intelligence;*
Commission on Security and Cooperation in Europe|Helsinki Commission|U.S. Helsinki Commission
Office of the Spokesperson
Office of the U.S. Trade Representative|Office of the United States Trade Representative;USTR
Office to Monitor and Combat Trafficking in Persons|TIP Office|Trafficking in Persons Office
Radio Free Europe/Radio Liberty|Radio Free Europe;RFE/RL
Bureau of Near Eastern Affairs;NEA
Bureau of African Affairs;AF
Trump administration
Bureau of Counterterrorism|~ and Countering Violent Extremism|Office of the Coordinator for Counterterrorism;CT
Office of the Chief of Protocol|Office of Protocol
Global Engagement Center;*
U.S. Navy|-
U.S. Coast Guard|-;*
U.S. Africa Command|-;AFRICOM|USAFRICOM
U.S. Indo-Pacific Command|-;INDOPACOM|USINDOPACOM
U.S. Air Force|-;*
U.S. Cyber Command;CYBERCOM|USCYBERCOM
U.S. Army|-
U.S. Centers for Disease Control and Prevention|-;CDC
Environmental Protection Agency;*
Defense Threat Reduction Agency;*
101st Airborne Division|101st Airborne
82nd Airborne Division|82nd Airborne
Senate Armed Services Committee;*
U.S. Citizenship and Immigration Services;*
U.S. Commission on International Religious Freedom;*
U.S. Immigration and Customs Enforcement|-;ICE
Foreign Service Institute;*
U.S. Customs and Border Protection|-;CBP
U.S. Commercial Service|U.S. and Foreign Commercial Service|U.S. Foreign Commercial Service
Office of Foreign Missions;*
U.S. Department of Transportation|-;DOT
U.S. Department of Agriculture|-|Agriculture Department;*
U.S. Department of Commerce|-|Commerce Department;DOC
U.S. Department of Energy|-|Energy Department;DOE
U.S. Department of Health and Human Services|-;HHS
U.S. Department of Homeland Security|-;DHS
U.S. Department of Justice|-|Justice Department;DOJ
U.S. Department of Labor|-|Labor Department;DOL
U.S. Department of Defense|-|Defense Department|U.S. Department of War|Department of War|War Department;DoD|DOD|DoW
American Institute in Taiwan;*
Office of Global Criminal Justice;GCJ
U.S. Department of State|-|State Department|U.S. State Department|US Department of State;DOS
U.S. Department of the Interior|-|Interior Department;DOI
U.S. Department of the Treasury|-|Treasury Department|U.S. Treasury|Treasury|U.S. Treasury Department
Joint Chiefs of Staff;*
U.S. Government|US Government;*
U.S. House of Representatives|-
U.S. Congress|-
U.S. European Command|-;EUCOM|USEUCOM
U.S. Embassy|American Embassy|US Embassy
Foreign Press Center;*
U.S. Institute of Peace;*
U.S. International Development Finance Corporation|-|Development Finance Corporation;DFC
U.S. Marine Corps|-;*
U.S. Mission to the European Union|U.S. Mission to the EU;USEU
U.S. Fifth Fleet|-|5th Fleet|U.S. 5th Fleet
Federal Register
Office of the Legal Adviser
Office of the Secretary of Defense;*
U.S. Mission to the United Nations|U.S. Mission to the UN|U.S. Mission to the U.N.;USUN
U.S. Pacific Command|-;PACOM|USPACOM
U.S. Agency for International Development|-;*
U.S. Secret Service|-;*
U.S. Senate|-
U.S. Sixth Fleet|-|6th Fleet|U.S. 6th Fleet
Peace Corps
U.S. Southern Command|-;SOUTHCOM|USSOUTHCOM
U.S. Strategic Command;STRATCOM|USSTRATCOM
U.S. Special Operations Command;SOCOM|USSOCOM
U.S. Central Command|-;CENTCOM|USCENTCOM
U.S. Supreme Court|Supreme Court of the United States
White House
`);

/** Foreign governments' bodies, in the order gzip packs smallest. */
const FOREIGN: readonly Organization[] = organizations(table`
United Russia
Department of Foreign Affairs and Trade;*
Foreign, Commonwealth and Development Office|Foreign, Commonwealth & Development Office|Foreign Office;*
Ministry of Foreign Affairs|Foreign Ministry|Ministry for Foreign Affairs;*
Kremlin
Iraqi Security Forces;*
Knesset
Federal Foreign Office|Auswärtiges Amt
Federal Security Service;FSB
Lebanese Armed Forces;*
Tatmadaw
Chinese Communist Party|Communist Party of China|~ Central Committee;*|CPC
Ministry of State Security;*
Bundestag
Armed Forces of the Philippines;*
Islamic Revolutionary Guard Corps|Revolutionary Guards|Iranian Revolutionary Guard Corps;*
IRGC-Qods Force|Qods Force|Quds Force|IRGC Qods Force|Islamic Revolutionary Guard Corps-Qods Force;IRGC-QF
Main Intelligence Directorate;GRU
National Unity Government;*
State Duma|-
Sudanese Armed Forces;*
Palestinian Authority;*
Syrian Democratic Forces;*
Palestine Liberation Organization;*
Kurdistan Regional Government;*
Sovereign Council|Transitional Sovereignty Council|Sovereignty Council
Israel Defense Forces;*
Presidential Leadership Council;*
Haitian National Police;*
State Administration Council;*
High State Council;*
Legislative Council;LegCo
National Assembly
`);

/** Designated groups, in the order gzip packs smallest (no two rows share a form, so their order decides no match). */
const GROUPS: readonly Organization[] = organizations(table`
Russian Imperial Movement;*
al-Qa'ida|al-Qaida|al-Qaeda|al Qaeda;AQ
al-Shabaab|al-Shabab|Harakat ~ al-Mujahideen
Asa'ib Ahl al-Haq
Boko Haram
Jaish-e-Mohammed;JeM
Resistance Front;TRF
Tren de Aragua;TdA
Barrio 18
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
Balochistan Liberation Army|Majeed Brigade;*
Cartel de Jalisco Nueva Generacion|Jalisco New Generation Cartel;*
Cartel del Noreste;CDN
Cartel de los Soles
La Nueva Familia Michoacana
Los Choneros
M23|~/AFC|Alliance Fleuve Congo
Los Lobos
MS-13|Mara Salvatrucha|MS13
Revolutionary Armed Forces of Colombia;FARC
Syrian National Army;*
Taliban|Afghan ~
Tehrik-e-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Pakistani Taliban;*
Carteles Unidos
Lashkar-e-Tayyiba|Lashkar-e-Taiba;LeT
Rapid Support Forces|Rapid Support Force;*
Wagner Group|Wagner|PMC Wagner
Popular Front for the Liberation of Palestine;*
Palestinian Islamic Jihad;*
`);

/** Programs and operations, in the order gzip packs smallest as the groups are. */
const PROGRAMS: readonly Organization[] = organizations(table`
Power Africa
Art in Embassies;AIE
Food for Peace
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
Smart Traveler Enrollment Program;*
International Visitor Leadership Program;*
Transnational Organized Crime Rewards Program;*
Operation Allies Welcome
Rewards for Justice|~ program;RFJ
U.S. Refugee Admissions Program;*
Visa Waiver Program;*
EducationUSA
Build Back Better World;B3W
American Corner|~s
Prosper Africa
American Space|~s
Mission Innovation
Ukraine Security Assistance Initiative;*
Young African Leaders Initiative;*
Young Southeast Asian Leaders Initiative;YSEALI
`);

/** Companies and media, in the order gzip packs smallest. */
const COMPANIES: readonly Organization[] = organizations(table`
Reuters
Axios
Gazprom
TASS
WhatsApp
Twitter
Microsoft
Google
Pfizer
Moderna
YouTube
Telegram
Instagram
Rostec
National Iranian Oil Company;*
Deutsche Welle
Bank Melli|~ Iran
NuScale|~ Power
Associated Press;*
BBC|British Broadcasting Corporation
Agence France-Presse;*
NPR|National Public Radio
Kyodo|~ News
CNN
Fox News
CBS News|CBS
NBC News|NBC
ABC News
Boeing
New York Times
TikTok
Washington Post
Sberbank
Facebook
Bloomberg
Johnson & Johnson
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
 * Read only as sets and a trie whose every value is "organization", so listed in the order gzip packs smallest (24
 * bytes). Not "Senate" (it joins "House and Senate" into one name) nor "Times" ("in Times of Crisis").
 */
export const ORG_HEAD_NOUNS: readonly string[] = [
  ...(
    'Authority|Federation|University|Fair|Government|Union|Unit|Organization|Journal|Agency|Office|Task Force|Club|Staff|' +
    'Secretariat|Council|School|College|Foundation|Organisation|Platform|Party|Partnership|Meeting|Meetings|Navy|' +
    'Administration|Programme|Working Group|Bank|Fleet|Initiative|Talks|Front|Assembly|Games|Olympics|Company|Command|' +
    'Commission|Corporation|Facility|Coalition|Embassy|Mission|Corps|Division|Police|Department|Delegation|Fund|Court|Service|' +
    'Mechanism|Forces|Ministerial|Directorate|Consulate|Consulate General|Consultations|Summit|Conference|Confederation|' +
    'Congress|Chamber|Program|Institute|Centre|Center|Network|Cartel|Cabinet|Bureau|Brigades|Brigade|Army|Tribunal|Board|' +
    'Association|Expo|Forum|Group|Dialogue|Alliance|Movement|Academy|Trust|Committee|Hospital|Paralympics|League|Guard|' +
    'Festival|Parliament|Ministry|Museum|Institution|Exchange|Observatory|Team|Society|Panel|Caucus'
  ).split('|'),
  ...COMPANY_SUFFIXES,
];

/**
 * First words that make a capitalized phrase an organization: an operation ("Operation Southern Spear"), a company by its
 * legal form written first ("OOO Transoil", "PJSC Sovcombank"). In lower case and in the order gzip packs smallest, as
 * PLACE_PREFIXES.
 */
export const ORG_PREFIXES: readonly string[] = 'pjsc ooo jsc ojsc operation'.split(' ');
