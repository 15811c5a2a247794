// Sovereign states: every UN member, the two observer states, Kosovo and Taiwan (guide type `country`;
// long forms, abbreviations and adjectival uses of the name are surface forms). `demonyms` are kept only
// to resolve actors ("the Kazakhstani side" -> Kazakhstan); by the guide they are NOT entities.
// `name` is the short form the State Department uses; "~" in a long form stands for it ("Republic of ~").
// Former states are listed apart, without capitals.
import { countries } from './parse';
import type { Country } from './types';

export const COUNTRIES: readonly Country[] = countries(`
Afghanistan|Islamic Republic of ~;Afghan
Albania|Republic of ~;Albanian
Algeria|People's Democratic Republic of ~;Algerian
Andorra|Principality of ~;Andorran
Angola|Republic of ~;Angolan
Antigua and Barbuda|Antigua & Barbuda|Antigua;Antiguan|Barbudan
Argentina|Argentine Republic;Argentine|Argentinian
Armenia|Republic of ~;Armenian
Australia|Commonwealth of ~;Australian
Austria|Republic of ~;Austrian
Azerbaijan|Republic of ~;Azerbaijani|Azeri
Bahamas|The ~|Commonwealth of The ~|Commonwealth of the ~;Bahamian
Bahrain|Kingdom of ~;Bahraini
Bangladesh|People's Republic of ~;Bangladeshi
Barbados;Barbadian|Bajan
Belarus|Republic of ~|Byelorussia;Belarusian
Belgium|Kingdom of ~;Belgian
Belize;Belizean
Benin|Republic of ~;Beninese
Bhutan|Kingdom of ~;Bhutanese
Bolivia|Plurinational State of ~;Bolivian
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH|Bosnia;Bosnian|Herzegovinian
Botswana|Republic of ~;Motswana|Batswana
Brazil|Federative Republic of ~;Brazilian
Brunei|Brunei Darussalam|Nation of ~;Bruneian
Bulgaria|Republic of ~;Bulgarian
Burkina Faso|Burkina;Burkinabe|Burkinabè
Burma|Myanmar|Republic of the Union of Myanmar|Union of ~;Burmese
Burundi|Republic of ~;Burundian
Cabo Verde|Cape Verde|Republic of ~;Cabo Verdean|Cape Verdean
Cambodia|Kingdom of ~;Cambodian
Cameroon|Republic of ~;Cameroonian
Canada;Canadian
Central African Republic|CAR;Central African
Chad|Republic of ~;Chadian;?
Chile|Republic of ~;Chilean
China|People's Republic of ~|PRC|P.R.C.;Chinese
Colombia|Republic of ~;Colombian
Comoros|Union of the ~|Comoro Islands;Comoran|Comorian
Democratic Republic of the Congo|DRC|D.R.C.|DR Congo|DROC|Congo-Kinshasa|Congo (Kinshasa)|Democratic Republic of Congo;Congolese
Republic of the Congo|Congo|Congo-Brazzaville|Congo (Brazzaville)|Republic of Congo
Costa Rica|Republic of ~;Costa Rican
Cote d'Ivoire|Côte d'Ivoire|Republic of ~|Republic of Côte d'Ivoire|Ivory Coast;Ivoirian|Ivorian
Croatia|Republic of ~;Croatian|Croat
Cuba|Republic of ~;Cuban
Cyprus|Republic of ~;Cypriot
Czechia|Czech Republic;Czech
Denmark|Kingdom of ~;Danish|Dane
Djibouti|Republic of ~;Djiboutian
Dominica|Commonwealth of ~
Dominican Republic;Dominican
Ecuador|Republic of ~;Ecuadorian
Egypt|Arab Republic of ~;Egyptian
El Salvador|Republic of ~;Salvadoran
Equatorial Guinea|Republic of ~;Equatorial Guinean|Equatoguinean
Eritrea|State of ~;Eritrean
Estonia|Republic of ~;Estonian
Eswatini|Kingdom of ~|Swaziland|Kingdom of Swaziland;Swazi
Ethiopia|Federal Democratic Republic of ~;Ethiopian
Fiji|Republic of ~;Fijian
Finland|Republic of ~;Finnish
France|French Republic;French
Gabon|Gabonese Republic;Gabonese
Gambia|The ~|Republic of The ~|Republic of the ~;Gambian
Georgia;Georgian;?
Germany|Federal Republic of ~|FRG;German
Ghana|Republic of ~;Ghanaian
Greece|Hellenic Republic;Greek|Hellenic
Grenada;Grenadian
Guatemala|Republic of ~;Guatemalan
Guinea|Republic of ~|Guinea-Conakry;Guinean
Guinea-Bissau|Guinea Bissau|Republic of ~;Bissau-Guinean
Guyana|Co-operative Republic of ~|Cooperative Republic of ~;Guyanese
Haiti|Republic of ~;Haitian
Holy See|Vatican|Vatican City State|State of the Vatican City
Honduras|Republic of ~;Honduran
Hungary;Hungarian
Iceland;Icelandic|Icelander
India|Republic of ~|Bharat;Indian
Indonesia|Republic of ~;Indonesian
Iran|Islamic Republic of ~|Islamic Republic;Iranian
Iraq|Republic of ~;Iraqi
Ireland|Republic of ~;Irish
Israel|State of ~;Israeli
Italy|Italian Republic;Italian
Jamaica;Jamaican
Japan;Japanese
Jordan|Hashemite Kingdom of ~;Jordanian;?
Kazakhstan|Republic of ~;Kazakhstani|Kazakh
Kenya|Republic of ~;Kenyan
Kiribati|Republic of ~;I-Kiribati
North Korea|Democratic People's Republic of Korea|DPRK|D.P.R.K.;North Korean
Republic of Korea|South Korea|ROK|R.O.K.|Korea;South Korean|Korean
Kosovo|Republic of ~;Kosovar|Kosovan
Kuwait|State of ~;Kuwaiti
Kyrgyzstan|Kyrgyz Republic;Kyrgyz|Kyrgyzstani
Laos|Lao People's Democratic Republic|Lao PDR;Lao|Laotian
Latvia|Republic of ~;Latvian
Lebanon|Lebanese Republic;Lebanese
Lesotho|Kingdom of ~;Basotho|Mosotho
Liberia|Republic of ~;Liberian
Libya|State of ~;Libyan
Liechtenstein|Principality of ~;Liechtensteiner
Lithuania|Republic of ~;Lithuanian
Luxembourg|Grand Duchy of ~;Luxembourger|Luxembourgish
Madagascar|Republic of ~;Malagasy
Malawi|Republic of ~;Malawian
Malaysia;Malaysian
Maldives|Republic of ~|Maldive Islands;Maldivian
Mali|Republic of ~;Malian
Malta|Republic of ~;Maltese
Marshall Islands|Republic of the ~|RMI;Marshallese
Mauritania|Islamic Republic of ~;Mauritanian
Mauritius|Republic of ~;Mauritian
Mexico|United Mexican States;Mexican
Micronesia|Federated States of ~|FSM;Micronesian
Moldova|Republic of ~;Moldovan
Monaco|Principality of ~;Monegasque
Mongolia;Mongolian
Montenegro;Montenegrin
Morocco|Kingdom of ~;Moroccan
Mozambique|Republic of ~;Mozambican
Namibia|Republic of ~;Namibian
Nauru|Republic of ~;Nauruan
Nepal|Federal Democratic Republic of ~;Nepali|Nepalese
Netherlands|Kingdom of the ~|The ~|Holland;Dutch
New Zealand|Aotearoa ~;New Zealander
Nicaragua|Republic of ~;Nicaraguan
Niger|Republic of ~|Republic of the ~;Nigerien
Nigeria|Federal Republic of ~;Nigerian
North Macedonia|Republic of ~|Macedonia|Former Yugoslav Republic of Macedonia|FYROM;Macedonian|North Macedonian
Norway|Kingdom of ~;Norwegian
Oman|Sultanate of ~;Omani
Pakistan|Islamic Republic of ~;Pakistani
Palau|Republic of ~;Palauan
Palestine|State of ~;Palestinian
Panama|Republic of ~;Panamanian
Papua New Guinea|PNG|Independent State of ~;Papua New Guinean
Paraguay|Republic of ~;Paraguayan
Peru|Republic of ~;Peruvian
Philippines|Republic of the ~;Philippine|Filipino|Filipina
Poland|Republic of ~;Polish
Portugal|Portuguese Republic;Portuguese
Qatar|State of ~;Qatari
Romania;Romanian
Russia|Russian Federation;Russian
Rwanda|Republic of ~;Rwandan
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis|Federation of ~|Saint Christopher and Nevis;Kittitian|Nevisian
Saint Lucia|St. Lucia|St Lucia;Saint Lucian|St. Lucian
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent;Vincentian
Samoa|Independent State of ~;Samoan
San Marino|Republic of ~;Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Sao Tome & Principe|Democratic Republic of ~;Santomean
Saudi Arabia|Kingdom of ~|KSA;Saudi|Saudi Arabian
Senegal|Republic of ~;Senegalese
Serbia|Republic of ~;Serbian
Seychelles|Republic of ~;Seychellois
Sierra Leone|Republic of ~;Sierra Leonean
Singapore|Republic of ~;Singaporean
Slovakia|Slovak Republic;Slovak
Slovenia|Republic of ~;Slovenian|Slovene
Solomon Islands;Solomon Islander
Somalia|Federal Republic of ~;Somali|Somalian
South Africa|Republic of ~|RSA;South African
South Sudan|Republic of ~;South Sudanese
Spain|Kingdom of ~;Spanish|Spaniard
Sri Lanka|Democratic Socialist Republic of ~;Sri Lankan
Sudan|Republic of the ~|Republic of ~;Sudanese
Suriname|Republic of ~|Surinam;Surinamese
Sweden|Kingdom of ~;Swedish|Swede
Switzerland|Swiss Confederation;Swiss
Syria|Syrian Arab Republic;Syrian
Taiwan|Republic of China|Chinese Taipei;Taiwanese;place
Tajikistan|Republic of ~;Tajik|Tajikistani
Tanzania|United Republic of ~;Tanzanian
Thailand|Kingdom of ~;Thai
Timor-Leste|East Timor|Timor Leste|Democratic Republic of ~;Timorese
Togo|Togolese Republic;Togolese
Tonga|Kingdom of ~;Tongan
Trinidad and Tobago|Republic of ~|Trinidad & Tobago|Trinidad;Trinidadian|Tobagonian
Tunisia|Tunisian Republic;Tunisian
Türkiye|Turkiye|Turkey|Republic of Turkiye|Republic of ~|Republic of Turkey;Turkish
Turkmenistan;Turkmen|Turkmenistani
Tuvalu;Tuvaluan
Uganda|Republic of ~;Ugandan
Ukraine;Ukrainian
United Arab Emirates|UAE|U.A.E.|Emirates;Emirati
United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|U.K.|Great Britain|Britain;British|Briton
United States|United States of America|U.S.|US|U.S.A.|USA|America;American
Uruguay|Oriental Republic of ~;Uruguayan
Uzbekistan|Republic of ~;Uzbek|Uzbekistani
Vanuatu|Republic of ~;Ni-Vanuatu
Venezuela|Bolivarian Republic of ~;Venezuelan
Vietnam|Viet Nam|Socialist Republic of ~|Socialist Republic of Viet Nam;Vietnamese
Yemen|Republic of ~;Yemeni
Zambia|Republic of ~;Zambian
Zimbabwe|Republic of ~;Zimbabwean
`);

/** States that no longer exist; still `country` by the guide ("the Soviet Union"). No capital required. */
export const FORMER_COUNTRIES: readonly Country[] = countries(`
Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics;Soviet
Yugoslavia|Socialist Federal Republic of ~|Federal Republic of ~|SFRY;Yugoslav
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
