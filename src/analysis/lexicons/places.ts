// Places (guide type `place`): capitals, major cities and diplomatic venues, U.S. states and territories,
// sub-national units, world regions, and named geographic or infrastructure features (seas, straits,
// corridors, bases, plants).
// Homonyms of countries ("Georgia" the U.S. state, "Singapore", "Monaco") need context: prefer the country.
import { places } from './parse';
import type { Place } from './types';

const CAPITALS: readonly Place[] = places('capital', `
Kabul
Tirana|Tiranë
Algiers
Andorra la Vella
Luanda
St. John's|Saint John's|St John's
Buenos Aires
Yerevan
Canberra
Vienna
Baku
Nassau
Manama
Dhaka|Dacca
Bridgetown
Minsk
Brussels
Belmopan
Porto-Novo|Porto Novo
Thimphu
La Paz
Sucre
Sarajevo
Gaborone
Brasilia|Brasília
Bandar Seri Begawan
Sofia
Ouagadougou
Nay Pyi Taw|Naypyidaw|Naypyitaw|Nay Pyi Daw
Gitega
Praia
Phnom Penh
Yaounde|Yaoundé
Ottawa
Bangui
N'Djamena|Ndjamena|N'Djaména
Santiago
Beijing|Peking
Bogota|Bogotá
Moroni
Kinshasa
Brazzaville
San Jose|San José
Yamoussoukro
Zagreb
Havana|La Habana
Nicosia
Prague
Copenhagen
Djibouti City
Roseau
Santo Domingo
Quito
Cairo
San Salvador
Malabo
Asmara
Tallinn
Mbabane
Addis Ababa
Suva
Helsinki
Paris
Libreville
Banjul
Tbilisi
Berlin
Accra
Athens
St. George's|Saint George's|St George's
Guatemala City
Conakry
Bissau
Georgetown
Port-au-Prince|Port au Prince
Vatican City
Tegucigalpa
Budapest
Reykjavik|Reykjavík
New Delhi
Jakarta
Tehran|Teheran
Baghdad
Dublin
Jerusalem
Rome
Kingston
Tokyo
Amman
Astana|Nur-Sultan|Nur Sultan
Nairobi
Tarawa|South ~
Pyongyang
Seoul
Pristina|Prishtina|Prishtinë
Kuwait City
Bishkek
Vientiane
Riga
Beirut
Maseru
Monrovia
Tripoli
Vaduz
Vilnius
Luxembourg City
Antananarivo
Lilongwe
Kuala Lumpur
Male|Malé;;?
Bamako
Valletta
Majuro
Nouakchott
Port Louis
Mexico City
Palikir
Chisinau|Chișinău|Chişinău|Kishinev
Monaco
Ulaanbaatar|Ulan Bator|Ulaan Baatar
Podgorica
Rabat
Maputo
Windhoek
Yaren
Kathmandu
Amsterdam
Wellington
Managua
Niamey
Abuja
Skopje
Oslo
Muscat
Islamabad
Ngerulmud|Melekeok
Ramallah
Panama City
Port Moresby
Asuncion|Asunción
Lima
Manila|Metro ~
Warsaw
Lisbon
Doha
Bucharest
Moscow
Kigali
Basseterre
Castries
Kingstown
Apia
City of San Marino|San Marino City
Sao Tome|São Tomé
Riyadh
Dakar
Belgrade
Victoria;;?
Freetown
Singapore
Bratislava
Ljubljana
Honiara
Mogadishu
Pretoria|Tshwane
Juba
Madrid
Sri Jayawardenepura Kotte|Kotte
Colombo
Khartoum
Paramaribo
Stockholm
Bern|Berne
Damascus
Taipei
Dushanbe
Dodoma
Bangkok
Dili
Lome|Lomé
Nuku'alofa|Nukualofa
Port of Spain|Port-of-Spain
Tunis
Ankara
Ashgabat|Ashkhabad
Funafuti
Kampala
Kyiv|Kiev
Abu Dhabi
London
Washington, D.C.|Washington, DC|Washington D.C.|Washington DC|Washington|District of Columbia|D.C.
Montevideo
Tashkent
Port Vila|Port-Vila
Caracas
Hanoi|Ha Noi
Sanaa|Sana'a
Lusaka
Harare
`);

const CITIES: readonly Place[] = places('city', `
New York|~ City|NYC
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
Tel Aviv|~-Yafo
Bethlehem
Aleppo
Erbil|Irbil
Hudaydah|Hodeidah|Al ~
Taiz|Ta'izz
Marib|Ma'rib
Aden
Istanbul
Geneva
Munich
Frankfurt
Bonn
Milan
Nice;;?
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
Georgia;;?
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
Puerto Rico;subnational
`);

const SUBNATIONAL: readonly Place[] = places('subnational', `
Crimea|Crimean Peninsula|Autonomous Republic of ~
Donbas|Donbass
Donetsk|~ Oblast|~ region
Luhansk|~ Oblast|~ region|Lugansk
Kherson|~ Oblast|~ region
Zaporizhzhia|~ Oblast|~ region|Zaporizhia|Zaporozhye
Kaliningrad
Chechnya|Chechen Republic
Siberia;region
Abkhazia
South Ossetia|Tskhinvali region
Transnistria|Transnistrian region
Nagorno-Karabakh|Karabakh|Nagorno Karabakh
Xinjiang|~ Uyghur Autonomous Region|~ Uighur Autonomous Region|East Turkistan
Tibet|~ Autonomous Region|Tibetan Autonomous Region
Hong Kong|~ SAR|~ Special Administrative Region|HKSAR
Gaza|~ Strip
West Bank|Judea and Samaria
East Jerusalem
Negev|~ Desert;region
Sinai|~ Peninsula;region
Kurdistan Region|Iraqi Kurdistan|~ of Iraq|IKR|KRI
Idlib|~ Province
Balochistan|Baluchistan
Rakhine|~ State
Luzon
Papua|West ~
Bali
Darfur|North ~|South ~|West ~|Central ~|East ~
Kordofan|North ~|South ~|West ~
Blue Nile|~ State
Tigray
Amhara|~ region
Western Sahara
Northern Ireland
Greenland
Faroe Islands|Faroes
Aruba
Sonora
Galapagos Islands|Galápagos Islands|Galapagos|Galápagos
`);

const REGIONS: readonly Place[] = places('region', `
Africa
Asia
Europe
Arctic|~ region|High North
Eurasia
Euro-Atlantic|~ area|~ region
Americas
Western Hemisphere
North America
Central America
South America
Latin America
Latin America and the Caribbean
Caribbean|~ region
Northern Triangle
Amazon|~ Basin|~ rainforest|Amazonia
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
Sahel|~ region
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
Middle Belt
Congo Basin
Sahara|~ Desert
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
Nile|~ River|River ~
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
Chornobyl|Chernobyl|~ Nuclear Power Plant|Chernobyl Nuclear Power Plant
Fordow|Fordo
Grand Ethiopian Renaissance Dam|GERD
Nord Stream|~ 2|~ pipeline
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
