// Sovereign states: every UN member, the two observer states, Kosovo and Taiwan (guide type `country`;
// long forms, abbreviations and adjectival uses of the name are surface forms). `demonyms` are kept only
// to resolve actors ("the Kazakhstani side" -> Kazakhstan); by the guide they are NOT entities.
// `name` is the short form the State Department uses; "~" in a long form or a demonym stands for it
// ("Grand Duchy of ~", "~n" for "Albanian"), a long form "R" is "Republic of ~", "K" "Kingdom of ~", and an abbreviation "*"
// the name's initials ("Papua New Guinea|*" is also "PNG"; parse.ts).
// Former states are listed apart, without capitals or demonyms: only the current states' demonyms are read (the party
// index's actors and the vocabulary's demonyms are COUNTRIES' alone), so a former state's would be read by nothing.
import { countries, table } from './parse';
import type { Country } from './types';

export const COUNTRIES: readonly Country[] = countries(table`
Afghanistan|Islamic Republic of ~;Afghan
Albania|R;~n
Algeria|People's Democratic Republic of ~;~n
Andorra|Principality of ~;~n
Angola|R;~n
Antigua and Barbuda|Antigua & Barbuda|Antigua;Antiguan|Barbudan
Argentina|Argentine Republic;Argentine|Argentinian
Armenia|R;~n
Australia|Commonwealth of ~;~n
Austria|R;~n
Azerbaijan|R;~i|Azeri
Bahamas|The ~|Commonwealth of The ~|Commonwealth of the ~;Bahamian
Bahrain|K;~i
Bangladesh|People's Republic of ~;~i
Barbados;Barbadian|Bajan
Belarus|R|Byelorussia;~ian
Belgium|K;Belgian
Belize;~an
Benin|R;~ese
Bhutan|K;~ese
Bolivia|Plurinational State of ~;~n
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH|Bosnia;Bosnian|Herzegovinian
Botswana|R;Motswana|Batswana
Brazil|Federative Republic of ~;~ian
Brunei|~ Darussalam|Nation of ~;~an
Bulgaria|R;~n
Burkina Faso|Burkina;Burkinabè
Burma|Myanmar|Republic of the Union of Myanmar|Union of ~;Burmese
Burundi|R;~an
Cabo Verde|Cape Verde|R;~an|Cape Verdean
Cambodia|K;~n
Cameroon|R;~ian
Canada;Canadian
Central African Republic|*;Central African
Chad|R;~ian;?
Chile|R;~an
China|People's Republic of ~|PRC|P.R.C.;Chinese
Colombia|R;~n
Comoros|Union of the ~|Comoro Islands;Comoran|Comorian
Democratic Republic of the Congo|*|D.R.C.|DR Congo|DROC|Congo-Kinshasa|Congo (Kinshasa)|Democratic Republic of Congo;Congolese
Republic of the Congo|Congo|Congo-Brazzaville|Congo (Brazzaville)|Republic of Congo
Costa Rica|R;~n
Cote d'Ivoire|Côte d'Ivoire|Republic of Côte d'Ivoire|Ivory Coast;Ivoirian|Ivorian
Croatia|R;~n|Croat
Cuba|R;~n
Cyprus|R;Cypriot
Czechia|Czech Republic;Czech
Denmark|K;Danish|Dane
Djibouti|R;~an
Dominica|Commonwealth of ~
Dominican Republic;Dominican
Ecuador|R;~ian
Egypt|Arab Republic of ~;~ian
El Salvador|R;Salvadoran
Equatorial Guinea|R;~n|Equatoguinean
Eritrea|State of ~;~n
Estonia|R;~n
Eswatini|K|Swaziland|Kingdom of Swaziland;Swazi
Ethiopia|Federal Democratic Republic of ~;~n
Fiji|R;~an
Finland|R;Finnish
France|French Republic;French
Gabon|~ese Republic;~ese
Gambia|The ~|Republic of The ~|Republic of the ~;~n
Georgia;~n;?
Germany|Federal Republic of ~|FRG;German
Ghana|R;~ian
Greece|Hellenic Republic;Greek|Hellenic
Grenada;Grenadian
Guatemala|R;~n
Guinea|R|~-Conakry;~n
Guinea-Bissau|Guinea Bissau|R;Bissau-Guinean
Guyana|Co-operative Republic of ~|Cooperative Republic of ~;Guyanese
Haiti|R;~an
Holy See|Vatican|Vatican City State|State of the Vatican City
Honduras|R;Honduran
Hungary;Hungarian
Iceland;~ic|~er
India|R|Bharat;~n
Indonesia|R;~n
Iran|Islamic Republic of ~|Islamic Republic;~ian
Iraq|R;~i
Ireland|R;Irish
Israel|State of ~;~i
Italy|Italian Republic;Italian
Jamaica;~n
Japan;~ese
Jordan|Hashemite Kingdom of ~;~ian;?
Kazakhstan|R;~i|Kazakh
Kenya|R;~n
Kiribati|R;I-~
North Korea|Democratic People's Republic of Korea|DPRK|D.P.R.K.;~n
Republic of Korea|South Korea|ROK|R.O.K.|Korea;South Korean|Korean
Kosovo|R;Kosovar|Kosovan
Kuwait|State of ~;~i
Kyrgyzstan|Kyrgyz Republic;Kyrgyz|~i
Laos|Lao People's Democratic Republic|Lao PDR;Lao|Laotian
Latvia|R;~n
Lebanon|Lebanese Republic;Lebanese
Lesotho|K;Basotho|Mosotho
Liberia|R;~n
Libya|State of ~;~n
Liechtenstein|Principality of ~;~er
Lithuania|R;~n
Luxembourg|Grand Duchy of ~;~er|~ish
Madagascar|R;Malagasy
Malawi|R;~an
Malaysia;~n
Maldives|R|Maldive Islands;Maldivian
Mali|R;~an
Malta|R;Maltese
Marshall Islands|Republic of the ~|RMI;Marshallese
Mauritania|Islamic Republic of ~;~n
Mauritius|R;Mauritian
Mexico|United Mexican States;Mexican
Micronesia|Federated States of ~|FSM;~n
Moldova|R;~n
Monaco|Principality of ~;Monegasque
Mongolia;~n
Montenegro;Montenegrin
Morocco|K;Moroccan
Mozambique|R;Mozambican
Namibia|R;~n
Nauru|R;~an
Nepal|Federal Democratic Republic of ~;~i|~ese
Netherlands|Kingdom of the ~|The ~|Holland;Dutch
New Zealand|Aotearoa ~;~er
Nicaragua|R;~n
Niger|R|Republic of the ~;~ien
Nigeria|Federal Republic of ~;~n
North Macedonia|R|-|Former Yugoslav Republic of Macedonia|FYROM;Macedonian|~n
Norway|K;Norwegian
Oman|Sultanate of ~;~i
Pakistan|Islamic Republic of ~;~i
Palau|R;~an
Palestine|State of ~;Palestinian
Panama|R;~nian
Papua New Guinea|*|Independent State of ~;~n
Paraguay|R;~an
Peru|R;~vian
Philippines|Republic of the ~;Philippine|Filipino|Filipina
Poland|R;Polish
Portugal|Portuguese Republic;Portuguese
Qatar|State of ~;~i
Romania;~n
Russia|~n Federation;~n
Rwanda|R;~n
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis|Federation of ~|Saint Christopher and Nevis;Kittitian|Nevisian
Saint Lucia|St. Lucia|St Lucia;~n|St. Lucian
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent;Vincentian
Samoa|Independent State of ~;~n
San Marino|R;Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Sao Tome & Principe|Democratic Republic of ~;Santomean
Saudi Arabia|K|KSA;Saudi|~n
Senegal|R;~ese
Serbia|R;~n
Seychelles|R;Seychellois
Sierra Leone|R;~an
Singapore|R;~an
Slovakia|Slovak Republic;Slovak
Slovenia|R;~n|Slovene
Solomon Islands;Solomon Islander
Somalia|Federal Republic of ~;Somali|~n
South Africa|R|RSA;~n
South Sudan|R;~ese
Spain|K;Spanish|Spaniard
Sri Lanka|Democratic Socialist Republic of ~;~n
Sudan|Republic of the ~|R;~ese
Suriname|R|Surinam;~se
Sweden|K;Swedish|Swede
Switzerland|Swiss Confederation;Swiss
Syria|~n Arab Republic;~n
Taiwan|Republic of China|Chinese Taipei;~ese;place
Tajikistan|R;Tajik|~i
Tanzania|United Republic of ~;~n
Thailand|K;Thai
Timor-Leste|East Timor|Timor Leste|Democratic Republic of ~;Timorese
Togo|~lese Republic;~lese
Tonga|K;~n
Trinidad and Tobago|R|Trinidad & Tobago|Trinidad;Trinidadian|Tobagonian
Tunisia|~n Republic;~n
Türkiye|Turkey|R|Republic of Turkey;Turkish
Turkmenistan;Turkmen|~i
Tuvalu;~an
Uganda|R;~n
Ukraine;Ukrainian
United Arab Emirates|*|U.A.E.|Emirates;Emirati
United Kingdom|~ of Great Britain and Northern Ireland|*|U.K.|Great Britain|Britain;British|Briton
United States|~ of America|U.S.|*|U.S.A.|USA|America;American
Uruguay|Oriental Republic of ~;~an
Uzbekistan|R;Uzbek|~i
Vanuatu|R;Ni-~
Venezuela|Bolivarian Republic of ~;~n
Vietnam|Viet Nam|Socialist Republic of ~|Socialist Republic of Viet Nam;~ese
Yemen|R;~i
Zambia|R;~n
Zimbabwe|R;~an
`);

/** States that no longer exist; still `country` by the guide ("the Soviet Union"). No capital required, nor demonym (read by nothing). */
export const FORMER_COUNTRIES: readonly Country[] = countries(table`
Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics
Yugoslavia|Socialist Federal Republic of ~|Federal Republic of ~|SFRY
Czechoslovakia
East Germany|German Democratic Republic|GDR
West Germany
Serbia and Montenegro
South Vietnam|Republic of Vietnam
North Vietnam
Zaire
Rhodesia
Ottoman Empire
`);
