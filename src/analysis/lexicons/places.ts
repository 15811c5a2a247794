// Places (guide type `place`): capitals, major cities and diplomatic venues, U.S. states and territories,
// sub-national units, world regions, and named geographic or infrastructure features (seas, straits,
// corridors, bases, plants). `country` is kept where it helps resolve actors (capitals, sub-national units).
// Homonyms of countries ("Georgia" the U.S. state, "Singapore", "Monaco") need context: prefer the country.
import { places } from './parse';
import type { Place } from './types';

export const CAPITALS: readonly Place[] = places(`
  Kabul; capital; Afghanistan
  Tirana | Tiranë; capital; Albania
  Algiers; capital; Algeria
  Andorra la Vella; capital; Andorra
  Luanda; capital; Angola
  St. John's | Saint John's | St John's; capital; Antigua and Barbuda
  Buenos Aires; capital; Argentina
  Yerevan; capital; Armenia
  Canberra; capital; Australia
  Vienna; capital; Austria
  Baku; capital; Azerbaijan
  Nassau; capital; Bahamas
  Manama; capital; Bahrain
  Dhaka | Dacca; capital; Bangladesh
  Bridgetown; capital; Barbados
  Minsk; capital; Belarus
  Brussels; capital; Belgium
  Belmopan; capital; Belize
  Porto-Novo | Porto Novo; capital; Benin
  Thimphu; capital; Bhutan
  La Paz; capital; Bolivia
  Sucre; capital; Bolivia
  Sarajevo; capital; Bosnia and Herzegovina
  Gaborone; capital; Botswana
  Brasilia | Brasília; capital; Brazil
  Bandar Seri Begawan; capital; Brunei
  Sofia; capital; Bulgaria
  Ouagadougou; capital; Burkina Faso
  Nay Pyi Taw | Naypyidaw | Naypyitaw | Nay Pyi Daw; capital; Burma
  Gitega; capital; Burundi
  Praia; capital; Cabo Verde
  Phnom Penh; capital; Cambodia
  Yaounde | Yaoundé; capital; Cameroon
  Ottawa; capital; Canada
  Bangui; capital; Central African Republic
  N'Djamena | Ndjamena | N'Djaména; capital; Chad
  Santiago; capital; Chile
  Beijing | Peking; capital; China
  Bogota | Bogotá; capital; Colombia
  Moroni; capital; Comoros
  Kinshasa; capital; Democratic Republic of the Congo
  Brazzaville; capital; Republic of the Congo
  San Jose | San José; capital; Costa Rica
  Yamoussoukro; capital; Cote d'Ivoire
  Zagreb; capital; Croatia
  Havana | La Habana; capital; Cuba
  Nicosia; capital; Cyprus
  Prague; capital; Czechia
  Copenhagen; capital; Denmark
  Djibouti City; capital; Djibouti
  Roseau; capital; Dominica
  Santo Domingo; capital; Dominican Republic
  Quito; capital; Ecuador
  Cairo; capital; Egypt
  San Salvador; capital; El Salvador
  Malabo; capital; Equatorial Guinea
  Asmara; capital; Eritrea
  Tallinn; capital; Estonia
  Mbabane; capital; Eswatini
  Addis Ababa; capital; Ethiopia
  Suva; capital; Fiji
  Helsinki; capital; Finland
  Paris; capital; France
  Libreville; capital; Gabon
  Banjul; capital; Gambia
  Tbilisi; capital; Georgia
  Berlin; capital; Germany
  Accra; capital; Ghana
  Athens; capital; Greece
  St. George's | Saint George's | St George's; capital; Grenada
  Guatemala City; capital; Guatemala
  Conakry; capital; Guinea
  Bissau; capital; Guinea-Bissau
  Georgetown; capital; Guyana
  Port-au-Prince | Port au Prince; capital; Haiti
  Vatican City; capital; Holy See
  Tegucigalpa; capital; Honduras
  Budapest; capital; Hungary
  Reykjavik | Reykjavík; capital; Iceland
  New Delhi; capital; India
  Jakarta; capital; Indonesia
  Tehran | Teheran; capital; Iran
  Baghdad; capital; Iraq
  Dublin; capital; Ireland
  Jerusalem; capital; Israel
  Rome; capital; Italy
  Kingston; capital; Jamaica
  Tokyo; capital; Japan
  Amman; capital; Jordan
  Astana | Nur-Sultan | Nur Sultan; capital; Kazakhstan
  Nairobi; capital; Kenya
  Tarawa | South Tarawa; capital; Kiribati
  Pyongyang; capital; North Korea
  Seoul; capital; Republic of Korea
  Pristina | Prishtina | Prishtinë; capital; Kosovo
  Kuwait City; capital; Kuwait
  Bishkek; capital; Kyrgyzstan
  Vientiane; capital; Laos
  Riga; capital; Latvia
  Beirut; capital; Lebanon
  Maseru; capital; Lesotho
  Monrovia; capital; Liberia
  Tripoli; capital; Libya
  Vaduz; capital; Liechtenstein
  Vilnius; capital; Lithuania
  Luxembourg City; capital; Luxembourg
  Antananarivo; capital; Madagascar
  Lilongwe; capital; Malawi
  Kuala Lumpur; capital; Malaysia
  Male | Malé; capital; Maldives; ?
  Bamako; capital; Mali
  Valletta; capital; Malta
  Majuro; capital; Marshall Islands
  Nouakchott; capital; Mauritania
  Port Louis; capital; Mauritius
  Mexico City; capital; Mexico
  Palikir; capital; Micronesia
  Chisinau | Chișinău | Chişinău | Kishinev; capital; Moldova
  Monaco; capital; Monaco
  Ulaanbaatar | Ulan Bator | Ulaan Baatar; capital; Mongolia
  Podgorica; capital; Montenegro
  Rabat; capital; Morocco
  Maputo; capital; Mozambique
  Windhoek; capital; Namibia
  Yaren; capital; Nauru
  Kathmandu; capital; Nepal
  Amsterdam; capital; Netherlands
  Wellington; capital; New Zealand
  Managua; capital; Nicaragua
  Niamey; capital; Niger
  Abuja; capital; Nigeria
  Skopje; capital; North Macedonia
  Oslo; capital; Norway
  Muscat; capital; Oman
  Islamabad; capital; Pakistan
  Ngerulmud | Melekeok; capital; Palau
  Ramallah; capital; Palestine
  Panama City; capital; Panama
  Port Moresby; capital; Papua New Guinea
  Asuncion | Asunción; capital; Paraguay
  Lima; capital; Peru
  Manila | Metro Manila; capital; Philippines
  Warsaw; capital; Poland
  Lisbon; capital; Portugal
  Doha; capital; Qatar
  Bucharest; capital; Romania
  Moscow; capital; Russia
  Kigali; capital; Rwanda
  Basseterre; capital; Saint Kitts and Nevis
  Castries; capital; Saint Lucia
  Kingstown; capital; Saint Vincent and the Grenadines
  Apia; capital; Samoa
  City of San Marino | San Marino City; capital; San Marino
  Sao Tome | São Tomé; capital; Sao Tome and Principe
  Riyadh; capital; Saudi Arabia
  Dakar; capital; Senegal
  Belgrade; capital; Serbia
  Victoria; capital; Seychelles; ?
  Freetown; capital; Sierra Leone
  Singapore; capital; Singapore
  Bratislava; capital; Slovakia
  Ljubljana; capital; Slovenia
  Honiara; capital; Solomon Islands
  Mogadishu; capital; Somalia
  Pretoria | Tshwane; capital; South Africa
  Juba; capital; South Sudan
  Madrid; capital; Spain
  Sri Jayawardenepura Kotte | Kotte; capital; Sri Lanka
  Colombo; capital; Sri Lanka
  Khartoum; capital; Sudan
  Paramaribo; capital; Suriname
  Stockholm; capital; Sweden
  Bern | Berne; capital; Switzerland
  Damascus; capital; Syria
  Taipei; capital; Taiwan
  Dushanbe; capital; Tajikistan
  Dodoma; capital; Tanzania
  Bangkok; capital; Thailand
  Dili; capital; Timor-Leste
  Lome | Lomé; capital; Togo
  Nuku'alofa | Nukualofa; capital; Tonga
  Port of Spain | Port-of-Spain; capital; Trinidad and Tobago
  Tunis; capital; Tunisia
  Ankara; capital; Türkiye
  Ashgabat | Ashkhabad; capital; Turkmenistan
  Funafuti; capital; Tuvalu
  Kampala; capital; Uganda
  Kyiv | Kiev; capital; Ukraine
  Abu Dhabi; capital; United Arab Emirates
  London; capital; United Kingdom
  Washington, D.C. | Washington, DC | Washington D.C. | Washington DC | Washington | District of Columbia | D.C.; capital; United States
  Montevideo; capital; Uruguay
  Tashkent; capital; Uzbekistan
  Port Vila | Port-Vila; capital; Vanuatu
  Caracas; capital; Venezuela
  Hanoi | Ha Noi; capital; Vietnam
  Sanaa | Sana'a; capital; Yemen
  Lusaka; capital; Zambia
  Harare; capital; Zimbabwe
`);

const CITIES: readonly Place[] = places(`
  New York | New York City | NYC; city
  Los Angeles; city
  Chicago; city
  Houston; city
  Miami; city
  San Francisco; city
  Atlanta; city
  Boston; city
  Philadelphia; city
  Honolulu; city
  Anchorage; city
  Toronto; city
  Montreal | Montréal; city
  Tijuana; city
  Ciudad Juarez | Ciudad Juárez; city
  Sao Paulo | São Paulo; city
  Rio de Janeiro; city
  Guayaquil; city
  Lagos; city
  Abidjan; city
  Johannesburg; city
  Cape Town; city
  Dar es Salaam; city
  El Fasher | El-Fasher | Al Fasher | Al-Fashir; city
  El Obeid | El-Obeid | Al-Ubayyid; city
  Casablanca; city
  Sharm el-Sheikh | Sharm El-Sheikh | Sharm el Sheikh; city
  Dubai; city
  Jeddah | Jidda | Jiddah; city
  Medina | Madinah; city
  Tel Aviv | Tel Aviv-Yafo; city
  Bethlehem; city
  Aleppo; city
  Erbil | Irbil; city
  Hudaydah | Hodeidah | Al Hudaydah; city
  Taiz | Ta'izz; city
  Marib | Ma'rib; city
  Aden; city
  Istanbul; city
  Geneva; city
  Munich; city
  Frankfurt; city
  Bonn; city
  Milan; city
  Nice; city; ; ?
  The Hague | Den Haag; city
  Glasgow; city
  Belfast; city
  Rzeszow | Rzeszów; city
  Lviv | Lvov; city
  Kharkiv | Kharkov; city
  Odesa | Odessa; city
  Mariupol; city
  Bucha; city
  Kramatorsk; city
  Vladivostok; city
  Kandahar; city
  Hiroshima; city
  Melbourne; city
  Naples; city
  Hamburg; city
  Nogales; city
  Nuevo Laredo; city
`);

const US_STATES: readonly Place[] = places(`
  Alabama; state
  Alaska; state
  Arizona; state
  Arkansas; state
  California; state
  Colorado; state
  Connecticut; state
  Delaware; state
  Florida; state
  Georgia; state; ; ?
  Hawaii | Hawai'i; state
  Idaho; state
  Illinois; state
  Indiana; state
  Iowa; state
  Kansas; state
  Kentucky; state
  Louisiana; state
  Maine; state
  Maryland; state
  Massachusetts; state
  Michigan; state
  Minnesota; state
  Mississippi; state
  Missouri; state
  Montana; state
  Nebraska; state
  Nevada; state
  New Hampshire; state
  New Jersey; state
  New Mexico; state
  New York State | New York state; state
  North Carolina; state
  North Dakota; state
  Ohio; state
  Oklahoma; state
  Oregon; state
  Pennsylvania; state
  Rhode Island; state
  South Carolina; state
  South Dakota; state
  Tennessee; state
  Texas; state
  Utah; state
  Vermont; state
  Virginia; state
  Washington State | Washington state | State of Washington; state
  West Virginia; state
  Wisconsin; state
  Wyoming; state
  Puerto Rico; subnational; United States
`);

const SUBNATIONAL: readonly Place[] = places(`
  Crimea | Crimean Peninsula | Autonomous Republic of Crimea; subnational; Ukraine
  Donbas | Donbass; subnational; Ukraine
  Donetsk | Donetsk Oblast | Donetsk region; subnational; Ukraine
  Luhansk | Luhansk Oblast | Luhansk region | Lugansk; subnational; Ukraine
  Kherson | Kherson Oblast | Kherson region; subnational; Ukraine
  Zaporizhzhia | Zaporizhzhia Oblast | Zaporizhzhia region | Zaporizhia | Zaporozhye; subnational; Ukraine
  Kaliningrad; subnational; Russia
  Chechnya | Chechen Republic; subnational; Russia
  Siberia; region; Russia
  Abkhazia; subnational; Georgia
  South Ossetia | Tskhinvali region; subnational; Georgia
  Transnistria | Transnistrian region; subnational; Moldova
  Nagorno-Karabakh | Karabakh | Nagorno Karabakh; subnational; Azerbaijan
  Xinjiang | Xinjiang Uyghur Autonomous Region | Xinjiang Uighur Autonomous Region | East Turkistan; subnational; China
  Tibet | Tibet Autonomous Region | Tibetan Autonomous Region; subnational; China
  Hong Kong | Hong Kong SAR | Hong Kong Special Administrative Region | HKSAR; subnational; China
  Gaza | Gaza Strip; subnational
  West Bank | Judea and Samaria; subnational
  East Jerusalem; subnational
  Negev | Negev Desert; region; Israel
  Sinai | Sinai Peninsula; region; Egypt
  Kurdistan Region | Iraqi Kurdistan | Kurdistan Region of Iraq | IKR | KRI; subnational; Iraq
  Idlib | Idlib Province; subnational; Syria
  Balochistan | Baluchistan; subnational; Pakistan
  Rakhine | Rakhine State; subnational; Burma
  Luzon; subnational; Philippines
  Papua | West Papua; subnational; Indonesia
  Bali; subnational; Indonesia
  Darfur | North Darfur | South Darfur | West Darfur | Central Darfur | East Darfur; subnational; Sudan
  Kordofan | North Kordofan | South Kordofan | West Kordofan; subnational; Sudan
  Blue Nile | Blue Nile State; subnational; Sudan
  Tigray; subnational; Ethiopia
  Amhara | Amhara region; subnational; Ethiopia
  Western Sahara; subnational
  Northern Ireland; subnational; United Kingdom
  Greenland; subnational; Denmark
  Faroe Islands | Faroes; subnational; Denmark
  Aruba; subnational; Netherlands
  Sonora; subnational; Mexico
  Galapagos Islands | Galápagos Islands | Galapagos | Galápagos; subnational; Ecuador
`);

const REGIONS: readonly Place[] = places(`
  Africa; region
  Asia; region
  Europe; region
  Arctic | Arctic region | High North; region
  Eurasia; region
  Euro-Atlantic | Euro-Atlantic area | Euro-Atlantic region; region
  Americas; region
  Western Hemisphere; region
  North America; region
  Central America; region
  South America; region
  Latin America; region
  Latin America and the Caribbean; region
  Caribbean | Caribbean region; region
  Northern Triangle; region
  Amazon | Amazon Basin | Amazon rainforest | Amazonia; region
  Middle East | Mideast; region
  Near East; region
  Middle East and North Africa | MENA; region
  North Africa; region
  Maghreb; region
  Levant; region
  Gulf region | Gulf States | Arabian Peninsula; region
  Sub-Saharan Africa | sub-Saharan Africa | Subsaharan Africa; region
  West Africa; region
  East Africa; region
  Southern Africa; region
  Horn of Africa; region
  Sahel | Sahel region; region
  Great Lakes region | Great Lakes Region | African Great Lakes; region
  Lake Chad Basin | Lake Chad region; region
  Western Europe; region
  Eastern Europe; region
  Central and Eastern Europe; region
  Northern Europe; region
  Southeast Europe | Southeastern Europe | South East Europe; region
  Balkans | Balkan region | Balkan Peninsula; region
  Western Balkans; region
  Baltic states | Baltics | Baltic region | Baltic States; region
  Caucasus; region
  South Caucasus | Southern Caucasus | Transcaucasus; region
  Black Sea region; region
  Eastern Mediterranean | East Med; region
  Central Asia; region
  South Asia; region
  South and Central Asia; region
  East Asia; region
  Northeast Asia; region
  Southeast Asia | South East Asia | South-East Asia; region
  East Asia and the Pacific | East Asia and Pacific; region
  Asia-Pacific | Asia Pacific; region
  Indo-Pacific | Indo Pacific; region
  Pacific Islands | Pacific Island countries | Blue Pacific | Blue Pacific Continent; region
  Korean Peninsula; region
  Mekong region | Mekong subregion | Mekong sub-region | Lower Mekong | Mekong Delta; region
  Indian Ocean region; region
  Middle Belt; region; Nigeria
  Congo Basin; region
  Sahara | Sahara Desert; region
`);

const FEATURES: readonly Place[] = places(`
  Pacific Ocean | Pacific; feature
  Atlantic Ocean | Atlantic; feature
  Indian Ocean; feature
  Arctic Ocean; feature
  North Atlantic; feature
  South Pacific; feature
  South China Sea; feature
  Black Sea; feature
  Sea of Azov | Azov Sea; feature
  Caspian Sea | Caspian; feature
  Mediterranean Sea | Mediterranean; feature
  Red Sea; feature
  Arabian Sea; feature
  Persian Gulf | Arabian Gulf; feature
  Gulf of Oman; feature
  Gulf of Guinea; feature
  Strait of Hormuz | Straits of Hormuz | Hormuz Strait; feature
  Taiwan Strait | Taiwan Straits | Strait of Taiwan; feature
  Kerch Strait; feature
  Panama Canal; feature
  Nile | Nile River | River Nile; feature
  Mekong River | Mekong; feature
  Darien Gap | Darién Gap | Darien | Darién; feature
  Second Thomas Shoal | Ayungin Shoal; feature
  Guantanamo Bay | Guantánamo Bay | Guantanamo; feature
  Pearl Harbor; feature
  Ream Naval Base; feature
  Camp David; feature
  Joint Base Andrews | Andrews Air Force Base; feature
  Fort Campbell; feature
  Hamid Karzai International Airport | Kabul Airport | Kabul International Airport | HKIA; feature
  Pentagon; feature
  Capitol Hill | U.S. Capitol | Capitol; feature
  Treaty Room; feature
  Benjamin Franklin Room | Ben Franklin Room; feature
  Thomas Jefferson Room; feature
  United Nations Headquarters | UN Headquarters | U.N. Headquarters; feature
  Chornobyl | Chernobyl | Chornobyl Nuclear Power Plant | Chernobyl Nuclear Power Plant; feature
  Fordow | Fordo; feature
  Grand Ethiopian Renaissance Dam | GERD; feature
  Nord Stream | Nord Stream 2 | Nord Stream pipeline; feature
  Trans-Caspian International Transport Route | TITR | Middle Corridor | Trans-Caspian Transport Corridor | Trans-Caspian Trade Route | Trans-Caspian Corridor; feature
  Luzon Economic Corridor; feature
  Trump Route for International Peace and Prosperity | TRIPP; feature
`);

/** Every place: capitals first, then cities, U.S. states and territories, sub-national units, regions, features. */
export const PLACES: readonly Place[] = [...CAPITALS, ...CITIES, ...US_STATES, ...SUBNATIONAL, ...REGIONS, ...FEATURES];

/** Last words that make a capitalized phrase a place when no list entry matches ("Techo International Airport"). */
export const PLACE_HEAD_NOUNS: readonly string[] = [
  'Air Base', 'Airbase', 'Airport', 'Archipelago', 'Atoll', 'Base', 'Bay', 'Bridge', 'Canal', 'Cape', 'Checkpoint', 'Corridor',
  'Crossing', 'Dam', 'Desert', 'District', 'Gate', 'Gulf', 'Harbor', 'Harbour', 'Headquarters', 'Highway', 'Island', 'Islands', 'Lake', 'Mountains',
  'Oblast', 'Ocean', 'Peninsula', 'Plain', 'Plateau', 'Port', 'Power Plant', 'Province', 'Railway', 'Reef', 'River', 'Route',
  'Sea', 'Shoal', 'Square', 'Strait', 'Straits', 'Training Area', 'Valley', 'City',
];

/** First words that make a capitalized phrase a place ("Fort Campbell", "Mount Everest"). */
export const PLACE_PREFIXES: readonly string[] = ['Fort', 'Mount', 'Camp', 'Lake', 'Cape'];
