// Sovereign states: every UN member, the two observer states, Kosovo and Taiwan (guide type `country`;
// long forms, abbreviations and adjectival uses of the name are surface forms). `demonyms` are kept only
// to resolve actors ("the Kazakhstani side" -> Kazakhstan); by the guide they are NOT entities.
// `name` is the short form the State Department uses. Former states are listed apart, without capitals.
import { countries } from './parse';
import type { Country } from './types';

export const COUNTRIES: readonly Country[] = countries(`
Afghanistan|Islamic Republic of Afghanistan;Afghan
Albania|Republic of Albania;Albanian
Algeria|People's Democratic Republic of Algeria;Algerian
Andorra|Principality of Andorra;Andorran
Angola|Republic of Angola;Angolan
Antigua and Barbuda|Antigua & Barbuda|Antigua;Antiguan|Barbudan
Argentina|Argentine Republic;Argentine|Argentinian
Armenia|Republic of Armenia;Armenian
Australia|Commonwealth of Australia;Australian
Austria|Republic of Austria;Austrian
Azerbaijan|Republic of Azerbaijan;Azerbaijani|Azeri
Bahamas|The Bahamas|Commonwealth of The Bahamas|Commonwealth of the Bahamas;Bahamian
Bahrain|Kingdom of Bahrain;Bahraini
Bangladesh|People's Republic of Bangladesh;Bangladeshi
Barbados;Barbadian|Bajan
Belarus|Republic of Belarus|Byelorussia;Belarusian
Belgium|Kingdom of Belgium;Belgian
Belize;Belizean
Benin|Republic of Benin;Beninese
Bhutan|Kingdom of Bhutan;Bhutanese
Bolivia|Plurinational State of Bolivia;Bolivian
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH|Bosnia;Bosnian|Herzegovinian
Botswana|Republic of Botswana;Motswana|Batswana
Brazil|Federative Republic of Brazil;Brazilian
Brunei|Brunei Darussalam|Nation of Brunei;Bruneian
Bulgaria|Republic of Bulgaria;Bulgarian
Burkina Faso|Burkina;Burkinabe|Burkinabè
Burma|Myanmar|Republic of the Union of Myanmar|Union of Burma;Burmese
Burundi|Republic of Burundi;Burundian
Cabo Verde|Cape Verde|Republic of Cabo Verde;Cabo Verdean|Cape Verdean
Cambodia|Kingdom of Cambodia;Cambodian
Cameroon|Republic of Cameroon;Cameroonian
Canada;Canadian
Central African Republic|CAR;Central African
Chad|Republic of Chad;Chadian;?
Chile|Republic of Chile;Chilean
China|People's Republic of China|PRC|P.R.C.;Chinese
Colombia|Republic of Colombia;Colombian
Comoros|Union of the Comoros|Comoro Islands;Comoran|Comorian
Democratic Republic of the Congo|DRC|D.R.C.|DR Congo|DROC|Congo-Kinshasa|Congo (Kinshasa)|Democratic Republic of Congo;Congolese
Republic of the Congo|Congo|Congo-Brazzaville|Congo (Brazzaville)|Republic of Congo
Costa Rica|Republic of Costa Rica;Costa Rican
Cote d'Ivoire|Côte d'Ivoire|Republic of Cote d'Ivoire|Republic of Côte d'Ivoire|Ivory Coast;Ivoirian|Ivorian
Croatia|Republic of Croatia;Croatian|Croat
Cuba|Republic of Cuba;Cuban
Cyprus|Republic of Cyprus;Cypriot
Czechia|Czech Republic;Czech
Denmark|Kingdom of Denmark;Danish|Dane
Djibouti|Republic of Djibouti;Djiboutian
Dominica|Commonwealth of Dominica
Dominican Republic;Dominican
Ecuador|Republic of Ecuador;Ecuadorian
Egypt|Arab Republic of Egypt;Egyptian
El Salvador|Republic of El Salvador;Salvadoran
Equatorial Guinea|Republic of Equatorial Guinea;Equatorial Guinean|Equatoguinean
Eritrea|State of Eritrea;Eritrean
Estonia|Republic of Estonia;Estonian
Eswatini|Kingdom of Eswatini|Swaziland|Kingdom of Swaziland;Swazi
Ethiopia|Federal Democratic Republic of Ethiopia;Ethiopian
Fiji|Republic of Fiji;Fijian
Finland|Republic of Finland;Finnish
France|French Republic;French
Gabon|Gabonese Republic;Gabonese
Gambia|The Gambia|Republic of The Gambia|Republic of the Gambia;Gambian
Georgia;Georgian;?
Germany|Federal Republic of Germany|FRG;German
Ghana|Republic of Ghana;Ghanaian
Greece|Hellenic Republic;Greek|Hellenic
Grenada;Grenadian
Guatemala|Republic of Guatemala;Guatemalan
Guinea|Republic of Guinea|Guinea-Conakry;Guinean
Guinea-Bissau|Guinea Bissau|Republic of Guinea-Bissau;Bissau-Guinean
Guyana|Co-operative Republic of Guyana|Cooperative Republic of Guyana;Guyanese
Haiti|Republic of Haiti;Haitian
Holy See|Vatican|Vatican City State|State of the Vatican City
Honduras|Republic of Honduras;Honduran
Hungary;Hungarian
Iceland;Icelandic|Icelander
India|Republic of India|Bharat;Indian
Indonesia|Republic of Indonesia;Indonesian
Iran|Islamic Republic of Iran|Islamic Republic;Iranian
Iraq|Republic of Iraq;Iraqi
Ireland|Republic of Ireland;Irish
Israel|State of Israel;Israeli
Italy|Italian Republic;Italian
Jamaica;Jamaican
Japan;Japanese
Jordan|Hashemite Kingdom of Jordan;Jordanian;?
Kazakhstan|Republic of Kazakhstan;Kazakhstani|Kazakh
Kenya|Republic of Kenya;Kenyan
Kiribati|Republic of Kiribati;I-Kiribati
North Korea|Democratic People's Republic of Korea|DPRK|D.P.R.K.;North Korean
Republic of Korea|South Korea|ROK|R.O.K.|Korea;South Korean|Korean
Kosovo|Republic of Kosovo;Kosovar|Kosovan
Kuwait|State of Kuwait;Kuwaiti
Kyrgyzstan|Kyrgyz Republic;Kyrgyz|Kyrgyzstani
Laos|Lao People's Democratic Republic|Lao PDR;Lao|Laotian
Latvia|Republic of Latvia;Latvian
Lebanon|Lebanese Republic;Lebanese
Lesotho|Kingdom of Lesotho;Basotho|Mosotho
Liberia|Republic of Liberia;Liberian
Libya|State of Libya;Libyan
Liechtenstein|Principality of Liechtenstein;Liechtensteiner
Lithuania|Republic of Lithuania;Lithuanian
Luxembourg|Grand Duchy of Luxembourg;Luxembourger|Luxembourgish
Madagascar|Republic of Madagascar;Malagasy
Malawi|Republic of Malawi;Malawian
Malaysia;Malaysian
Maldives|Republic of Maldives|Maldive Islands;Maldivian
Mali|Republic of Mali;Malian
Malta|Republic of Malta;Maltese
Marshall Islands|Republic of the Marshall Islands|RMI;Marshallese
Mauritania|Islamic Republic of Mauritania;Mauritanian
Mauritius|Republic of Mauritius;Mauritian
Mexico|United Mexican States;Mexican
Micronesia|Federated States of Micronesia|FSM;Micronesian
Moldova|Republic of Moldova;Moldovan
Monaco|Principality of Monaco;Monegasque
Mongolia;Mongolian
Montenegro;Montenegrin
Morocco|Kingdom of Morocco;Moroccan
Mozambique|Republic of Mozambique;Mozambican
Namibia|Republic of Namibia;Namibian
Nauru|Republic of Nauru;Nauruan
Nepal|Federal Democratic Republic of Nepal;Nepali|Nepalese
Netherlands|Kingdom of the Netherlands|The Netherlands|Holland;Dutch
New Zealand|Aotearoa New Zealand;New Zealander
Nicaragua|Republic of Nicaragua;Nicaraguan
Niger|Republic of Niger|Republic of the Niger;Nigerien
Nigeria|Federal Republic of Nigeria;Nigerian
North Macedonia|Republic of North Macedonia|Macedonia|Former Yugoslav Republic of Macedonia|FYROM;Macedonian|North Macedonian
Norway|Kingdom of Norway;Norwegian
Oman|Sultanate of Oman;Omani
Pakistan|Islamic Republic of Pakistan;Pakistani
Palau|Republic of Palau;Palauan
Palestine|State of Palestine;Palestinian
Panama|Republic of Panama;Panamanian
Papua New Guinea|PNG|Independent State of Papua New Guinea;Papua New Guinean
Paraguay|Republic of Paraguay;Paraguayan
Peru|Republic of Peru;Peruvian
Philippines|Republic of the Philippines;Philippine|Filipino|Filipina
Poland|Republic of Poland;Polish
Portugal|Portuguese Republic;Portuguese
Qatar|State of Qatar;Qatari
Romania;Romanian
Russia|Russian Federation;Russian
Rwanda|Republic of Rwanda;Rwandan
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis|Federation of Saint Kitts and Nevis|Saint Christopher and Nevis;Kittitian|Nevisian
Saint Lucia|St. Lucia|St Lucia;Saint Lucian|St. Lucian
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent;Vincentian
Samoa|Independent State of Samoa;Samoan
San Marino|Republic of San Marino;Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Sao Tome & Principe|Democratic Republic of Sao Tome and Principe;Santomean
Saudi Arabia|Kingdom of Saudi Arabia|KSA;Saudi|Saudi Arabian
Senegal|Republic of Senegal;Senegalese
Serbia|Republic of Serbia;Serbian
Seychelles|Republic of Seychelles;Seychellois
Sierra Leone|Republic of Sierra Leone;Sierra Leonean
Singapore|Republic of Singapore;Singaporean
Slovakia|Slovak Republic;Slovak
Slovenia|Republic of Slovenia;Slovenian|Slovene
Solomon Islands;Solomon Islander
Somalia|Federal Republic of Somalia;Somali|Somalian
South Africa|Republic of South Africa|RSA;South African
South Sudan|Republic of South Sudan;South Sudanese
Spain|Kingdom of Spain;Spanish|Spaniard
Sri Lanka|Democratic Socialist Republic of Sri Lanka;Sri Lankan
Sudan|Republic of the Sudan|Republic of Sudan;Sudanese
Suriname|Republic of Suriname|Surinam;Surinamese
Sweden|Kingdom of Sweden;Swedish|Swede
Switzerland|Swiss Confederation;Swiss
Syria|Syrian Arab Republic;Syrian
Taiwan|Republic of China|Chinese Taipei;Taiwanese;place
Tajikistan|Republic of Tajikistan;Tajik|Tajikistani
Tanzania|United Republic of Tanzania;Tanzanian
Thailand|Kingdom of Thailand;Thai
Timor-Leste|East Timor|Timor Leste|Democratic Republic of Timor-Leste;Timorese
Togo|Togolese Republic;Togolese
Tonga|Kingdom of Tonga;Tongan
Trinidad and Tobago|Republic of Trinidad and Tobago|Trinidad & Tobago|Trinidad;Trinidadian|Tobagonian
Tunisia|Tunisian Republic;Tunisian
Türkiye|Turkiye|Turkey|Republic of Turkiye|Republic of Türkiye|Republic of Turkey;Turkish
Turkmenistan;Turkmen|Turkmenistani
Tuvalu;Tuvaluan
Uganda|Republic of Uganda;Ugandan
Ukraine;Ukrainian
United Arab Emirates|UAE|U.A.E.|Emirates;Emirati
United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|U.K.|Great Britain|Britain;British|Briton
United States|United States of America|U.S.|US|U.S.A.|USA|America;American
Uruguay|Oriental Republic of Uruguay;Uruguayan
Uzbekistan|Republic of Uzbekistan;Uzbek|Uzbekistani
Vanuatu|Republic of Vanuatu;Ni-Vanuatu
Venezuela|Bolivarian Republic of Venezuela;Venezuelan
Vietnam|Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam;Vietnamese
Yemen|Republic of Yemen;Yemeni
Zambia|Republic of Zambia;Zambian
Zimbabwe|Republic of Zimbabwe;Zimbabwean
`);

/** States that no longer exist; still `country` by the guide ("the Soviet Union"). No capital required. */
export const FORMER_COUNTRIES: readonly Country[] = countries(`
Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics;Soviet
Yugoslavia|Socialist Federal Republic of Yugoslavia|Federal Republic of Yugoslavia|SFRY;Yugoslav
Czechoslovakia;Czechoslovak
East Germany|German Democratic Republic|GDR;East German
West Germany;West German
Serbia and Montenegro
South Vietnam|Republic of Vietnam;South Vietnamese
North Vietnam;North Vietnamese
Zaire;Zairian
Rhodesia;Rhodesian
Ottoman Empire;Ottoman
`);
