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
// 1.3: blaming traits ("du bist so <Eigenschaft>"), mock roles ("du bist ja der Profi"), separable "rum-" verbs of
// complaining ("rumheulen", "heulst rum", "rumzuheulen") and deeds "von dir" ("daneben von dir").
const NEG_TRAIT = 'nervig|anstrengend|nervtotend|unertraglich|unfahig|inkompetent|respektlos|arrogant|ignorant|unverschamt|kindisch|heuchlerisch|frech|dreist|egoistisch|ahnungslos|intolerant|verlogen|gemein|chaotisch|unorganisiert|unprofessionell|unzuverlassig|faul|toxisch|besserwisserisch|neidisch|herablassend|uberheblich|hysterisch|unmoglich|dreist|scheinheilig|selbstgerecht';
const MOCK_ROLE = 'profi|experte|expertin|held|heldin|checker|checkerin|schlaueste|klugste|superheld*|meister|meisterin|oberschlaue|genie|einstein|besserwisser*|fachmann|fachfrau|pro';
const RUM_CRY = 'rumheul*|rumzuheul*|rumflenn*|rumzuflenn*|rumwein*|rumzuwein*|rumgeheul*|rumgejammer*|rumzujammer*';
const RUM_VERB = 'rumschrei*|rumheul*|rumjammer*|rummecker*|rumpobel*|rumzick*|rumzuheul*|rumzuschrei*|rumzujammer*|rumzumecker*|rumzupobel*|rumstress*|rumnerv*|rumflenn*|rummotz*|rumzumotz*';
const BAD_DEED = 'daneben|unfair|gemein|fies|respektlos|unverschamt|frech|dreist|peinlich|kindisch|unprofessionell|asozial|hinterhaltig|mies|unkollegial|ubergriffig';
const WEEKDAY = 'montag*|dienstag*|mittwoch*|donnerstag*|freitag*|samstag*|sonnabend*|sonntag*|wochenende';

export const de: LexiconData = {
  negators: ['nicht', 'nich', 'net', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'ohne'],
  negationCancellers: ['nur', 'bloss', 'blos', 'einfach', 'mal'],
  clauseStarters: ['aber', 'sondern', 'jedoch', 'trotzdem', 'obwohl', 'weil', 'dass', 'denn', 'allerdings'],
  acronyms: [...SHARED_ACRONYMS, 'AGB', 'PN', 'ÖPNV', 'DB', 'ICE', 'GEZ', 'WLAN', 'BMI', 'SPD', 'CDU', 'CSU', 'AFD', 'FDP', 'BSW', 'GG', 'STGB', 'BGB', 'ZDF', 'ARD', 'WDR', 'NDR', 'SWR', 'BR', 'MDR', 'RBB', 'HR', 'SOS', 'KITA', 'AG', 'GMBH', 'MFG', 'LG', 'VG', 'USW', 'BZW', 'ZB', 'USW', 'INKL', 'CA'],
  you: [
    // 1.3 (general rules from heldout2's error categories)
    'biste', 'haste', 'kannste', 'willste', 'weisste', 'musste', 'sollste',
   'du', 'dich', 'dir', 'dein*', 'ihr', 'euch', 'euer*', 'bist', 'seid', 'sind sie', 'sie sind', 'leute wie', 'so ein|eine|einer', 'was ein|eine|einen', 'fur ein|eine|einen', 'voll der|die', 'alter', 'digga*', 'bro', 'ey'],
  youStatement: [
    // 1.3 (general rules from heldout2's error categories)
    'biste', 'bist du|de',
   
    // 1.3 (general rules from heldout2's error categories)
    'bist ~1 hochstens|eher|hier|nur|wohl|doch|selber|selbst du', 'hor|hort|horen ~1 auf',
   'du bist', 'bist du', 'du warst', 'ihr seid', 'du bleibst', 'sie sind', 'sind sie', 'sie waren'],
  insult: [
    // 1.3 (general rules from heldout2's error categories)
    'geh|geht ~4 frische luft',
   
    // 1.3 (general rules from heldout2's error categories)
    'du hast|habt|haben ~2 einen|nen knall|schuss|vogel|dachschaden|sprung', 'hopfen und malz ~1 verloren', 'nicht ganz bei trost', 'dummer|dummer als ~2 brot|toastbrot|stroh|meter feldweg|ein stein', 'dumm wie ~2 ein? meter feldweg',
   
    // 1.3 (general rules from heldout2's error categories)
    'nutte*', 'hure', 'huren', 'vollkoffer*', 'hornochse*', 'muttersohnchen', 'du|ihr|sie gurke|gurken|pflaume|pflaumen|wurst|vogel|hanswurst|pappnase|nase|knalltute|lellek|lelek|lelleks', 'lellek*', 'lelek*',
   
    // 1.3 (general rules from heldout2's error categories)
    'einzige ~4 hier ~1 ist|bist|sind ~1 du|dein|deine|deinen|ihr|ihre|ihren',
   
    // 1.3 (general rules from heldout2's error categories)
    'kein|null|ohne hirn|verstand|grips|plan ~1 im kopf', 'kein hirn', 'null hirn', 'unter einem|nem stein ~1 gelebt|lebst|leben|gewohnt', 'sagt|sagte|meint der|die richtige', 'weichei*', 'warmduscher*', 'memme', 'schisser*', 'stumper*', 'dilettant*', 'pfuscher*', 'nichtskonner*', 'nixblicker*', 'flachzange*', 'trantute*', 'transuse*', 'schnarchnase*', 'dorftrottel*', 'grenzdebil*', 'strunzdumm*', 'dummdreist*', 'saudoof*', 'sackgesicht*', 'dummerchen', 'hirn ~1 einschalten', 'erst denken dann', 'lern ~1 erstmal|mal ~1 rechnen|denken|zuhoren', 'geh ~2 zuruck in die schule', 'hast du ~2 schule ~2 abgebrochen',
   
    // 1.3 (general rules from heldout2's error categories)
    'nicht ganz dicht', 'nicht alle tassen im schrank', 'einen an der waffel|klatsche', 'ne|eine schraube locker', 'soll|sollen ich|wir ~3 taschentuch|taschentucher|tempo', 'problem|probleme ~2 vor dem|am bildschirm|rechner|computer|gerat|handy', 'wer lesen kann ~3 vorteil', 'dunning', 'ganz ruhig brauner', `du|sie|ihr bist|sind|seid ja|doch|naturlich der|die ~1 ${MOCK_ROLE}`, `du|sie|ihr bist|sind|seid ja|doch|naturlich ein|eine|der|die ~1 echter|echte|richtiger|richtige|grosser|grosse ${MOCK_ROLE}`, 'wenn du|ihr|sie so toll|schlau|klug|perfekt|gut|grossartig bist|seid|sind', `du|ihr|sie|dich|euch ~5 ${RUM_CRY}`, 'tja ~2 pech gehabt', 'kommentiert|schreibt|postet|labert ~3 so|solchen ~1 nen|einen|ein|n? ~1 schrott|mull|schwachsinn|quatsch|dunnschiss|bullshit', 'du|sie|ihr hattest|hattet|hatten|wurdest ~3 naturlich|bestimmt|sicher ~4 besser gemacht|gekonnt|gewusst', 'genau das wurde ein|eine ~2 sagen',
   
    'get a life', 'touch grass', 'ok boomer', 'heul doch|leise', 'mimimi*', 'such dir ein hobby', 'geh ~2 zuruck in deinen keller', 'lesen bildet', 'kindergarten niveau', 'schoner als dein ~2 gesicht', 'keyboard warrior*', 'kauf dir ein leben',
    ...SHARED_INSULT,
    'idioten', 'trottel*', 'depp*', 'dummkopf*', 'dummkopfe', 'vollpfosten*', 'pisser*', 'drecksau*', 'dreckssau*', 'schwachkopf*', 'hohlkopf*', 'dumpfbacke*',
    'honk*', 'kackbratze*', 'spacko*', 'mongo', 'mongos', 'hurensohne', 'bastard*', 'wixxer*', 'wixer*', 'dreckskerl*', 'drecksack*', 'arschgeige*', 'knallkopf*', 'hirni*', 'vollspast*',
    'halt|halts die? fresse|klappe|schnauze|maul|fr3sse', 'fresse halten', 'verpiss dich|euch', 'geh|geht sterben', 'leck mich', 'du kannst mich mal', 'schnauze', 'fick deine mutter',
    'geh ~2 heulen', 'hau ab du',
    // broadened 1.1: compounds, youth slang, fixed phrases, mockery (written from the definitions, not from any data set)
    '*idiot', '*idioten', '*depp', '*deppen', '*trottel', '*spast', '*spasten', '*spacko', '*wichser', '*arschloch', '*arschlocher', '*honk', '*honks', 'vollpfosten*', 'vollhorst*', 'vollopfer',
    'volllauch', 'vollhonk*', 'volltrottel*', 'vollversager*', 'vollassi*', 'dummbatz*', 'dummbeutel*', 'dummbrot*', 'dummschwatzer*', 'dumpfbacke*', 'hohlbirne*', 'hohlbrot*', 'hohlkopp*',
    'doofnuss*', 'doofkopp*', 'blodmann*', 'blodian*', 'spatzenhirn*', 'erbsenhirn*', 'schwachmat*', 'pappnase*', 'armleuchter*', 'flachpfeife*', 'knalltute*', 'dumpfbacken', 'fettsack*',
    'fettarsch*', 'fettbacke*', 'hackfresse*', 'missgeburt*', 'abschaum', 'untermensch*', 'dreckspack', 'drecksvieh*', 'drecksstuck*', 'drecksfotze*', 'mistkerl*', 'miststuck*', 'scheisskerl*',
    'arschkriecher*', 'schleimscheisser*', 'klugscheisser*', 'du|ihr|sie pfeife|pfeifen|flasche|flaschen|niete|nieten|lusche|luschen|nulpe|bauer|kek|knecht|lappen|lutscher|made|wurm|spinner|psycho|heini|dulli|dodel|horst',
    'halt|haltet|halten ~1 dein|deine|euer|eure|ihr|ihre|den ~1 maul|fresse|schnauze|klappe|mund|sabbel', 'deine|eure|ihre fresse', 'maul halten', 'klappe halten', 'schnauze halten', 
    'verzieh|verzieht|verschwinde|verschwindet ~1 dich|euch', 'zieh leine', 'verreck|verrecke|krepier|krepiere', 'stirb', 'geh|fahr ~2 zur holle', 'ich scheiss|scheisse|kack ~1 auf dich|euch|sie',
    'fick|ficke|fickt deine|eure mutter|mudda', 'ficke|fickt dich|euch', 'deine mudda', 'wer hat ~1 dich|euch|sie ~1 gefragt', 'hat dich|euch ~1 jemand|einer|wer gefragt', 'fragt ~1 keiner|niemand',
    'juckt ~1 keinen|niemanden', 'wen juckts', 'heul|heult|wein|weine ~1 doch|leise|leiser|rum', 'geh|geht ~2 weinen|heulen', 'opfer ~1 halt|alter', 'hast|habt du|ihr ~1 kein leben', 'such dir ~1 ein|nen leben|hobby',
    'lern erstmal ~1 deutsch|schreiben|lesen', 'du brauchst ~2 therapie|therapeuten|psychiater|tabletten|medikamente', 'geh ~2 zum psychiater', 'hast du ~2 tabletten|medikamente ~1 vergessen',
    'dumm wie ~3 brot|stroh|bohnenstroh|toastbrot', 'strohdumm', 'saudumm', 'dummschwatz*',
  ],
  insultAddressed: [
    // 1.3 (general rules from heldout2's error categories)
    'streber*', 'angsthase*', 'rindvieh*', 'tussi*', 'schnorrer*', 'vollpfosten*', 'sesselfurzer*', 'couchpotato*', 'stubenhocker*',
   
    // 1.3 (general rules from heldout2's error categories)
    'debil*', 'beschrankt*', 'naiv', 'spacken', 'wack', 'lost', 'ehrenlos', 'schwach', 'hohlkopf*', 'knallcharge*', 'schnarcher*', 'heuchlerin', 'jammerlappen', 'kleingeist*', 'spiesser*', 'spiessbürger*',
   
    // 1.3 (general rules from heldout2's error categories)
    'hater*',
   
    'geizhals*', 'lugner*', 'rassist*', 'sexist*', 'mobber*', 'vogel', 'schreihals*', 'wutburger*', 'keyboard ~1 warrior*', 'armselig*', 'das letzte', 'genie', 'troll*', 'nerd*', 'heuchler*', 'hetzer*', 'spinner*', 'idiot*',
    ...SHARED_INSULT_ADDRESSED,
    'dumm', 'dumme|dummer|dummes|dummen', 'blod|blode|bloder|blodes|bloden', 'bescheuert*', 'behindert*', 'opfer', 'lauch', 'lappen', 'arsch', 'penner*', 'nazi', 'peinlich', 'lacherlich', 'erbarmlich', 'hasslich*',
    'fett', 'fette|fetter|fettes', 'witzfigur*', 'kasper*', 'affe', 'hohl', 'gestort*', 'hirnlos*', 'hirntot*', 'unterbelichtet*', 'assi', 'asozial*', 'lutscher', 'knecht', 'versager*', 'heulsuse*', 'mimose*', 'jammerlappen*', 'schwachsinnig*', 'krank im kopf',
    // broadened 1.1: insults that count only when aimed at someone
    'doof', 'doofe|doofer|doofes|doofen', 'damlich*', 'daemlich*', 'bekloppt*', 'beknackt*', 'behammert*', 'behaemmert*', 'blod', 'bloed*', 'verblodet*', 'minderbemittelt*', 'zuruckgeblieben*',
    'primitiv*', 'widerlich*', 'ekelhaft*', 'abartig*', 'jammerlich*', 'erbarmlich*', 'lachhaft*', 'witzbold*', 'hampelmann*', 'hanswurst*', 'schlaumeier*', 'besserwisser*', 'wichtigtuer*',
    'grossmaul*', 'laberbacke*', 'labertasche*', 'schwatzer*', 'schleimer*', 'schnorrer*', 'schmarotzer*', 'sozialschmarotzer*', 'faulpelz*', 'nervensage*', 'dummchen', 'pissnelke*', 'zicke*',
    'proll*', 'prolet*', 'opa', 'oma', 'ferkel', 'prinzessin', 'diva', 'champion', 'jammerer', 'heulboje*', 'asi', 'asis', 'assis', 'bratze*', 'schwurbler*', 'aluhut*', 'gutmensch*', 'faschist*', 'psychopath*', 'psychos', 'irrer', 'schwein', 'sau', 'ratte', 'ratten',
    'kakerlake*', 'pack', 'gesindel', 'mob', 'nichtsnutz*', 'taugenichts', 'feigling*', 'hosenscheisser*', 'nutzlos*', 'wertlos*', 'hirnamputiert*', 'ehrenlos*', 'holzkopf*', 'strohkopf*',
  ],
  insultExcept: [
    // 1.3 (general rules from heldout2's error categories)
    'schwach ~2 besetzt|ausgelastet|leistung|signal|netz|empfang|akku|batterie|wlan|verbindung|phase|moment|punkt|seite|stelle|tag', 'schwache|schwacher|schwachen ~1 netz|empfang|signal|leistung|akku|moment', 'naiv ~3 frage|fragen|vorstellung|gedacht',
   
    'opfer von|vom|des|der|eines|einer|geworden', 'opfer ~3 geworden|wurde|wurden|wird', 'zum opfer', 'mobbing|gewalt|unfall|verbrechens|betrugs|kriminalitat ~2 opfer*', 'opferhilfe|opferschutz|opferberatung',
    'idiotensicher*', 'idiotentest*', 'clown* ~4 zirkus|kindergeburtstag|geburtstag|kostum|schminke|nase|show|auftritt|party|fasching|karneval', 'zirkus|kindergeburtstag|fasching|karneval ~4 clown*', 'clownsnase*|clownskostum*|klinikclown*',
    'affe ~3 zoo|tierpark|gehege', 'zoo|tierpark ~4 affe|affen', 'schwein ~3 gehabt', 'armer|arme|armes schwein|sau', 'die sau rauslassen', 'vogel ~2 zwitschert|fliegt|gefuttert', 'vogel ~3 futtern|fuettern|beobachten|nest|kafig',
    // a verb with an object is no verdict ("hast du deine Karte verloren" is German, "du bist lost" is slang)
    'lost ~2 your|ur|my|his|her|their|the|a|an|it|them|track|contact', 'lauch ~3 suppe|gemuse|kochen|schneiden|zwiebel*', 'suppe|gemuse|zwiebel* ~3 lauch',
    'rassistisch*|sexistisch* ~2 kommentar*|beitrag*|beleidigung*|aussage*|post*|inhalt*|witz*|sprache|hetze|angriff*', 'troll* ~2 melden|blockieren|ignorieren|futtern|fuettern', 'melde|melden|blockiere|blockieren|ignoriere|ignorieren ~3 troll*|mobber*',
    'fett ~1 abgeraumt|gewonnen|gefeiert|cool|krass|geil|stabil|gut', 'dir|ihnen|euch|mir|uns ~3 peinlich', 'hallo|hi|hey|liebe ~1 karen', 'genie ~4 danke|dank|lieb*',
  ],
  namingVerbs: ['nennt', 'nennen', 'nennst', 'nannte', 'nannten', 'genannt', 'nenne', 'bezeichnet', 'bezeichnen', 'bezeichnest', 'beschimpft', 'beschimpfen', 'beschimpfst', 'schimpft', 'titulieren', 'tituliert'],
  verdictFrame: [
    // 1.3 (general rules from heldout2's error categories)
    'typisch|typischer|typische|typisches',
   'ist|war|sind|waren ein|eine|einer|ne|nen|totale|totaler|absolute|absoluter|echte|echter|voll', 'regiert|gefuhrt|geleitet von', 'voller|lauter'],
  laughing: ['lol', 'lel', 'lul', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hahahaha', 'hihi', 'xd', 'xdd'],
  threatCondition: [
    // 1.3 (general rules from heldout2's error categories)
    'wenn ~4 du|ihr|sie ~4 weitermach*', 'nochmal so ein|eine|einen', 'noch einmal so ein|eine|einen',
   
    'noch ein|eine|einmal', 'noch so ein|eine', 'wenn ~4 du|ihr|sie ~4 weiter|weiterhin|nochmal|noch einmal|wieder', 'wer ~4 weiter|weiterhin|nochmal|wieder', 'wenn ~3 noch einmal|nochmal|wieder',
    'mach|macht|machen ~1 nur|ruhig? ~1 so weiter', 'ein wort noch',
  ],
  threatEscalation: [
    // 1.3 (general rules from heldout2's error categories)
    'jede|jeder|jedem|jeden|allen ~2 gruppe*|chat*|server*|plattform*|netzwerk*|channel*',
   
    // 1.3 (general rules from heldout2's error categories)
    'poste|posten|postet|teile|teilen|leake|leaken|veroffentliche|veroffentlichen ~1 deine|ihre|eure',
   
    'alle|allen|jede|jeden|jedem|jeder ~3 bescheid|wissen|erfahren|sehen|bibliothek*|filiale*|verein*|schule*|laden|laden|anbieter*|geschaft*', 'ganze|ganzen ~1 schule|stadt|internet|klasse|welt', 'auf lebenszeit', 'lebenslang*',
    'veroffentlich*', 'poste|posten|postet|teile|teilen|leake|leaken ~3 deine|ihre|eure ~2 adresse|nummer|fotos|bilder|nachrichten|liste|akte|daten|namen', 'deine|ihre|eure ~1 adresse|akte|ip|familie|tochter|sohn|eltern|mutter|vater|chef|arbeitgeber*',
    'finden|finde|findet ~2 dich|euch', 'warten ~3 auf dich|sie|euch|ihn', 'parkplatz', 'lack ab', 'follower*', 'zuspammen', 'anwalt|anwalte|anwalten|anwaltin',
  ],
  youAccusation: [
    // 1.3 (general rules from heldout2's error categories)
    `bist|sind|seid du|sie|ihr ~1 so|echt|wirklich|einfach? ${NEG_TRAIT}`,
   
    // 1.3 (general rules from heldout2's error categories)
    'gehts ~1 dir|ihnen|euch ~1 noch ~1 gut', 'geht es ~1 dir|ihnen|euch ~1 noch ~1 gut',
   
    // 1.3 (general rules from heldout2's error categories)
    'lies|lest|lesen sie? ~1 mal|erstmal|doch ~3 richtig|genau|gründlich|grundlich', 'du|sie|ihr hast|haben|habt halt|eben ~2 zu|kein|keine|keinen|null', 'du|sie|ihr hast|haben|habt einfach ~1 kein|keine|keinen|null', 'wohl|anscheinend|offenbar|scheinbar zu schwer|kompliziert|hoch fur sie|dich|euch', 'dein|deine|deiner|euer|eure|eurer|ihre|ihrer hetze|lugen|hass|propaganda|gelaber|geschwatz|gejammer|gemecker|geheule', 'ihr|du ruiniert|ruinierst|zerstort|zerstorst|versaut|versaust|vergiftet|vergiftest', 'du|sie mobber|lugner|lugnerin|heuchler|heuchlerin|rassist|rassistin|hater|troll|hetzer', 'bevor ~1 du|sie|ihr ~4 beschuldigst|beschuldigen|meckerst|meckern|rumheulst|beschwerst|beschweren|postest|posten',
   
    // 1.3 (general rules from heldout2's error categories)
    'nicht ~3 flamen|haten|roasten|angreifen ~1 aber ~5 du|dir|dich|sie|ihnen|euch',
   
    // 1.3 (general rules from heldout2's error categories)
    `du|ihr|sie|dich|euch ~5 ${RUM_VERB}`, 'heulst|jammerst|meckerst|schreist|pobelst|zickst|nervst|stresst ~4 rum|herum', 'ihr ~1 heult|jammert|meckert|schreit|pobelt|zickt|stresst ~4 rum|herum', `${BAD_DEED} ~1 von dir|ihnen|euch`, 'dein|ihr|euer ego', 'zeig|zeigt|zeigen sie? ~1 nicht ~2 auf andere', 'beschwer|beschwere|beschwert|beschweren|beklag|beklagt|beklagen ~1 dich|sie|euch ~1 sich? ~1 nicht', 'du|sie|ihr hast|haben|habt ~4 selbst|selber ~2 freigegeben|unterschrieben|bestellt|gebucht|ausgesucht|gewahlt|zugestimmt|abgenickt|gemacht|geschrieben|gepostet|angefangen', 'was hast|habt|haben du|ihr|sie ~3 geleistet|beigetragen|erreicht', 'nicht ~3 beleidigen|dissen|angreifen|fies|gemein|unhoflich|personlich ~1 aber ~5 du|dir|dich|sie|ihnen|euch', 'wenn du|sie|ihr ~5 hattest|hattet|hatten ~3 ware|waren|warst', `du|sie|ihr bist|sind|seid ~1 ${NEG_TRAIT}`, 'hor|hort|horen ~1 auf ~4 so ~3 zu sein', `hor|hort ~1 auf ~4 ${RUM_VERB}`,
   
    'sie haben|hatten ~3 keine|null ahnung', 'sie haben ~2 offenbar|offensichtlich|wohl ~4 nicht|nie|kein|keine|keinen|falsch|vergessen|ubersehen|verpasst|verwechselt|missverstanden', 'sie sind ~2 unverschamt|schuld', 'sie sind ~1 das problem', 'sie zocken|beleidigen|verbreiten|lugen|hetzen', 'sondern sie|du|ihr', 'leute wie sie|du|dich|euch', 'du ~1 doch|bist ~1 selber|selbst', 'sorry|sry|entschuldigung ~1 aber|doch du|sie|ihr|dein|ihr', 'ihr ton', 'dein ton', 'du hast einfach', 'du laberst', 'statt dass sie|du', 'warum ~3 sie|du nicht einfach',
    'du hast|habt|haben ~2 keine|null ahnung', 'hast du ~2 keine ahnung', 'du lugst|lugt|lugst', 'du hast|habt ~3 gelogen', 'du hast ~3 nicht|falsch gelesen|verstanden|kapiert', 'du ubertreibst', 'ihr ubertreibt',
    'du ~1 immer', 'du bist|machst|tust|redest|schreibst|nervst|meckerst|beschwerst|jammerst|luegst|lugst|ubertreibst ~3 immer', 'du ~3 nie', 'ihr ~3 immer', 'deine|eure|ihre eigene? schuld', 'selbst|selber schuld', 'du bist|seid ~2 schuld', 'das ist dein|euer problem', 'du hast ~1 angefangen', 'du verbreitest|verdrehst|provozierst|hetzt',
    'du hattest ~4 sollen|mussen|konnen', 'hattest du ~3 mal|doch|halt', 'typisch du', 'wegen dir|euch', 'du nervst', 'ihr nervt', 'du verstehst|kapierst|checkst ~2 nichts|nix|gar', 'lies|lern ~2 erstmal|mal ~1 lesen|richtig',
    'du redest ~2 mist|mull|quatsch|scheiss*|blodsinn|unsinn', 'du laberst|labert', 'du schreibst ~2 mist|mull|quatsch|scheiss*|blodsinn|unsinn', 'du machst ~2 alles|immer ~2 kaputt|falsch', 'du bist ~3 das problem', 'du willst ~2 nur ~2 provozieren|stress|aufmerksamkeit',
    'du hast ~2 nichts|nix verstanden', 'du tust so als', 'ihr habt ~3 versagt|verkackt|verbockt', 'du hast ~3 versagt|verkackt|verbockt', 'sie haben ~2 offensichtlich|wohl|null nicht? ~2 gelesen|verstanden|ahnung',
    // broadened 1.1: blaming you-statements and rhetorical you-questions
    'du|ihr hast|habt ~1 doch ~4 selbst|selber|angefangen|gelogen|ubertrieben|kaputt|versaut', 'sie haben ~1 doch ~4 selbst|selber|angefangen|gelogen|ubertrieben', 'du|ihr bist|seid ~3 schuld|unfahig|inkompetent|respektlos|arrogant|ignorant|unverschamt|kindisch|heuchlerisch|lacherlich|peinlich|frech|dreist|egoistisch|ahnungslos|intolerant|verlogen|unverschaemt|gemein',
    'sie sind ~3 schuld|unfahig|inkompetent|respektlos|arrogant|ignorant|unverschamt|heuchlerisch|lacherlich|frech|dreist|verlogen', 'ihr|sie seid|sind ~2 das|der ~1 problem|grund', 'ihr|sie seid|sind ~2 schuld|lugner|betruger|abzocker',
    'du|ihr|sie bist|seid|sind ~1 doch|selbst|selber|auch ~2 nicht besser', 'du|ihr|sie bist|seid|sind der grund', 'bist|sind|seid du|sie|ihr ~2 blind|taub|dumm|blod|bescheuert|verruckt|bekloppt|besoffen|betrunken|high|behindert|gestort',
    'kannst|konnen|konnt du|sie|ihr nicht|kein ~1 lesen|zuhoren|denken|rechnen', 'hast|haben|habt du|sie|ihr ~1 tomaten auf den augen', 'was ist ~1 dein|euer problem', 'was stimmt ~1 nicht mit dir|ihnen|euch',
    'merkst du ~2 noch|selbst|eigentlich', 'merken sie ~2 eigentlich|selbst', 'was ist ~1 los mit dir|ihnen|euch', 'sollte|solltest|solltet|sollten ~3 schamen', 'scham|schame dich|euch',
    'schamen sie sich', 'schamt euch', 'du|sie hast|haben|habt ~2 keine|kein ~1 ahnung|schimmer|respekt|anstand|benehmen|manieren|peil|durchblick', 'du spinnst', 'spinnt ihr', 'spinnen sie',
    'spinnst du', 'sie|ihr haben|habt ~3 versagt|verbockt|gelogen|betrogen|abgezockt|verarscht', 'ihr lugt|betrugt|zockt|verarscht|luegt', 'ihr seid ~2 unfahig|inkompetent|schuld|respektlos',
    'wegen leuten wie dir|ihnen|euch', 'wegen ihnen', 'dank dir|euch ~3 kaputt|ruiniert|verloren|versaut', 'deinetwegen|euretwegen|ihretwegen', 'durch dich|euch ~3 kaputt|ruiniert|versaut',
    'du|sie tust|tun ~1 immer|nur ~1 so ~1 als', 'du|ihr willst|wollt ~2 doch? nur ~2 aufmerksamkeit|stress|streit|provozieren|stanker*', 'du provozierst|provoziert', 'du stellst dich ~2 an',
    // 1.2: structural blame: "du hast … und jetzt", "Sie sind genau die Art", "ihr X seid das Problem", blaming verbs with you
    'du|sie|ihr ~6 und jetzt|nun', 'du bist ~1 doch|genau|halt ~1 der|die|diejenige|derjenige ~1 der|die', 'sie|ihr|du sind|seid|bist ~1 genau|halt|doch ~1 die|der ~1 art|typ|sorte', 'ihr ~2 seid|sind ~2 das|der problem|grund',
    'du|ihr|sie ~1 meckert|meckerst|meckern|jammert|jammerst|jammern|motzt|motzen|motzt|schiebst|schiebt|schieben|blockieren|blockierst|blockiert|regst|regen', 'wundert ihr euch', 'wunderst du dich', 'wundern sie sich', 'wundert euch|wunderst dich',
    'du|ihr|sie kommst|kommt|kommen ~4 nur ~3 um', 'du erwartest ~1 wohl|doch|halt', 'sie erwarten ~1 wohl|doch|halt', 'du|sie|ihr waren|warst|wart ~1 halt|eben|doch|ja ~1 kein|nicht', 'du|ihr|sie ~2 doch ~1 selber|selbst ~3 ausgesucht|gewollt|bestellt|gebucht|unterschrieben',
    'sie|du haben|hast ~3 offenbar|wohl|gar ~2 nicht ~1 gelesen|verstanden|zugehort',
    'du|ihr|sie bist|hast|warst|hattest|seid|habt|wart|sind|waren ~1 doch|ja|halt|eh ~2 selber|selbst|nur|nie|immer|nicht|kein|keine|null', 'du|ihr|sie bist|hast|warst|hattest|seid|habt|wart|sind|waren ~1 doch|ja|halt|eh ~1 selber|selbst ~1 nie|nicht|kein|keine|null|nur|immer',
    'typisch ~1 sie|ihr|euch', 'du denkst|glaubst ~1 wohl|echt|wirklich ~2 du', 'du ~1 kapierst|checkst|verstehst es|das ~2 nicht',
  ],
  threat: [
    // 1.3 (general rules from heldout2's error categories)
    'anwalt*|anwalte ~3 auf den hals', 'ich verklage dich|euch', 'ich|wir ~1 werde|werden dich|euch ~2 verklagen', 'weiss|weis|wissen|kenne|kennen ~3 welche|welcher|welches|welchen ~1 schule|klasse|firma|strasse|arbeit|auto|verein ~3 du|ihr', 'du wirst|werdet|ihr ~2 wunschen', 'ich|wir mach|mache|machen dich|euch ~4 fertig|kaputt|platt', 'ich|wir schick|schicke|schicken|zeige|zeigen|leite|leiten ~3 an ~1 deine|eure ~1 eltern|mutter|vater|chef*|chefin|arbeitgeber*|familie',
   
    // 1.3 (general rules from heldout2's error categories)
    'wart|warte|wartet ~2 ab|nur|mal ~4 bis ~6 erfahrt|erfahren|hort|horen|sieht|sehen|mitkriegt|mitbekommt', 'sag ~2 nicht ~2 ich hatte dich nicht gewarnt', 'letzte|letzter warnung ~3 dann|sonst ~4 erlebst|siehst|kriegst',
   
    // 1.3 (general rules from heldout2's error categories)
    'dafur ~1 dass ~4 nie wieder ~5 irgendein*|irgendwo|irgendwem|nirgends|nirgendwo', 'sorg|sorge|sorgen ~2 dafur ~1 dass ~8 gefeuert|rausfliegst|fliegst', 'sorg|sorge|sorgen ich|wir dafur ~1 dass ~6 alle|jeder|ganze|erfahrt|wissen', `ich|wir poste|posten|teile|teilen|leake|leaken|veroffentliche|veroffentlichen|schicke|schicken ~1 deine|ihre|eure ~2 peinlich*|privat*|sprachnachricht*|nacktbild*|adresse|nummer|geheimnisse|chatverlauf*`, 'mir und meinen ~1 jungs|freunden|brudern|cousins|leuten|kumpels', 'rechtlich*|anzeige|klage|schritte ~3 gegen ~4 familie|eltern|kinder|arbeitgeber*', 'prufen|prufe ~2 rechtlich|rechtliche schritte',
   
    'wir|ich wissen|weiss wo|wer du|sie|dein|ihr', 'ich kenn|kenne leute', 'sehen uns vor gericht', 'anwalte freuen sich', 'verprugel*', 'stehen|steht|stehe ~4 vor der|deiner|ihrer tur', 'polizei vor der tur', 'hab|habe deine ip', 'find|finde ich ~3 raus', 'sorge|sorgen dafur dass ~6 alle|jeder|fliegt|erfahrt|wissen', 'ganze schule ~2 weiss|wissen', 'gnade dir gott', 'arger mit mir', 'poste|poste ich ~3 fotos|bilder|videos', 'strom ab', 'zeigen ~2 jeden an', 'nicht drohen ~1 nur', 'erzahle ich ~3 allen', 'cousins|bruder|jungs ~4 nicht so nett', 'bekommt|kriegt arger',
    'ich|wir weiss|weiß|wissen wo du|ihr|sie wohnst|wohnt|wohnen', 'ich finde|kriege|krieg|erwische dich|euch', 'ich mach|mache dich|euch ~1 fertig|kaputt|platt|alle', 'ich bring|bringe dich|euch um', 'ich|wir werde|werden dich|euch ~3 finden|fertigmachen|vernichten|zerstoren|umbringen|ruinieren|fertig',
    'du wirst|werdet ~3 bereuen', 'das wirst du ~2 bereuen', 'pass blo* auf', 'pass ~1 auf was du', 'ich schlag|schlage|hau|haue dich|dir|euch', 'du bist tot', 'du bist ~1 dran', 'dein|euer leben ~3 zur holle|ruinieren|zerstoren', 'ich mache|mach dein leben',
    'ich zerstore|ruiniere|vernichte dich|dein|euch', 'ich sorge dafur dass du ~6 gefeuert|rausfliegst|entlassen|job|verlierst', 'ich|wir melde|schreibe|sage|erzahle|informiere ~3 deinem|deiner|deine chef*|arbeitgeber*|schule|eltern|lehrer*|firma|familie',
    'ich|wir poste|posten|veroffentliche|veroffentlichen|leake|leaken ~2 deine|eure adresse|nummer|daten|bilder|fotos|namen', 'keine|kein drohung ~2 aber', 'das ist eine drohung', 'wir sehen uns ~2 noch|drausen|draussen', 'warte nur ab?',
    'du wirst ~1 schon sehen', 'ich komm|komme ~3 vorbei und', 'ich komm|komme zu dir|euch', 'jeder wird ~3 erfahren', 'dann knallts|knallt', 'ich stech|steche', 'dich abstechen|abknallen', 'ich mach|mache dich kalt', 'du wirst ~2 leiden',
    // broadened 1.1: harm, escalation, doxxing, disproportionate revenge, disguised threats
    'sie|ihr werden|werdet ~3 bereuen', 'wirst|werden|werdet ~3 es|das ~2 bereuen', 'bereust|bereuen|bereut du|sie|ihr', 'das wird ~1 dir|ihnen|euch ~2 leid|leidtun', 'wird dir|ihnen|euch ~2 noch leid',
    'ich|wir finde|finden ~3 raus ~2 wo|wer du|sie|ihr', 'ich|wir kenne|kennen ~1 deine|eure adresse|ip|privatadresse', 'vorsichtig|vorsicht ~3 was du|sie ~2 sagst|schreibst|postest|sagen|schreiben',
    'das hat ~3 folgen|konsequenzen ~2 fur dich|euch', 'das wird ~2 ein nachspiel haben', 'dich|euch ~2 fertigmachen|kaputtmachen|kaltmachen|umlegen|umbringen|totschlagen|verprugeln|abstechen|abknallen|messern|klatschen|boxen|plattmachen',
    'ich|wir ~2 schlag|schlage|box|boxe|hau|haue|klatsch|klatsche|kill|kille|messer|ficke|fick ~1 dich|dir|euch', 'kriegst|bekommst|kriegt|bekommt ~3 aufs maul|fresse', 'kriegst|bekommst|kriegt|bekommt ~3 auf die fresse|schnauze|nase',
    'kriegst|bekommst|kriegt|bekommt ~3 schlage|prugel', 'dann gibts|gibt|setzt es? ~2 arger|stress|schlage|prugel', 'nach der schule ~3 bist du dran', 'man sieht sich ~1 immer? zweimal',
    'ich krieg|kriege dich|euch', 'du bist ~2 so gut wie tot', 'du bist ~1 geliefert', 'mein|meine|unser|unsere anwalt|anwalte|anwaltin ~4 meldet|melden|wird|werden|kummert|kummern|schreibt',
    'von meinem|unserem anwalt', 'ich|wir verklage|verklagen ~2 dich|sie|euch', 'ich|wir mache|machen|mach|stelle|stellen ~3 deinen|euren|deine|eure namen|adresse|daten|nummer|fotos|chats ~2 offentlich|online|publik',
    'ich|wir mache|machen|mach|stelle|stellen ~3 deinen|euren|deine|eure namen|adresse|daten|nummer|fotos|chats ~2 ins netz', 'ich|wir ~2 doxx*|doxe|doxen', 'du wirst ~2 gedoxxt', 'ich|wir schicke|schicken|zeige|zeigen|leite|leiten|petze|petzen ~4 deinem|deiner chef*|arbeitgeber*|vorgesetzt*|ausbilder*',
    'mal sehen|schauen|gucken ~5 chef*|arbeitgeber*|vorgesetzt*|firma ~3 dazu? sagt|sagen|findet|finden|meint', 'ware|waere ~1 doch|ja ~1 schade wenn ~4 etwas|was|jemand|dein|deine|ihr|ihre|euer',
    'nicht als drohung ~3 aber|doch', 'soll keine drohung sein', 'drohung gemeint ~1 aber', 'ich|wir ~3 abfackeln', 'das ist ~1 noch nicht vorbei', 'wir sind noch nicht fertig ~1 miteinander',
  ],
  threatExcept: [
    'alle|jeder|jede ~3 kunden|kundinnen|teilnehmer*|mitglieder|eltern|schuler*|bescheid|rechtzeitig|informiert|geld|paket*|platz|antwort',
  ],
  limit: [
    // 1.3 (general rules from heldout2's error categories)
    'kritik ~2 ja|gern|gerne ~4 angriffe|beleidigungen|beschimpfungen ~1 nein|nicht', 'ab hier ~4 nur noch',
   
    // 1.3 (general rules from heldout2's error categories)
    'nicht ~5 in den kommentaren|kommentarspalte', 'in den kommentaren ~5 nicht|keine', 'wir|ich ~2 lassen ~4 nicht zu', 'hier ist ~1 schluss', 'fur mich ist hier schluss', 'sonst bist|fliegst du ~1 raus', 'diskutier|diskutiere|diskutieren ~5 nicht', 'ich|wir werde|werden ~3 nicht ~3 diskutieren|streiten|antworten|dulden|hinnehmen',
   
    // 1.3 (general rules from heldout2's error categories)
    'ist|sind ~1 mobbing|belastigung|diskriminierung|rassismus|hetze', 'kommentar*|beitrag*|post* ~3 verbergen|ausblenden|verstecken', 'beleidigungen|hass|hetze ~3 keinen platz', 'keinen platz fur', 'im|in kleinen ~1 kreis|runde', 'nicht im|in ~2 grossen|offentlich*|channel|gruppe|chat', 'kritik|feedback ~3 gern|gerne|willkommen|okay|ok', 'schicke|zeige|melde|gebe|leite ~6 vertrauenslehrer*|lehrer*|lehrerin|schulleitung|klassenlehrer*|moderator*|admin*', 'lass|lasst|lassen ~1 es gut sein', 'bitte ~3 nicht ~2 nennen|bezeichnen',
   
    'entfernen|loschen|blenden|melden|sperren wir', 'loschen|losch|losche', 'das ~2 loschen', 'polizei angezeigt|gemeldet', 'erst wenn', 'kein spass',
    'nicht okay|ok|cool', 'nicht in ordnung', 'keinen platz', 'geht|gehen ~2 gar? nicht', 'melde|meld|report|reporte ~2 dich|euch|das', 'ich|wir|hab|habe|haben ~4 gemeldet|angezeigt', 'ist|wurde|wird gemeldet|angezeigt', 'losch|losche|loscht|loschen ~3 das|bitte|den|die', 'lass|lasst ~1 ihn|sie|ihm ~1 in ruhe', 'hort|hor ~1 auf', 'hausverbot', 'mute|mutet|blocke|block|blockiert|gesperrt|sperre', 'unsere regel*', 'hier gilt', 'in unserer gruppe gilt', 'respektvoll*', 'fliegt|fliegst raus', 'lacht man nicht', 'man teilt keine', 'ich verlasse', 'mit beleidigungen', 'kein schimpfwort', 'sprechen wir ~4 nicht offentlich',
    'wir|ich losche|loschen|verberge|verbergen|blende|blenden|entferne|entfernen|sperre|sperren|blockiere|blockieren|melde|melden ~4 beitrag*|kommentar*|beleidigung*|post*|account*|profil*|nachricht*|das|diesen|den|dich',
    'beleidigung*|kommentar*|beitrag*|drohung*|beschimpfung*|hass* ~5 werden|wird ~3 geloscht|ausgeblendet|verborgen|entfernt|gemeldet|gesperrt', 'loschen|blenden|melden ~2 wir', 'wird|werden ~2 geloscht|ausgeblendet|gesperrt|entfernt',
    'anzeige|strafanzeige ~2 erstatten|erstattet|stellen|gestellt', 'zur anzeige', 'polizei ~3 melden|gemeldet|ubergeben|weitergeben|einschalten|informieren|anzeigen', 'polizei ~2 einschalten',
    'netiquette', 'hausregeln|hausordnung|diskussionsregeln|gemeinschaftsrichtlinien|nutzungsbedingungen|communityregeln', 'community ~1 regeln|richtlinien|standards', 'unsere|die regeln',
    'bitte|bleib|bleibt ~2 sachlich|respektvoll|hoflich|fair|freundlich', 'sachlich|respektvoll|hoflich|fair|freundlich ~1 bleiben|bleibt|bleibst', 'bitte ~3 ohne|keine beleidigungen|beschimpfungen|drohungen', 'dulden|tolerieren|akzeptieren ~3 wir|ich ~2 nicht|keine', 'wir|ich dulden|dulde|tolerieren|toleriere|akzeptieren|akzeptiere ~3 keine|nicht',
    'hier ist ~1 eine|meine|die grenze', 'das geht ~2 zu weit', 'in|mit diesem|dem|so einem ton', 'diesen ton', 'so ~2 rede|spreche|diskutiere ich nicht', 'ich beende ~3 gesprach|diskussion|unterhaltung|hier', 'ich lasse mich ~1 nicht beleidigen|beschimpfen',
    'ist hier ~2 nicht erlaubt|okay|ok', 'beleidigungen ~3 nicht erlaubt|okay|ok|verboten',
    // broadened 1.1: rules, boundaries and calm conditions
    'hat|haben ~1 hier ~2 nichts ~1 zu suchen', 'nicht erwunscht|unerwunscht', 'achte|achten|achtet ~3 ton|wortwahl|sprache|umgangston', 'bitte ~3 ton|wortwahl|umgangston', 'freundlich|respektvoll|fair|sachlich ~2 miteinander',
    'respekt ~2 voreinander|miteinander|gegenuber', 'angriffe|beleidigungen|drohungen|hetze|beschimpfungen|rassismus|diskriminierung ~6 nicht|kein|keinen|geloscht|entfernt|verboten|gemeldet',
    'kritik ~4 gerne|gern|willkommen|erwunscht|ok|okay ~6 beleidigungen|beschimpfungen|angriffe|drohungen', 'wenn|sobald ~6 sachlich|respektvoll|hoflich|ruhiger|anstandig', 'wenn|sobald ~6 ohne beleidigungen',
    'lass|lasst|lassen sie? das ~1 bitte|sofort|jetzt', 'stopp', 'bis hierhin und nicht weiter', 'grenze ~2 uberschritten|erreicht', 'jetzt reicht ~1 es', 'es reicht jetzt', 'das reicht jetzt',
    'wer ~5 beleidigt|beleidigen|droht|bedroht|hetzt|beschimpft ~5 wird|fliegt|muss', 'ich|wir schliessen|schliesse|deaktivieren|deaktiviere ~3 kommentar*|thread|diskussion', 'kommentarfunktion|kommentarspalte|kommentare ~3 geschlossen|deaktiviert|abgeschaltet|pausiert',
    'wird|werden ~2 moderiert', 'verstoss* ~3 gegen|netiquette|regeln', 'auf diesem|dem|dieser niveau|ebene ~3 nicht|keine|beende|beenden', 'bleib|bleibt|bleiben sie? ~2 beim thema', 'zuruck zum thema',
  ],
  acknowledge: [
    // 1.3 (general rules from heldout2's error categories)
    'kein wunder ~1 dass', 'du dich ~3 fuhlst|gefuhlt', 'sie sich ~3 fuhlen|gefuhlt', 'ihr euch ~3 fuhlt|gefuhlt', 'das ~1 verstehe|versteh ich', 'verstehe|versteh ich ~1 gut|total|voll|absolut|vollkommen',
   
    // 1.3 (general rules from heldout2's error categories)
    `wir|ich wissen|weiss|weis ~1 wie ~3 ${FEELING}`, `wir|ich wissen|weiss|weis ~1 dass ~8 ${FEELING}|verdorben|ausgefallen`, `das|es|sie|dies ist|sind|war|waren ~3 ${FEELING}|zumutung|heftig|atzend|nervig|argerlich`, `trotzdem ~1 ${FEELING}|argerlich|atzend|nervig`, 'ich kenne|kenn das', 'kenne|kenn ich', 'trotz ~2 argers|arger|frust|frusts|wut|sorgen', `fur dich|sie|euch ~3 ${FEELING}`, `ich|wir sehe|seh|sehen|merke|merken|hore|horen ~1 dass ~5 ${FEELING}|gestresst|mitgenommen`, 'schade ~1 dass', 'leid dass dein|deine|deinen|deiner|euer|eure|euren|ihr|ihre|ihren', 'hatte ~6 mussen', 'zu recht',  'ist|war ~1 hart|verletzend',
   
    'falls|wenn sie|du ~2 angst|sorge|sorgen', 'aufgeregt|nervos|traurig|verletzt|enttauscht|sauer|wutend|gekrankt war|ist|sind|waren|bist|bin', 'viel geld',
    'wir|ich verstehen|verstehe ~3 dass|das|ihren|ihre|deinen|deine', 'sie|du argern|argerst sich|dich', 'wie es? sich ~4 fuhlt|fuhlen|anfuhlt', 'klingt nach', 'dass|wenn ~3 dich|sie|euch ~2 stort|stoert', 'sorge um', 'hat|hats|haben ~2 es? ~2 grad|gerade|eh ~1 schwer', '#num ~4 sind|ist ~2 ein|eine schock|belastung', 'ist|sind|war|waren|bin|bist ~3 gefrustet|schock|nervos|aufgeregt|uberfordert|schwierig|belastend|argerlich|nervig|frustrierend|enttauschend|traurig|verletzt', 'merk|merke ~3 gefrustet|sauer|wutend|genervt|traurig', 'wie es ihnen|dir ~1 gerade? geht', 'trotz ~1 arger|frust', 'uber den kopf',
    'ich verstehe|versteh|verstehen ~3 dass|deinen|deine|deinem|ihren|ihre|dich|euch|euren|eure|warum|wieso|weshalb|wie|den|die|das|gut|total|voll|absolut',
    'verstehe ich ~2 gut|total|voll|absolut|vollkommen|sehr', 'ich kann ~4 verstehen|nachvollziehen|nachfuhlen', 'kann ich ~3 verstehen|nachvollziehen|nachfuhlen', 'nachvollziehbar|verstandlich',
    `das|es klingt|klang ~3 ${FEELING}`, `hort sich ~3 ${FEELING}`, `klingt|klang ~1 als|wie|so ~5 ${FEELING}`, `das|es muss ~3 ${FEELING} ~2 sein|gewesen`, `du bist|warst|bist ~2 ${FEELING}`, `dass du ~4 ${FEELING}`, 'dass du ~4 dich ~3 argerst|aufregst|fuhlst|sorgst',
    `dein|deinen|deine|deiner|ihr|ihren|ihre|euer|euren|eure ~1 ${FEELING}|unmut|arger|frust`, `er|sie|ihr|kind|tochter|sohn|freundin|freund|leute|viele ist|sind|war|waren|fuhlt|fuhlen|fuhlte ~3 ${FEELING}|gekrankt|ubergangen|allein|ausgeschlossen`,
    'ich hore|hor ~2 dich|raus|heraus', 'kein wunder', 'ich sehe|seh|merke ~2 dass|wie du', 'tut mir|uns ~2 leid ~3 zu horen', `das|es ist ~2 ${FEELING}`, 'du hast|habt ~4 gewartet|warten', 'du wartest|wartet ~3 schon',
    'du fuhlst dich', 'ihr fuhlt euch', 'das hat dich|euch ~3 getroffen|verletzt|geargert', 'natürlich|klar bist du ~2 sauer|wutend|enttauscht|genervt', 'zu recht ~2 sauer|wutend|enttauscht|verargert|genervt',
    // 1.2: perceiving the feeling ("ich sehe, wie sehr Sie sich ärgern"), what it must have been like, how one feels
    `ich sehe|seh|hore|hor|merke|merk|spure ~2 wie ~4 ${FEELING}|hilflos|argern|argert|argerst`, 'ich sehe|seh ~2 wie sehr', `verstehe|versteh ~1 dass ~4 ${FEELING}`, `muss|musste ~3 ${FEELING}|hilflos ~2 gewesen`,
    'ich weiss|weis ~1 wie ~3 man sich|hilflos|machtlos', 'das klingt|klang ~1 als', 'das nervt ~1 wirklich|echt|total|voll',
    // broadened 1.1: feeling words with you, the writer would feel the same, naming the situation
    'wurde|hatte|ware ~2 mich|jeden|jede|jeder|jedem ~3 auch|genauso ~2 argern|nerven|aufregen|storen|frustrieren|wutend|sauer|argerlich|fertig', 'ich ware|war ~3 auch|genauso ~2 sauer|wutend|genervt|enttauscht|frustriert|traurig',
    'an deiner|ihrer|eurer stelle ~5 auch|genauso|ebenfalls', 'erschopft|erschopfend|zermurbend|uberfordert|uberfordernd|nervenaufreibend|muhsam|lastig|schrecklich|furchtbar|bedruckend|einsam|hilflos|machtlos|ratlos|ungerecht|doof|blod|mies|bitter|krass|nervig ~2 fur dich|sie|euch|ihn',
    'das|es ist|war|klingt ~2 erschopfend|zermurbend|uberfordernd|nervenaufreibend|muhsam|lastig|schrecklich|furchtbar|bedruckend|ungerecht', 'du bist|wart|warst|seid ~2 erschopft|uberfordert|einsam|hilflos|machtlos|ratlos',
    '#num|zwei|drei|vier|funf|sechs|zehn|viele|mehrere stunden|tage|wochen|minuten|monate ~4 zu ~1 lang|lange', '#num|zwei|drei|vier|funf|sechs|zehn|viele|mehrere stunden|tage|wochen|monate ~4 unzumutbar|inakzeptabel|ewig',
    'viel zu lang*', 'so lange ~2 warten|gewartet', '#num|zwei|drei|vier|funf|sechs|zehn|viele|mehrere stunden|tage|wochen ~2 ohne ~2 antwort|ruckmeldung|nachricht|strom|internet|heizung|erstattung|paket|geld',
    'niemand|keiner ~1 sollte ~3 mussen', 'du hast|hattest ~2 besseres verdient', 'sie haben|hatten ~2 besseres verdient', 'ich kann ~2 mir vorstellen', 'kann mir ~2 vorstellen', 'ich verstehe|versteh ~1 dich',
    'das ist ~1 echt|wirklich|total ~1 mist|kacke|blod|doof ~2 fur',
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
  thanksExcept: [
    // 1.3 (general rules from heldout2's error categories)
    'vielen|besten|herzlichen dank auch', 'danke auch',
   'danke ~1 fur nichts|nix', 'nein danke', 'na danke', 'danke ~1 auch', 'danke fur nichts', 'danke schon ~1 fur nichts'],
  stockPhrase: [
    // 1.3 (general rules from heldout2's error categories)
    'bedauerlicherweise', 'einzelfallen|einzelfall', 'wir danken ~1 fur|ihnen', 'wir prufen ~2 anliegen|anfrage|fall', 'wir kummern uns ~1 darum', 'wir nehmen ~2 anregung*|kritik|feedback|hinweis*|vorschlag*|vorschlage ~1 auf|mit|ernst', 'wir horen sie|dich|euch', 'wir schauen uns das an',
   
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
    // 1.3 (general rules from heldout2's error categories)
    'was habt|hast ihr|du ~1 fur ~1 probleme|problem', 'was ~3 so lustig|witzig',
   
    'uberhaupt', 'eigentlich', 'etwa', 'vielleicht mal', 'wie ware|wars es', 'wie wurdest|fandest|fändest|fandet du|sie', 'soll ich jetzt', 'hm|hmm|hä|ha', 'warum ~3 nicht einfach', 'bro', 'lol', 'wieso|warum ~2 opfer',
    'geht|gehts ~1 noch', 'hast du ~2 sie|se|es|noch ~1 alle', 'bist du ~2 dumm|blod|bescheuert|behindert|verruckt|irre|ernst|lost|krank|bekloppt|wahnsinnig|noch ganz', 'was ist ~1 los|falsch mit dir|euch', 'wer hat dich|euch ~1 gefragt',
    'kannst du ~1 nicht|kein lesen', 'hast du ~2 nichts besseres', 'was soll ~1 das|der|die scheiss*|mist|quatsch|kack*', 'merkst du ~2 noch|selbst|eigentlich', 'ist das dein ernst', 'was bildest du dir', 'wie dumm|blod|bescheuert',
    'warum bist du so', 'schamst du dich', 'ernsthaft', 'echt jetzt', 'was denkst du ~1 wer du bist', 'lol', 'haha*', 'wirklich jetzt', 'hast du ~1 nichts zu tun', 'wie kann man nur', 'spinnst du', 'tickst du',
    'hast du ~2 kein leben', 'was laberst du', 'wer bist du ~1 dass', 'bist du fertig',
  ],
  nextStepAction: [
    // 1.3 (general rules from heldout2's error categories)
    'ich|wir ~5 rede|reden|spreche|sprechen ~3 mit', 'kommt|kommen ~8 zu ihnen|dir|euch', "gibts|gibt's ~4", 'steht|stehen ~3 in|auf|unter ~1 unseren|unserer|unserem|der|dem ~1 faq|website|webseite|app|seite|bio|homepage', 'hast|habt|haben du|ihr|sie ~4 probiert|versucht|ausprobiert', 'sag|sage ~1 ich|wir', 'ruf|ruft|rufen|wahl|wahle|wahlen ~2 #num',
   
    // 1.3 (general rules from heldout2's error categories)
    'kommt|kommen ~4 zu ihnen|dir|euch|vorbei', 'ich|wir ~1 komme|kommen ~4 zu ihnen|dir|euch',
   
    // 1.3 (general rules from heldout2's error categories)
    'stellt|stellen ~8 vor', 'wird|werden ~4 repariert|ersetzt|getauscht|behoben|gepruft|nachgeholt|verschoben|freigeschaltet', 'ich|wir ~2 rede|reden|spreche|sprechen ~3 mit', 'konnen|kannst|konnt ~4 anmelden|eintragen|buchen|einbringen|stellen|abholen',
   
    'erstatten|ersetzen|tauschen wir', 'beantwortet|beantworten|kummert|hilft|helfen', 'kann man', 'trifft|treffen sich', 'ist|sind ~2 da|fur euch|fur sie|fur dich', 'zeig|zeige|zeigen', 'schreib|schreibe|schreiben ~3 gleich|privat', 'melden', 'komm|kommen|kommt ~3 zum|zur|ins|in',
    'komm|kommen|kommt ~4 vorbei', 'vorbeikommen', 'sprechen|sprich|reden|redet|rede ~3 mit', 'besprechen|planen|klaren', 'gehen|geh ~3 zur|zum', 'lass|lasst uns', 'sollen wir', 'hatte ich ~1 zeit', 'liegt ~3 in|bei', 'ist|sind ~3 erreichbar|da|geoffnet|offen', 'angerufen|gesprochen|geschickt|gebucht|weitergegeben', 'hast|haben du|sie ~3 schon', 'geb|gebe ~3 weiter', 'tauschen|erstatten ~3 um|ihnen|dir', 'gibt es ~4', 'nehmen wir ~4 entgegen|an', 'konnen sie ~4 online|vorbeikommen|kommen', 'liegen ~3 aus',
    'ich|wir melde|melden|schreibe|schreiben|schicke|schicken|sende|senden|rufe|rufen|kummere|kummern|prufe|prufen|klare|klaren|gebe|geben|leite|leiten|kontaktiere|kontaktieren|antworte|antworten|erstatte|erstatten|tausche|tauschen|ersetze|ersetzen|uberweise|uberweisen|versende|versenden|liefere|liefern|schaue|schauen|informiere|informieren',
    'melde|melden|schreibe|schreiben|schicke|schicken|sende|senden|rufe|rufen|kummere|kummern|prufe|prufen|klare|klaren|gebe|geben|erstatte|erstatten|uberweise|uberweisen|versende|versenden|informiere|informieren ich|wir',
    'ich|wir werde|werden ~4 melden|schreiben|schicken|senden|anrufen|kummern|prufen|klaren|kontaktieren|antworten|erstatten|tauschen|ersetzen|uberweisen|versenden|informieren|zuruckrufen',
    'schreib|schreibt|schreiben|schick|schickt|schicken|ruf|ruft|rufen|melde|meld|meldet|melden|kontaktier|kontaktiere|kontaktiert|kontaktieren|wende|wendet|wenden|sende|sendet|senden ~5 uns|mir|dich|dir|euch|sie|sich|an|bei',
    'du|ihr|sie kannst|konnt|konnen ~4 schreiben|anrufen|melden|schicken|erreichen|wenden|kontaktieren|finden|nutzen', 'kannst|konnt|konnen du|ihr|sie ~4 schreiben|anrufen|melden|schicken|erreichen|wenden|kontaktieren|finden|nutzen', 'erreichst|erreichen|erreicht|erreichbar', 'meldet|ruft|schreibt sich|dich|dir|an|zuruck',
    'hier ~2 hilfe', 'schau|schaut|schauen ~2 hier|unter|auf',
    // broadened 1.1: more ways to say who does what next
    'frag|fragt|fragen sie? ~2 nach|bei', 'ich|wir ~3 posten|veroffentlichen|updaten|aktualisieren|zuruckrufen|anrufen|besuchen|abholen|vorbeibringen|bringen|einrichten|buchen|reservieren',
    'meld|melde|meldet|melden ~1 dich|euch|sie|sich', 'ruf|ruft|rufen|rufe ~4 an', 'schreib|schreibt|schreiben ~3 eine|ne ~2 dm|pn|mail|nachricht', 'hier ~2 anmelden|melden|buchen', 'buch|bucht|buchen ~3 termin|platz|slot',
    'schau|schaut|schauen ~3 vorbei',
  ],
  nextStepChannel: [
    // 1.3 (general rules from heldout2's error categories)
    'herrn', 'notruf|burgerhotline|polizei ~1 #num', 'ruf|ruft|rufen|wahl|wahle|wahlen ~2 #num',
   
    'frau|herr|dr', 'nummer gegen kummer', 'post', 'admin', 'heimspiel|probetraining|training|sprechstunde|versammlung|infoabend|burgersprechstunde',
    'filiale|kundenzentrum|schulburo|sekretariat|rathaus|burgerportal|kundenportal|portal|raum|zimmer|aula|vertrauenslehrer*|schulsozialarbeiter*|schuldnerberatung|schulleitung|klassenlehrer*|elternabend|discord|online|privat', 'unter #num',
    'dm|dms|pn|direktnachricht*|privatnachricht*|privat|nachricht', 'e? mail|email|mailadresse', 'telefon*|hotline|anruf|chat|livechat|kontaktformular|formular|postfach|inbox|support|kundenservice|kundendienst|whatsapp|messenger|link|website|webseite|service',
    'beratungsstelle*|telefonseelsorge|hilfetelefon|jugendnotmail|krisenchat', 'nummer gegen kummer', 'unter #num', 'rufnummer|servicenummer',
    // broadened 1.1
    'ruf|ruft|rufen|rufe ~4 an', 'anrufen|anzurufen|zuruckrufen|ruckruf|telefonisch|telefonat|videocall|videoanruf|zoom|teams|termin|terminvereinbarung|sprechzeit*|offnungszeit*|briefkasten|brief|schalter|servicecenter|kundencenter|insta|instagram|tiktok|bio|profil|newsletter|ticket|faq|infoseite|statusseite|empfang|rezeption|theke|kasse|buro|sekretariat|stand',
  ],
  nextStepTime: [
    // 1.3 (general rules from heldout2's error categories)
    'nachster|kommender|nachstem|kommendem ~1 woche|monat|montag|spieltag|training',
   
    // 1.3 (general rules from heldout2's error categories)
    'nachstes|nachsten|kommendes|kommenden|nachste|kommende jahr|mal|saison|spiel|spiele|training|halbjahr|spieltag|sitzung', 'zwischen #num und #num', 'alle #num minuten|stunden|tage', 'nach dem|der ~1 training|spiel|unterricht|schule|sitzung|pause|feierabend|arbeit',
   
    'montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|taglich|werktags', 'pause', 'rund um die uhr', 'erste|ersten stunde', 'seit montag', 'mo|di|mi|do|fr ~3 #num',
    'um #num', 'ab #num', 'jeden|jede ~1 montag*|dienstag*|mittwoch*|donnerstag*|freitag*|samstag*|sonntag*|tag', 'januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember', 'bis #num', 'nach dem match|spiel|training', 'nachste|nachsten runde|woche|spiel', 'gleich', 'sofort', 'jetzt gleich',
    'heute|morgen|ubermorgen|heut', WEEKDAY, 'bis ~2 morgen|ende|mittag|abend|#num|heute', 'innerhalb ~3 stunde*|tag*|woche*|minute*|werktag*|#num', 'in #num stunde*|tag*|woche*|minute*|werktag*|std|min', '#num uhr',
    'nachste|nachsten|kommende|kommenden|diese|dieser woche', 'am #num', 'heute abend|nachmittag|mittag|vormittag', 'noch heute', 'gleich morgen', 'binnen ~2 #num|stunde*|tag*',
    // broadened 1.1
    'im laufe ~1 des|der ~1 tages|woche|nachmittags|vormittags|abends', 'spatestens', 'morgen fruh', 'heute noch', 'ende ~1 der|des ~1 woche|monats|tages', 'anfang ~1 der|des ~1 woche|monats',
    'kw #num', 'in den nachsten|kommenden ~2 stunden|tagen|minuten|wochen', 'ab morgen|sofort|montag|heute',
  ],
  sarcasm: [
    // 1.3 (general rules from heldout2's error categories)
    'na ~1 herzlichen? gluckwunsch',
   
    // 1.3 (general rules from heldout2's error categories)
    'wie tragisch', 'luxusproblem*', 'deine|ihre|eure probleme ~2 mochte|hatte|will ich ~1 haben', 'was fur eine tragodie',
   
    // 1.3 (general rules from heldout2's error categories)
    'logisch ~1 oder', 'sehr|total|voll logisch', 'genau so ~1 lauft|laufts|funktioniert ~1 das', 'ja genau|klar ~6 ist|sind ~1 schuld', 'klar ~6 ist|sind ~1 schuld', 'wer hatte ~2 damit gerechnet', 'was fur ein ~1 schock|wunder', 'hut ab ~2 fur ~3 so viel',
   
    // 1.3 (general rules from heldout2's error categories)
    'tja ~2 pech gehabt', 'ist|war ja super|toll|klasse|prima|grossartig|wunderbar ~1 dass', 'vielen|besten|herzlichen dank auch', 'du|sie|ihr hattest|hattet|hatten|wurdest ~3 naturlich|bestimmt|sicher ~4 besser gemacht|gekonnt|gewusst', 'ach so ~1 naturlich', 'wir sind|waren ~2 die bosen', 'wer lesen kann ~3 vorteil', 'wenn du|ihr|sie so toll|schlau|klug|perfekt|grossartig bist|seid|sind', `du|sie|ihr bist|sind|seid ja|doch|naturlich der|die ~1 ${MOCK_ROLE}`, 'soll|sollen ich|wir ~3 taschentuch|taschentucher|tempo', 'mein herz blutet',
   
    'danke fur nix', 'soll ich jetzt weinen', 'ich lach mich tot', 'mega|sehr|voll witzig', 'wir zittern', 'die|der arme', 'du genie', 'wow ~3 inspirierend|weltklasse|beeindruckend|unglaublich', 'freut sich aber', 'keine angst ~4 nichts weg',
    'na toll|super|klasse|prima|bravo|grossartig|wunderbar', 'wie originell|kreativ|witzig|lustig|erwachsen|reif', 'danke fur nichts', 'glanzleistung', 'gemacht|toll|super|na|danke|bravo ~2 einstein|sherlock|genie',
    'heul doch|leise', 'mimimi*', 'cry me a river', 'tut mir ja ~1 so leid', 'oh wie schlimm', 'ja ne ~1 is|ist klar', 'schon fur dich', 'respekt ~2 fur ~3 so viel', 'ganz grosses kino', 'herzlichen gluckwunsch ~2 du hast',
    'oh wow', 'wow ~2 echt|wirklich ~1 genial|clever|schlau', 'sehr ~1 witzig|erwachsen|schlau', 'was fur ein ~1 genie', 'sorry not sorry', 'yeah right', 'nice try',
    // broadened 1.1: mock praise with a negative context, ironic thanks, irony markers
    'gluckwunsch*|glueckwunsch*|gratulation*|gratuliere|bravo|respekt ~8 blamiert|ruiniert|zerstort|versaut|verkackt|verbockt|vergrault|vergraulen|blamieren|ruinieren|zerstoren|versauen|vermasselt|vermasseln|verloren|verscherzt',
    'toll|super|klasse|prima|grossartig|spitze gemacht ~8 blamiert|ruiniert|zerstort|versaut|verkackt|verbockt|vergrault|vermasselt', 'na|wow ~1 danke ~1 auch', 'wow ~1 danke ~2 fur nichts|nix',
    'danke ~1 auch ~1 fur nichts|nix', 'ja|na ~1 klar ~4 und ich bin', 'und ich bin ~1 der kaiser|papst|konig|weihnachtsmann', 'jaja|jajaja', 'ja ja', 'wer hatte ~2 gedacht', 'was fur eine uberraschung',
    'welch eine? uberraschung', 'uberraschung ~1 uberraschung', 'wie uberraschend', 'bist|sind ja ~2 experte|experten|genie|blitzmerker|schlaumeier|einstein', 'na du ~1 experte|held|genie|profi|blitzmerker',
    'blitzmerker*', 'selbsternannt* ~1 experte*', 'experte des tages', 'herr|frau oberschlau', 'oberschlau*', 'haha|hahaha|lol ~1 sehr|so|voll|mega witzig|lustig', 'ich lach mich ~1 schlapp|weg|kaputt',
    'ironie off|aus', 'sarkasmus off|aus|ende', 'achtung ironie|sarkasmus', 'augenroll*', 'oh ~1 nein ~1 wie ~1 schrecklich|furchtbar|schlimm', 'ganz toll ~1 gemacht', 'viel gluck ~1 damit ~1 lol|haha*',
    // 1.2: irony markers (mock ideas, mock praise of the reader, "never would have thought of that")
    'ja|jaja|oh|ach ~1 super|toll|klasse|geniale ~1 idee', 'nie ~2 drauf|darauf gekommen', 'wie ~1 rebellisch|mutig|originell|kreativ|erwachsen|heldenhaft|edel von dir|ihnen|euch', 'ach ja ~1 die|der|das|naturlich',
    'ja|oh|wow ~1 danke ~2 fur den|die|das ~2 hilfreich*|konstruktiv*|nett*',
    // broadened 1.1: "you don't say" and ironic thanks for a canned answer
    'ach nee|ne', 'ach wirklich', 'na sowas ~1 aber auch', 'danke|dank fur ~3 standardantwort|textbaustein|textbausteine|nichtssagende|nutzlose|floskel*',
  ],
  phoneCue: ['tel|telefon*|fon|handy*|mobil*|nummer|handynummer|telefonnummer|ruf|anrufen|whatsapp|signal|erreichbar', 'meine nummer'],
  notPhoneCue: ['bestell*|auftrag*|sendung*|tracking*|kunden*|ticket*|rechnung*|vorgang*|referenz*|nr|iban|bic|plz|artikel*|fall*|aktenzeichen|paket*'],
};
