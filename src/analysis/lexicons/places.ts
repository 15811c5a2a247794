// Places (guide type `place`): capitals, major cities and diplomatic venues, U.S. states and territories,
// sub-national units, world regions, and named geographic or infrastructure features (seas, straits,
// corridors, bases, plants).
// Homonyms of countries ("Georgia" the U.S. state, "Singapore", "Monaco") need context: prefer the country.
// A place's kind is its table: rows carry none (the regions and sub-national units are read apart, cue-nouns.ts).
// No variant ends in a lower-case generic noun ("Transnistrian region", "Nord Stream pipeline"): the gazetteer skips
// every such form, as the guide labels the name only (the ten such variants dropped had changed no other reader: the
// vocabulary's words that two names share were the same without them). A name may still end so ("Baltic states"): it
// is the key its row's other forms map to.
// The cities, U.S. states, sub-national units, regions and features are listed in the order gzip packs smallest, not
// alphabetically (153 bytes gzipped): no two rows of PLACES share a form, even folded to lower case as the gazetteer's trie keys them, so the
// order of rows decides no match, and the other readers (the vocabulary, cue-nouns.ts's region words, the place names)
// read them as sets.
import { places, table } from './parse';
import type { Place } from './types';

export const CAPITALS: readonly Place[] = places(table`
Abu Dhabi
Abuja
Accra
Addis Ababa
Algiers
Amman
Amsterdam
Andorra la Vella
Ankara
Antananarivo
Apia
Ashgabat|Ashkhabad
Asmara
Astana|Nur-Sultan|Nur Sultan
Asunción
Athens
Baghdad
Baku
Bamako
Bandar Seri Begawan
Bangkok
Bangui
Banjul
Basseterre
Beijing|Peking
Beirut
Belgrade
Belmopan
Berlin
Bern|~e
Bishkek
Bissau
Bogotá
Brasília
Bratislava
Brazzaville
Bridgetown
Brussels
Bucharest
Budapest
Buenos Aires
Cairo
Canberra
Caracas
Castries
Chișinău|Chişinău|Kishinev
City of San Marino|San Marino City
Colombo
Conakry
Copenhagen
Dakar
Damascus
Dhaka|Dacca
Dili
Djibouti City
Dodoma
Doha
Dublin
Dushanbe
Freetown
Funafuti
Gaborone
Georgetown
Gitega
Guatemala City
Hanoi|Ha Noi
Harare
Havana|La Habana
Helsinki
Honiara
Islamabad
Jakarta
Jerusalem
Juba
Kabul
Kampala
Kathmandu
Khartoum
Kigali
Kingston
Kingstown
Kinshasa
Kuala Lumpur
Kuwait City
Kyiv|Kiev
La Paz
Libreville
Lilongwe
Lima
Lisbon
Ljubljana
Lomé
London
Luanda
Lusaka
Luxembourg City
Madrid
Majuro
Malabo
Malé;?
Managua
Manama
Manila|Metro ~
Maputo
Maseru
Mbabane
Mexico City
Minsk
Mogadishu
Monaco
Monrovia
Montevideo
Moroni
Moscow
Muscat
N'Djaména|Ndjamena
Nairobi
Nassau
Nay Pyi Taw|Naypyidaw|Naypyitaw|Nay Pyi Daw
New Delhi
Ngerulmud|Melekeok
Niamey
Nicosia
Nouakchott
Nuku'alofa|Nukualofa
Oslo
Ottawa
Ouagadougou
Palikir
Panama City
Paramaribo
Paris
Phnom Penh
Podgorica
Port Louis
Port Moresby
Port of Spain|Port-of-Spain
Port Vila|Port-Vila
Port-au-Prince|Port au Prince
Porto-Novo|Porto Novo
Prague
Praia
Pretoria|Tshwane
Pristina|Prishtina|Prishtinë
Pyongyang
Quito
Rabat
Ramallah
Reykjavík
Riga
Riyadh
Rome
Roseau
San José
San Salvador
Sanaa|Sana'a
Santiago
Santo Domingo
São Tomé
Sarajevo
Seoul
Singapore
Skopje
Sofia
Sri Jayawardenepura Kotte|Kotte
St. George's|Saint George's|St George's
St. John's|Saint John's|St John's
Stockholm
Sucre
Suva
Taipei
Tallinn
Tarawa|South ~
Tashkent
Tbilisi
Tegucigalpa
Tehran|Teheran
Thimphu
Tirana|Tiranë
Tokyo
Tripoli
Tunis
Ulaanbaatar|Ulan Bator|Ulaan Baatar
Vaduz
Valletta
Vatican City
Victoria;?
Vienna
Vientiane
Vilnius
Warsaw
Washington, D.C.|Washington, DC|Washington D.C.|Washington DC|Washington|District of Columbia|-
Wellington
Windhoek
Yamoussoukro
Yaoundé
Yaren
Yerevan
Zagreb
`);

/** Major cities and venues: in the order gzip packs smallest, as are the tables after it. */
export const CITIES: readonly Place[] = places(table`
Abidjan
Busan
Aleppo
Aden
Almaty
Dallas
Atlanta
Bakhmut
Baltimore
Anchorage
Belfast
Bengaluru|Bangalore
Auckland
Bethlehem
Jeddah|Jidda|Jiddah
Medina|Madinah
Mecca
Tucson
Bonn
Bucha
Cape Town
Fukuoka
Barcelona
Casablanca
Dnipro
Chennai
Chiang Mai
Ciudad Juárez
Goma
Denver
Benghazi
El Fasher|El-Fasher|Al Fasher|Al-Fashir
El Obeid|El-Obeid|Al-Ubayyid
El Paso
Pittsburgh
Frankfurt
Glasgow
Grozny
Dar es Salaam
Basra
Guadalajara
Guangzhou
Kharkiv|Kharkov
Haifa
Hebron
Boston
Hiroshima
Chengdu
Honolulu
Houston
Hyderabad
Jenin
Irpin
Istanbul
Marrakech
New York|~ City|NYC
Izium
Saint Petersburg|St. Petersburg
Johannesburg
Kandahar
Hamburg
Karachi
Kolkata
Rzeszów
Kraków
Kramatorsk
Lagos
Kirkuk
Lahore
Los Angeles
Lviv|Lvov
Hudaydah|Hodeidah|Al ~
Munich
Mariupol
Marseille
Strasbourg
Melbourne
Vladivostok
Melitopol
Miami
Guayaquil
Milan
Minneapolis
Monterrey
Montréal
Dubai
Mosul
Mumbai
Mykolaiv
Nagoya
Chernihiv
Naples
Nice;?
Geneva
Tijuana
Nogales
Nuevo Laredo
Odesa|Odessa
Ohrid
Osaka
Rio de Janeiro
Chicago
San Antonio
San Diego
São Paulo
Sapporo
San Francisco
Seattle
Sevastopol
Shanghai
Erbil|Irbil
Sharm el-Sheikh|Sharm el Sheikh
Shenyang
Shenzhen
Simferopol
Sochi
Koror
Srebrenica
Sumy
Sydney;?
Taiz|Ta'izz
Tel Aviv|~-Yafo
Dhahran
The Hague|Den Haag
Thessaloniki
Ramstein
Tianjin
Toronto
Urumqi
Vancouver
Wuhan
Philadelphia
Yangon
Yekaterinburg
Detroit
Marib|Ma'rib
`);

/** U.S. states and territories: in the order gzip packs smallest. */
export const US_STATES: readonly Place[] = places(table`
Alaska
New Jersey
Washington State|State of Washington
Kansas
Arkansas
Arizona
Colorado
Oklahoma
Delaware
Illinois
Montana
Indiana
Iowa
Kentucky
Maine
Georgia;?
Louisiana
Idaho
Florida
Ohio
Massachusetts
Alabama
Michigan
Minnesota
Missouri
Tennessee
Nebraska
New Hampshire
New Mexico
South Carolina
North Carolina
North Dakota
Mississippi
Utah
Nevada
Oregon
Pennsylvania
Rhode Island
Vermont
South Dakota
Hawaii|Hawai'i
Texas
Connecticut
Maryland
Virginia
West Virginia
Wisconsin
California
Wyoming
New York State
`);

/** Sub-national units: in the order gzip packs smallest. */
export const SUBNATIONAL: readonly Place[] = places(table`
Abkhazia
Kordofan|North ~|South ~|West ~
Aruba
Kaliningrad
Crimea|~n Peninsula|Autonomous Republic of ~
Balochistan|Baluchistan
Bali
Tibet|~ Autonomous Region|~an Autonomous Region
Chechnya|Chechen Republic
Xinjiang|~ Uyghur Autonomous Region|~ Uighur Autonomous Region|East Turkistan
Kurdistan Region|Iraqi Kurdistan|~ of Iraq|IKR|KRI
Darfur|North ~|South ~|West ~|Central ~|East ~
Donbas|~s
Donetsk|~ Oblast|~ People's Republic|DNR
Blue Nile|~ State
Rakhine|~ State
Faroe Islands|Faroes
Galápagos Islands|Galápagos
Gaza|~ Strip
Hong Kong|~ SAR|~ Special Administrative Region|HKSAR
Idlib|~ Province
Kherson|~ Oblast
West Bank|Judea and Samaria
Luhansk|~ Oblast|Lugansk|~ People's Republic|LNR
Nagorno-Karabakh|Karabakh|Nagorno Karabakh
Northern Ireland
Papua|West ~
Amhara
Greenland
Puerto Rico
Sonora
South Ossetia
East Jerusalem
Tigray
Transnistria
Luzon
Western Sahara
Zaporizhzhia|~ Oblast|Zaporizhia|Zaporozhye
`);

/** World regions: in the order gzip packs smallest. */
export const REGIONS: readonly Place[] = places(table`
Arctic|High North
Great Lakes region|Great Lakes|Great Lakes Region|African Great Lakes
Americas
Amazon|~ Basin|~ia
Gulf region|Gulf States|Arabian Peninsula
Balkans|Balkan Peninsula
Black Sea region
Western Balkans
Mekong region|Mekong sub-region|Lower Mekong|Mekong Delta
Korean Peninsula
Caribbean
Central America
Central Asia
East Asia and the Pacific|East Asia and Pacific
Asia-Pacific|Asia Pacific
Eastern Mediterranean|East Med
Euro-Atlantic
Eastern Europe
Europe
Horn of Africa
Indian Ocean region
Africa
Indo-Pacific|Indo Pacific
Congo Basin
Lake Chad Basin
Latin America
Central and Eastern Europe
Levant
Baltic states|Baltics|Baltic States
MENA
Near East
Middle East|Mideast
Middle Belt
North Africa
Asia
East Asia
Northeast Asia
Northern Europe
Eurasia
Northern Triangle
Pacific Islands|Pacific Island countries|Blue Pacific|Blue Pacific Continent
Negev|~ Desert
Sahara|~ Desert
Sahel
Sinai|~ Peninsula
Caucasus
South America
South and Central Asia
South Asia
South Caucasus|Southern Caucasus|Transcaucasus
Southeast Asia|South East Asia|South-East Asia
North America
Siberia
Southeast Europe|Southeastern Europe|South East Europe
Southern Africa
Sub-Saharan Africa|sub-Saharan Africa|Subsaharan Africa
West Africa
Western Europe
East Africa
Western Hemisphere
Maghreb
`);

/** Named geographic and infrastructure features: in the order gzip packs smallest. */
export const FEATURES: readonly Place[] = places(table`
United Nations Headquarters
Arabian Sea
Arctic Ocean
Atlantic Ocean|Atlantic
Caspian Sea|Caspian
Chornobyl|Chernobyl|~ Nuclear Power Plant|Chernobyl Nuclear Power Plant
Sea of Azov|Azov Sea
Darién Gap|Darién
Fordow|Fordo
Fort Campbell
Camp David
Grand Ethiopian Renaissance Dam|*
Guantánamo Bay|Guantanamo
Gulf of Guinea
Gulf of Oman
Hamid Karzai International Airport|Kabul Airport|Kabul International Airport|*
Indian Ocean
Joint Base Andrews|Andrews Air Force Base
Mediterranean Sea|Mediterranean
Mekong River|Mekong
Nile|~ River|River ~
Nord Stream|~ 2
North Atlantic
Capitol Hill|U.S. Capitol|Capitol
Pacific Ocean|Pacific
Benjamin Franklin Room|Ben Franklin Room
Pentagon
Persian Gulf|Arabian Gulf
Ream Naval Base
Second Thomas Shoal|Ayungin Shoal
South Pacific
Strait of Hormuz|Straits of Hormuz|Hormuz Strait
Trans-Caspian International Transport Route|TITR|Middle Corridor|Trans-Caspian Transport Corridor|Trans-Caspian Trade Route|Trans-Caspian Corridor
Trump Route for International Peace and Prosperity|*
`);

/** Every place: capitals first, then cities, U.S. states and territories, sub-national units, regions, features. */
export const PLACES: readonly Place[] = [...CAPITALS, ...CITIES, ...US_STATES, ...SUBNATIONAL, ...REGIONS, ...FEATURES];

/**
 * Last words that make a capitalized phrase a place when no list entry matches ("Techo International Airport").
 * Read only as a set and a trie whose every value is "place": listed in the order gzip packs smallest (24 bytes).
 */
export const PLACE_HEAD_NOUNS: readonly string[] = (
  'Corridor|Training Area|Street|Straits|Strait|Ocean|Sea|Room|River|Railway|Oblast|Plant|Plateau|Plain|Port|' +
  'Desert|Mountains|Lake|Islands|Reef|Island|Highway|Harbour|Harbor|Shoal|Gulf|Valley|Hotel|Gate|Square|District|' +
  'Dam|Crossing|Palace|Peninsula|City|Headquarters|Checkpoint|Province|Cape|Canal|Bridge|Bay|Base|Atoll|' +
  'Archipelago|Airport|Airbase|Air Base|Route|Region|Basin|Mosque|County'
).split('|');

/**
 * First words that make a capitalized phrase a place ("Fort Campbell", "Mount Everest"); read as a map to "place", in the
 * order gzip packs smallest, and written in lower case, as a token's lower-case word looks them up (3 bytes gzipped
 * less than lower-casing them at load, with ORG_PREFIXES).
 */
export const PLACE_PREFIXES: readonly string[] = 'cape hotel fort camp lake mount'.split(' ');
