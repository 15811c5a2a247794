// Sovereign states: every UN member, the two observer states, Kosovo and Taiwan (guide type `country`;
// long forms, abbreviations and adjectival uses of the name are surface forms). `demonyms` are kept only
// to resolve actors ("the Kazakhstani side" -> Kazakhstan); by the guide they are NOT entities.
// `name` is the short form the State Department uses; "~" in a long form or a demonym stands for it
// ("Republic of ~", "~n" for "Albanian").
// Former states are listed apart, without capitals.
import { countries } from './parse';
import type { Country } from './types';

export const COUNTRIES: readonly Country[] = countries(`
Afghanistan|Islamic Republic of ~;Afghan
Albania|Republic of ~;~n
Algeria|People's Democratic Republic of ~;~n
Andorra|Principality of ~;~n
Angola|Republic of ~;~n
Antigua and Barbuda|Antigua & Barbuda|Antigua;Antiguan|Barbudan
Argentina|Argentine Republic;Argentine|Argentinian
Armenia|Republic of ~;~n
Australia|Commonwealth of ~;~n
Austria|Republic of ~;~n
Azerbaijan|Republic of ~;~i|Azeri
Bahamas|The ~|Commonwealth of The ~|Commonwealth of the ~;Bahamian
Bahrain|Kingdom of ~;~i
Bangladesh|People's Republic of ~;~i
Barbados;Barbadian|Bajan
Belarus|Republic of ~|Byelorussia;~ian
Belgium|Kingdom of ~;Belgian
Belize;~an
Benin|Republic of ~;~ese
Bhutan|Kingdom of ~;~ese
Bolivia|Plurinational State of ~;~n
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH|Bosnia;Bosnian|Herzegovinian
Botswana|Republic of ~;Motswana|Batswana
Brazil|Federative Republic of ~;~ian
Brunei|Brunei Darussalam|Nation of ~;~an
Bulgaria|Republic of ~;~n
Burkina Faso|Burkina;Burkinabè
Burma|Myanmar|Republic of the Union of Myanmar|Union of ~;Burmese
Burundi|Republic of ~;~an
Cabo Verde|Cape Verde|Republic of ~;~an|Cape Verdean
Cambodia|Kingdom of ~;~n
Cameroon|Republic of ~;~ian
Canada;Canadian
Central African Republic|CAR;Central African
Chad|Republic of ~;~ian;?
Chile|Republic of ~;~an
China|People's Republic of ~|PRC|P.R.C.;Chinese
Colombia|Republic of ~;~n
Comoros|Union of the ~|Comoro Islands;Comoran|Comorian
Democratic Republic of the Congo|DRC|D.R.C.|DR Congo|DROC|Congo-Kinshasa|Congo (Kinshasa)|Democratic Republic of Congo;Congolese
Republic of the Congo|Congo|Congo-Brazzaville|Congo (Brazzaville)|Republic of Congo
Costa Rica|Republic of ~;~n
Cote d'Ivoire|Côte d'Ivoire|Republic of Côte d'Ivoire|Ivory Coast;Ivoirian|Ivorian
Croatia|Republic of ~;~n|Croat
Cuba|Republic of ~;~n
Cyprus|Republic of ~;Cypriot
Czechia|Czech Republic;Czech
Denmark|Kingdom of ~;Danish|Dane
Djibouti|Republic of ~;~an
Dominica|Commonwealth of ~
Dominican Republic;Dominican
Ecuador|Republic of ~;~ian
Egypt|Arab Republic of ~;~ian
El Salvador|Republic of ~;Salvadoran
Equatorial Guinea|Republic of ~;~n|Equatoguinean
Eritrea|State of ~;~n
Estonia|Republic of ~;~n
Eswatini|Kingdom of ~|Swaziland|Kingdom of Swaziland;Swazi
Ethiopia|Federal Democratic Republic of ~;~n
Fiji|Republic of ~;~an
Finland|Republic of ~;Finnish
France|French Republic;French
Gabon|Gabonese Republic;~ese
Gambia|The ~|Republic of The ~|Republic of the ~;~n
Georgia;~n;?
Germany|Federal Republic of ~|FRG;German
Ghana|Republic of ~;~ian
Greece|Hellenic Republic;Greek|Hellenic
Grenada;Grenadian
Guatemala|Republic of ~;~n
Guinea|Republic of ~|Guinea-Conakry;~n
Guinea-Bissau|Guinea Bissau|Republic of ~;Bissau-Guinean
Guyana|Co-operative Republic of ~|Cooperative Republic of ~;Guyanese
Haiti|Republic of ~;~an
Holy See|Vatican|Vatican City State|State of the Vatican City
Honduras|Republic of ~;Honduran
Hungary;Hungarian
Iceland;~ic|~er
India|Republic of ~|Bharat;~n
Indonesia|Republic of ~;~n
Iran|Islamic Republic of ~|Islamic Republic;~ian
Iraq|Republic of ~;~i
Ireland|Republic of ~;Irish
Israel|State of ~;~i
Italy|Italian Republic;Italian
Jamaica;~n
Japan;~ese
Jordan|Hashemite Kingdom of ~;~ian;?
Kazakhstan|Republic of ~;~i|Kazakh
Kenya|Republic of ~;~n
Kiribati|Republic of ~;I-Kiribati
North Korea|Democratic People's Republic of Korea|DPRK|D.P.R.K.;~n
Republic of Korea|South Korea|ROK|R.O.K.|Korea;South Korean|Korean
Kosovo|Republic of ~;Kosovar|Kosovan
Kuwait|State of ~;~i
Kyrgyzstan|Kyrgyz Republic;Kyrgyz|~i
Laos|Lao People's Democratic Republic|Lao PDR;Lao|Laotian
Latvia|Republic of ~;~n
Lebanon|Lebanese Republic;Lebanese
Lesotho|Kingdom of ~;Basotho|Mosotho
Liberia|Republic of ~;~n
Libya|State of ~;~n
Liechtenstein|Principality of ~;~er
Lithuania|Republic of ~;~n
Luxembourg|Grand Duchy of ~;~er|~ish
Madagascar|Republic of ~;Malagasy
Malawi|Republic of ~;~an
Malaysia;~n
Maldives|Republic of ~|Maldive Islands;Maldivian
Mali|Republic of ~;~an
Malta|Republic of ~;Maltese
Marshall Islands|Republic of the ~|RMI;Marshallese
Mauritania|Islamic Republic of ~;~n
Mauritius|Republic of ~;Mauritian
Mexico|United Mexican States;Mexican
Micronesia|Federated States of ~|FSM;~n
Moldova|Republic of ~;~n
Monaco|Principality of ~;Monegasque
Mongolia;~n
Montenegro;Montenegrin
Morocco|Kingdom of ~;Moroccan
Mozambique|Republic of ~;Mozambican
Namibia|Republic of ~;~n
Nauru|Republic of ~;~an
Nepal|Federal Democratic Republic of ~;~i|~ese
Netherlands|Kingdom of the ~|The ~|Holland;Dutch
New Zealand|Aotearoa ~;~er
Nicaragua|Republic of ~;~n
Niger|Republic of ~|Republic of the ~;~ien
Nigeria|Federal Republic of ~;~n
North Macedonia|Republic of ~|Macedonia|Former Yugoslav Republic of Macedonia|FYROM;Macedonian|~n
Norway|Kingdom of ~;Norwegian
Oman|Sultanate of ~;~i
Pakistan|Islamic Republic of ~;~i
Palau|Republic of ~;~an
Palestine|State of ~;Palestinian
Panama|Republic of ~;~nian
Papua New Guinea|PNG|Independent State of ~;~n
Paraguay|Republic of ~;~an
Peru|Republic of ~;~vian
Philippines|Republic of the ~;Philippine|Filipino|Filipina
Poland|Republic of ~;Polish
Portugal|Portuguese Republic;Portuguese
Qatar|State of ~;~i
Romania;~n
Russia|Russian Federation;~n
Rwanda|Republic of ~;~n
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis|Federation of ~|Saint Christopher and Nevis;Kittitian|Nevisian
Saint Lucia|St. Lucia|St Lucia;~n|St. Lucian
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent;Vincentian
Samoa|Independent State of ~;~n
San Marino|Republic of ~;Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Sao Tome & Principe|Democratic Republic of ~;Santomean
Saudi Arabia|Kingdom of ~|KSA;Saudi|~n
Senegal|Republic of ~;~ese
Serbia|Republic of ~;~n
Seychelles|Republic of ~;Seychellois
Sierra Leone|Republic of ~;~an
Singapore|Republic of ~;~an
Slovakia|Slovak Republic;Slovak
Slovenia|Republic of ~;~n|Slovene
Solomon Islands;Solomon Islander
Somalia|Federal Republic of ~;Somali|~n
South Africa|Republic of ~|RSA;~n
South Sudan|Republic of ~;~ese
Spain|Kingdom of ~;Spanish|Spaniard
Sri Lanka|Democratic Socialist Republic of ~;~n
Sudan|Republic of the ~|Republic of ~;~ese
Suriname|Republic of ~|Surinam;~se
Sweden|Kingdom of ~;Swedish|Swede
Switzerland|Swiss Confederation;Swiss
Syria|Syrian Arab Republic;~n
Taiwan|Republic of China|Chinese Taipei;~ese;place
Tajikistan|Republic of ~;Tajik|~i
Tanzania|United Republic of ~;~n
Thailand|Kingdom of ~;Thai
Timor-Leste|East Timor|Timor Leste|Democratic Republic of ~;Timorese
Togo|Togolese Republic;~lese
Tonga|Kingdom of ~;~n
Trinidad and Tobago|Republic of ~|Trinidad & Tobago|Trinidad;Trinidadian|Tobagonian
Tunisia|Tunisian Republic;~n
Türkiye|Turkey|Republic of ~|Republic of Turkey;Turkish
Turkmenistan;Turkmen|~i
Tuvalu;~an
Uganda|Republic of ~;~n
Ukraine;Ukrainian
United Arab Emirates|UAE|U.A.E.|Emirates;Emirati
United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|U.K.|Great Britain|Britain;British|Briton
United States|United States of America|U.S.|US|U.S.A.|USA|America;American
Uruguay|Oriental Republic of ~;~an
Uzbekistan|Republic of ~;Uzbek|~i
Vanuatu|Republic of ~;Ni-Vanuatu
Venezuela|Bolivarian Republic of ~;~n
Vietnam|Viet Nam|Socialist Republic of ~|Socialist Republic of Viet Nam;~ese
Yemen|Republic of ~;~i
Zambia|Republic of ~;~n
Zimbabwe|Republic of ~;~an
`);

/** States that no longer exist; still `country` by the guide ("the Soviet Union"). No capital required. */
export const FORMER_COUNTRIES: readonly Country[] = countries(`
Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics;Soviet
Yugoslavia|Socialist Federal Republic of ~|Federal Republic of ~|SFRY;Yugoslav
Czechoslovakia;Czechoslovak
East Germany|German Democratic Republic|GDR;East German
West Germany;West German
Serbia and Montenegro
South Vietnam|Republic of Vietnam;~ese
North Vietnam;~ese
Zaire;Zairian
Rhodesia;~n
Ottoman Empire;Ottoman
`);
