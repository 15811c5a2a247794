// Sovereign states: every UN member, the two observer states, Kosovo and Taiwan (guide type `country`;
// long forms, abbreviations and adjectival uses of the name are surface forms). `demonyms` are kept only
// to resolve actors ("the Kazakhstani side" -> Kazakhstan); by the guide they are NOT entities.
// `name` is the short form the State Department uses; "~" in a long form or a demonym stands for it
// ("Grand Duchy of ~", "~n" for "Albanian"), a long form "R" is "Republic of ~", "K" "Kingdom of ~", and an abbreviation "*"
// the name's initials ("Papua New Guinea|*" is also "PNG"; parse.ts).
// Former states are listed apart, without capitals or demonyms: only the current states' demonyms are read (the party
// index's actors and the vocabulary's demonyms are COUNTRIES' alone), so a former state's would be read by nothing.
// The states are listed in the order gzip packs smallest, not alphabetically (139 bytes gzipped), as are the former
// states (2 bytes): no two of a table share a form, even folded to lower case as the gazetteer's and the party index's
// tries key them, so their order decides no match, and the vocabulary reads them as a set.
import { countries, table } from './parse';
import type { Country } from './types';

export const COUNTRIES: readonly Country[] = countries(table`
Mexico|United Mexican States;Mexican
Kazakhstan|R;~i|Kazakh
Bulgaria|R;~n
Albania|R;~n
Algeria|People's Democratic Republic of ~;~n
Nigeria|Federal Republic of ~;~n
Somalia|Federal Republic of ~;Somali|~n
Argentina|Argentine Republic;Argentine|Argentinian
Armenia|R;~n
Austria|R;~n
Australia|Commonwealth of ~;~n
Bahamas|The ~|Commonwealth of the ~;Bahamian
Azerbaijan|R;~i|Azeri
Belgium|K;Belgian
Bangladesh|People's Republic of ~;~i
Benin|R;~ese
Comoros|Union of the ~|Comoro Islands;Comoran|Comorian
Brunei|~ Darussalam|Nation of ~;~an
Andorra|Principality of ~;~n
Botswana|R;Motswana|Batswana
India|R|Bharat;~n
Burkina Faso|Burkina;Burkinabè
Burundi|R;~an
Belize;~an
Cambodia|K;~n
Tuvalu;~an
Cameroon|R;~ian
Cabo Verde|Cape Verde|R;~an|Cape Verdean
Chad|R;~ian;?
Chile|R;~an
China|People's Republic of ~|PRC|P.R.C.;Chinese
Cote d'Ivoire|Côte d'Ivoire|Republic of Côte d'Ivoire|Ivory Coast;Ivoirian|Ivorian
Palau|R;~an
Belarus|R|Byelorussia;~ian
Cyprus|R;Cypriot
Zimbabwe|R;~an
Sierra Leone|R;~an
Singapore|R;~an
Czechia|Czech Republic;Czech
Japan;~ese
Gabon|~ese Republic;~ese
Haiti|R;~an
Djibouti|R;~an
Dominica|Commonwealth of ~
Dominican Republic;Dominican
Ecuador|R;~ian
Central African Republic|*;Central African
Egypt|Arab Republic of ~;~ian
Eswatini|K|Swaziland|Kingdom of Swaziland;Swazi
El Salvador|R;Salvadoran
Eritrea|State of ~;~n
Brazil|Federative Republic of ~;~ian
Ethiopia|Federal Democratic Republic of ~;~n
Nepal|Federal Democratic Republic of ~;~i|~ese
Holy See|Vatican|Vatican City State|State of the Vatican City
Democratic Republic of the Congo|*|D.R.C.|DR Congo|DROC|Congo-Kinshasa|Congo (Kinshasa)|Democratic Republic of Congo;Congolese
Vanuatu|R;Ni-~
Republic of the Congo|Congo|Congo-Brazzaville|Congo (Brazzaville)|Republic of Congo
Colombia|R;~n
Gambia|The ~|Republic of the ~;~n
Uganda|R;~n
Germany|Federal Republic of ~|FRG;German
Micronesia|Federated States of ~|FSM;~n
Ghana|R;~ian
Canada;Canadian
Zambia|R;~n
Grenada;Grenadian
Angola|R;~n
Guatemala|R;~n
Guinea-Bissau|Guinea Bissau|R;Bissau-Guinean
Niger|R|Republic of the ~;~ien
Guyana|Co-operative Republic of ~|Cooperative Republic of ~;Guyanese
Hungary;Hungarian
Afghanistan|Islamic Republic of ~;Afghan
Yemen|R;~i
Indonesia|R;~n
Iran|Islamic Republic of ~|Islamic Republic;~ian
Costa Rica|R;~n
Italy|Italian Republic;Italian
Jamaica;~n
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH|Bosnia;Bosnian|Herzegovinian
Jordan|Hashemite Kingdom of ~;~ian;?
Cuba|R;~n
Kiribati|R;I-~
Republic of Korea|South Korea|ROK|R.O.K.|Korea;South Korean|Korean
Iraq|R;~i
Israel|State of ~;~i
Kuwait|State of ~;~i
Kyrgyzstan|Kyrgyz Republic;Kyrgyz|~i
Iceland;~ic|~er
Liechtenstein|Principality of ~;~er
Laos|Lao People's Democratic Republic|Lao PDR;Lao|Laotian
Estonia|R;~n
Lebanon|Lebanese Republic;Lebanese
Maldives|R|Maldive Islands;Maldivian
North Korea|Democratic People's Republic of Korea|DPRK|D.P.R.K.;~n
Lesotho|K;Basotho|Mosotho
Solomon Islands;Solomon Islander
Liberia|R;~n
Antigua and Barbuda|Antigua & Barbuda|Antigua;Antiguan|Barbudan
Libya|State of ~;~n
Sudan|Republic of the ~|R;~ese
South Sudan|R;~ese
Senegal|R;~ese
Seychelles|R;Seychellois
Barbados;Barbadian|Bajan
Lithuania|R;~n
Namibia|R;~n
Nauru|R;~an
Bhutan|K;~ese
Taiwan|Republic of China|Chinese Taipei;~ese;place
Burma|Myanmar|Republic of the Union of Myanmar|Union of ~;Burmese
Madagascar|R;Malagasy
Romania;~n
Malawi|R;~an
Malaysia;~n
Malta|R;Maltese
Mauritania|Islamic Republic of ~;~n
Moldova|R;~n
Guinea|R|~-Conakry;~n
Monaco|Principality of ~;Monegasque
Fiji|R;~an
Mongolia;~n
Mali|R;~an
Montenegro;Montenegrin
Morocco|K;Moroccan
Mozambique|R;Mozambican
France|French Republic;French
Netherlands|Kingdom of the ~|The ~|Holland;Dutch
New Zealand|Aotearoa ~;~er
Latvia|R;~n
Nicaragua|R;~n
Qatar|State of ~;~i
Kenya|R;~n
Ireland|R;Irish
Peru|R;~vian
Norway|K;Norwegian
Palestine|State of ~;Palestinian
Panama|R;~nian
Paraguay|R;~an
Denmark|K;Danish|Dane
Finland|R;Finnish
Luxembourg|Grand Duchy of ~;~er|~ish
Poland|R;Polish
Portugal|Portuguese Republic;Portuguese
Rwanda|R;~n
Georgia;~n;?
Croatia|R;~n|Croat
Mauritius|R;Mauritian
Equatorial Guinea|R;~n|Equatoguinean
Saint Lucia|St. Lucia|St Lucia;~n|St. Lucian
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis|Federation of ~|Saint Christopher and Nevis;Kittitian|Nevisian
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent;Vincentian
Papua New Guinea|*|Independent State of ~;~n
Samoa|Independent State of ~;~n
San Marino|R;Sammarinese
Honduras|R;Honduran
Sao Tome and Principe|São Tomé and Príncipe|Sao Tome & Principe|Democratic Republic of ~;Santomean
North Macedonia|R|-|Former Yugoslav Republic of Macedonia|FYROM;Macedonian|~n
Saudi Arabia|K|KSA;Saudi|~n
Serbia|R;~n
Greece|Hellenic Republic;Greek|Hellenic
Slovakia|Slovak Republic;Slovak
Slovenia|R;~n|Slovene
Sri Lanka|Democratic Socialist Republic of ~;~n
Suriname|R|Surinam;~se
Venezuela|Bolivarian Republic of ~;~n
Bolivia|Plurinational State of ~;~n
Sweden|K;Swedish|Swede
Russia|~n Federation;~n
Switzerland|Swiss Confederation;Swiss
South Africa|R|RSA;~n
Syria|~n Arab Republic;~n
Tajikistan|R;Tajik|~i
Tunisia|~n Republic;~n
Tanzania|United Republic of ~;~n
Spain|K;Spanish|Spaniard
Bahrain|K;~i
Timor-Leste|East Timor|Timor Leste|Democratic Republic of ~;Timorese
Marshall Islands|Republic of the ~|RMI;Marshallese
Togo|~lese Republic;~lese
Tonga|K;~n
Trinidad and Tobago|R|Trinidad & Tobago|Trinidad;Trinidadian|Tobagonian
Pakistan|Islamic Republic of ~;~i
Turkmenistan;Turkmen|~i
Türkiye|Turkey|R|Republic of Turkey;Turkish
Ukraine;Ukrainian
Philippines|Republic of the ~;Philippine|Filipino|Filipina
Oman|Sultanate of ~;~i
Kosovo|R;Kosovar|Kosovan
United States|~ of America|U.S.|*|U.S.A.|USA|America;American
United Kingdom|~ of Great Britain and Northern Ireland|*|U.K.|Great Britain|Britain;British|Briton
United Arab Emirates|*|U.A.E.|Emirates;Emirati
Uruguay|Oriental Republic of ~;~an
Uzbekistan|R;Uzbek|~i
Thailand|K;Thai
Vietnam|Viet Nam|Socialist Republic of ~|Socialist Republic of Viet Nam;~ese
`);

/** States that no longer exist; still `country` by the guide ("the Soviet Union"). No capital required, nor demonym (read by nothing). In the order gzip packs smallest. */
export const FORMER_COUNTRIES: readonly Country[] = countries(table`
Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics
Czechoslovakia
East Germany|German Democratic Republic|GDR
West Germany
Serbia and Montenegro
North Vietnam
Zaire
South Vietnam|Republic of Vietnam
Rhodesia
Ottoman Empire
Yugoslavia|Socialist Federal Republic of ~|Federal Republic of ~|SFRY
`);
