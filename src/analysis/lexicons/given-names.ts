// Common given names: evidence that two or three bare capitalized words
// ("... release Robert Roe today") are a person rather than a heading or an
// unlisted body or place ("Light Industry", "South Gobi"). A single table,
// lower case, one space apart; frequent U.S. names first, then names common
// among foreign officials in State Department texts.
export const GIVEN_NAMES: readonly string[] = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian
terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley marco antony lloyd ned todd hugh bill
tom jim mike dan ben mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren
joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean
alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
natalie isabella charlotte rose alexis kayla molly wendy ellen jill toria uzra ursula kamala hillary condoleezza
madeleine mohammad mohammed muhammad ahmed ahmad ali hassan hussein abdul abdullah omar khalid ibrahim yusuf youssef
mustafa reza hamid mahmoud karim nasser faisal salman tamim fatima aisha leila maryam shireen vladimir sergey sergei
dmitry dmitri andrei alexei alexey mikhail nikolai ivan oleg yuri yuriy igor viktor volodymyr oleksandr olena iryna
oksana dmytro denys andriy mykola taras xi li wang zhang chen liu yang wei jun ming hong kim park lee jae yoon moon
yoshihide fumio shinzo narendra subrahmanyam pierre francois emmanuel olaf annalena josep giorgia rishi boris luis
carlos jose jorge pedro miguel manuel antonio francisco javier alejandro fernando ricardo rafael andres gustavo
tony doug colin nick matt chris alex steve bob greg jeff tim kate jen liz beth ana julieta lucia carmen gabriela sofia
`.trim().split(/\s+/);

/** Surnames of world leaders that statements often use alone ("Putin's war", "the Assad regime"). */
export const LEADER_SURNAMES: readonly string[] = (
  'Putin Assad Lukashenko Maduro Zelenskyy Zelensky Erdogan Erdoğan Netanyahu Khamenei Raisi Pezeshkian Ortega Murillo ' +
  'Díaz-Canel Sinwar Haniyeh Nasrallah Navalny Kara-Murza Takaichi Kishida Modi Sharif Khan Burhan Hemedti Hlaing Milei Lula'
).split(' ');
