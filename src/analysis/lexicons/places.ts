// Places (guide type `place`): capitals, major cities and diplomatic venues, U.S. states and territories,
// sub-national units, world regions, and named geographic or infrastructure features (seas, straits,
// corridors, bases, plants). `country` is kept where it helps resolve actors (capitals, sub-national units).
// Homonyms of countries ("Georgia" the U.S. state, "Singapore", "Monaco") need context: prefer the country.
import { places } from './parse';
import type { Place } from './types';

export const CAPITALS: readonly Place[] = places('capital', `
Kabul;;Afghanistan
Tirana|Tiranë;;Albania
Algiers;;Algeria
Andorra la Vella;;Andorra
Luanda;;Angola
St. John's|Saint John's|St John's;;Antigua and Barbuda
Buenos Aires;;Argentina
Yerevan;;Armenia
Canberra;;Australia
Vienna;;Austria
Baku;;Azerbaijan
Nassau;;Bahamas
Manama;;Bahrain
Dhaka|Dacca;;Bangladesh
Bridgetown;;Barbados
Minsk;;Belarus
Brussels;;Belgium
Belmopan;;Belize
Porto-Novo|Porto Novo;;Benin
Thimphu;;Bhutan
La Paz;;Bolivia
Sucre;;Bolivia
Sarajevo;;Bosnia and Herzegovina
Gaborone;;Botswana
Brasilia|Brasília;;Brazil
Bandar Seri Begawan;;Brunei
Sofia;;Bulgaria
Ouagadougou;;Burkina Faso
Nay Pyi Taw|Naypyidaw|Naypyitaw|Nay Pyi Daw;;Burma
Gitega;;Burundi
Praia;;Cabo Verde
Phnom Penh;;Cambodia
Yaounde|Yaoundé;;Cameroon
Ottawa;;Canada
Bangui;;Central African Republic
N'Djamena|Ndjamena|N'Djaména;;Chad
Santiago;;Chile
Beijing|Peking;;China
Bogota|Bogotá;;Colombia
Moroni;;Comoros
Kinshasa;;Democratic Republic of the Congo
Brazzaville;;Republic of the Congo
San Jose|San José;;Costa Rica
Yamoussoukro;;Cote d'Ivoire
Zagreb;;Croatia
Havana|La Habana;;Cuba
Nicosia;;Cyprus
Prague;;Czechia
Copenhagen;;Denmark
Djibouti City;;Djibouti
Roseau;;Dominica
Santo Domingo;;Dominican Republic
Quito;;Ecuador
Cairo;;Egypt
San Salvador;;El Salvador
Malabo;;Equatorial Guinea
Asmara;;Eritrea
Tallinn;;Estonia
Mbabane;;Eswatini
Addis Ababa;;Ethiopia
Suva;;Fiji
Helsinki;;Finland
Paris;;France
Libreville;;Gabon
Banjul;;Gambia
Tbilisi;;Georgia
Berlin;;Germany
Accra;;Ghana
Athens;;Greece
St. George's|Saint George's|St George's;;Grenada
Guatemala City;;Guatemala
Conakry;;Guinea
Bissau;;Guinea-Bissau
Georgetown;;Guyana
Port-au-Prince|Port au Prince;;Haiti
Vatican City;;Holy See
Tegucigalpa;;Honduras
Budapest;;Hungary
Reykjavik|Reykjavík;;Iceland
New Delhi;;India
Jakarta;;Indonesia
Tehran|Teheran;;Iran
Baghdad;;Iraq
Dublin;;Ireland
Jerusalem;;Israel
Rome;;Italy
Kingston;;Jamaica
Tokyo;;Japan
Amman;;Jordan
Astana|Nur-Sultan|Nur Sultan;;Kazakhstan
Nairobi;;Kenya
Tarawa|South Tarawa;;Kiribati
Pyongyang;;North Korea
Seoul;;Republic of Korea
Pristina|Prishtina|Prishtinë;;Kosovo
Kuwait City;;Kuwait
Bishkek;;Kyrgyzstan
Vientiane;;Laos
Riga;;Latvia
Beirut;;Lebanon
Maseru;;Lesotho
Monrovia;;Liberia
Tripoli;;Libya
Vaduz;;Liechtenstein
Vilnius;;Lithuania
Luxembourg City;;Luxembourg
Antananarivo;;Madagascar
Lilongwe;;Malawi
Kuala Lumpur;;Malaysia
Male|Malé;;Maldives;?
Bamako;;Mali
Valletta;;Malta
Majuro;;Marshall Islands
Nouakchott;;Mauritania
Port Louis;;Mauritius
Mexico City;;Mexico
Palikir;;Micronesia
Chisinau|Chișinău|Chişinău|Kishinev;;Moldova
Monaco;;Monaco
Ulaanbaatar|Ulan Bator|Ulaan Baatar;;Mongolia
Podgorica;;Montenegro
Rabat;;Morocco
Maputo;;Mozambique
Windhoek;;Namibia
Yaren;;Nauru
Kathmandu;;Nepal
Amsterdam;;Netherlands
Wellington;;New Zealand
Managua;;Nicaragua
Niamey;;Niger
Abuja;;Nigeria
Skopje;;North Macedonia
Oslo;;Norway
Muscat;;Oman
Islamabad;;Pakistan
Ngerulmud|Melekeok;;Palau
Ramallah;;Palestine
Panama City;;Panama
Port Moresby;;Papua New Guinea
Asuncion|Asunción;;Paraguay
Lima;;Peru
Manila|Metro Manila;;Philippines
Warsaw;;Poland
Lisbon;;Portugal
Doha;;Qatar
Bucharest;;Romania
Moscow;;Russia
Kigali;;Rwanda
Basseterre;;Saint Kitts and Nevis
Castries;;Saint Lucia
Kingstown;;Saint Vincent and the Grenadines
Apia;;Samoa
City of San Marino|San Marino City;;San Marino
Sao Tome|São Tomé;;Sao Tome and Principe
Riyadh;;Saudi Arabia
Dakar;;Senegal
Belgrade;;Serbia
Victoria;;Seychelles;?
Freetown;;Sierra Leone
Singapore;;Singapore
Bratislava;;Slovakia
Ljubljana;;Slovenia
Honiara;;Solomon Islands
Mogadishu;;Somalia
Pretoria|Tshwane;;South Africa
Juba;;South Sudan
Madrid;;Spain
Sri Jayawardenepura Kotte|Kotte;;Sri Lanka
Colombo;;Sri Lanka
Khartoum;;Sudan
Paramaribo;;Suriname
Stockholm;;Sweden
Bern|Berne;;Switzerland
Damascus;;Syria
Taipei;;Taiwan
Dushanbe;;Tajikistan
Dodoma;;Tanzania
Bangkok;;Thailand
Dili;;Timor-Leste
Lome|Lomé;;Togo
Nuku'alofa|Nukualofa;;Tonga
Port of Spain|Port-of-Spain;;Trinidad and Tobago
Tunis;;Tunisia
Ankara;;Türkiye
Ashgabat|Ashkhabad;;Turkmenistan
Funafuti;;Tuvalu
Kampala;;Uganda
Kyiv|Kiev;;Ukraine
Abu Dhabi;;United Arab Emirates
London;;United Kingdom
Washington, D.C.|Washington, DC|Washington D.C.|Washington DC|Washington|District of Columbia|D.C.;;United States
Montevideo;;Uruguay
Tashkent;;Uzbekistan
Port Vila|Port-Vila;;Vanuatu
Caracas;;Venezuela
Hanoi|Ha Noi;;Vietnam
Sanaa|Sana'a;;Yemen
Lusaka;;Zambia
Harare;;Zimbabwe
`);

const CITIES: readonly Place[] = places('city', `
New York|New York City|NYC
Los Angeles
Chicago
Houston
Miami
San Francisco
Atlanta
Boston
Philadelphia
Honolulu
Anchorage
Toronto
Montreal|Montréal
Tijuana
Ciudad Juarez|Ciudad Juárez
Sao Paulo|São Paulo
Rio de Janeiro
Guayaquil
Lagos
Abidjan
Johannesburg
Cape Town
Dar es Salaam
El Fasher|El-Fasher|Al Fasher|Al-Fashir
El Obeid|El-Obeid|Al-Ubayyid
Casablanca
Sharm el-Sheikh|Sharm El-Sheikh|Sharm el Sheikh
Dubai
Jeddah|Jidda|Jiddah
Medina|Madinah
Tel Aviv|Tel Aviv-Yafo
Bethlehem
Aleppo
Erbil|Irbil
Hudaydah|Hodeidah|Al Hudaydah
Taiz|Ta'izz
Marib|Ma'rib
Aden
Istanbul
Geneva
Munich
Frankfurt
Bonn
Milan
Nice;;;?
The Hague|Den Haag
Glasgow
Belfast
Rzeszow|Rzeszów
Lviv|Lvov
Kharkiv|Kharkov
Odesa|Odessa
Mariupol
Bucha
Kramatorsk
Vladivostok
Kandahar
Hiroshima
Melbourne
Naples
Hamburg
Nogales
Nuevo Laredo
`);

const US_STATES: readonly Place[] = places('state', `
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Georgia;;;?
Hawaii|Hawai'i
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York State|New York state
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State|Washington state|State of Washington
West Virginia
Wisconsin
Wyoming
Puerto Rico;subnational;United States
`);

const SUBNATIONAL: readonly Place[] = places('subnational', `
Crimea|Crimean Peninsula|Autonomous Republic of Crimea;;Ukraine
Donbas|Donbass;;Ukraine
Donetsk|Donetsk Oblast|Donetsk region;;Ukraine
Luhansk|Luhansk Oblast|Luhansk region|Lugansk;;Ukraine
Kherson|Kherson Oblast|Kherson region;;Ukraine
Zaporizhzhia|Zaporizhzhia Oblast|Zaporizhzhia region|Zaporizhia|Zaporozhye;;Ukraine
Kaliningrad;;Russia
Chechnya|Chechen Republic;;Russia
Siberia;region;Russia
Abkhazia;;Georgia
South Ossetia|Tskhinvali region;;Georgia
Transnistria|Transnistrian region;;Moldova
Nagorno-Karabakh|Karabakh|Nagorno Karabakh;;Azerbaijan
Xinjiang|Xinjiang Uyghur Autonomous Region|Xinjiang Uighur Autonomous Region|East Turkistan;;China
Tibet|Tibet Autonomous Region|Tibetan Autonomous Region;;China
Hong Kong|Hong Kong SAR|Hong Kong Special Administrative Region|HKSAR;;China
Gaza|Gaza Strip
West Bank|Judea and Samaria
East Jerusalem
Negev|Negev Desert;region;Israel
Sinai|Sinai Peninsula;region;Egypt
Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq|IKR|KRI;;Iraq
Idlib|Idlib Province;;Syria
Balochistan|Baluchistan;;Pakistan
Rakhine|Rakhine State;;Burma
Luzon;;Philippines
Papua|West Papua;;Indonesia
Bali;;Indonesia
Darfur|North Darfur|South Darfur|West Darfur|Central Darfur|East Darfur;;Sudan
Kordofan|North Kordofan|South Kordofan|West Kordofan;;Sudan
Blue Nile|Blue Nile State;;Sudan
Tigray;;Ethiopia
Amhara|Amhara region;;Ethiopia
Western Sahara
Northern Ireland;;United Kingdom
Greenland;;Denmark
Faroe Islands|Faroes;;Denmark
Aruba;;Netherlands
Sonora;;Mexico
Galapagos Islands|Galápagos Islands|Galapagos|Galápagos;;Ecuador
`);

const REGIONS: readonly Place[] = places('region', `
Africa
Asia
Europe
Arctic|Arctic region|High North
Eurasia
Euro-Atlantic|Euro-Atlantic area|Euro-Atlantic region
Americas
Western Hemisphere
North America
Central America
South America
Latin America
Latin America and the Caribbean
Caribbean|Caribbean region
Northern Triangle
Amazon|Amazon Basin|Amazon rainforest|Amazonia
Middle East|Mideast
Near East
Middle East and North Africa|MENA
North Africa
Maghreb
Levant
Gulf region|Gulf States|Arabian Peninsula
Sub-Saharan Africa|sub-Saharan Africa|Subsaharan Africa
West Africa
East Africa
Southern Africa
Horn of Africa
Sahel|Sahel region
Great Lakes region|Great Lakes Region|African Great Lakes
Lake Chad Basin|Lake Chad region
Western Europe
Eastern Europe
Central and Eastern Europe
Northern Europe
Southeast Europe|Southeastern Europe|South East Europe
Balkans|Balkan region|Balkan Peninsula
Western Balkans
Baltic states|Baltics|Baltic region|Baltic States
Caucasus
South Caucasus|Southern Caucasus|Transcaucasus
Black Sea region
Eastern Mediterranean|East Med
Central Asia
South Asia
South and Central Asia
East Asia
Northeast Asia
Southeast Asia|South East Asia|South-East Asia
East Asia and the Pacific|East Asia and Pacific
Asia-Pacific|Asia Pacific
Indo-Pacific|Indo Pacific
Pacific Islands|Pacific Island countries|Blue Pacific|Blue Pacific Continent
Korean Peninsula
Mekong region|Mekong subregion|Mekong sub-region|Lower Mekong|Mekong Delta
Indian Ocean region
Middle Belt;;Nigeria
Congo Basin
Sahara|Sahara Desert
`);

const FEATURES: readonly Place[] = places('feature', `
Pacific Ocean|Pacific
Atlantic Ocean|Atlantic
Indian Ocean
Arctic Ocean
North Atlantic
South Pacific
South China Sea
Black Sea
Sea of Azov|Azov Sea
Caspian Sea|Caspian
Mediterranean Sea|Mediterranean
Red Sea
Arabian Sea
Persian Gulf|Arabian Gulf
Gulf of Oman
Gulf of Guinea
Strait of Hormuz|Straits of Hormuz|Hormuz Strait
Taiwan Strait|Taiwan Straits|Strait of Taiwan
Kerch Strait
Panama Canal
Nile|Nile River|River Nile
Mekong River|Mekong
Darien Gap|Darién Gap|Darien|Darién
Second Thomas Shoal|Ayungin Shoal
Guantanamo Bay|Guantánamo Bay|Guantanamo
Pearl Harbor
Ream Naval Base
Camp David
Joint Base Andrews|Andrews Air Force Base
Fort Campbell
Hamid Karzai International Airport|Kabul Airport|Kabul International Airport|HKIA
Pentagon
Capitol Hill|U.S. Capitol|Capitol
Treaty Room
Benjamin Franklin Room|Ben Franklin Room
Thomas Jefferson Room
United Nations Headquarters|UN Headquarters|U.N. Headquarters
Chornobyl|Chernobyl|Chornobyl Nuclear Power Plant|Chernobyl Nuclear Power Plant
Fordow|Fordo
Grand Ethiopian Renaissance Dam|GERD
Nord Stream|Nord Stream 2|Nord Stream pipeline
Trans-Caspian International Transport Route|TITR|Middle Corridor|Trans-Caspian Transport Corridor|Trans-Caspian Trade Route|Trans-Caspian Corridor
Luzon Economic Corridor
Trump Route for International Peace and Prosperity|TRIPP
`);

/** Every place: capitals first, then cities, U.S. states and territories, sub-national units, regions, features. */
export const PLACES: readonly Place[] = [...CAPITALS, ...CITIES, ...US_STATES, ...SUBNATIONAL, ...REGIONS, ...FEATURES];

/** Last words that make a capitalized phrase a place when no list entry matches ("Techo International Airport"). */
export const PLACE_HEAD_NOUNS: readonly string[] = (
  'Air Base|Airbase|Airport|Archipelago|Atoll|Base|Bay|Bridge|Canal|Cape|Checkpoint|Corridor|Crossing|Dam|' +
  'Desert|District|Gate|Gulf|Harbor|Harbour|Headquarters|Highway|Island|Islands|Lake|Mountains|Oblast|' +
  'Ocean|Peninsula|Plain|Plateau|Port|Power Plant|Province|Railway|Reef|River|Route|Sea|Shoal|Square|' +
  'Strait|Straits|Training Area|Valley|City'
).split('|');

/** First words that make a capitalized phrase a place ("Fort Campbell", "Mount Everest"). */
export const PLACE_PREFIXES: readonly string[] = ['Fort', 'Mount', 'Camp', 'Lake', 'Cape'];
