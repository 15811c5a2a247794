// Places (guide type `place`): capitals, major cities and diplomatic venues, U.S. states and territories,
// sub-national units, world regions, and named geographic or infrastructure features (seas, straits,
// corridors, bases, plants). A name the head-noun shapes find alike in every context, with no other form to
// bring, is left to them ("Gulf of Guinea", "U.S. Virgin Islands": shapes.test.ts).
// Homonyms of countries ("Georgia" the U.S. state, "Singapore", "Monaco") need context: prefer the country.
// A place's kind is its table: rows carry none (the regions and sub-national units are read apart, cue-nouns.ts).
// No variant ends in a lower-case generic noun ("Transnistrian region", "Nord Stream pipeline"): the gazetteer skips
// every such form, as the guide labels the name only (the ten such variants dropped had changed no other reader: the
// vocabulary's words that two names share were the same without them). A name may still end so ("Baltic states"): it
// is the key its row's other forms map to.
// Every table lists its rows in the order gzip packs smallest, not alphabetically (296 bytes gzipped): no two rows of
// PLACES share a form, even folded to lower case as the gazetteer's trie keys them, so the order of rows decides no
// match, and the other readers (the vocabulary, cue-nouns.ts's region words, the place names) read them as sets.
import { places, table } from './parse';
import type { Place } from './types';

/** Capitals: in the order gzip packs smallest, as are the tables after it. */
export const CAPITALS: readonly Place[] = places(table`
Abuja
Montevideo
Kinshasa
Kyiv|Kiev
Honiara
Addis Ababa
Monrovia
Amman
Bangkok
New Delhi
Accra
Ankara
Apia
Asmara
Asunción
Baghdad
Bangui
Rabat
Bandar Seri Begawan
Beirut
Banjul
Beijing|Peking
Brazzaville
Belgrade
Belmopan
Dublin
Dushanbe
Bern|~e
Berlin
Bissau
Bishkek
Brasília
Amsterdam
Brussels
Muscat
Bucharest
Budapest
Buenos Aires
Canberra
Paris
Caracas
Castries
Cairo
Chișinău|Chişinău|Kishinev
Hanoi|Ha Noi
Nairobi
Nassau
Baku
Tashkent
Nuku'alofa|Nukualofa
Colombo
Algiers
Nicosia
Ottawa
Copenhagen
Kigali
Damascus
Tripoli
Dili
Dhaka|Dacca
Dodoma
Doha
Paramaribo
Astana|Nur-Sultan|Nur Sultan
Freetown
Gaborone
Georgetown
Gitega
Guatemala City
Roseau
Basseterre
Harare
Helsinki
Ramallah
Islamabad
Jerusalem
Jakarta
Ashgabat|Ashkhabad
Juba
Kabul
Bogotá
Andorra la Vella
Kampala
Kathmandu
Khartoum
Bridgetown
Kingstown
Kingston
Libreville
Lilongwe
Lima
Dakar
Havana|La Habana
Lisbon
Ljubljana
London
Yerevan
Ulaanbaatar|Ulan Bator|Ulaan Baatar
N'Djaména|Ndjamena
Lusaka
Riga
Luanda
Luxembourg City
Quito
Malabo
Malé;?
Tokyo
Majuro
City of San Marino|San Marino City
Managua
Manama
Maputo
Mbabane
Phnom Penh
Mexico City
Minsk
Funafuti
Monaco
Moroni
Moscow
Abu Dhabi
Nay Pyi Taw|Naypyidaw|Naypyitaw|Nay Pyi Daw
Ngerulmud|Melekeok
Nouakchott
Oslo
Kuwait City
Madrid
Ouagadougou
Port of Spain|Port-of-Spain
Panama City
Maseru
Port Louis
Conakry
Port Moresby
Port Vila|Port-Vila
Sofia
Port-au-Prince|Port au Prince
Porto-Novo|Porto Novo
Prague
Podgorica
Tunis
Praia
Victoria;?
Tallinn
Antananarivo
Pretoria|Tshwane
Pristina|Prishtina|Prishtinë
Pyongyang
Reykjavík
Bratislava
Riyadh
Rome
San Salvador
Santiago
Santo Domingo
São Tomé
Kuala Lumpur
Seoul
Singapore
Lomé
San José
Skopje
Sri Jayawardenepura Kotte|Kotte
St. George's|Saint George's|St George's
St. John's|Saint John's|St John's
Athens
Stockholm
Sucre
Suva
Taipei
Sanaa|Sana'a
Tarawa|South ~
Tbilisi
Tegucigalpa
Manila|Metro ~
Tehran|Teheran
Mogadishu
Thimphu
Tirana|Tiranë
Palikir
Wellington
La Paz
Vaduz
Valletta
Vientiane
Vienna
Vilnius
Vatican City
Warsaw
Niamey
Washington, D.C.|Washington, DC|Washington D.C.|Washington DC|Washington|District of Columbia|-
Djibouti City
Windhoek
Bamako
Yamoussoukro
Yaoundé
Sarajevo
Yaren
Zagreb
`);

/** Major cities and venues: in the order gzip packs smallest. */
export const CITIES: readonly Place[] = places(table`
Abidjan
Shenzhen
Aleppo
Shenyang
Glasgow
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
Grozny
Dar es Salaam
Bethlehem
Jeddah|Jidda|Jiddah
Medina|Madinah
Mecca
Tucson
Bonn
Frankfurt
Bucha
Cape Town
Fukuoka
Barcelona
Casablanca
Dnipro
Chennai
Chiang Mai
Ciudad Juárez
Vancouver
Denver
Benghazi
El Fasher|El-Fasher|Al Fasher|Al-Fashir
El Obeid|El-Obeid|Al-Ubayyid
El Paso
Pittsburgh
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
Saint Petersburg|St. Petersburg
Johannesburg
Kandahar
Hamburg
Karachi
Kolkata
Busan
Rzeszów
Kraków
Kramatorsk
Lagos
Kirkuk
Lahore
Lviv|Lvov
Hudaydah|Hodeidah|Al ~
Munich
Simferopol
Mariupol
Marseille
Strasbourg
Melbourne
Vladivostok
Melitopol
Miami
Guayaquil
Milan
Dubai
Mosul
Mumbai
Mykolaiv
Nagoya
Chernihiv
Naples
Los Angeles
Tijuana
Nogales
Nuevo Laredo
Odesa|Odessa
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
Sochi
Koror
Srebrenica
Izium
Sumy
Sydney;?
Taiz|Ta'izz
Geneva
Tel Aviv|~-Yafo
Dhahran
Minneapolis
Monterrey
Montréal
The Hague|Den Haag
Thessaloniki
Ramstein
Tianjin
Toronto
Urumqi
Wuhan
Philadelphia
Ohrid
Osaka
Rio de Janeiro
Yangon
Yekaterinburg
Goma
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
New Hampshire
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
Nebraska
New Mexico
South Dakota
Hawaii|Hawai'i
Texas
Connecticut
Maryland
Virginia
West Virginia
Wisconsin
Illinois
California
Wyoming
New York State
`);

/** Sub-national units: in the order gzip packs smallest. */
export const SUBNATIONAL: readonly Place[] = places(table`
Abkhazia
Kordofan|North ~|South ~|West ~
American Samoa
Faroe Islands|Faroes
Aruba
Kaliningrad
Ituri
Okinawa
Kivu|North ~|South ~
Crimea|~n Peninsula|Autonomous Republic of ~
Balochistan|Baluchistan
Kashmir|Jammu and ~
Bali
Tibet|~ Autonomous Region|~an Autonomous Region
Chechnya|Chechen Republic
Afar|~ Region
Xinjiang|~ Uyghur Autonomous Region|~ Uighur Autonomous Region|East Turkistan
Kurdistan Region|Iraqi Kurdistan|~ of Iraq|IKR|KRI
Darfur|North ~|South ~|West ~|Central ~|East ~
Donbas|~s
Blue Nile|~ State
Rakhine|~ State
Sonora
Galápagos Islands|Galápagos
Gaza|~ Strip
Hong Kong|~ SAR|~ Special Administrative Region|HKSAR
Kherson|~ Oblast
Bermuda
Oromia
West Bank|Judea and Samaria
Luhansk|~ Oblast|Lugansk|~ People's Republic|LNR
Nagorno-Karabakh|Karabakh|Nagorno Karabakh
Donetsk|~ Oblast|~ People's Republic|DNR
Karamoja
Idlib|~ Province
Northern Ireland
Papua|West ~
Amhara
Guam
Western Sahara
Greenland
Puntland
Puerto Rico
South Ossetia
East Jerusalem
Macau|Macao
Tigray
Mindanao
Transnistria
Luzon
Cabo Delgado
Zaporizhzhia|~ Oblast|Zaporizhia|Zaporozhye
Somaliland
Curaçao
Zanzibar
`);

/** World regions: in the order gzip packs smallest. */
export const REGIONS: readonly Place[] = places(table`
Amazon|~ Basin|~ia
Gulf region|Gulf States|Arabian Peninsula
Great Lakes region|Great Lakes|Great Lakes Region|African Great Lakes
Baltic states|Baltics|Baltic States
MENA
Balkans|Balkan Peninsula
Sub-Saharan Africa|sub-Saharan Africa|Subsaharan Africa
Western Balkans
Eastern Flank
Korean Peninsula
Caribbean
Central America
Central Asia
East Asia and the Pacific|East Asia and Pacific
Eastern Mediterranean|East Med
Asia-Pacific|Asia Pacific
Europe
Horn of Africa
West Africa
Africa
Arctic|High North
Indo-Pacific|Indo Pacific
Eastern Europe
Euro-Atlantic
Congo Basin
Latin America
Central and Eastern Europe
Levant
Near East
Middle East|Mideast
Middle Belt
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
North Africa
Americas
Southern Africa
Western Europe
Southeast Europe|Southeastern Europe|South East Europe
Mekong region|Mekong sub-region|Lower Mekong|Mekong Delta
East Africa
Western Hemisphere
Maghreb
`);

/** Named geographic and infrastructure features: in the order gzip packs smallest. */
export const FEATURES: readonly Place[] = places(table`
United Nations Headquarters
Caspian Sea|Caspian
Mekong River|Mekong
Mediterranean Sea|Mediterranean
Atlantic Ocean|Atlantic
Chornobyl|Chernobyl|~ Nuclear Power Plant|Chernobyl Nuclear Power Plant
Sea of Azov|Azov Sea
Camp David
Fordow|Fordo
Fort Campbell
Trans-Caspian International Transport Route|TITR|Middle Corridor|Trans-Caspian Transport Corridor|Trans-Caspian Trade Route|Trans-Caspian Corridor
Guantánamo Bay|Guantanamo
Trump Route for International Peace and Prosperity|*
Grand Ethiopian Renaissance Dam|*
Hamid Karzai International Airport|Kabul Airport|Kabul International Airport|*
Indian Ocean
Joint Base Andrews|Andrews Air Force Base
Strait of Hormuz|Straits of Hormuz|Hormuz Strait
Nile|~ River|River ~
Nord Stream|~ 2
North Atlantic
Capitol Hill|U.S. Capitol|Capitol
Pacific Ocean|Pacific
Benjamin Franklin Room|Ben Franklin Room
Pentagon
Persian Gulf|Arabian Gulf
South Pacific
Ream Naval Base
Second Thomas Shoal|Ayungin Shoal
Darién Gap|Darién
`);

/** Every place: capitals first, then cities, U.S. states and territories, sub-national units, regions, features. */
export const PLACES: readonly Place[] = [...CAPITALS, ...CITIES, ...US_STATES, ...SUBNATIONAL, ...REGIONS, ...FEATURES];

/**
 * Last words that make a capitalized phrase a place when no list entry matches ("Techo International Airport").
 * Read only as a set and a trie whose every value is "place": listed in the order gzip packs smallest (36 bytes).
 */
export const PLACE_HEAD_NOUNS: readonly string[] = (
  'Corridor|Training Area|Ocean|Sea|Room|Plant|Cape|Plateau|Plain|Port|Straits|Street|Strait|Islands|Reef|Island|' +
  'Highway|River|Railway|Valley|Bay|Gate|Square|District|Dam|Crossing|Palace|Peninsula|City|Headquarters|Checkpoint|' +
  'Hotel|Canal|Atoll|Oblast|Shoal|Gulf|Archipelago|Airport|Bridge|Province|Base|Airbase|Air Base|Route|Region|Harbour|' +
  'Harbor|Basin|Mosque|County|Mountains|Desert|Lake'
).split('|');

/**
 * First words that make a capitalized phrase a place ("Fort Campbell", "Mount Everest"); read as a map to "place", in the
 * order gzip packs smallest, and written in lower case, as a token's lower-case word looks them up (3 bytes gzipped
 * less than lower-casing them at load, with ORG_PREFIXES).
 */
export const PLACE_PREFIXES: readonly string[] = 'mount cape hotel fort camp lake'.split(' ');
