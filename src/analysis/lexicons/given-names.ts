// Common given names: evidence that two or three bare capitalized words
// ("... release Robert Roe today") are a person rather than a heading or an
// unlisted body or place ("Light Industry", "South Gobi"). A single table,
// lower case, one space apart, alphabetical (which gzips best): frequent U.S.
// names and names common among foreign officials in State Department texts.
import { table } from './parse';

export const GIVEN_NAMES: readonly string[] = table`
aaron abdul abdullah abigail adam ahmad ahmed aisha alan albert alejandro alex alexander alexei alexey alexis ali
alice amanda amy ana andrea andrei andres andrew andriy angela ann anna annalena anthony antonio antony arthur ashley
austin barbara ben benjamin beth beverly bill bob boris bradley brenda brian brittney bruce bryan camille carl carlos
carmen carol catherine charles chen chris christian christina christine christopher claude colin condoleezza cynthia
dan daniel david deborah debra denise dennis denys diana diane dmitri dmitry dmytro donald donna doris dorothy doug
douglas dylan edward elizabeth ellen emily emmanuel eric ethan eugene evelyn faisal fatima fernando frances francisco
francois frank fumio gabriel gary george gerald giorgia grace greg gregory gustavo hady hamid hannah hassan helen
henry hillary hong hugh hussein ibrahim igor iryna ivan jack jacob jae jake james janet janice jason javier jean jeff
jeffrey jen jennifer jeremy jerry jessica jill jim joan joe john jonathan jordan jorge jose josep joseph joshua joyce
juan julia julie julieta jun justin kamala karen kari karim kate katherine kathryn keith kelly kenneth kevin khalid
kim larry laura lawrence lee leila li linda lisa liu liz lloyd louis lucia luis madeleine madison mahmoud manuel marco
margaret maria marie mark martha martin mary maryam matt matthew megan melanie melissa michael michelle miguel mike
mikhail ming mohammad mohammed molly moon muhammad mustafa mykola nancy narendra nasser nathan ned nicholas nick
nicole nikolai oksana olaf oleg oleksandr olena olivia omar pamela park patricia patrick paul pedro peter philip
pierre rachel rafael randy raymond rebecca reza ricardo richard rishi robert roger ronald rosa rose roy russell ruth
ryan salman samantha samuel sandra sara sarah scott sean sergei sergey shinzo shireen shirley sofia stephanie stephen
steve steven subrahmanyam susan tamim taras teresa theresa thomas tim timothy todd tom tony toria trevor ursula uzra
vanessa victoria viktor vincent virginia vladimir volodymyr walter wang wei wendy william willie xi yair yang yoon
yoshihide youssef yuri yuriy yusuf zhang
`.trim().split(/\s+/);

/**
 * Surnames of world leaders that statements often use alone ("Putin's war", "the Assad regime"). Read only as a
 * set: listed in the order gzip packs smallest, not alphabetically (10 bytes).
 */
export const LEADER_SURNAMES: readonly string[] = (
  'Sinwar Sharif Raisi Takaichi Putin Prigozhin Pezeshkian Ortega Kishida Netanyahu Zelensky Zelenskyy Navalny ' +
  'Nasrallah Burhan Murillo Milei Kara-Murza Khan Medvedev Maduro Lula Lukashenko Lukashenka Khamenei Hlaing Modi ' +
  'Hemedti Haniyeh Erdoğan Orbán Erdogan Díaz-Canel Assad'
).split(' ');
