/**
 * German word lists of the reply analyser (patterns in the language of ../pattern.ts).
 *
 * Licence: written by the Candystorm team for this project, under the project's own licence (see
 * docs/reply-analysis.md). Not taken from SentiWS or any other published list.
 * Content note: the insult and threat lists name slurs so that they can be recognised.
 */
import { SHARED_ACRONYMS, SHARED_INSULT, SHARED_INSULT_ADDRESSED } from './shared.ts';
import type { LexiconData } from './types.ts';

const FEELING = 'frustriert*|frustrierend|frust|sauer|wutend|wut|enttauscht|enttauschend|enttauschung|verargert|argerlich|arger|argert|genervt|nervig|traurig|verletzt|verletzend|besorgt|verunsichert|verzweifelt|gestresst|belastend|schlimm|anstrengend|unangenehm|mies|bitter|hart|beangstigend|unfair|angst|sorge*';
const WEEKDAY = 'montag*|dienstag*|mittwoch*|donnerstag*|freitag*|samstag*|sonnabend*|sonntag*|wochenende';

export const de: LexiconData = {
  negators: ['nicht', 'nich', 'net', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'ohne'],
  negationCancellers: ['nur', 'bloss', 'blos', 'einfach', 'mal'],
  clauseStarters: ['aber', 'sondern', 'jedoch', 'trotzdem', 'obwohl', 'weil', 'dass', 'denn', 'allerdings'],
  acronyms: [...SHARED_ACRONYMS, 'AGB', 'PN', 'ÖPNV', 'DB', 'ICE', 'GEZ', 'WLAN', 'BMI', 'SPD', 'CDU', 'CSU', 'AFD', 'FDP', 'BSW', 'GG', 'STGB', 'BGB', 'ZDF', 'ARD', 'WDR', 'NDR', 'SWR', 'BR', 'MDR', 'RBB', 'HR', 'SOS', 'KITA', 'AG', 'GMBH', 'MFG', 'LG', 'VG', 'USW', 'BZW', 'ZB', 'USW', 'INKL', 'CA'],
  you: ['du', 'dich', 'dir', 'dein*', 'ihr', 'euch', 'euer*', 'bist', 'seid', 'sind sie', 'sie sind', 'leute wie', 'so ein|eine|einer', 'was ein|eine|einen', 'fur ein|eine|einen', 'voll der|die', 'alter', 'digga*', 'bro', 'ey'],
  youStatement: ['du bist', 'bist du', 'du warst', 'ihr seid', 'du bleibst', 'sie sind', 'sind sie', 'sie waren'],
  insult: [
    'get a life', 'touch grass', 'ok boomer', 'heul doch|leise', 'mimimi*', 'such dir ein hobby', 'geh ~2 zuruck in deinen keller', 'lesen bildet', 'kindergarten niveau', 'schoner als dein ~2 gesicht', 'keyboard warrior*', 'halt dich raus', 'kauf dir ein leben',
    ...SHARED_INSULT,
    'idioten', 'trottel*', 'depp*', 'dummkopf*', 'dummkopfe', 'vollpfosten*', 'pisser*', 'drecksau*', 'dreckssau*', 'schwachkopf*', 'hohlkopf*', 'dumpfbacke*',
    'honk*', 'kackbratze*', 'spacko*', 'mongo', 'mongos', 'hurensohne', 'bastard*', 'wixxer*', 'wixer*', 'dreckskerl*', 'drecksack*', 'arschgeige*', 'knallkopf*', 'hirni*', 'vollspast*',
    'halt|halts die? fresse|klappe|schnauze|maul|fr3sse', 'fresse halten', 'verpiss dich|euch', 'geh|geht sterben', 'leck mich', 'du kannst mich mal', 'schnauze', 'fick deine mutter',
    'geh ~2 heulen', 'hau ab du',
  ],
  insultAddressed: [
    'geizhals*', 'lugner*', 'rassist*', 'sexist*', 'mobber*', 'vogel', 'schreihals*', 'wutburger*', 'keyboard ~1 warrior*', 'armselig*', 'das letzte', 'genie', 'troll*', 'nerd*', 'heuchler*', 'hetzer*', 'spinner*', 'idiot*',
    ...SHARED_INSULT_ADDRESSED,
    'dumm', 'dumme|dummer|dummes|dummen', 'blod|blode|bloder|blodes|bloden', 'bescheuert*', 'behindert*', 'opfer', 'lauch', 'lappen', 'arsch', 'penner*', 'nazi', 'peinlich', 'lacherlich', 'erbarmlich', 'hasslich*',
    'fett', 'fette|fetter|fettes', 'witzfigur*', 'kasper*', 'affe', 'hohl', 'gestort*', 'hirnlos*', 'hirntot*', 'unterbelichtet*', 'assi', 'asozial*', 'lutscher', 'knecht', 'versager*', 'heulsuse*', 'mimose*', 'jammerlappen*', 'schwachsinnig*', 'krank im kopf',
  ],
  youAccusation: [
    'sie haben|hatten ~3 keine|null ahnung', 'sie haben ~2 offenbar|offensichtlich|wohl ~4', 'sie sind ~2 unverschamt|schuld', 'sie sind ~1 das problem', 'sie zocken|beleidigen|verbreiten|lugen|hetzen', 'sondern sie|du|ihr', 'leute wie sie|du|dich|euch', 'du ~1 doch|bist ~1 selber|selbst', 'sorry|sry|entschuldigung ~1 aber|doch du|sie|ihr|dein|ihr', 'ihr ton', 'dein ton', 'du hast einfach', 'du laberst', 'statt dass sie|du', 'warum ~3 sie|du nicht einfach',
    'du hast|habt|haben ~2 keine|null ahnung', 'hast du ~2 keine ahnung', 'du lugst|lugt|lugst', 'du hast|habt ~3 gelogen', 'du hast ~3 nicht|falsch gelesen|verstanden|kapiert', 'du ubertreibst', 'ihr ubertreibt',
    'du ~3 immer', 'du ~3 nie', 'ihr ~3 immer', 'deine|eure|ihre eigene? schuld', 'selbst|selber schuld', 'du bist|seid ~2 schuld', 'das ist dein|euer problem', 'du hast ~1 angefangen', 'du verbreitest|verdrehst|provozierst|hetzt',
    'du hattest ~4 sollen|mussen|konnen', 'hattest du ~3 mal|doch|halt', 'typisch du', 'wegen dir|euch', 'du nervst', 'ihr nervt', 'du verstehst|kapierst|checkst ~2 nichts|nix|gar', 'lies|lern ~2 erstmal|mal ~1 lesen|richtig',
    'du redest ~2 mist|mull|quatsch|scheiss*|blodsinn|unsinn', 'du laberst|labert', 'du schreibst ~2 mist|mull|quatsch|scheiss*|blodsinn|unsinn', 'du machst ~2 alles|immer ~2 kaputt|falsch', 'du bist ~3 das problem', 'du willst ~2 nur ~2 provozieren|stress|aufmerksamkeit',
    'du hast ~2 nichts|nix verstanden', 'du tust so als', 'ihr habt ~3 versagt|verkackt|verbockt', 'du hast ~3 versagt|verkackt|verbockt', 'sie haben ~2 offensichtlich|wohl|null nicht? ~2 gelesen|verstanden|ahnung',
  ],
  threat: [
    'wir|ich wissen|weiss wo|wer du|sie|dein|ihr', 'ich kenn|kenne leute', 'sehen uns vor gericht', 'anwalte freuen sich', 'verprugel*', 'stehen|steht|stehe ~4 vor der|deiner|ihrer tur', 'polizei vor der tur', 'hab|habe deine ip', 'find|finde ich ~3 raus', 'sorge|sorgen dafur dass ~6 alle|jeder|fliegt|erfahrt|wissen', 'ganze schule ~2 weiss|wissen', 'gnade dir gott', 'arger mit mir', 'poste|poste ich ~3 fotos|bilder|videos', 'strom ab', 'zeigen ~2 jeden an', 'nicht drohen ~1 nur', 'erzahle ich ~3 allen', 'cousins|bruder|jungs ~4 nicht so nett', 'bekommt|kriegt arger',
    'ich|wir weiss|weiß|wissen wo du|ihr|sie wohnst|wohnt|wohnen', 'ich finde|kriege|krieg|erwische dich|euch', 'ich mach|mache dich|euch ~1 fertig|kaputt|platt|alle', 'ich bring|bringe dich|euch um', 'ich|wir werde|werden dich|euch ~3 finden|fertigmachen|vernichten|zerstoren|umbringen|ruinieren|fertig',
    'du wirst|werdet ~3 bereuen', 'das wirst du ~2 bereuen', 'pass blo* auf', 'pass ~1 auf was du', 'ich schlag|schlage|hau|haue dich|dir|euch', 'du bist tot', 'du bist ~1 dran', 'dein|euer leben ~3 zur holle|ruinieren|zerstoren', 'ich mache|mach dein leben',
    'ich zerstore|ruiniere|vernichte dich|dein|euch', 'ich sorge dafur dass du ~6 gefeuert|rausfliegst|entlassen|job|verlierst', 'ich|wir melde|schreibe|sage|erzahle|informiere ~3 deinem|deiner|deine chef*|arbeitgeber*|schule|eltern|lehrer*|firma|familie',
    'ich|wir poste|posten|veroffentliche|veroffentlichen|leake|leaken ~2 deine|eure adresse|nummer|daten|bilder|fotos|namen', 'keine|kein drohung ~2 aber', 'das ist eine drohung', 'wir sehen uns ~2 noch|drausen|draussen', 'warte nur ab?',
    'du wirst ~1 schon sehen', 'ich komm|komme ~3 vorbei und', 'ich komm|komme zu dir|euch', 'jeder wird ~3 erfahren', 'dann knallts|knallt', 'ich stech|steche', 'dich abstechen|abknallen', 'ich mach|mache dich kalt', 'du wirst ~2 leiden',
  ],
  limit: [
    'entfernen|loschen|blenden|melden|sperren wir', 'loschen|losch|losche', 'das ~2 loschen', 'polizei angezeigt|gemeldet', 'erst wenn', 'kein spass',
    'nicht okay|ok|cool', 'nicht in ordnung', 'keinen platz', 'geht|gehen ~2 gar? nicht', 'melde|meld|report|reporte ~2 dich|euch|das', 'ich|wir|hab|habe|haben ~4 gemeldet|angezeigt', 'ist|wurde|wird gemeldet|angezeigt', 'losch|losche|loscht|loschen ~3 das|bitte|den|die', 'lass|lasst ~1 ihn|sie|ihm ~1 in ruhe', 'hort|hor ~1 auf', 'hausverbot', 'mute|mutet|blocke|block|blockiert|gesperrt|sperre', 'unsere regel*', 'hier gilt', 'in unserer gruppe gilt', 'respektvoll*', 'fliegt|fliegst raus', 'lacht man nicht', 'man teilt keine', 'ich verlasse', 'mit beleidigungen', 'kein schimpfwort', 'sprechen wir ~4 nicht offentlich',
    'wir|ich losche|loschen|verberge|verbergen|blende|blenden|entferne|entfernen|sperre|sperren|blockiere|blockieren|melde|melden ~4 beitrag*|kommentar*|beleidigung*|post*|account*|profil*|nachricht*|das|diesen|den|dich',
    'beleidigung*|kommentar*|beitrag*|drohung*|beschimpfung*|hass* ~5 werden|wird ~3 geloscht|ausgeblendet|verborgen|entfernt|gemeldet|gesperrt', 'loschen|blenden|melden ~2 wir', 'wird|werden ~2 geloscht|ausgeblendet|gesperrt|entfernt',
    'anzeige|strafanzeige ~2 erstatten|erstattet|stellen|gestellt', 'zur anzeige', 'polizei ~3 melden|gemeldet|ubergeben|weitergeben|einschalten|informieren|anzeigen', 'polizei ~2 einschalten',
    'netiquette', 'hausregeln|hausordnung|diskussionsregeln|gemeinschaftsrichtlinien|nutzungsbedingungen|communityregeln', 'community ~1 regeln|richtlinien|standards', 'unsere|die regeln',
    'bitte|bleib|bleibt ~2 sachlich|respektvoll|hoflich|fair|freundlich', 'sachlich|respektvoll|hoflich|fair|freundlich ~1 bleiben|bleibt|bleibst', 'bitte ~3 ohne|keine beleidigungen|beschimpfungen|drohungen', 'dulden|tolerieren|akzeptieren ~3 wir|ich ~2 nicht|keine', 'wir|ich dulden|dulde|tolerieren|toleriere|akzeptieren|akzeptiere ~3 keine|nicht',
    'hier ist ~1 eine|meine|die grenze', 'das geht ~2 zu weit', 'in|mit diesem|dem|so einem ton', 'diesen ton', 'so ~2 rede|spreche|diskutiere ich nicht', 'ich beende ~3 gesprach|diskussion|unterhaltung|hier', 'ich lasse mich ~1 nicht beleidigen|beschimpfen',
    'ist hier ~2 nicht erlaubt|okay|ok', 'beleidigungen ~3 nicht erlaubt|okay|ok|verboten',
  ],
  acknowledge: [
    'falls|wenn sie|du ~2 angst|sorge|sorgen', 'aufgeregt|nervos|traurig|verletzt|enttauscht|sauer|wutend|gekrankt war|ist|sind|waren|bist|bin', 'viel geld',
    'wir|ich verstehen|verstehe ~3 dass|das|ihren|ihre|deinen|deine', 'sie|du argern|argerst sich|dich', 'wie es? sich ~4 fuhlt|fuhlen|anfuhlt', 'klingt nach', 'dass|wenn ~3 dich|sie|euch ~2 stort|stoert', 'sorge um', 'hat|hats|haben ~2 es? ~2 grad|gerade|eh ~1 schwer', '#num ~4 sind|ist ~2 ein|eine schock|belastung', 'ist|sind|war|waren|bin|bist ~3 gefrustet|schock|nervos|aufgeregt|uberfordert|schwierig|belastend|argerlich|nervig|frustrierend|enttauschend|traurig|verletzt', 'merk|merke ~3 gefrustet|sauer|wutend|genervt|traurig', 'wie es ihnen|dir ~1 gerade? geht', 'trotz ~1 arger|frust', 'uber den kopf',
    'ich verstehe|versteh|verstehen ~3 dass|deinen|deine|deinem|ihren|ihre|dich|euch|euren|eure|warum|wieso|weshalb|wie|den|die|das|gut|total|voll|absolut',
    'verstehe ich ~2 gut|total|voll|absolut|vollkommen|sehr', 'ich kann ~4 verstehen|nachvollziehen|nachfuhlen', 'kann ich ~3 verstehen|nachvollziehen|nachfuhlen', 'nachvollziehbar|verstandlich',
    `das|es klingt|klang ~3 ${FEELING}`, `hort sich ~3 ${FEELING}`, `klingt|klang ~1 als|wie|so ~5 ${FEELING}`, `das|es muss ~3 ${FEELING} ~2 sein|gewesen`, `du bist|warst|bist ~2 ${FEELING}`, `dass du ~4 ${FEELING}`, 'dass du ~4 dich ~3 argerst|aufregst|fuhlst|sorgst',
    `dein|deinen|deine|deiner|ihr|ihren|ihre|euer|euren|eure ~1 ${FEELING}|unmut|arger|frust`, `er|sie|ihr|kind|tochter|sohn|freundin|freund|leute|viele ist|sind|war|waren|fuhlt|fuhlen|fuhlte ~3 ${FEELING}|gekrankt|ubergangen|allein|ausgeschlossen`,
    'ich hore|hor ~2 dich|raus|heraus', 'kein wunder', 'ich sehe|seh|merke ~2 dass|wie du', 'tut mir|uns ~2 leid ~3 zu horen', `das|es ist ~2 ${FEELING}`, 'du hast|habt ~4 gewartet|warten', 'du wartest|wartet ~3 schon',
    'du fuhlst dich', 'ihr fuhlt euch', 'das hat dich|euch ~3 getroffen|verletzt|geargert', 'natürlich|klar bist du ~2 sauer|wutend|enttauscht|genervt', 'zu recht ~2 sauer|wutend|enttauscht|verargert|genervt',
  ],
  apology: [
    'entschuldigung', 'entschuldige|entschuldigen|entschuldigt', 'ich entschuldige mich', 'wir entschuldigen uns', 'tut|tat mir|uns ~2 leid|leit', 'tut mir|uns ~2 so|sehr|echt|wirklich|ehrlich leid',
    'sorry|sory|sorri|soz|sry', 'verzeihung', 'verzeih|verzeiht|verzeihen mir|uns|sie', 'mein|unser fehler', 'das war ~1 mein|unser fehler', 'wir|ich haben|habe ~3 mist|fehler|scheisse gebaut|gemacht', 'wir|ich haben|habe ~3 verbockt|verbaselt|verpeilt',
    'ich|wir bitten|bitte ~2 um entschuldigung|verzeihung', 'asche auf mein|unser haupt', 'my bad',
  ],
  apologyExcept: [
    'tut mir|uns ~2 leid|leit ~1 dass|wenn du|sie|ihr ~4 so ~2 siehst|sehen|seht|empfindest|empfinden|fuhlst|fuhlen', 'leid ~1 wenn|dass du|sie ~3 dich|sich ~2 angegriffen|beleidigt|verletzt ~1 fuhlst|fuhlen|fuhltest',
    'tut mir ~2 leid fur dich|euch', 'sorry|sry|entschuldigung|entschuldige|leid|leit ~1 aber|doch|jedoch|allerdings', 'sorry not sorry', 'sorry|entschuldigung|entschuldige|leid|sry ~4 aber|doch du|ihr|dein|deine|euer|sie', 'tut mir|uns ~2 leid ~3 zu horen', 'wir bedauern',
    'ich entschuldige mich ~2 nicht|sicher|bestimmt nicht', 'sorry ~1 aber ~2 nein',
  ],
  thanks: ['danke*', 'dank dir|euch|ihnen', 'vielen|besten|herzlichen|tausend|lieben dank', 'ich bedanke mich', 'wir bedanken uns', 'merci', 'thx|thanks|thank|thnx|thanx', 'dankbar'],
  thanksExcept: ['danke ~1 fur nichts|nix', 'nein danke', 'na danke', 'danke ~1 auch', 'danke fur nichts', 'danke schon ~1 fur nichts'],
  stockPhrase: [
    'danke|dank fur ~1 ihren|ihre|deinen|deine kommentar|meinung|beitrag', 'wir mochten ~2 darauf hinweisen', 'wir bitten um ~3 umgang', 'etwaige', 'wir freuen uns uber ~2 austausch|ihr interesse|ihr feedback', 'wir arbeiten ~3 daran|hochdruck', 'schnellstmoglich|baldmoglichst', 'wir verstehen ihre bedenken|sorgen',
    'wir bedauern', 'unannehmlichkeiten', 'danke|dank fur ~2 ihr|ihre|dein|deine|euer|eure|die feedback|verstandnis|geduld|nachricht|anfrage|hinweis|ruckmeldung|interesse|vertrauen|kommentar|anmerkung',
    'wir bitten ~2 um ~2 verstandnis', 'ihr|dein|euer anliegen ist uns ~2 wichtig', 'ihre|deine ~1 zufriedenheit ~3 wichtig|herzen|oberste', 'ihr|dein feedback ist uns ~2 wichtig', 'wir nehmen ~4 ernst',
    'bei ~1 weiteren? fragen stehen wir', 'stehen wir ~4 zur verfugung', 'zogern sie nicht', 'wir arbeiten mit hochdruck', 'wir sind stets bemuht', 'tut|tat mir|uns ~2 leid|leit ~1 dass|wenn du|sie|ihr ~4 so ~2 siehst|sehen|seht|empfindest|empfinden|fuhlst|fuhlen',
    'leid ~1 wenn|dass du|sie ~3 dich|sich ~2 angegriffen|beleidigt|verletzt ~1 fuhlst|fuhlen|fuhltest', 'an die zustandige abteilung', 'wir leiten ~4 weiter', 'ist uns ~1 ein ~1 anliegen', 'wir legen grossen wert',
  ],
  questionRequest: [
    'kannst|konnt|konnen|konntest|konnten du|ihr|sie ~4 loschen|aufhoren|lassen', 'lass|lasst uns',
    'kannst|konntest|konnen|konnten|wurdest|wurden|magst|mochtest|willst|wollen|darfst du|sie|ihr ~4 bitte', 'kannst|konntest|konnen|konnten|wurdest|wurden|magst|mochtest du|sie|ihr ~5 schicken|senden|schreiben|geben|nennen|mitteilen|zukommen|melden|anrufen|kontaktieren|posten|loschen|ausfullen',
    'kannst|konntest|konnen|konnten|wurdest|wurden du|sie ~2 uns|mir ~4 bestellnummer|nummer|daten|details',
  ],
  questionRhetorical: [
    'uberhaupt', 'eigentlich', 'etwa', 'vielleicht mal', 'wie ware|wars es', 'wie wurdest|fandest|fändest|fandet du|sie', 'soll ich jetzt', 'hm|hmm|hä|ha', 'warum ~3 nicht einfach', 'bro', 'lol', 'wieso|warum ~2 opfer',
    'geht|gehts ~1 noch', 'hast du ~2 sie|se|es|noch ~1 alle', 'bist du ~2 dumm|blod|bescheuert|behindert|verruckt|irre|ernst|lost|krank|bekloppt|wahnsinnig|noch ganz', 'was ist ~1 los|falsch mit dir|euch', 'wer hat dich|euch ~1 gefragt',
    'kannst du ~1 nicht|kein lesen', 'hast du ~2 nichts besseres', 'was soll ~1 das|der|die scheiss*|mist|quatsch|kack*', 'merkst du ~2 noch|selbst|eigentlich', 'ist das dein ernst', 'was bildest du dir', 'wie dumm|blod|bescheuert',
    'warum bist du so', 'schamst du dich', 'ernsthaft', 'echt jetzt', 'was denkst du ~1 wer du bist', 'lol', 'haha*', 'wirklich jetzt', 'hast du ~1 nichts zu tun', 'wie kann man nur', 'spinnst du', 'tickst du',
    'hast du ~2 kein leben', 'was laberst du', 'wer bist du ~1 dass', 'bist du fertig',
  ],
  nextStepAction: [
    'erstatten|ersetzen|tauschen wir', 'beantwortet|beantworten|kummert|hilft|helfen', 'kann man', 'trifft|treffen sich', 'ist|sind ~2 da|fur euch|fur sie|fur dich', 'zeig|zeige|zeigen', 'schreib|schreibe|schreiben ~3 gleich|privat', 'melden', 'komm|kommen|kommt ~3 zum|zur|ins|in',
    'komm|kommen|kommt ~4 vorbei', 'vorbeikommen', 'sprechen|sprich|reden|redet|rede ~3 mit', 'besprechen|planen|klaren', 'gehen|geh ~3 zur|zum', 'lass|lasst uns', 'sollen wir', 'hatte ich ~1 zeit', 'liegt ~3 in|bei', 'ist|sind ~3 erreichbar|da|geoffnet|offen', 'angerufen|gesprochen|geschickt|gebucht|weitergegeben', 'hast|haben du|sie ~3 schon', 'geb|gebe ~3 weiter', 'tauschen|erstatten ~3 um|ihnen|dir', 'gibt es ~4', 'nehmen wir ~4 entgegen|an', 'konnen sie ~4 online|vorbeikommen|kommen', 'liegen ~3 aus',
    'ich|wir melde|melden|schreibe|schreiben|schicke|schicken|sende|senden|rufe|rufen|kummere|kummern|prufe|prufen|klare|klaren|gebe|geben|leite|leiten|kontaktiere|kontaktieren|antworte|antworten|erstatte|erstatten|tausche|tauschen|ersetze|ersetzen|uberweise|uberweisen|versende|versenden|liefere|liefern|schaue|schauen|informiere|informieren',
    'melde|melden|schreibe|schreiben|schicke|schicken|sende|senden|rufe|rufen|kummere|kummern|prufe|prufen|klare|klaren|gebe|geben|erstatte|erstatten|uberweise|uberweisen|versende|versenden|informiere|informieren ich|wir',
    'ich|wir werde|werden ~4 melden|schreiben|schicken|senden|anrufen|kummern|prufen|klaren|kontaktieren|antworten|erstatten|tauschen|ersetzen|uberweisen|versenden|informieren|zuruckrufen',
    'schreib|schreibt|schreiben|schick|schickt|schicken|ruf|ruft|rufen|melde|meld|meldet|melden|kontaktier|kontaktiere|kontaktiert|kontaktieren|wende|wendet|wenden|sende|sendet|senden ~5 uns|mir|dich|dir|euch|sie|sich|an|bei',
    'du|ihr|sie kannst|konnt|konnen ~4 schreiben|anrufen|melden|schicken|erreichen|wenden|kontaktieren|finden|nutzen', 'kannst|konnt|konnen du|ihr|sie ~4 schreiben|anrufen|melden|schicken|erreichen|wenden|kontaktieren|finden|nutzen', 'erreichst|erreichen|erreicht|erreichbar', 'meldet|ruft|schreibt sich|dich|dir|an|zuruck',
    'hier ~2 hilfe', 'schau|schaut|schauen ~2 hier|unter|auf',
  ],
  nextStepChannel: [
    'frau|herr|dr', 'nummer gegen kummer', 'post', 'admin', 'heimspiel|probetraining|training|sprechstunde|versammlung|infoabend|burgersprechstunde',
    'filiale|kundenzentrum|schulburo|sekretariat|rathaus|burgerportal|kundenportal|portal|raum|zimmer|aula|vertrauenslehrer*|schulsozialarbeiter*|schuldnerberatung|schulleitung|klassenlehrer*|elternabend|discord|online|privat', 'unter #num',
    'dm|dms|pn|direktnachricht*|privatnachricht*|privat|nachricht', 'e? mail|email|mailadresse', 'telefon*|hotline|anruf|chat|livechat|kontaktformular|formular|postfach|inbox|support|kundenservice|kundendienst|whatsapp|messenger|link|website|webseite|service',
    'beratungsstelle*|telefonseelsorge|hilfetelefon|jugendnotmail|krisenchat', 'nummer gegen kummer', 'unter #num', 'rufnummer|servicenummer',
  ],
  nextStepTime: [
    'montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|taglich|werktags', 'pause', 'rund um die uhr', 'erste|ersten stunde', 'seit montag', 'mo|di|mi|do|fr ~3 #num',
    'um #num', 'ab #num', 'jeden|jede ~1 montag*|dienstag*|mittwoch*|donnerstag*|freitag*|samstag*|sonntag*|tag', 'januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember', 'bis #num', 'nach dem match|spiel|training', 'nachste|nachsten runde|woche|spiel', 'gleich', 'sofort', 'jetzt gleich',
    'heute|morgen|ubermorgen|heut', WEEKDAY, 'bis ~2 morgen|ende|mittag|abend|#num|heute', 'innerhalb ~3 stunde*|tag*|woche*|minute*|werktag*|#num', 'in #num stunde*|tag*|woche*|minute*|werktag*|std|min', '#num uhr',
    'nachste|nachsten|kommende|kommenden|diese|dieser woche', 'am #num', 'heute abend|nachmittag|mittag|vormittag', 'noch heute', 'gleich morgen', 'binnen ~2 #num|stunde*|tag*',
  ],
  sarcasm: [
    'danke fur nix', 'soll ich jetzt weinen', 'ich lach mich tot', 'mega|sehr|voll witzig', 'wir zittern', 'die|der arme', 'du genie', 'wow ~3 inspirierend|weltklasse|beeindruckend|unglaublich', 'freut sich aber', 'keine angst ~4 nichts weg',
    'na toll|super|klasse|prima|bravo|grossartig|wunderbar', 'wie originell|kreativ|witzig|lustig|erwachsen|reif', 'danke fur nichts', 'glanzleistung', 'gemacht|toll|super|na|danke|bravo ~2 einstein|sherlock|genie',
    'heul doch|leise', 'mimimi*', 'cry me a river', 'tut mir ja ~1 so leid', 'oh wie schlimm', 'ja ne ~1 is|ist klar', 'schon fur dich', 'respekt ~2 fur ~3 so viel', 'ganz grosses kino', 'herzlichen gluckwunsch ~2 du hast',
    'oh wow', 'wow ~2 echt|wirklich ~1 genial|clever|schlau', 'sehr ~1 witzig|erwachsen|schlau', 'was fur ein ~1 genie', 'sorry not sorry', 'yeah right', 'nice try',
  ],
  phoneCue: ['tel|telefon*|fon|handy*|mobil*|nummer|handynummer|telefonnummer|ruf|anrufen|whatsapp|signal|erreichbar', 'meine nummer'],
  notPhoneCue: ['bestell*|auftrag*|sendung*|tracking*|kunden*|ticket*|rechnung*|vorgang*|referenz*|nr|iban|bic|plz|artikel*|fall*|aktenzeichen|paket*'],
};
