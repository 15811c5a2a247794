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
  Seattle; city
  Philadelphia; city
  Honolulu; city
  Anchorage; city
  Toronto; city
  Montreal | Montréal; city
  Vancouver; city
  Halifax; city
  Guadalajara; city
  Monterrey; city
  Tijuana; city
  Ciudad Juarez | Ciudad Juárez; city
  Culiacan | Culiacán; city
  Sao Paulo | São Paulo; city
  Rio de Janeiro; city
  Belem | Belém; city
  Medellin | Medellín; city
  Cartagena; city
  Guayaquil; city
  Cap-Haitien | Cap-Haïtien | Cap Haitien; city
  Lagos; city
  Maiduguri; city
  Abidjan; city
  Cotonou; city
  Bujumbura; city
  Johannesburg; city
  Cape Town; city
  Mombasa; city
  Dar es Salaam; city
  Goma; city
  Bukavu; city
  Lobito; city
  Mekelle | Mekele; city
  Hargeisa; city
  Omdurman; city
  Port Sudan; city
  El Fasher | El-Fasher | Al Fasher | Al-Fashir; city
  El Geneina | El-Geneina | Geneina; city
  El Obeid | El-Obeid | Al-Ubayyid; city
  Benghazi; city
  Casablanca; city
  Sharm el-Sheikh | Sharm El-Sheikh | Sharm el Sheikh; city
  Dubai; city
  Jeddah | Jidda | Jiddah; city
  Mecca | Makkah; city
  Medina | Madinah; city
  Tel Aviv | Tel Aviv-Yafo; city
  Haifa; city
  Gaza City; city
  Rafah; city
  Khan Younis | Khan Yunis; city
  Jenin; city
  Bethlehem; city
  Aqaba; city
  Aleppo; city
  Homs; city
  Raqqa | Raqqah | Ar-Raqqa; city
  Deir ez-Zor | Deir ez-Zour | Deir al-Zour; city
  Mosul; city
  Erbil | Irbil; city
  Basrah | Basra; city
  Kirkuk; city
  Isfahan | Esfahan; city
  Hudaydah | Hodeidah | Al Hudaydah; city
  Taiz | Ta'izz; city
  Marib | Ma'rib; city
  Aden; city
  Istanbul; city
  Geneva; city
  Zurich | Zürich; city
  Davos; city
  Munich; city
  Frankfurt; city
  Bonn; city
  Stuttgart; city
  Milan; city
  Barcelona; city
  Seville; city
  Strasbourg; city
  Nice; city; ; ?
  The Hague | Den Haag; city
  Edinburgh; city
  Glasgow; city
  Belfast; city
  Krakow | Kraków | Cracow; city
  Rzeszow | Rzeszów; city
  Thessaloniki; city
  Banja Luka; city
  Mitrovica; city
  Lviv | Lvov; city
  Kharkiv | Kharkov; city
  Odesa | Odessa; city
  Dnipro | Dnipropetrovsk; city
  Mariupol; city
  Mykolaiv; city
  Bakhmut; city
  Avdiivka; city
  Bucha; city
  Kramatorsk; city
  Chernihiv; city
  Sumy; city
  Pokrovsk; city
  Sevastopol; city
  St. Petersburg | Saint Petersburg | St Petersburg; city
  Vladivostok; city
  Almaty; city
  Samarkand | Samarqand; city
  Karachi; city
  Lahore; city
  Peshawar; city
  Quetta; city
  Rawalpindi; city
  Gwadar; city
  Kandahar; city
  Herat; city
  Mazar-i-Sharif | Mazar-e-Sharif | Mazar-e Sharif; city
  Jalalabad; city
  Mumbai | Bombay; city
  Chennai | Madras; city
  Kolkata | Calcutta; city
  Bengaluru | Bangalore; city
  Hyderabad; city
  Cox's Bazar; city
  Rangoon | Yangon; city
  Mandalay; city
  Chiang Mai; city
  Ho Chi Minh City | Saigon; city
  Da Nang | Danang; city
  Surabaya; city
  Shanghai; city
  Guangzhou; city
  Shenzhen; city
  Wuhan; city
  Chengdu; city
  Shenyang; city
  Lhasa; city
  Urumqi | Ürümqi; city
  Kaohsiung; city
  Osaka; city
  Hiroshima; city
  Nagasaki; city
  Yokosuka; city
  Busan | Pusan; city
  Sydney; city
  Melbourne; city
  Brisbane; city
  Perth; city
  Darwin; city; ; ?
  Auckland; city
  Christchurch; city
  Nuuk; city
  Naples; city
  Florence; city; ; ?
  Hamburg; city
  Dusseldorf | Düsseldorf; city
  Leipzig; city
  Marseille; city
  Durban; city
  Dhahran; city
  Adana; city
  Sapporo; city
  Fukuoka; city
  Nagoya; city
  Naha; city
  Calgary; city
  Quebec City; city
  Winnipeg; city
  Recife; city
  Porto Alegre; city
  Hermosillo; city
  Matamoros; city
  Merida | Mérida; city
  Nogales; city
  Nuevo Laredo; city
  Medan; city
  Ponta Delgada; city
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
  Guam; subnational; United States
  U.S. Virgin Islands | USVI | United States Virgin Islands; subnational; United States
  American Samoa; subnational; United States
  Northern Mariana Islands | Commonwealth of the Northern Mariana Islands | CNMI; subnational; United States
`);

const SUBNATIONAL: readonly Place[] = places(`
  Crimea | Crimean Peninsula | Autonomous Republic of Crimea; subnational; Ukraine
  Donbas | Donbass; subnational; Ukraine
  Donetsk | Donetsk Oblast | Donetsk region; subnational; Ukraine
  Luhansk | Luhansk Oblast | Luhansk region | Lugansk; subnational; Ukraine
  Kherson | Kherson Oblast | Kherson region; subnational; Ukraine
  Zaporizhzhia | Zaporizhzhia Oblast | Zaporizhzhia region | Zaporizhia | Zaporozhye; subnational; Ukraine
  Kursk | Kursk region | Kursk Oblast; subnational; Russia
  Belgorod; subnational; Russia
  Kaliningrad; subnational; Russia
  Chechnya | Chechen Republic; subnational; Russia
  Siberia; region; Russia
  Abkhazia; subnational; Georgia
  South Ossetia | Tskhinvali region; subnational; Georgia
  Transnistria | Transnistrian region; subnational; Moldova
  Nagorno-Karabakh | Karabakh | Nagorno Karabakh; subnational; Azerbaijan
  Nakhchivan | Nakhichevan; subnational; Azerbaijan
  Syunik | Syunik Province; subnational; Armenia
  Northern Cyprus; subnational; Cyprus
  Xinjiang | Xinjiang Uyghur Autonomous Region | Xinjiang Uighur Autonomous Region | East Turkistan; subnational; China
  Tibet | Tibet Autonomous Region | Tibetan Autonomous Region; subnational; China
  Hong Kong | Hong Kong SAR | Hong Kong Special Administrative Region | HKSAR; subnational; China
  Macau | Macao | Macau SAR | Macao SAR; subnational; China
  Inner Mongolia; subnational; China
  Okinawa; subnational; Japan
  Fukushima; subnational; Japan
  Gaza | Gaza Strip; subnational
  West Bank | Judea and Samaria; subnational
  East Jerusalem; subnational
  Golan Heights | Golan; subnational
  Negev | Negev Desert; region; Israel
  Sinai | Sinai Peninsula; region; Egypt
  Kurdistan Region | Iraqi Kurdistan | Kurdistan Region of Iraq | IKR | KRI; subnational; Iraq
  Idlib | Idlib Province; subnational; Syria
  Sweida | Suwayda | As-Suwayda; subnational; Syria
  Kashmir | Jammu and Kashmir; subnational
  Punjab; subnational
  Balochistan | Baluchistan; subnational; Pakistan
  Khyber Pakhtunkhwa; subnational; Pakistan
  Panjshir | Panjshir Valley; subnational; Afghanistan
  Rakhine | Rakhine State; subnational; Burma
  Shan State; subnational; Burma
  Kachin State; subnational; Burma
  Mindanao; subnational; Philippines
  Luzon; subnational; Philippines
  Bangsamoro | Bangsamoro Autonomous Region in Muslim Mindanao | BARMM; subnational; Philippines
  Papua | West Papua; subnational; Indonesia
  Bali; subnational; Indonesia
  Bougainville; subnational; Papua New Guinea
  Darfur | North Darfur | South Darfur | West Darfur | Central Darfur | East Darfur; subnational; Sudan
  Kordofan | North Kordofan | South Kordofan | West Kordofan; subnational; Sudan
  Blue Nile | Blue Nile State; subnational; Sudan
  Abyei; subnational
  Tigray; subnational; Ethiopia
  Amhara | Amhara region; subnational; Ethiopia
  Oromia; subnational; Ethiopia
  Somaliland; subnational; Somalia
  Puntland; subnational; Somalia
  North Kivu; subnational; Democratic Republic of the Congo
  South Kivu; subnational; Democratic Republic of the Congo
  Ituri; subnational; Democratic Republic of the Congo
  Cabo Delgado; subnational; Mozambique
  Borno | Borno State; subnational; Nigeria
  Zanzibar; subnational; Tanzania
  Western Sahara; subnational
  England; subnational; United Kingdom
  Scotland; subnational; United Kingdom
  Wales; subnational; United Kingdom
  Northern Ireland; subnational; United Kingdom
  Gibraltar; subnational; United Kingdom
  Bermuda; subnational; United Kingdom
  Cayman Islands; subnational; United Kingdom
  British Virgin Islands; subnational; United Kingdom
  Turks and Caicos Islands | Turks and Caicos; subnational; United Kingdom
  Falkland Islands | Falklands | Malvinas; subnational
  Chagos Archipelago | Chagos Islands | British Indian Ocean Territory; subnational
  Greenland; subnational; Denmark
  Faroe Islands | Faroes; subnational; Denmark
  Svalbard; subnational; Norway
  Aruba; subnational; Netherlands
  Curacao | Curaçao; subnational; Netherlands
  Sint Maarten; subnational; Netherlands
  Bonaire; subnational; Netherlands
  New Caledonia; subnational; France
  French Polynesia | Tahiti; subnational; France
  Cook Islands; subnational; New Zealand
  Niue; subnational; New Zealand
  Azores; subnational; Portugal
  Canary Islands; subnational; Spain
  Republika Srpska; subnational; Bosnia and Herzegovina
  Federation of Bosnia and Herzegovina; subnational; Bosnia and Herzegovina
  Brcko District | Brčko District | Brcko; subnational; Bosnia and Herzegovina
  Quebec | Québec; subnational; Canada
  Ontario; subnational; Canada
  British Columbia; subnational; Canada
  Alberta; subnational; Canada
  Sinaloa; subnational; Mexico
  Jalisco; subnational; Mexico
  Michoacan | Michoacán; subnational; Mexico
  Sonora; subnational; Mexico
  Chihuahua; subnational; Mexico
  Tamaulipas; subnational; Mexico
  Chiapas; subnational; Mexico
  Baja California; subnational; Mexico
  Galapagos Islands | Galápagos Islands | Galapagos | Galápagos; subnational; Ecuador
  Essequibo; subnational; Guyana
`);

const REGIONS: readonly Place[] = places(`
  Africa; region
  Asia; region
  Europe; region
  Oceania; region
  Antarctica | Antarctic; region
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
  Andean region | Andes; region
  Southern Cone; region
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
  Central Africa; region
  Southern Africa; region
  Horn of Africa; region
  Sahel | Sahel region; region
  Great Lakes region | Great Lakes Region | African Great Lakes; region
  Lake Chad Basin | Lake Chad region; region
  Western Europe; region
  Eastern Europe; region
  Central Europe; region
  Central and Eastern Europe; region
  Northern Europe; region
  Southern Europe; region
  Southeast Europe | Southeastern Europe | South East Europe; region
  Balkans | Balkan region | Balkan Peninsula; region
  Western Balkans; region
  Baltic states | Baltics | Baltic region | Baltic States; region
  Nordic region | Nordics | Nordic countries | Scandinavia; region
  Caucasus; region
  South Caucasus | Southern Caucasus | Transcaucasus; region
  North Caucasus; region
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
  Melanesia; region
  Polynesia; region
  Korean Peninsula; region
  Mekong region | Mekong subregion | Mekong sub-region | Lower Mekong | Mekong Delta; region
  Indian Ocean region; region
  Global South; region
  Middle Belt; region; Nigeria
  Niger Delta; region; Nigeria
  Congo Basin; region
  Himalayas | Himalaya | Himalayan region; region
  Sahara | Sahara Desert; region
`);

const FEATURES: readonly Place[] = places(`
  Pacific Ocean | Pacific; feature
  Atlantic Ocean | Atlantic; feature
  Indian Ocean; feature
  Arctic Ocean; feature
  Southern Ocean; feature
  North Atlantic; feature
  South Atlantic; feature
  North Pacific; feature
  South Pacific; feature
  Western Pacific; feature
  South China Sea; feature
  West Philippine Sea; feature
  East China Sea; feature
  Yellow Sea; feature
  Sea of Japan | East Sea; feature
  Philippine Sea; feature
  Black Sea; feature
  Sea of Azov | Azov Sea; feature
  Caspian Sea | Caspian; feature
  Baltic Sea; feature
  North Sea; feature
  Barents Sea; feature
  Bering Sea; feature
  Mediterranean Sea | Mediterranean; feature
  Aegean Sea | Aegean; feature
  Adriatic Sea | Adriatic; feature
  Red Sea; feature
  Dead Sea; feature
  Arabian Sea; feature
  Persian Gulf | Arabian Gulf; feature
  Gulf of Aden; feature
  Gulf of Oman; feature
  Gulf of Aqaba; feature
  Gulf of America | Gulf of Mexico; feature
  Caribbean Sea; feature
  Gulf of Guinea; feature
  Gulf of Thailand; feature
  Bay of Bengal; feature
  Mozambique Channel; feature
  English Channel; feature
  Strait of Hormuz | Straits of Hormuz | Hormuz Strait; feature
  Bab el-Mandeb | Bab al-Mandab | Bab el-Mandeb Strait | Bab al-Mandeb; feature
  Strait of Malacca | Malacca Strait | Straits of Malacca; feature
  Taiwan Strait | Taiwan Straits | Strait of Taiwan; feature
  Luzon Strait; feature
  Bering Strait; feature
  Strait of Gibraltar; feature
  Bosphorus | Bosporus; feature
  Dardanelles; feature
  Turkish Straits; feature
  Kerch Strait; feature
  Northern Sea Route; feature
  Northwest Passage; feature
  Panama Canal; feature
  Suez Canal; feature
  Nile | Nile River | River Nile; feature
  Mekong River | Mekong; feature
  Danube | Danube River; feature
  Dnipro River | Dnieper | Dnieper River; feature
  Euphrates | Euphrates River; feature
  Tigris | Tigris River; feature
  Jordan River | River Jordan; feature
  Jordan Valley; feature
  Indus | Indus River; feature
  Amazon River; feature
  Rio Grande; feature
  Congo River; feature
  Niger River; feature
  Yalu River; feature
  Aral Sea; feature
  Lake Chad; feature
  Lake Victoria; feature
  Great Lakes; feature
  Darien Gap | Darién Gap | Darien | Darién; feature
  Spratly Islands | Spratlys | Spratly Island chain; feature
  Paracel Islands | Paracels; feature
  Scarborough Reef | Scarborough Shoal | Bajo de Masinloc; feature
  Second Thomas Shoal | Ayungin Shoal; feature
  Sabina Shoal | Escoda Shoal; feature
  Mischief Reef; feature
  Senkaku Islands | Senkakus; feature
  Kuril Islands | Kurils | Northern Territories; feature
  Snake Island | Zmiinyi Island; feature
  Diego Garcia; feature
  Guantanamo Bay | Guantánamo Bay | Guantanamo; feature
  Pearl Harbor; feature
  Subic Bay; feature
  Ream Naval Base; feature
  Camp David; feature
  Mar-a-Lago; feature
  Joint Base Andrews | Andrews Air Force Base; feature
  Fort Bragg | Fort Liberty; feature
  Fort Campbell; feature
  Ramstein Air Base; feature
  Al Udeid Air Base | Al Udeid; feature
  Incirlik Air Base | Incirlik; feature
  Bagram Air Base | Bagram Airfield | Bagram; feature
  Al-Tanf | al-Tanf | Al Tanf; feature
  Hamid Karzai International Airport | Kabul Airport | Kabul International Airport | HKIA; feature
  Pentagon; feature
  Capitol Hill | U.S. Capitol | Capitol; feature
  Foggy Bottom; feature
  Harry S Truman Building | Harry S. Truman Building | Truman Building; feature
  Treaty Room; feature
  Benjamin Franklin Room | Ben Franklin Room; feature
  Thomas Jefferson Room; feature
  James S. Brady Press Briefing Room | Brady Press Briefing Room; feature
  Arlington National Cemetery; feature
  United Nations Headquarters | UN Headquarters | U.N. Headquarters; feature
  Korean Demilitarized Zone | Demilitarized Zone | DMZ; feature
  Panmunjom | Joint Security Area; feature
  Line of Control; feature
  Line of Actual Control; feature
  Blue Line; feature
  Suwalki Gap | Suwałki Gap | Suwalki Corridor; feature
  Philadelphi Corridor | Philadelphi Route; feature
  Rafah crossing | Rafah Crossing; feature
  Kerem Shalom | Kerem Shalom crossing; feature
  Allenby Bridge | King Hussein Bridge; feature
  Zaporizhzhia Nuclear Power Plant | ZNPP | Zaporizhzhya Nuclear Power Plant; feature
  Chornobyl | Chernobyl | Chornobyl Nuclear Power Plant | Chernobyl Nuclear Power Plant; feature
  Kakhovka Dam | Nova Kakhovka Dam; feature
  Yongbyon | Yongbyon Nuclear Scientific Research Center; feature
  Natanz; feature
  Fordow | Fordo; feature
  Bushehr; feature
  Kharg Island; feature
  Grand Ethiopian Renaissance Dam | GERD; feature
  Nord Stream | Nord Stream 2 | Nord Stream pipeline; feature
  Trans-Adriatic Pipeline | TAP; feature
  Southern Gas Corridor; feature
  Baku-Tbilisi-Ceyhan pipeline | BTC pipeline | Baku-Tbilisi-Ceyhan; feature
  Trans-Caspian International Transport Route | TITR | Middle Corridor | Trans-Caspian Transport Corridor | Trans-Caspian Trade Route | Trans-Caspian Corridor; feature
  Lobito Corridor | Lobito Atlantic Railway; feature
  Luzon Economic Corridor; feature
  Zangezur Corridor | Zangezur | Zangezur corridor; feature
  Trump Route for International Peace and Prosperity | TRIPP; feature
  India-Middle East-Europe Economic Corridor | IMEC; feature
  International North-South Transport Corridor | INSTC | North-South Transport Corridor; feature
  China-Pakistan Economic Corridor | CPEC; feature
  Gwadar Port; feature
  Hambantota Port | Hambantota; feature
  Chancay Port | Port of Chancay | Chancay; feature
`);

/** Every place: capitals first, then cities, U.S. states and territories, sub-national units, regions, features. */
export const PLACES: readonly Place[] = [...CAPITALS, ...CITIES, ...US_STATES, ...SUBNATIONAL, ...REGIONS, ...FEATURES];

/** Last words that make a capitalized phrase a place when no list entry matches ("Techo International Airport"). */
export const PLACE_HEAD_NOUNS: readonly string[] = [
  'Air Base', 'Airbase', 'Airport', 'Archipelago', 'Atoll', 'Base', 'Bay', 'Bridge', 'Canal', 'Cape', 'Checkpoint', 'Corridor',
  'Crossing', 'Dam', 'Desert', 'District', 'Gate', 'Gulf', 'Harbor', 'Harbour', 'Headquarters', 'Highway', 'Island', 'Islands', 'Lake', 'Mountains',
  'Oblast', 'Ocean', 'Peninsula', 'Plain', 'Plateau', 'Port', 'Power Plant', 'Province', 'Railway', 'Reef', 'River', 'Route',
  'Sea', 'Shoal', 'Square', 'Strait', 'Straits', 'Valley',
];

/** First words that make a capitalized phrase a place ("Fort Campbell", "Mount Everest"). */
export const PLACE_PREFIXES: readonly string[] = ['Fort', 'Mount', 'Camp', 'Lake', 'Cape'];
