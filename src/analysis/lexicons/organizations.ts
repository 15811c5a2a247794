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
  Permanent Court of Arbitration; PCA; intl
  International Tribunal for the Law of the Sea; ITLOS; intl
  United Nations Development Programme | UN Development Programme | UN Development Program | United Nations Development Program; UNDP; intl
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
  World Meteorological Organization; WMO; intl
  World Intellectual Property Organization; WIPO; intl
  UN Tourism | World Tourism Organization; UNWTO; intl
  Food and Agriculture Organization | UN Food and Agriculture Organization | Food and Agriculture Organization of the United Nations; FAO; intl
  International Fund for Agricultural Development; IFAD; intl
  United Nations Population Fund | UN Population Fund; UNFPA; intl
  United Nations Relief and Works Agency for Palestine Refugees in the Near East | UN Relief and Works Agency; UNRWA; intl
  UN Office for the Coordination of Humanitarian Affairs | United Nations Office for the Coordination of Humanitarian Affairs | Office for the Coordination of Humanitarian Affairs; OCHA | UNOCHA; intl
  Office of the United Nations High Commissioner for Human Rights | Office of the High Commissioner for Human Rights | UN Human Rights Office | UN Human Rights; OHCHR; intl
  UN Women | United Nations Entity for Gender Equality and the Empowerment of Women; ; intl
  Joint United Nations Programme on HIV/AIDS; UNAIDS; intl
  United Nations Environment Programme | UN Environment Programme | UN Environment; UNEP; intl
  UN-Habitat | United Nations Human Settlements Programme; ; intl
  United Nations Office on Drugs and Crime | UN Office on Drugs and Crime; UNODC; intl
  United Nations Conference on Trade and Development; UNCTAD; intl
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
  United Nations Interim Administration Mission in Kosovo; UNMIK; intl
  United Nations Support Mission in Libya | UN Support Mission in Libya; UNSMIL; intl
  United Nations Assistance Mission in Afghanistan | UN Assistance Mission in Afghanistan; UNAMA; intl
  United Nations Assistance Mission for Iraq; UNAMI; intl
  United Nations Integrated Office in Haiti; BINUH; intl
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
  Asian Infrastructure Investment Bank; AIIB; intl
  New Development Bank; NDB; intl
  Islamic Development Bank; IsDB; intl
  Paris Club; ; intl
  Financial Action Task Force; FATF; intl
  North Atlantic Treaty Organization | North Atlantic Alliance; NATO; intl
  North Atlantic Council; NAC; intl
  NATO-Ukraine Council; ; intl
  NATO Summit | NATO Leaders Summit; ; intl
  European Union; EU | E.U.; intl
  European Commission; ; intl
  European Parliament; ; intl
  European Council; ; intl
  Council of the European Union | Council of the EU | EU Council; ; intl
  European External Action Service; EEAS; intl
  Frontex | European Border and Coast Guard Agency; ; intl
  Europol; ; intl
  Eurojust; ; intl
  EU Rule of Law Mission in Kosovo; EULEX; intl
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
  African Union Support and Stabilization Mission in Somalia; AUSSOM; intl
  Economic Community of West African States; ECOWAS; intl
  Southern African Development Community; SADC; intl
  East African Community; EAC; intl
  Intergovernmental Authority on Development; IGAD; intl
  African Continental Free Trade Area; AfCFTA; intl
  Alliance of Sahel States; AES; intl
  G5 Sahel; ; intl
  International Conference on the Great Lakes Region; ICGLR; intl
  Organization of American States; OAS; intl
  Inter-American Commission on Human Rights; IACHR; intl
  Caribbean Community; CARICOM; intl
  Organisation of Eastern Caribbean States | Organization of Eastern Caribbean States; OECS; intl
  Community of Latin American and Caribbean States; CELAC; intl
  Central American Integration System; SICA; intl
  Mercosur | MERCOSUR | Southern Common Market; ; intl
  Summit of the Americas; ; intl
  Regional Conference on Migration; RCM; intl
  Pacific Islands Forum; PIF; intl
  Pacific Community; SPC; intl
  Partners in the Blue Pacific; PBP; intl
  Quad | Quadrilateral Security Dialogue; ; intl
  AUKUS; ; intl
  I2U2 | I2U2 Group; ; intl
  Negev Forum; ; intl
  League of Arab States | Arab League; ; intl
  Gulf Cooperation Council | Cooperation Council for the Arab States of the Gulf; GCC; intl
  Organization of Islamic Cooperation | Organisation of Islamic Cooperation; OIC; intl
  Shanghai Cooperation Organization | Shanghai Cooperation Organisation; SCO; intl
  BRICS; ; intl
  Collective Security Treaty Organization; CSTO; intl
  Commonwealth of Independent States; CIS; intl
  Eurasian Economic Union; EAEU; intl
  Organization of Turkic States; OTS; intl
  Commonwealth of Nations | Commonwealth Secretariat; ; intl
  Organization of the Petroleum Exporting Countries; OPEC; intl
  OPEC+ | OPEC Plus; ; intl
  International Energy Agency; IEA; intl
  International Criminal Police Organization; INTERPOL | Interpol; intl
  International Committee of the Red Cross | Red Cross; ICRC; intl
  International Federation of Red Cross and Red Crescent Societies; IFRC; intl
  Global Fund to Fight AIDS, Tuberculosis and Malaria | Global Fund; ; intl
  Gavi, the Vaccine Alliance | Gavi; GAVI; intl
  Global Health Security Agenda; GHSA; intl
  Green Climate Fund; GCF; intl
  Wassenaar Arrangement; ; intl
  Nuclear Suppliers Group; NSG; intl
  Missile Technology Control Regime; MTCR; intl
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
  Lower Mekong Initiative; LMI; intl
  Friends of the Mekong; ; intl
  Community of Democracies; ; intl
  Freedom Online Coalition; FOC; intl
  Open Government Partnership; OGP; intl
  Summit for Democracy; ; intl
  International Religious Freedom or Belief Alliance | International Religious Freedom Alliance; IRFBA; intl
  International Holocaust Remembrance Alliance; IHRA; intl
  Clean Energy Ministerial; CEM; intl
  UN Climate Change Conference | Conference of the Parties | COP26 | COP27 | COP28 | COP29 | COP30 | COP31; COP; intl
  UN Ocean Conference; ; intl
  Our Ocean Conference; ; intl
  Arctic Council; ; intl
  Kimberley Process | Kimberley Process Certification Scheme; ; intl
  Berlin Process; ; intl
  Bucharest Nine; B9; intl
  Ukraine Defense Contact Group | Ramstein Group; UDCG; intl
  Coalition of the Willing; ; intl
  Crimea Platform; ; intl
  Ukraine Recovery Conference; URC; intl
  Special Tribunal for the Crime of Aggression against Ukraine | Special Tribunal for the Crime of Aggression; ; intl
  Board of Peace; ; intl
  International Stabilization Force; ISF; intl
  Civil-Military Coordination Center; CMCC; intl
  Office of the High Representative; OHR; intl
  Multinational Security Support Mission | Multinational Security Support mission; MSS; intl
  Gang Suppression Force; GSF; intl
  Troika | Sudan Troika; ; intl
  Munich Security Conference; MSC; intl
  World Economic Forum; WEF; intl
  Shangri-La Dialogue; ; intl
  Raisina Dialogue; ; intl
  Manama Dialogue; ; intl
  Halifax International Security Forum; ; intl
  Fédération Internationale de Football Association; FIFA; intl
  FIFA World Cup | World Cup | FIFA World Cup 2026; ; intl
  Olympic Games | Olympics | Paralympic Games | Paralympics | LA28; ; intl
  Mekong River Commission; MRC; intl
  Media Freedom Coalition; ; intl
  U.S.-EU Trade and Technology Council | Trade and Technology Council; TTC; intl
  U.S.-EU Energy Council; ; intl
  North American Leaders' Summit; NALS; intl
  Quad Leaders' Summit | Quad Leaders Summit; ; intl
  Nuclear Security Summit; ; intl
  Global Entrepreneurship Summit; GES; intl
  NPT Review Conference; RevCon; intl
  P5+1 | E3+3; ; intl
  E3; ; intl
  P5; ; intl
  Six-Party Talks; ; intl
  Strategic and Economic Dialogue; S&ED; intl
  Strategic Stability Dialogue; ; intl
  Partnership for Peace; ; intl
  International Security Assistance Force; ISAF; intl
  Resolute Support Mission | Resolute Support; ; intl
  Ministerial to Advance Religious Freedom; ; intl
  Warsaw Process; ; intl
`);

const US: readonly Organization[] = organizations(`
  U.S. Government | United States Government | US Government; USG; us
  Trump Administration; ; us
  Biden Administration | Biden-Harris Administration; ; us
  Obama Administration; ; us
  White House; ; us
  National Security Council; NSC; us
  Office of Management and Budget; OMB; us
  Office of the U.S. Trade Representative | Office of the United States Trade Representative; USTR; us
  Department of Government Efficiency; DOGE; us
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
  U.S. Department of Veterans Affairs | Department of Veterans Affairs; ; us
  U.S. Congress | Congress | United States Congress; ; us
  U.S. Senate | Senate | United States Senate; ; us
  U.S. House of Representatives | House of Representatives; ; us
  Senate Foreign Relations Committee | Senate Committee on Foreign Relations; SFRC; us
  House Foreign Affairs Committee | House Committee on Foreign Affairs; HFAC; us
  Senate Armed Services Committee; SASC; us
  House Armed Services Committee; HASC; us
  House Select Committee on the CCP | Select Committee on the Strategic Competition between the United States and the Chinese Communist Party | House Select Committee on China; ; us
  Congressional-Executive Commission on China; CECC; us
  U.S. Commission on International Religious Freedom | United States Commission on International Religious Freedom; USCIRF; us
  Commission on Security and Cooperation in Europe | Helsinki Commission | U.S. Helsinki Commission; ; us
  U.S. Supreme Court | Supreme Court of the United States; ; us
  Federal Register; ; us
  Office of the Director of National Intelligence; ODNI; us
  Central Intelligence Agency; CIA; us
  National Security Agency; NSA; us
  National Counterterrorism Center; NCTC; us
  Federal Bureau of Investigation; FBI; us
  Drug Enforcement Administration | U.S. Drug Enforcement Administration; DEA; us
  U.S. Customs and Border Protection | Customs and Border Protection; CBP; us
  U.S. Immigration and Customs Enforcement | Immigration and Customs Enforcement; ICE; us
  U.S. Citizenship and Immigration Services; USCIS; us
  Cybersecurity and Infrastructure Security Agency; CISA; us
  U.S. Secret Service | Secret Service; USSS; us
  Federal Emergency Management Agency; FEMA; us
  U.S. Coast Guard | Coast Guard | United States Coast Guard; USCG; us
  Office of Foreign Assets Control; OFAC; us
  Financial Crimes Enforcement Network; FinCEN; us
  Committee on Foreign Investment in the United States; CFIUS; us
  Bureau of Industry and Security; BIS; us
  U.S. Commercial Service | U.S. and Foreign Commercial Service | U.S. Foreign Commercial Service; ; us
  National Oceanic and Atmospheric Administration; NOAA; us
  National Nuclear Security Administration; NNSA; us
  U.S. Centers for Disease Control and Prevention | Centers for Disease Control and Prevention; CDC; us
  Food and Drug Administration | U.S. Food and Drug Administration; FDA; us
  Foreign Agricultural Service; FAS; us
  U.S. Agency for International Development | United States Agency for International Development | Agency for International Development; USAID; us
  U.S. International Development Finance Corporation | International Development Finance Corporation | Development Finance Corporation | United States International Development Finance Corporation; DFC; us
  Export-Import Bank of the United States | Export-Import Bank | U.S. Export-Import Bank; EXIM | Ex-Im | EXIM Bank; us
  Millennium Challenge Corporation; MCC; us
  Peace Corps; ; us
  U.S. Trade and Development Agency; USTDA; us
  U.S. Agency for Global Media; USAGM; us
  Voice of America; VOA; us
  Radio Free Europe/Radio Liberty | Radio Free Europe; RFE/RL; us
  Radio Free Asia; RFA; us
  U.S. Institute of Peace | United States Institute of Peace; USIP; us
  National Aeronautics and Space Administration; NASA; us
  Environmental Protection Agency; EPA; us
  Federal Aviation Administration; FAA; us
  Nuclear Regulatory Commission; NRC; us
  U.S. Army | United States Army | Army; ; us
  U.S. Navy | United States Navy | Navy; ; us
  U.S. Air Force | United States Air Force | Air Force; USAF; us
  U.S. Marine Corps | United States Marine Corps | Marine Corps; USMC; us
  U.S. Space Force | United States Space Force | Space Force; ; us
  National Guard | U.S. National Guard; ; us
  U.S. Armed Forces | United States Armed Forces; ; us
  Joint Chiefs of Staff; JCS; us
  Joint Staff; ; us
  Office of the Secretary of Defense; OSD; us
  U.S. Indo-Pacific Command | Indo-Pacific Command; INDOPACOM | USINDOPACOM; us
  U.S. Pacific Command | Pacific Command; PACOM | USPACOM; us
  U.S. Central Command | Central Command; CENTCOM | USCENTCOM; us
  U.S. European Command | European Command; EUCOM | USEUCOM; us
  U.S. Africa Command | Africa Command; AFRICOM | USAFRICOM; us
  U.S. Southern Command | Southern Command; SOUTHCOM | USSOUTHCOM; us
  U.S. Northern Command | Northern Command; NORTHCOM | USNORTHCOM; us
  U.S. Space Command; SPACECOM | USSPACECOM; us
  U.S. Cyber Command; CYBERCOM | USCYBERCOM; us
  U.S. Special Operations Command; SOCOM | USSOCOM; us
  U.S. Strategic Command; STRATCOM | USSTRATCOM; us
  U.S. Transportation Command; TRANSCOM | USTRANSCOM; us
  North American Aerospace Defense Command; NORAD; us
  U.S. Forces Korea; USFK; us
  U.S. Forces Japan; USFJ; us
  U.S. Seventh Fleet | Seventh Fleet | 7th Fleet | U.S. 7th Fleet; ; us
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
  Bureau of Arms Control, Deterrence, and Stability | Bureau of Arms Control, Deterrence and Stability; ADS; us
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
  Bureau of Global Health Security and Diplomacy; GHSD; us
  Bureau of Legislative Affairs; ; us
  Bureau of Global Talent Management; GTM; us
  Bureau of Emerging Threats; ; us
  Office to Monitor and Combat Trafficking in Persons | TIP Office | Trafficking in Persons Office; ; us
  Office of International Religious Freedom | IRF Office; ; us
  Office of the Special Envoy to Monitor and Combat Antisemitism; ; us
  Office of Global Criminal Justice; GCJ; us
  Office of Global Women's Issues; GWI; us
  Office of the Legal Adviser; ; us
  Office of Policy Planning | Policy Planning Staff; ; us
  Office of the Chief of Protocol | Office of Protocol; ; us
  Office of Foreign Missions; OFM; us
  Office of Sanctions Coordination; ; us
  Office of Inspector General | Office of the Inspector General; OIG; us
  Global Engagement Center; GEC; us
  Office of the Global AIDS Coordinator | Office of the U.S. Global AIDS Coordinator | Office of the U.S. Global AIDS Coordinator and Health Diplomacy; OGAC; us
  U.S. Mission to the United Nations | U.S. Mission to the UN | United States Mission to the United Nations | U.S. Mission to the U.N.; USUN; us
  U.S. Mission to NATO; ; us
  U.S. Mission to the OSCE; ; us
  U.S. Mission to the European Union | U.S. Mission to the EU; USEU; us
  U.S. Mission to the African Union; ; us
  U.S. Mission to ASEAN; ; us
  U.S. Mission to the Organization of American States | U.S. Mission to the OAS; ; us
  U.S. Mission to International Organizations in Vienna; UNVIE; us
  U.S. Mission Geneva | U.S. Mission to the UN in Geneva | U.S. Mission to International Organizations in Geneva; ; us
  U.S. Embassy | United States Embassy | American Embassy | US Embassy; ; us
  U.S. Consulate General | U.S. Consulate | United States Consulate General; ; us
  American Institute in Taiwan; AIT; us
  Foreign Press Center; FPC; us
  Commission on Unalienable Rights; ; us
  America250 | America 250 | U.S. Semiquincentennial Commission; ; us
`);

const FOREIGN: readonly Organization[] = organizations(`
  Ministry of Foreign Affairs | Foreign Ministry | Ministry for Foreign Affairs; MFA; foreign
  Kremlin; ; foreign
  State Duma | Duma; ; foreign
  Federation Council; ; foreign
  Federal Security Service; FSB; foreign
  Main Intelligence Directorate; GRU; foreign
  Foreign Intelligence Service; SVR; foreign
  United Russia; ; foreign
  Bundestag; ; foreign
  Bundeswehr; ; foreign
  Federal Foreign Office | Auswärtiges Amt; ; foreign
  Elysee Palace | Élysée Palace | Elysee | Élysée; ; foreign
  Quai d'Orsay; ; foreign
  Foreign, Commonwealth and Development Office | Foreign, Commonwealth & Development Office | Foreign Office; FCDO; foreign
  Downing Street | 10 Downing Street; ; foreign
  House of Commons; ; foreign
  Knesset; ; foreign
  Israel Defense Forces; IDF; foreign
  Mossad; ; foreign
  Palestinian Authority; PA; foreign
  Palestine Liberation Organization; PLO; foreign
  Fatah; ; foreign
  Chinese Communist Party | Communist Party of China | Chinese Communist Party Central Committee; CCP | CPC; foreign
  National People's Congress; NPC; foreign
  Central Military Commission; CMC; foreign
  People's Liberation Army; PLA; foreign
  People's Liberation Army Navy | PLA Navy; PLAN; foreign
  China Coast Guard | PRC Coast Guard; CCG; foreign
  Ministry of State Security; MSS; foreign
  Ministry of Public Security; MPS; foreign
  United Front Work Department; UFWD; foreign
  Legislative Council; LegCo; foreign
  Legislative Yuan; ; foreign
  Taipei Economic and Cultural Representative Office; TECRO; foreign
  Workers' Party of Korea | Korean Workers' Party; WPK; foreign
  Korean People's Army; KPA; foreign
  Reconnaissance General Bureau; RGB; foreign
  National Diet; ; foreign
  Japan Self-Defense Forces | Self-Defense Forces; JSDF; foreign
  Japan Coast Guard; ; foreign
  Japan International Cooperation Agency; JICA; foreign
  Ministry of External Affairs; MEA; foreign
  Inter-Services Intelligence; ISI; foreign
  Armed Forces of the Philippines; AFP; foreign
  Philippine Coast Guard; PCG; foreign
  Philippine Navy; ; foreign
  Verkhovna Rada | Rada; ; foreign
  Armed Forces of Ukraine; ; foreign
  Security Service of Ukraine; SBU; foreign
  Islamic Revolutionary Guard Corps | Revolutionary Guards | Iranian Revolutionary Guard Corps; IRGC; foreign
  IRGC-Qods Force | Qods Force | Quds Force | IRGC Qods Force | Islamic Revolutionary Guard Corps-Qods Force; IRGC-QF; foreign
  Basij | Basij Resistance Force; ; foreign
  Ministry of Intelligence and Security; MOIS; foreign
  Central Bank of Iran; CBI; foreign
  Atomic Energy Organization of Iran; AEOI; foreign
  State Administration Council; SAC; foreign
  Tatmadaw | Burmese military | Burma military regime; ; foreign
  National Unity Government; NUG; foreign
  National League for Democracy; NLD; foreign
  Lebanese Armed Forces; LAF; foreign
  Iraqi Security Forces; ISF; foreign
  Kurdistan Regional Government; KRG; foreign
  Peshmerga; ; foreign
  Popular Mobilization Forces; PMF; foreign
  Syrian Democratic Forces; SDF; foreign
  Sudanese Armed Forces; SAF; foreign
  Sovereign Council | Transitional Sovereignty Council | Sovereignty Council; ; foreign
  Government of National Unity; GNU; foreign
  Libyan National Army; LNA; foreign
  High State Council; HSC; foreign
  Presidential Leadership Council; PLC; foreign
  Southern Transitional Council; STC; foreign
  Kosovo Security Force; KSF; foreign
  Haitian National Police; HNP; foreign
  Transitional Presidential Council; TPC; foreign
  Global Affairs Canada; ; foreign
  Department of Foreign Affairs and Trade; DFAT; foreign
  National Assembly; ; foreign
`);

const GROUPS: readonly Organization[] = organizations(`
  ISIS | Islamic State | Islamic State of Iraq and Syria | Islamic State of Iraq and the Levant | Da'esh | Daesh; ISIL; group
  ISIS-Khorasan | Islamic State Khorasan Province | ISIS-Khorasan Province; ISIS-K | ISKP; group
  ISIS-West Africa | Islamic State-West Africa | Islamic State West Africa Province; ISIS-WA | ISWAP; group
  ISIS-Sahel | ISIS-Greater Sahara | Islamic State in the Greater Sahara | Islamic State Sahel Province; ISGS; group
  ISIS-Somalia; ; group
  ISIS-Mozambique; ; group
  ISIS-DRC | ISIS-Democratic Republic of the Congo; ; group
  ISIS-Philippines; ; group
  Allied Democratic Forces; ADF; group
  al-Qa'ida | al-Qaida | al-Qaeda | Al Qaeda | al Qaeda | Al-Qaida; AQ; group
  al-Qa'ida in the Arabian Peninsula | al-Qaeda in the Arabian Peninsula; AQAP; group
  al-Qa'ida in the Islamic Maghreb | al-Qaeda in the Islamic Maghreb; AQIM; group
  al-Qa'ida in the Indian Subcontinent | al-Qaeda in the Indian Subcontinent; AQIS; group
  al-Shabaab | al-Shabab | Al-Shabaab | Harakat al-Shabaab al-Mujahideen; ; group
  Boko Haram; ; group
  Jama'at Nusrat al-Islam wal-Muslimin; JNIM; group
  Hay'at Tahrir al-Sham | Hayat Tahrir al-Sham | al-Nusrah Front | Nusra Front | al-Nusra Front; HTS; group
  Hizballah | Hezbollah | Hizbullah | Lebanese Hizballah; ; group
  Hamas | Harakat al-Muqawama al-Islamiya; ; group
  Palestinian Islamic Jihad; PIJ; group
  Al-Aqsa Martyrs' Brigade | al-Aqsa Martyrs Brigade; ; group
  Popular Front for the Liberation of Palestine; PFLP; group
  Kata'ib Hizballah | Kataib Hezbollah; KH; group
  Harakat al-Nujaba | Harakat Hizballah al-Nujaba; ; group
  Asa'ib Ahl al-Haq; AAH; group
  Kata'ib Sayyid al-Shuhada; KSS; group
  Houthis | Ansarallah | Ansar Allah | Houthi movement | Houthi; ; group
  Kurdistan Workers' Party; PKK; group
  Lashkar-e-Tayyiba | Lashkar-e-Taiba; LeT; group
  Jaish-e-Mohammed | Jaish-e-Muhammad; JeM; group
  The Resistance Front; TRF; group
  Haqqani Network; ; group
  Taliban | Afghan Taliban; ; group
  Tehrik-e-Taliban Pakistan | Tehreek-e-Taliban Pakistan | Pakistani Taliban; TTP; group
  Balochistan Liberation Army | Majeed Brigade; BLA; group
  Jaish al-Adl; ; group
  Abu Sayyaf Group | Abu Sayyaf; ASG; group
  Jemaah Islamiyah; JI; group
  New People's Army; NPA; group
  Arakan Army; ; group
  Shining Path | Sendero Luminoso; ; group
  Revolutionary Armed Forces of Colombia; FARC | FARC-EP; group
  Segunda Marquetalia; ; group
  National Liberation Army; ELN; group
  Clan del Golfo | Gulf Clan; ; group
  Tren de Aragua; TdA; group
  MS-13 | Mara Salvatrucha | MS13; ; group
  Barrio 18 | 18th Street Gang; ; group
  Sinaloa Cartel | Cartel de Sinaloa | Cártel de Sinaloa; ; group
  Cartel de Jalisco Nueva Generacion | Cártel de Jalisco Nueva Generación | Jalisco New Generation Cartel | Jalisco Cartel; CJNG; group
  Gulf Cartel | Cartel del Golfo | Cártel del Golfo; CDG; group
  Cartel del Noreste | Cártel del Noreste | Northeast Cartel; CDN; group
  Carteles Unidos | Cárteles Unidos; ; group
  La Nueva Familia Michoacana | Familia Michoacana; LNFM; group
  Cartel de los Soles | Cartel of the Suns; ; group
  Los Choneros; ; group
  Los Lobos; ; group
  Viv Ansanm; ; group
  Gran Grif; ; group
  Wagner Group | Wagner | PMC Wagner; ; group
  Africa Corps; ; group
  Russian Imperial Movement; RIM; group
  Nordic Resistance Movement; NRM; group
  Lazarus Group; ; group
  Muslim Brotherhood; ; group
  Rapid Support Forces | Rapid Support Force; RSF; group
  M23 | March 23 Movement | M23/AFC | Alliance Fleuve Congo; ; group
  CODECO; ; group
  Democratic Forces for the Liberation of Rwanda; FDLR; group
  Lord's Resistance Army; LRA; group
  Polisario Front | Polisario; ; group
  Syrian National Army; SNA; group
`);

const PROGRAMS: readonly Organization[] = organizations(`
  President's Emergency Plan for AIDS Relief; PEPFAR; program
  Fulbright Program | Fulbright | Fulbright program; ; program
  Foreign Military Sales; FMS; program
  Foreign Military Financing; FMF; program
  Direct Commercial Sales; DCS; program
  International Military Education and Training; IMET; program
  Excess Defense Articles; EDA; program
  Presidential Drawdown Authority; PDA; program
  Ukraine Security Assistance Initiative; USAI; program
  European Deterrence Initiative; EDI; program
  Pacific Deterrence Initiative; PDI; program
  Global Peace Operations Initiative; GPOI; program
  Antiterrorism Assistance | Antiterrorism Assistance Program; ATA; program
  Export Control and Related Border Security; EXBS; program
  State Partnership Program; SPP; program
  International Visitor Leadership Program; IVLP; program
  Rewards for Justice | Rewards for Justice Program; RFJ; program
  Narcotics Rewards Program; NRP; program
  Transnational Organized Crime Rewards Program; TOCRP; program
  Hubert H. Humphrey Fellowship Program | Humphrey Fellowship; ; program
  Benjamin A. Gilman International Scholarship | Gilman Scholarship | Gilman Program; ; program
  Critical Language Scholarship; CLS; program
  Young African Leaders Initiative; YALI; program
  Mandela Washington Fellowship; ; program
  Young Southeast Asian Leaders Initiative; YSEALI; program
  Young Leaders of the Americas Initiative; YLAI; program
  Art in Embassies; AIE; program
  Feed the Future; ; program
  Power Africa; ; program
  Prosper Africa; ; program
  President's Malaria Initiative; PMI; program
  Smart Traveler Enrollment Program; STEP; program
  Visa Waiver Program; VWP; program
  Diversity Visa Program | DV Program | Diversity Immigrant Visa Program; ; program
  Special Immigrant Visa program | Special Immigrant Visa Program; SIV; program
  U.S. Refugee Admissions Program; USRAP; program
  Temporary Protected Status; TPS; program
  Global Equality Fund; ; program
  Americas Partnership for Economic Prosperity; APEP; program
  Operation Allies Welcome; ; program
  Operation Allies Refuge; ; program
  Operation Inherent Resolve; OIR; program
  Operation Prosperity Guardian; ; program
  Operation Rough Rider; ; program
  Operation Midnight Hammer; ; program
  Operation Southern Spear; ; program
  Operation Aspides | EUNAVFOR Aspides; ; program
  Operation Atalanta | EUNAVFOR Atalanta; ; program
  Golden Dome | Golden Dome for America; ; program
  Clean Network; ; program
`);

const COMPANIES: readonly Organization[] = organizations(`
  Huawei | Huawei Technologies; ; company
  ZTE; ; company
  Semiconductor Manufacturing International Corporation; SMIC; company
  TikTok; ; company
  ByteDance; ; company
  DJI; ; company
  Hikvision; ; company
  CATL; ; company
  COSCO | COSCO Shipping; ; company
  Gazprom; ; company
  Gazprombank; ; company
  Rosneft; ; company
  Lukoil; ; company
  Sovcomflot; ; company
  Rosatom; ; company
  Rostec; ; company
  Sberbank; ; company
  VTB | VTB Bank; ; company
  Kaspersky | Kaspersky Lab; ; company
  Naftogaz; ; company
  Energoatom; ; company
  Saudi Aramco | Aramco; ; company
  ADNOC | Abu Dhabi National Oil Company; ; company
  National Iranian Oil Company; NIOC; company
  Islamic Republic of Iran Shipping Lines; IRISL; company
  Bank Melli | Bank Melli Iran; ; company
  Bank Sepah; ; company
  Mahan Air; ; company
  Petroleos de Venezuela | Petróleos de Venezuela; PDVSA; company
  GAESA; ; company
  Boeing; ; company
  Lockheed Martin; ; company
  RTX | Raytheon; ; company
  Westinghouse; ; company
  NuScale | NuScale Power; ; company
  SpaceX; ; company
  Starlink; ; company
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
  Financial Times; ; company
  Bloomberg; ; company
  Politico; ; company
  Axios; ; company
  Al Jazeera; ; company
  Al Arabiya; ; company
  Deutsche Welle; ; company
  Xinhua; ; company
  CGTN; ; company
  Global Times; ; company
  People's Daily; ; company
  TASS; ; company
  RT | Russia Today; ; company
  Sputnik; ; company
  Yonhap; ; company
  Kyodo | Kyodo News; ; company
  NHK; ; company
`);

const NGOS: readonly Organization[] = organizations(`
  Amnesty International; ; ngo
  Human Rights Watch; ; ngo
  Freedom House; ; ngo
  Transparency International; ; ngo
  Reporters Without Borders | Reporters Sans Frontières; ; ngo
  Committee to Protect Journalists; CPJ; ngo
  Doctors Without Borders | Médecins Sans Frontières | Medecins Sans Frontieres; MSF; ngo
  Save the Children; ; ngo
  International Rescue Committee; IRC; ngo
  Catholic Relief Services; CRS; ngo
  American Red Cross; ; ngo
  Bill & Melinda Gates Foundation | Gates Foundation | Bill and Melinda Gates Foundation; ; ngo
  Carter Center; ; ngo
  National Endowment for Democracy; NED; ngo
  National Democratic Institute; NDI; ngo
  International Republican Institute; IRI; ngo
  Atlantic Council; ; ngo
  Center for Strategic and International Studies; CSIS; ngo
  Brookings Institution | Brookings; ; ngo
  Council on Foreign Relations; CFR; ngo
  U.S. Chamber of Commerce | United States Chamber of Commerce; ; ngo
  American Chamber of Commerce; AmCham; ngo
  US-ASEAN Business Council | U.S.-ASEAN Business Council; ; ngo
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
