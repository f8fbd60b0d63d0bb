/**
 * English word lists of the reply analyser (patterns in the language of ../pattern.ts).
 * Apostrophes are dropped before matching, so "you're" is written and matched as "youre", "I'll" as "ill".
 *
 * Licence: written by the Candystorm team for this project, under the project's own licence (see
 * docs/reply-analysis.md). Not taken from any published list.
 * Content note: the insult and threat lists name slurs so that they can be recognised.
 */
import { SHARED_ACRONYMS, SHARED_INSULT, SHARED_INSULT_ADDRESSED } from './shared.ts';
import type { LexiconData } from './types.ts';

const FEELING = 'gutting|gutted|miserable|grim|livid|fuming|horrible|helpless|frustrated|frustrating|frustration|angry|anger|upset|upsetting|annoyed|annoying|disappointed|disappointing|disappointment|hurt|hurtful|sad|worried|worrying|worry|stressful|stressed|awful|terrible|hard|rough|unfair|scared|scary|unpleasant|exhausting|furious|concerned|concern|fed';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|mon|tue|wed|thu|fri';
const WILL = 'ill|well|will|gonna|shall';
// 1.3: blaming traits: "you're so <trait>" attacks the reader (feelings such as "upset" are not traits, see acknowledge).
const NEG_TRAIT = 'annoying|exhausting|irritating|infuriating|draining|tiresome|rude|arrogant|entitled|ignorant|incompetent|dishonest|selfish|childish|immature|hypocritical|disrespectful|lazy|biased|petty|condescending|spiteful|disorganised|disorganized|unprofessional|toxic|nasty|clueless|useless|pathetic|embarrassing|ridiculous|unbearable|insufferable|obnoxious|controlling|bossy|careless|negligent|irresponsible|hysterical|paranoid|jealous|bitter|unreliable|mean';

export const en: LexiconData = {
  negators: ['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'cant', 'cannot', 'shouldnt', 'wouldnt', 'couldnt', 'aint', 'nor', 'without', 'hardly'],
  negationCancellers: ['only', 'just', 'merely'],
  clauseStarters: ['but', 'although', 'though', 'however', 'because', 'yet', 'while', 'whereas', 'that'],
  acronyms: [...SHARED_ACRONYMS, 'NHS', 'BBC', 'CNN', 'FBI', 'CIA', 'NYC', 'LA', 'DC', 'ETA', 'RSVP', 'PS', 'AM', 'PM', 'TL', 'DR', 'TLDR', 'OMG', 'IRL', 'DIY', 'VIP', 'ZIP', 'NSFW'],
  you: [
    // 1.3 (general rules from heldout2's error categories)
    'stop|quit being',
   'you', 'youre', 'ur', 'u', 'your', 'yours', 'ya', 'yall', 'what a|an', 'such a|an', 'bro', 'dude', 'ure', 'youve'],
  youStatement: [
    // 1.3 (general rules from heldout2's error categories)
    'your|yr a|an|so|such|the|literally|really|just|being|actually',
   
    // 1.3 (general rules from heldout2's error categories)
    'stop|quit being|acting',
   'you are', 'youre', 'ur', 'u r', 'u are', 'you r', 'you were', 'yall are', 'you guys are', 'are you', 'ure'],
  insult: [
    // 1.3 (general rules from heldout2's error categories)
    'who ~1 even? cares ~1 lol|lmao|bro|mate|tho|though|dude', 'go get a job',
   
    // 1.3 (general rules from heldout2's error categories)
    'dumber|stupider than a|an', 'box of rocks', 'cry about it', 'lights are on but', 'get|need ~2 your|ur head checked|examined',
   
    // 1.3 (general rules from heldout2's error categories)
    'you|u absolute|total|utter? donut|doughnut|melon|wasteman|goon|dork|wally|plonker|pillock|bellend|nob', 'you|u absolute|total|utter melt|plank|weapon', 'wasteman', 'soyboy*', 'youre|ur|u|you|ure ~1 so? malding',
   
    // 1.3 (general rules from heldout2's error categories)
    'the only ~4 here is|are ~1 you|your|u|ur', 'youre|ur|ure the worst', 'you|u are|r the worst', 'lol|lmao ~1 you|u mad', 'u|you mad bro',
   
    // 1.3 (general rules from heldout2's error categories)
    'live|living|lived under a rock', 'says the one|guy|girl|kid who', 'no brain|brains', 'zero brain|brains|iq', 'brain of a|an', 'jerk', 'jerks', 'dirtbag*', 'sleazebag*', 'scumbag*', 'lowlife*', 'dumbass*', 'dumb ass', 'knobhead*', 'prat', 'twit', 'git', 'wally', 'nonce', 'clown ~1 behaviour|behavior|energy', 'grow a brain|spine', 'learn to spell|read|count', 'did you|u ~1 even ~1 finish|pass ~1 school', 'npc energy',
   
    // 1.3 (general rules from heldout2's error categories)
    'ok|okay karen|snowflake', 'poor baby', 'my heart bleeds', 'aww ~2 did someone|somebody|someones', 'before|stop|keep|just|go|quit|instead ~2 cry|crying|whine|whining|moan|moaning|sobbing|rant|ranting|raging ~1 online', 'before|stop|keep|just|go|quit|instead ~2 cry|crying|whine|whining|moan|moaning|sobbing|rant|ranting|raging on ~1 twitter|here|internet|facebook|reddit|instagram|tiktok', 'you|u should ~1 do|try ~1 stand up|standup|comedy', 'emotional range of', 'personality|iq of a|an', 'attention span of a|an', 'brain cells', 'thought he|she|they|you ate', 'not a war crime', 'exactly what a|an ~2 would say', 'never heard that one before', 'such an original|insightful ~1 comment|take|point|idea', 'such a brilliant|clever|unique ~1 comment|take|point|idea', 'wow ~1 so|such ~1 brave|original|mature|clever|smart', 'truly a hero', 'hero of our time', 'try working|living|dealing with you|u', 'lol|lmao|haha ~1 ok|okay ~1 karen|boomer|buddy|snowflake',
   
    'get a life', 'touch grass', 'ok|okay boomer|grandpa', 'imagine being so|this', 'imagine ~1 crying|caring|blaming|roasting|losing', 'says the person|one|guy|girl|kid|man|woman', 'says you', 'bro thinks', 'keyboard warrior*', 'tough guy behind', 'go back to your cave|basement', 'get a grip', 'you look like', 'more personality than you', 'cry more', 'go cry', 'shouldnt be allowed on the internet',
    ...SHARED_INSULT,
    'imbecile*', 'jackass*', 'arsehole*', 'bastard*', 'cunt*', 'dickhead*', 'fucktard*', 'twat*', 'scumbag*', 'douche*', 'shithead*', 'dipshit*', 'numbskull*', 'nitwit*', 'halfwit*', 'dimwit*',
    'go to hell', 'go die', 'kill yourself|urself|yourselves', 'piss off', 'screw you|u', 'get lost', 'eat shit', 'shut ~1 your|ur mouth|trap|face', 'nobody asked', 'faggot*', 'tranny', 'cuck*', 'sit down', 'stay mad', 'cope harder', 'ratio',
    // broadened 1.1: insults, slang, fixed phrases, mockery (written from the definitions, not from any data set)
    'dumbfuck*', 'fuckface*', 'fuckwit*', 'dickwad*', 'asswipe*', 'assclown*', 'dunce', 'cretin*', 'buffoon*', 'bozo*', 'nincompoop*', 'pillock*', 'plonker*', 'bellend*', 'knobhead*', 'tosser*',
    'numpty*', 'dweeb*', 'doofus*', 'lowlife*', 'dumbo', 'smooth brain*', 'smoothbrain*', 'pea brain*', 'peabrain*', 'brainlet*', 'airhead*', 'bonehead*', 'meathead*', 'blockhead*',
    'knucklehead*', 'pinhead*', 'butthead*', 'neckbeard*', 'manchild', 'man child', 'manbaby', 'man baby', 'sheeple', 'stoopid', 'idoit*', 'idiet*', 'piece of shit|crap|garbage|trash',
    'waste of ~1 space|oxygen|air|skin', 'you|u ~1 absolute|total|complete|utter ~1 idiot|moron|clown|joke|muppet|fool|loser|disgrace|embarrassment', 'youre|ur ~2 a|an ~1 disgrace|embarrassment|laughing|joke|waste',
    'you|u are|r ~2 a|an ~1 disgrace|embarrassment|laughing|joke|waste', 'who ~1 even|tf asked', 'nobody ~1 likes you|u', 'no one likes you|u', 'everyone hates you|u', 'you|u have no friends',
    'yo mama|momma', 'ur mom ~1 lol', 'touch some grass', 'go outside ~1 lol|bro|mate', 'cope ~1 and ~1 seethe', 'seethe', 'skill issue', 'cry ~1 harder|louder', 'keep crying', 'cry me a river ~1 lol',
    'l bozo', 'take the l', 'get rekt', 'rekt', 'ur cringe', 'lmao ~2 imagine', 'you|u ~1 seriously|clearly|really|obviously need ~1 therapy|meds|medication|therapist|shrink|help', 'go see a shrink',
    'check yourself into', 'drop dead', 'die in a ~1 fire|hole|ditch', 'rot in hell', 'unalive ~1 yourself|urself', 'jump off a ~1 bridge|cliff|roof', 'hope you|u ~2 die|rot|choke|suffer',
    'gtfo', 'bugger off', 'sod off', 'eff off', 'zip it', 'shut it', 'go away ~1 loser|troll|idiot|clown', 'nobody ~1 cares ~1 lol|bro|mate|dude|loser|idiot|clown', 'no one ~1 cares ~1 lol|bro|mate|dude|loser|idiot|clown',
    'nobody ~1 cares about ~1 your|ur ~1 opinion|feelings|life', 'nobody ~1 asked ~1 for ~1 your|ur opinion', 'ok|okay|sure ~1 karen|boomer|snowflake|buddy ~1 lol',
    // 1.2: ridiculing a person or their complaint without a swear word
    'joke|disgrace|excuse|waste|embarrassment of a ~1 person|human|man|woman|being|parent|customer', 'look in the|a mirror', 'someone|somebody ~1 call the un|police|news|army|fbi|president', 'call the un',
    'main character ~1 energy|syndrome', 'grow up ~1 princess|mate|bro|buddy|kid|champ', 'sad little ~1 man|boy|girl|woman|person|troll',
  ],
  insultAddressed: [
    // 1.3 (general rules from heldout2's error categories)
    'dork*', 'goon*', 'tryhard*', 'weeb*',
   
    // 1.3 (general rules from heldout2's error categories)
    'thick', 'daft', 'dopey', 'dim', 'brainwashed', 'gullible', 'uneducated', 'illiterate', 'mid', 'delulu', 'pick me', 'sucker*', 'slob',
   
    // 1.3 (general rules from heldout2's error categories)
    'hater*',
   
    'liar*', 'bigot*', 'racist*', 'bully', 'mobber', 'muppet*', 'caveman', 'basement dweller', 'troll*', 'grandpa', 'genius', 'potato', 'nerd*', 'loser*', 'hypocrite*', 'coward*',
    ...SHARED_INSULT_ADDRESSED,
    'stupid', 'dumb', 'pathetic', 'ugly', 'fat', 'garbage', 'joke', 'waste of space|oxygen', 'pig', 'dick', 'prick', 'clueless', 'brainless', 'worthless', 'useless', 'ridiculous', 'fool', 'crazy', 'psycho', 'freak', 'weirdo', 'creep', 'troll',
    'crybaby', 'baby', 'brat', 'sheep', 'idiotic', 'delusional', 'mental', 'insane', 'nutjob', 'sad little',
    // broadened 1.1: insults that count only when aimed at someone
    'moran', 'dense', 'lame', 'cringey|cringy', 'ignorant', 'brain dead', 'braindead', 'pitiful', 'laughable', 'spineless', 'gutless', 'parasite*', 'scum', 'dummy', 'goof', 'goofball*', 'goober*', 'goofy',
    'shill*', 'incel*', 'drama queen', 'attention seeker|whore', 'wannabe*', 'poser*', 'degenerate*', 'pleb*', 'peasant*', 'unhinged', 'deranged', 'lunatic*', 'nutcase*', 'maniac*', 'slob*',
    'hag', 'sociopath*', 'psychopath*', 'narcissist*',
    // 1.2: vocatives that mock the reader ("…, champ.", "Grow up, princess.")
    'champ', 'princess', 'cheapskate*', 'tightwad*', 'scrooge', 'diva', 'crybab*', 'whiner*', 'moaner*', 'snowflakes',
  ],
  insultExcept: [
    // 1.3 (general rules from heldout2's error categories)
    'tool ~2 kit|box|bar|shed|tip|tips|for|to|that|which|we|you|i', 'a|the|our|this|that|new|useful|handy|great|free|online ~1 tool*', 'rat ~2 race|poison|trap', 'snake ~2 bite|oil|case|species|eyes', 'bot ~2 account|detection|comments|spam|spammers|traffic', 'mid ~1 week|month|season|term|year|day|afternoon|morning|way|range|table|size', 'thick ~2 skin|walls|coat|layer|fog|snow|ice|accent', 'thick of it', 'thick and thin', 'dim ~1 light|lights|sum', 'gross ~1 income|salary|pay|amount|profit|margin', 'miserable ~2 weather|day|week|night|time|experience|commute|journey|wait|conditions', 'disgusting ~2 food|smell|toilets|toilet|state|mess|conditions|comments|comment|behaviour|behavior|message', 'creepy ~2 comments|comment|messages|message|behaviour|behavior',
   
    // 1.3 (general rules from heldout2's error categories)
    'your|ur|my|our|the|her|his|their poor baby|babies|thing',
   
    'clown* ~4 circus|party|costume|show|makeup|nose|act|fair|birthday', 'circus|party|birthday|fair ~4 clown*', 'kill ~2 time|engine|lights', 'killing ~1 time|it', 'killed it', 'dead ~1 battery|phone|link|end|line|zone',
    'idiot proof', 'idiot-proof', 'dummy ~1 account|data|text|run|variable|mode|load', 'crash test dummy', 'pig ~3 farm|roast|out|latin', 'guinea pig', 'joke ~3 told|tell|telling|about|aside', 'no joke', 'inside joke', 'trash ~1 can|bin|bag|day|collection|pickup|talk', 'garbage ~1 collection|truck|bin|day|pickup',
    'sheep ~3 farm|field|wool', 'pet|feed|see|petting|feeding ~2 pig|pigs|sheep', 'baked|mashed|sweet|jacket ~1 potato*', 'potato ~2 salad|soup|chips|fries|wedges',
    // a verb with an object is no verdict ("have you lost your card?" is a question, "you're so lost" is slang)
    'lost ~2 your|ur|my|his|her|their|the|a|an|it|them|track|contact|weight|money|time|everything|something|anything',
    'your|ur|my|our|the|a|new|newborn baby|babies', 'made|make|making|telling|told|funny|good|great|nice ~2 joke|jokes', 'out|put|throw|pick|picking|collect ~2 trash|garbage',
    'report|reported|block|ignore|mute|feed|spot ~3 troll*|bully|bullies|racist*|sexist*', 'see|saw|stop|tell ~2 a|the ~1 bully|bullies', 'racist|sexist ~2 comment*|post*|remark*|content|joke*|abuse|language|attack*|slur*',
    'hi|hey|hello|dear ~1 karen', 'genius ~4 thanks|thank|love|appreciate', 'fool ~1 me once', 'april fool*', 'mental health|illness|load|note|math', 'crazy ~1 busy|week|day|times|good|fast|long',
  ],
  namingVerbs: ['call', 'calls', 'calling', 'called', 'name', 'names', 'naming', 'named', 'label', 'labelling', 'labeling', 'labelled', 'labeled', 'brand', 'branding', 'branded'],
  verdictFrame: [
    // 1.3 (general rules from heldout2's error categories)
    'typical',
   'is|was|are|were|hes|shes|theyre a|an|such|total|complete|absolute|utter', 'run|managed|led|staffed by', 'bunch|pack|load|gang of'],
  laughing: ['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hahahaha', 'xd', 'kek'],
  threatCondition: [
    'keep ~3 ing|up|this|that|it|slagging|trashing|calling|posting|spreading|writing|talking', 'if you|u ~1 keep|continue', 'say|do|post|write ~4 again', 'one more ~1 word|post|comment|review|time', 'another ~1 post|comment|review|word|one',
    'try that again', 'once more',
  ],
  threatEscalation: [
    // 1.3 (general rules from heldout2's error categories)
    'every|all ~3 in|across ~1 the? town|region|city|country|area|county|state|world|uk', 'hr|boss|employer ~2 hears|hear|knows|know|finds|learns',
   
    'every|all ~2 cinema*|crossing*|branch*|practice*|shop*|store*|venue*|gym*|school*|library|libraries|platform*|site*', 'everyone|everybody ~3 know|knows|see|sees|hear|hears', 'the whole ~1 school|town|island|internet|group|class|world',
    'banned list', 'for life', 'lifetime ban', 'debt collector*', 'towed', 'your|ur ~1 daughter|son|kids|family|boss|employer|address|face|car|details|name', 'pass ~3 your|ur ~1 details|name|address|number',
    'find ~3 your|ur ~1 school|house|address|work|home|car', 'find out where', 'good luck ~3 getting|finding',
  ],
  youAccusation: [
    // 1.3 (general rules from heldout2's error categories)
    `are you|u ~1 so|really|just|being? ${NEG_TRAIT}`,
   
    // 1.3 (general rules from heldout2's error categories)
    `your|yr so|such|really|just|literally|being ~1 ${NEG_TRAIT}`,
   
    // 1.3 (general rules from heldout2's error categories)
    'your|ur lies|hate|propaganda|whining|moaning|nonsense|drivel|rant|rants|rambling', 'stop ~1 spreading|posting|telling ~1 lies|hate|rumours|rumors|nonsense|misinformation', 'how dare you|u', 'nobody|no one owes you|u', 'what made you|u think ~2 that|this|you|u|your|ur|anyone|it|we', 'says you|u', 'you|u bully|liar|hypocrite|racist|hater|coward', 'youre|ur|ure mad|salty|pressed|triggered|butthurt', 'maybe|perhaps ~4 before ~1 accusing|complaining|posting|moaning|crying|ranting|blaming',
   
    // 1.3 (general rules from heldout2's error categories)
    'no offence|offense ~1 but ~4 you|youre|ur|u',
   
    // 1.3 (general rules from heldout2's error categories)
    `youre|ur|ure ~1 ${NEG_TRAIT}`, `you|u are|were|r ~1 ${NEG_TRAIT}`, `youve been ~1 ${NEG_TRAIT}`, 'youre|ur|ure so|such|really|just|literally|clearly|being mad|salty|pressed|triggered|butthurt|dramatic|tilted', 'you|u are|r so|such|really|just|literally|clearly|being mad|salty|pressed|triggered|butthurt|dramatic', `youre|ur|ure the most|least ~1 ${NEG_TRAIT}`, `you|u are|were the most|least ~1 ${NEG_TRAIT}`, 'youre|ur|ure embarrassing|humiliating|ruining|harassing|bullying|spamming|trolling|scaring|stalking|mocking', 'you|u shouldve', 'if youd|ud ~5 youd|ud have', 'if youd|ud ~5 wouldve|woulda', 'if you had ~5 youd|ud have', 'if you had ~5 wouldve|woulda', 'maybe if you|u|your|ur ~6 hed|shed|youd|ud|theyd|itd|wouldnt|wouldve|actually', `stop|quit being|acting ~2 so|such|a|an|like|${NEG_TRAIT}`, 'try working|living|dealing with you|u', 'what have you|u ~2 done|achieved|contributed', 'sure|yeah|right ~1 blame', 'your|ur ~3 is|are ~1 worse', 'you|u|youre|ur ~1 hating|trolling|harassing|spamming|stalking|mocking', 'spend|spending|spent|waste|wasting ~3 hating|trolling|harassing|mocking', `rude|unfair|mean|nasty|petty|childish|unprofessional|disrespectful|low|cheap|pathetic of you|u`, 'you|u ~1 approved|signed|chose|picked|agreed|booked|ordered|made|wrote|sent|posted|said|caused|started ~5 yourself|urself', 'not ~3 rude|mean|offend*|insult*|harsh|dissing|attack* ~1 but ~4 you|youre|ur|u',
   
    'youre|ur|you|u are? ~1 being|clearly|just|literally', 'youre|ur|you|u are? ~1 so? entitled|toxic|weird|jealous|paranoid|rude|delusional', 'youre|ur|you|u are? the reason|liar|problem|worst', 'youre|ur|you are the reason', 'sorry|sry ~1 but you|u|youre|ur|your|youve|youd|youll', 'your|ur attitude', 'people like you|u', 'you|u ~2 must have', 'why are you|u so', 'why dont you|u', 'maybe ~2 look in a mirror', 'check whether you', 'do your research', 'you|u sound like', 'you|youd|u ~1 cry', 'you|u ~1 clearly never|have never', 'you|u dont pay',
    'you|u have|got ~1 no|zero idea|clue', 'you|u ~2 clearly|obviously|never|didnt|dont ~1 read|understand|get|know|listen', 'youre|ur lying', 'you|u lie|lied', 'your|ur ~1 own? fault', 'you|u ~3 always', 'you|u ~3 never',
    'youre|ur|you|u are? ~1 overreacting|exaggerating|whining|complaining|ranting', 'you|u overreact', 'you|u started ~1 it|this', 'you|u should have ~1 known|checked|read|asked|thought|listened|looked|booked|called|come|been|told|taken|done|stayed|left|paid|waited', 'its|thats on you', 'youre|ur|you|u are? the problem', 'because of you', 'you people', 'learn to read',
    'you|u ~2 spread|spreading|twist|twisting ~2 lies|misinformation|hate', 'you|u ~1 keep ~3 ing', 'you|u ruined|ruin', 'you|u ~2 made|make ~1 this|it|everything ~1 worse', 'you|u are|re ~2 wrong', 'youre|ur ~2 wrong', 'you|u ~1 dont|didnt even ~2 bother',
    'you|u just ~2 want|wanna ~3 attention|drama|fight', 'you|u ~2 blame', 'you|u messed|screwed|fucked ~1 up', 'you|u ~2 cant even', 'your|ur ~1 problem',
    // broadened 1.1: blaming you-statements and rhetorical you-questions
    'youre|ur|you|u are? ~2 to blame', 'you|u ~1 only have yourself|urself to blame', 'blame yourself|urself', 'you|u brought ~2 on yourself|urself', 'you|u asked for it', 'its|thats|it|that is? ~1 all? on you|u',
    'are you|u ~2 blind|deaf|stupid|dumb|illiterate|drunk|insane|crazy|thick|dense|trolling', 'can|cant|cannot you|u ~1 not? read', 'did you|u ~1 even ~1 read|look|check|listen', 'do you|u ~1 even ~1 read|know|understand|listen|think',
    'whats|what is? ~1 wrong with you|u', 'who do you|u think you|u are', 'you|u ~2 should be ashamed', 'shame on you|u', 'have you|u no shame', 'you|u ~1 clearly|obviously ~1 dont|didnt|never ~1 care|read|listen|bother',
    'you|u ~2 caused|wrecked|destroyed|sabotaged', 'you|u ~1 lied|stole|cheated|scam', 'you|u ~2 act|acting like', 'you|u ~1 think ~1 youre|ur|you|u are? ~2 better|smarter|special|superior|above',
    'you|u ~1 have|got ~1 no|zero ~1 respect|manners|shame|decency', 'youre|ur|you|u are? ~2 so|really|such ~2 rude|arrogant|entitled|ignorant|incompetent|dishonest|selfish|childish|immature|hypocritical|disrespectful|lazy|biased|petty|condescending|spiteful',
    'youre|ur|you|u are|were? ~2 rude|arrogant|ignorant|incompetent|dishonest|selfish|childish|immature|hypocritical|disrespectful|biased|petty|condescending|spiteful', 'thanks to you|u ~3 ruined|broken|wrecked|lost|worse',
    'because of people like you|u', 'you|u ~1 keep ~1 lying|whining|complaining|crying|moaning|spamming', 'you|u ~1 never ~2 listen|learn|admit|stop', 'you|u ~1 always ~2 complain|whine|blame|lie|twist|overreact',
    // 1.2: structural blame: "you're the one who…", "you chose … and now", "you're exactly the type"
    'youre|ur|you|u are? ~1 the one|ones who|that', 'youre|ur|you|u are? ~1 exactly|just ~1 the type|kind|sort', 'you|u ~6 and now', 'now youre|ur ~1 moaning|complaining|whining|crying|blaming',
    'you|u just|simply|already|yourself? chose|picked|bought|signed|booked|decided|agreed|ignored|forgot|waited ~1 to? ~4 and|now|without', 'you|u didnt even ~1 mention|tell|say|read|check|ask|bother', 'youre|ur|you|u are? ~1 blaming',
    'you|u literally|clearly|obviously|probably ~1 have|go|spend|think|want|just|are|did|didnt|dont|cant|never', 'you|u cant just ~1 decide|assume|say|blame', 'nobody forced you|u', 'no one forced you|u', 'you|u ~1 only|just ~3 to ~2 cause|start|make ~1 trouble|drama|stress',
    'typical ~1 you|u', 'you|u ~1 had one job', 'you|u ~1 cant even ~2 read|spell|count|think', 'you|u ~1 dont|didnt ~1 even ~2 know|care|read|try',
  ],
  threat: [
    // 1.3 (general rules from heldout2's error categories)
    'i|we know which|what ~1 school|class|street|house|car|office|gym|team ~2 you|u|ur|your', 'youll|ull wish ~1 you|u|youd|ud', 'you will wish ~1 you|u|youd|ud',
   
    // 1.3 (general rules from heldout2's error categories)
    'wait until|till ~4 finds|find|hears|hear|sees|see ~1 out|about', 'just you|u wait', 'watch yourself|urself', 'watch out ~1 you|u', 'you|u have|ve been warned', 'youve been warned', 'dont ~3 say ~1 i|we didnt warn you|u', 'or ~2 youll|ull ~1 see what happens', 'or ~2 you will ~1 see what happens',
   
    // 1.3 (general rules from heldout2's error categories)
    'i|we know ~2 whats in your|ur', 'i|we know ~2 what is in your|ur', 'ban|banned|block|blocked|bar|barred ~4 from every|all ~4 in|across ~1 town|region|city|country|area|county|state|world|uk', `${WILL} ~3 post|share|leak|publish|screenshot ~1 your|ur ~2 embarrassing|private|voice|chats|secrets|nudes`,
   
    'we|i know who you|u are', 'make sure ~6 employer|nobody|never|last', 'make sure ~3 your|ur ~1 boss|employer|school|parents|family|wife|husband ~3 knows|know|sees|see|hears|finds', 'ill|well tell everyone', 'i|we will tell everyone', 'see you|u in court', 'real consequences', 'whats coming', 'what is coming', 'careful what you|u', 'ddos', 'blacklist', 'cut you|u off', 'theyll|youll|ull|theyll regret', 'ban your|ur', 'not threatening ~3 but', 'ill|well post every', 'ill|well ~2 find out who', 'go say hi', 'we know plenty of people',
    'i|we know where you|u live|work', `${WILL} find|get you|u`, 'i will find|get you|u', 'youll|ull|youre|ur ~3 regret', 'you|u will|gonna|are ~3 regret', 'watch your|ur back', `${WILL} ~2 kill|hurt|destroy|ruin|end|beat|smash|punch|stab|shoot you|u`, `${WILL} ~2 kill|hurt|destroy|ruin|end|smash|punch|stab|shoot your|ur ~1 life|career|reputation|business|family|car|house|face|kids|channel`,
    'going to ~2 kill|hurt|destroy|ruin|end|beat|punch|stab|shoot you|u', 'going to ~2 kill|hurt|destroy|ruin|end|punch|stab|shoot your|ur ~1 life|career|reputation|business|family|car|house|face|kids|channel', `${WILL} make ~2 your|ur life`, 'make your|ur life ~2 hell|miserable', 'youre|ur ~1 dead', 'you|u are|r ~1 dead', 'youre|ur|you|u are? ~2 done for', `${WILL} ~3 tell|report|contact|call|email ~1 your|ur boss|employer|school|parents|teacher|mom|mum|dad|family|work|company`,
    `${WILL} ~1 get you|u fired|expelled`, `${WILL} ~2 post|share|leak|publish your|ur address|number|photos|pictures|pics|name|details|info`, 'not a threat ~1 but', 'this is a threat', 'or else', 'see you|u outside', 'wait and see', 'youll|you will see',
    'everyone will know', 'ill|well come to your|ur house|place|home', 'you|u will pay', 'youll|ull pay', 'you|u will suffer', 'sleep with one eye open', 'count your days', 'you|u better watch',
    // broadened 1.1: harm, escalation, doxxing, disproportionate revenge, disguised threats
    'i|we know where|who your|ur', 'i found your|ur ~1 address|house|ip', 'i ~1 have|got ~1 your|ur ip', 'youll|ull|you|u will? ~1 be sorry', 'youre|ur|you|u are? ~1 gonna|going to? ~1 pay|regret|suffer',
    'youre|ur|you|u are? ~1 gonna|going to? ~1 be sorry', 'this isnt|aint over', 'this is not over', 'track|hunt you|u ~1 down', 'you|u wont ~1 get away with', 'you|u will not get away with',
    'ill|well|will ~1 sue ~1 you|u', 'my|our lawyer*|attorney*|solicitor* ~3 will|contact|hear', 'hear from my|our ~1 lawyer*|attorney*|solicitor*', 'ill|well|i|we will? ~1 expose ~1 you|u|your|ur',
    'the whole ~1 school|internet|world|town ~1 will ~1 know|see', 'ill|well|i|we|imma|ima|gonna will? ~3 send|show|forward|email|tag|post ~3 to? your|ur boss|employer|manager|wife|husband|girlfriend|boyfriend',
    'imma|ima|gonna|ill|id|i|to ~2 slap|smack|punch|kill|murder|strangle|choke|stab|shoot|batter you|u', 'catch ~1 these hands', 'square up', 'catch you|u ~2 outside|lacking|alone', 'lets|let us? ~1 see ~5 boss|employer|wife|husband|parents|school|company ~3 thinks|think|says|say',
    'wonder ~3 what|how ~3 your|ur boss|employer|wife|husband|parents|school ~3 thinks|think|say|says|feels|feel', 'would be a shame if ~4 something|anything|someone|your|ur', 
    'not threatening ~1 you|u ~2 but', 'make sure ~3 you|u ~2 lose|regret', 'make sure you|u ~2 get|are ~1 fired|expelled|banned', 'make sure ~3 everyone|everybody ~2 knows|know|sees|see|finds|hears ~2 what|who|about you|u',
    'i|we ~2 dox|doxx*', 'you|u ~1 will ~1 get|be doxxed|doxed', 'burn ~2 your|ur ~1 house|car|place|home',
  ],
  threatExcept: [
    'not|never|dont|didnt ~1 going|gonna|want|mean|meant|trying|try ~2 to? ~1 hurt|kill|threaten|harm|scare',
    'never ~3 happens|happen|repeats|occurs ~1 again', 'never ~3 wait|waits|waiting|has|have|goes|go|gets|get', 'nobody ~3 waits|wait|has|have|gets|get|misses|miss|left|feels|feel', 'no one ~3 waits|wait|has|have|gets|get|misses|miss|left|feels|feel', 'last ~1 time ~3 this|that|it|we|you|anyone',
  ],
  limit: [
    // 1.3 (general rules from heldout2's error categories)
    'not if you|u ~1 keep', 'kind of ~1 language|behaviour|behavior|comment|comments ~3 isnt|arent ~1 okay|ok|acceptable|welcome|allowed', 'kind of ~1 language|behaviour|behavior|comment|comments ~3 is|are not ~1 okay|ok|acceptable|welcome|allowed',
   
    // 1.3 (general rules from heldout2's error categories)
    'not|wont|dont ~4 argue|debate|discuss|have|tolerate|allow ~4 in the comments|replies|thread|here', 'we|i ~1 wont|dont ~3 debate|argue|tolerate|allow', 'not going to ~3 debate|argue|discuss|tolerate|keep', 'we|i do ~1 remove|delete|hide|block ~3 abuse|insults|threats|ones|comments', 'go|goes ~2 straight|directly ~1 to the ~1 police|moderators|admins',
   
    // 1.3 (general rules from heldout2's error categories)
    'is|are|its|thats ~1 bullying|harassment|racism|discrimination|abuse', 'please|pls ~1 remove|delete|take down ~2 post|comment|photo|picture|video|message', 'lets drop|leave it', 'lets move on', 'please|pls dont ~1 call|name', 'please|pls do not ~1 call|name', 'rather than|instead of|not in ~2 public|channel|group|here', 'keep this ~2 dm|private|offline', 'comments|posts|anything ~3 attack|attacks|insult|insults ~3 go|removed|deleted', 'criticism|feedback|disagreement ~4 is|are fine|welcome|okay|ok', 'need to ~1 calm down', 'please|pls calm down', 'thats the ~1 team? agreement|rule|deal|policy', 'that is the ~1 team? agreement|rule|policy',
   
    'a|the|our|my line', 'keep it|things kind|civil|respectful|friendly|clean', 'turned off|disabled|closed ~1 comments', 'we|i wont|will not? ~2 discuss|reply|respond|engage', 'no need to', 'not playing with', 'weve|we have|ive|i have ~1 hidden|removed|deleted|reported|blocked',
    'not okay|ok|cool|acceptable', 'no place', 'i|we|ive|weve|ill|well|im|were ~2 report|reported|reporting', 'reported ~2 to', 'gets|get ~1 reported', 'will be reported', 'delete|remove ~2 this|it|that', 'leave ~1 him|her|them alone', 'stop ~1 it|this|that|bullying|posting|now|flaming', 'knock it off', 'blocked|block|banned|muted|mute|ban', 'breaks ~2 rules', 'rules', 'lets keep', 'can we not', 'not funny', 'not the place', 'we dont debate', 'ill leave|quit',
    `we|i|${WILL} ~2 delete|hide|remove|block|ban|report|mute|moderate ~4 comment*|post*|message*|insult*|account*|this|it|you|them|anything|such`, 'will be|are|get|gets|be ~2 deleted|hidden|removed|reported|blocked|banned|moderated',
    'we|i dont|wont|do|will not? ~1 tolerate|accept|allow', 'not ~2 tolerated|accepted|allowed|ok|okay|acceptable here', 'community ~1 guidelines|rules|standards', 'house rules', 'our|the rules', 'netiquette', 'code of conduct',
    'please ~2 keep|stay|be ~3 respectful|civil|polite|calm|kind|constructive|nice|friendly', 'please dont|do not? ~2 insult|swear|attack|threaten|use|name|post', 'report|reported ~4 police', 'contact|call|inform|involve the police', 'police ~3 report',
    'in|with that|this tone', 'i wont|will not? ~2 continue|engage|respond|reply ~4 if|while|like|this|to', 'thats|that|this is? ~1 my|the line|limit', 'crossed ~2 line', 'i|we ~1 draw the line', 'end|ending this conversation|discussion',
    'insults|threats|hate|abuse ~4 not|no ~2 place|okay|ok|allowed', 'no place for', 'keep ~2 civil|respectful',
    // broadened 1.1: rules, boundaries and calm conditions
    'lets|let us? ~1 keep|stay|be ~3 respectful|civil|polite|kind|constructive', 'stay|keep|stick ~1 on|to ~1 topic', 'back on topic', 'tone it down', 'watch ~1 the|your|ur language|tone',
    'mind ~1 your|ur language|tone|manners', 'language please', 'no ~1 insults|name|personal|hate|slurs|threats|harassment|swearing', 'name calling ~5 not|no|wont|isnt|arent|removed|deleted|hidden|against',
    'personal attacks ~5 not|no|wont|isnt|arent|removed|deleted|hidden|against', 'hate speech ~5 not|no|wont|isnt|arent|removed|deleted|hidden|against', 'harassment|racism|bullying|insults|abuse ~5 not|no|wont|isnt|arent|removed|deleted|hidden|against',
    'closed|locked|paused|disabled|limited|turned ~2 comments|replies|thread', 'comments|thread|replies ~3 closed|locked|paused|disabled|limited', 'once|when|if ~5 calm|calmer|calmed|civil|respectful|polite|cooled',
    'not ~1 going|gonna ~1 to? ~1 engage|continue|respond|reply|argue|tolerate|accept|allow', 'ask ~2 everyone|you|all|u ~3 to ~2 keep|stay|be|remain ~3 respectful|civil|polite|kind|on',
    'remain|stay ~1 respectful|civil|polite', 'disagree|disagreement|disagreeing|criticism ~6 insults|attacks|abuse|threats|slurs|harassment|name', 'my|a|our|clear boundary|boundaries',
    'goes|gone|going|went ~1 too far', 'thats|that is? ~1 too far', 'enough is enough', 'thats|that is? enough ~1 now', 'result|results ~1 in ~2 ban|removal|block|suspension|deletion|bans',
    'further ~2 insults|abuse|comments|attacks ~4 removed|deleted|hidden|result|lead', 'we|i ~1 moderate', 'moderated', 'against ~2 our|the ~1 rules|guidelines|policy|terms',
  ],
  acknowledge: [
    // 1.3 (general rules from heldout2's error categories)
    'no wonder ~1 youre|you|ur|u|hes|shes|theyre', 'you|u ~1 feel|felt|feeling ~2 ignored|overlooked|unheard|excluded|judged|attacked|dismissed|betrayed|singled|brushed|fobbed|let', 'i ~1 get that', 'i can ~1 understand ~1 that|why|how',
   
    // 1.3 (general rules from heldout2's error categories)
    'is|are he|she|they ~1 okay|ok|alright', 'you|u ok|okay|alright', 'sorry|apologise|apologize that? your|ur|he|she|they|his|her|their|hes|shes|theyre|theyve', `#num|two|three|four|five|six|ten|several|many ~4 is|are|was|were ~2 ${FEELING}|nightmare|unacceptable`, `been ~1 a|an|so|really|such|absolutely|truly? ~1 ${FEELING}|nightmare|rough|tough|pain`, 'same ~1 thing? happened to me', 'been there', `${FEELING}|nightmare|rough|tough ~1 this|that|last week|month`, 'i hear you',
   
    'id|i would be ~3 too', 'upset|hurt|scared|worried you', 'youve|you have had ~3 rubbish|bad|rough|hard|long|tough', 'had a rough|bad|hard|long|tough week|day|time|night', 'been a long ~1 day|night|week', 'were|are|was ~1 upset|hurt|scared|frightened', 'really hurts', 'hope ~3 ok|okay|better', 'you ~1 obviously|clearly care', 'frightening|panicking',
    'i understand ~3 that|your|how|why', 'we understand ~3 that|how|why', 'how ~4 feel|feels', 'sounds like', 'bothers|bothered you', 'for the stress|trouble|worry', 'having a hard|rough|tough time', 'must be ~2 hard|awful|scary|stressful|upsetting|horrible', 'thats|that is|its|this is ~2 horrible|awful|rubbish|unacceptable|not okay|not ok|stressful|scary|upsetting', 'i can ~2 imagine', 'i know ~2 how|this|that',
    'i ~2 understand ~3 why|that|how|your|you|what|the|this|its|it', 'i ~2 understand', 'i can ~2 see|imagine|understand ~3 why|that|how|your|you|what|the', 'i ~1 get ~1 why|that|it|how|your', 'i see ~2 why|how|that|what',
    `that|this|it|which sounds|sound|sounded ~3 ${FEELING}`, `that|this|it must ~2 be|have|feel ~3 ${FEELING}`, `must be ~2 ${FEELING}`, `youre|ur ~2 ${FEELING}`, `youve|you|u are|been|feel|felt|were|seem|seemed|sound|sounded|must ~2 ${FEELING}`, `your|ur ~2 ${FEELING}`,
    'i hear you', 'no wonder', 'sorry to hear', 'sorry ~3 to hear', `she|he|they|kid|child|son|daughter|friend|people|many is|are|was|were|feels|feel|felt|seems|seem|must ~3 ${FEELING}|excluded|ignored|alone|left`,
    `thats|its|that|this is? ~2 ${FEELING}`, 'makes sense that|you', 'of course ~2 youre|you', 'understandable', 'you|youve ~2 waited|waiting ~2 for', 'you|youve been waiting', 'your|ur point about',
    // broadened 1.1: feeling words with you, anyone would feel the same, naming the situation
    'i can ~1 tell ~3 youre|how|this', 'i ~1 totally|completely|really|fully? get it', 'anyone|anybody|everyone|people|most ~1 would ~1 be|feel ~2 frustrated|angry|upset|annoyed|furious|disappointed|worried|scared|fed',
    'i|id would? feel ~2 the same', 'would ~2 annoy|upset|frustrate|worry|scare|anger|bother|infuriate ~1 me|anyone|anybody|everyone|most', 'a lot to ~1 deal|handle|take|cope', 'that|this|it ~1 really|totally|honestly? ~1 sucks|stinks',
    'exhausting|exhausted|overwhelming|overwhelmed|maddening|infuriating|irritating|aggravating|tiring|nightmare|hassle|rough|tough|awful|annoying|frustrating|upsetting|scary|unfair|horrible ~2 for you|u|them|her|him',
    'that|this|it ~1 sounds|sounded|must|is|was ~3 exhausting|overwhelming|maddening|infuriating|irritating|aggravating|tiring|nightmare|hassle|pain|heartbreaking|nerve', 'you|youre|ur|u|youve ~3 exhausted|overwhelmed|anxious|nervous|tired|fed|frightened|lonely',
    '#num|two|three|four|five|six|ten|several|many hours|days|weeks|minutes|months ~4 too|way ~1 long', '#num|two|three|four|five|six|ten|several|many hours|days|weeks|minutes|months ~4 unacceptable|ages|forever',
    '#num|two|three|four|five|six|ten|several|many hours|days|weeks ~2 without ~2 answer|reply|response|update|word|refund|parcel|internet|heating|power', 'too long ~1 to wait', 'such a long wait',
    'long wait', 'waiting ~2 that|so long', 'nobody ~1 should ~1 have to', 'no one ~1 should ~1 have to', 'you|u ~1 deserve|deserved better', 'every right to be', 'nobody ~2 got back to you|u',
    'no one ~2 got back to you|u', 'left you|u ~1 waiting|hanging', 'left you|u in the dark',
    // 1.2: naming the feeling with "the", knowing how it feels, others feel the same
    `understand|get|know ~1 the|your ~1 ${FEELING}|anger|frustration|worry|upset`, `we|i know ~1 how ~3 ${FEELING}`, `right to be ~1 ${FEELING}`, `its|thats ~1 ${FEELING} ~1 feeling|when|to`, `it|that is ~1 ${FEELING} ~1 feeling|when|to`,
    'people ~3 feel the same', 'not just you|u', `${FEELING} too`,
  ],
  apology: [
    'sorry|sory|sorri|sry|soz', 'apologi*|apologize*|apologise*', 'my|our bad', 'my|our mistake|fault', 'we|i messed|screwed ~1 up', 'that was ~1 my|our mistake|fault|error', 'pardon', 'forgive me|us', 'we|i ~1 got ~2 wrong', 'mea culpa',
  ],
  apologyExcept: [
    // 1.3 (general rules from heldout2's error categories)
    'sorry|apologies|apologise|apologize if ~4 annoy|annoys|annoyed|upset|upsets|offend|offends|offended|bother|bothers|bothered',
   
    'sorry ~1 that|if? you|u|youre|ur ~1 feel|felt|see|think|upset|offended|angry|annoyed', 'sorry|sry|apologies ~1 but|though|however', 'sorry if|that you|u|anyone ~3 offended|upset|hurt|misunderstood', 'sorry for you|u', 'feel sorry for', 'sorry not sorry', 'sorry|apologies|apologize ~4 but you|your|youre|ur|u', 'sorry to hear', 'sorry ~3 to hear', 'sorry to say',
    'we regret', 'not sorry', 'wont apologi*|apologize*|apologise*', 'sorry ~1 for your loss', 'youll|ull|you|u will? ~1 be sorry',
  ],
  thanks: ['thank*', 'thx|thnx|thanx|tysm|ty|tyvm', 'appreciate*', 'grateful', 'cheers for', 'danke', 'many thanks', 'much appreciated'],
  thanksExcept: ['thanks|thank ~2 for nothing', 'no thanks|thank', 'thanks but no thanks', 'thanks ~1 a lot ~1 for nothing'],
  stockPhrase: [
    // 1.3 (general rules from heldout2's error categories)
    'sorry|apologies|apologise|apologize if ~4 annoy|annoys|annoyed|upset|upsets|offend|offends|offended|bother|bothers|bothered', 'were on it', 'we are on it', 'to assist you', 'well|will look into it|this', 'have a think', 'for any ~1 distress|disruption|trouble|upset|frustration', 'apologise|apologize|apologies ~1 for the ~1 disruption|inconvenience|trouble', 'passed|forwarded ~1 your ~1 comment|feedback|message|concern ~2 to the ~1 team|department', 'will action', 'cheers for the feedback', 'we hear you',
   
    'valuable feedback', 'we are|were aware', 'working hard|tirelessly|around the clock', 'as soon as possible', 'we understand your concerns', 'we value', 'have been noted', 'taking the time', 'any upset', 'our apologies', 'valued member', 'we apologi*|apologiz*|apologis* if', 'thank you|thanks for raising', 'appreciate you taking',
    'we regret', 'inconvenience*', 'thank|thanks ~1 you? for ~3 feedback|patience|understanding|message|comment|reaching|bringing|concern|interest|input|support|query|enquiry|inquiry', 'we ~1 appreciate your ~1 patience|feedback|understanding|business|input|concern',
    'your ~1 feedback|satisfaction|concern|call|opinion|experience ~1 is|are ~2 important|valuable|matter|priority', 'we value your', 'we take ~4 seriously', 'sorry ~1 that? you feel|felt ~2 that|this way', 'sorry ~1 that|if? youre|ur|you|u are? upset|offended|angry|annoyed', 'sorry if|that you|anyone ~3 offended|upset|hurt|misunderstood',
    'dont|do not? hesitate', 'we are|were committed to', 'we strive', 'forwarded|escalated|passed ~3 relevant|appropriate|responsible team|department', 'were|we are? looking into', 'we apologi*|apologiz*|apologis* for any', 'for any inconvenience',
    'rest assured', 'at your earliest convenience', 'we hear you and', 'thank you for your understanding',
  ],
  questionRequest: [
    'can|could|would|will you|u ~4 stop|delete|remove|take', 'can we',
    'can|could|would|will you|u ~3 please', 'would you mind', 'can|could|would|will you|u ~4 send|dm|message|give|share|email|call|contact|provide|tell|let|post|delete|remove|fill|check|pm|drop',
  ],
  questionRhetorical: [
    // 1.3 (general rules from heldout2's error categories)
    'what ~2 so funny|hilarious',
   
    'how would you|u feel', 'dont you think', 'ever heard of', 'hm|hmm|huh', 'are we', 'why dont you|u', 'what made you|u think ~2 that|this|you|u|your|ur|anyone|it|we', 'bro', 'lol', 'really', 'can we not', 'is everyone okay|ok',
    'are you|u ~2 serious|kidding|stupid|dumb|crazy|insane|blind|joking|real|high|drunk|dense|mad', 'whats|what is? ~2 wrong with you|u', 'who asked', 'can|cant|cannot you|u ~1 not? read', 'do you|u even', 'have you|u ~1 lost ~1 your mind',
    'whats|what is? your|ur ~1 problem|deal', 'seriously', 'how ~1 dumb|stupid|dense|clueless|naive can|are|is', 'who do|tf you|u think you|u are', 'what were you|u thinking', 'why are|would you|u ~1 so|even|always', 'do you|u ~2 seriously|really|honestly think|believe',
    'is this a joke', 'are you|u done', 'lol', 'lmao', 'haha*', 'you|u ~1 serious', 'what the', 'wtf', 'who even', 'who cares', 'did you|u ~1 even', 'do you|u ~1 have nothing better', 'how dare you|u', 'get a life',
  ],
  nextStepAction: [
    // 1.3 (general rules from heldout2's error categories)
    'come|pop|drop|head ~2 into|to the',
   
    // 1.3 (general rules from heldout2's error categories)
    `i|we|ill|well|${WILL} ~2 give|explain|talk|speak|meet|ask|show|move|change|add|bring|start|run|hold|organise|organize|plan|put`, 'you|u can ~4 sign|register|claim|buy|order|join|apply|collect|pick', 'check|see|read ~2 the|our ~1 faq|website|app|bio|pinned|link|page|site', 'did|have you|u ~2 try|tried', 'listed|posted|shown|published|updated ~3 on|in ~2 app|website|site|page|bio|board', 'call|ring|dial|phone #num',
   
    // 1.3 (general rules from heldout2's error categories)
    'will|wil come|call|visit|ring ~3 you|u|round|by|over', 'comes ~3 to you|round|by',
   
    // 1.3 (general rules from heldout2's error categories)
    'sign up|in', 'can|could ~2 sign|register|apply|book|join|claim', 'will be ~1 in|on|at|posted|up|live|repaired|fixed|replaced', 'is|are being ~1 repaired|fixed|replaced|reviewed|checked',
   
    'show|tell|add|stay|follow|take|bring|pass|forward|hand|put|answers|answer|handles|meets|opens|helps|help', 'screenshot*|sending', 'is there|are there', 'retraining|reviewing|checking|updating', 'can be reached', 'pop in', 'come and see|say', 'speak to', 'talk to',
    'come|pop|drop ~3 by|in|down|along|over', 'visit|meet|talk|speak|join ~3 us|me|with', 'lets|let us', 'shall we', 'want to|wanna', 'booked|sent|scheduled|arranged|forwarded|passed|emailed|called|refunded|replaced', 'goes out|is on its way|will arrive', 'is open|are open|is available|are available', 'you can ~4 online|apply|book|find|call|report|get', 'have you ~3 tried|spoken|talked|contacted|called', 'there is|theres ~4 meeting|session', 'is at|are at',
    `i|we|ill|well|${WILL}|going ~3 send|email|call|message|dm|contact|reply|respond|get|check|update|follow|refund|replace|reach|ring|write|fix|reship|resend|look|post|text|confirm|investigate|arrange|sort|process|deliver|ship`,
    'please|pls|plz|just|kindly ~1 send|dm|message|email|call|contact|write|reach|drop|text|ring|visit|check|fill|use|go|ask|talk|call',
    'send|dm|message|email|call|contact|write|reach|drop|text|ring|visit|fill|talk ~3 us|me|them|out|the|a|an',
    'you|u can|could ~2 reach|call|email|message|dm|contact|find|write|text|ring|talk|visit|use|go', 'feel free to', 'get in touch', 'reach us|out', 'is|are available|open', 'be in touch', 'get|come back to you|u', 'someone|team|colleague|manager|support ~3 will',
    // broadened 1.1: more ways to say who does what next
    'hit us|me up', 'shoot us|me ~1 a|an ~1 dm|message|email|line|text', 'slide|slip into ~2 dms|dm|inbox', 'give us|me ~1 a call|ring|shout|buzz', 'ping ~2 us|me|you', 'ask for', 'book|schedule ~3 appointment|slot|call|meeting|session',
    'i|we|ill|well|will ~3 post|share|publish|update|announce|schedule|book|arrange|ring|phone', 'drop ~2 us|me|by', 'stop by', 'swing by', 'head to|over',
  ],
  nextStepChannel: [
    // 1.3 (general rules from heldout2's error categories)
    'call|ring|dial #num',
   
    'mr|mrs|ms|miss|dr', 'head of year', 'head teacher|headteacher', 'form tutor', 'chair', 'emergency line', 'register', 'survey', 'fixmystreet', 'safeguarding', 'wellbeing', 'fair|meeting|session|clinic',
    'depot|branch|office|shop|store|counter|reception|library|hall|room|centre|center|council|portal|app|online|discord|counsellor|teacher|head|school office|samaritans|helpline|inbox|address|meeting',
    'e? mail|email', 'dm|dms|pm|pms|inbox|email|phone|hotline|helpline|chat|livechat|form|support|customer|link|website|site|whatsapp|messenger|number|call|counsellor|counselor|childline|samaritans|crisis',
    'direct|private message|messages', 'on #num', 'at #num',
    // broadened 1.1
    'appointment|callback|zoom|teams|facetime|skype|letter|ticket|faq|telegram|instagram|insta|tiktok|facebook|linkedin|bio|profile|pinned|newsletter|desk|kiosk|booth|stand|gym|pitch|clubhouse|staffroom|nurse|librarian|blog|forum',
    'status|update page', 'give us|me ~1 a call|ring', 'call|ring|phone ~2 us|me',
  ],
  nextStepTime: [
    // 1.3 (general rules from heldout2's error categories)
    '1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm|10pm|11pm|12pm|1am|2am|3am|4am|5am|6am|7am|8am|9am|10am|11am|12am|noon|midday', 'next|coming|following ~2 matches|games|sessions|lessons|weeks|days',
   
    // 1.3 (general rules from heldout2's error categories)
    'next|coming|following ~1 year|season|term|match|matches|session|sessions|training|time|practice|game|games', 'every #num minutes|hours|mins|days', 'until|till|til #num', 'until|till|til close|closing', 'after ~2 training|practice|class|school|lesson|meeting|work|game',
   
    'lunchtime|break|midday', 'every hour', 'top of every hour', '#num #num', 'any morning|afternoon|evening', 'before #num', 'first thing',
    'at #num', 'from #num', 'until|till|til #num|midnight|noon', 'every ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week', 'january|february|march|april|june|july|august|september|october|november|december', 'after the ~1 match|game|lesson|class', 'next game|match|round|fight', 'between #num', 'now', 'asap',
    'today|tomorrow|tonight', WEEKDAY, 'this|next afternoon|evening|morning|week|month', `next ${WEEKDAY}`, 'by ~2 tomorrow|end|eod|noon|#num|tonight', `by ${WEEKDAY}`, 'within ~3 hour*|day*|minute*|week*|#num', 'in #num hour*|day*|minute*|week*|hrs|mins|h',
    '#num am|pm|oclock', 'at #num', `on ${WEEKDAY}`, 'first thing', 'later today', 'right away',
    // broadened 1.1
    'in the next|coming ~2 hours|days|minutes|weeks|hour', 'end of ~1 the? day|week|month|business', 'eod|cob', 'over the weekend', 'later this ~1 week|afternoon|morning|evening|month',
    'early next week', 'this time tomorrow', 'business|working day|days', 'within the hour', 'by noon', 'tmrw|tmr|2moro',
  ],
  sarcasm: [
    // 1.3 (general rules from heldout2's error categories)
    'because that|thats|this ~1 always ~1 works|helps|worked',
   
    // 1.3 (general rules from heldout2's error categories)
    'the horror', 'how tragic', 'first world problem*', 'oh the humanity', 'what a tragedy',
   
    // 1.3 (general rules from heldout2's error categories)
    'who ~2 seen|saw that|this coming', 'truly ~1 unheard|shocking|stunning', 'call the news|press|media|papers', 'sure|right|yeah ~5 is|are ~1 to blame', 'what a shock',
   
    // 1.3 (general rules from heldout2's error categories)
    'my heart bleeds', 'aww ~4 poor baby', 'aww ~2 did someone|somebody|someones', 'never heard that one before', 'such an original|insightful ~1 comment|take|point|idea', 'such a brilliant|clever|unique ~1 comment|take|point|idea', 'wow ~1 so|such ~1 brave|original|mature|clever|smart', 'truly a hero', 'hero of our time', 'you|u should ~1 do|try ~1 stand up|standup|comedy', 'really|truly|such ~1 great|inspiring|amazing|fantastic|incredible ~1 leadership|management|teamwork', 'sure|yeah|right ~1 blame', 'love that for us|me|them', 'wow|oh|gee ~1 thanks|thank you? ~2 for the|that|this|your ~1 public|constructive|shaming|lecture',
   
    'sure ~1 because', 'oh yes|yeah because', 'because ~2 definitely', 'forgot to laugh', 'so mature|funny', 'were shaking', 'bit dramatic', 'genius', 'wow ~3 incredible|inspiring|amazing|truly|impressive', 'lovely ~3 really', 'worst thing ever',
    'yeah|ya|yea right', 'oh really', 'oh great', 'oh wow', 'how original|clever|creative|mature|brave', 'thanks|thank you? for nothing', 'slow clap', 'job|done|one|going|bravo|congrats|congratulations ~2 genius|einstein|sherlock|captain',
    'sorry not sorry', 'cry me a river', 'boo hoo', 'boohoo', 'sure jan', 'wow just wow', 'what a surprise', 'big surprise', 'color|colour me', 'news flash|newsflash', 'oh no ~1 anyway', 'nice try', 'such a genius', 'aww ~2 poor|baby',
    'ok boomer', 'okay boomer', 'cool story ~1 bro?', 'tell me ~2 without telling me', 'must be nice',
    // broadened 1.1: mock praise with a negative context, ironic thanks, irony markers
    'oh sure', 'sure ~1 buddy|pal|mate|bro|dude|jan|thing ~1 lol', 'oh well done', 'well done ~1 genius|einstein|sherlock', 'gee|golly ~1 thanks', 'wow ~1 thanks|thank you? ~2 for nothing',
    'who would|could ~1 have? thought|guessed', 'whod|whodve ~1 have? thought|guessed', 'shocked ~2 shocked', 'im|i am? ~1 shocked ~2 i tell you', 'shocker', 'fun at parties', 'bless your|ur ~1 little? heart',
    'ok|okay buddy', 'riveting', 'truly ~1 groundbreaking|revolutionary|inspiring|riveting', 'said no one ever', 'yeah ~1 sure ~1 you|u|because|buddy', 'sure sure', 'right right', 'what could ~1 possibly go wrong',
    'love that for you|u', 'captain obvious', 'no shit sherlock', 'thanks sherlock', 'golf clap', 'eye|eyes roll|rolling', 'eyeroll*', 'rolls eyes', 'sarcasm off', 'oh how ~1 brave|original|clever|mature|edgy',
    'how edgy', 'so edgy', 'congrats|congratulations|bravo ~8 ruined|ruining|destroyed|screwed|messed|alienated|alienating|embarrassed|failed', 'well|great|nice|good done|job ~8 ruined|ruining|destroyed|screwed|messed|alienated|alienating|embarrassed|failed',
    'congrats|congratulations|bravo|done|job ~8 managed to ~1 lose|upset|annoy|alienate|offend|ruin', 'and im|i am? ~1 the queen|pope|king|president', 'because that|thats ~1 worked|works|helped ~1 so well|great',
    'real helpful|useful|mature|classy', 'very helpful|useful ~1 not',
    // broadened 1.1: "you don't say" and ironic thanks for a canned answer
    'you|u dont say',
    // 1.2: irony markers
    'oh|ah ~1 yes|yeah|sure ~1 because|the', 'oh|ah of course', 'right ~1 because', 'money well spent', 'main character', 'how ~1 brave|rebellious|original|noble|heroic ~1 of you',
    'someone call the', 'call the un',
    'thanks|thank you? for ~3 useless|pointless|canned|copy|non|robotic|generic ~1 answer|response|reply|paste|answers',
  ],
  phoneCue: ['tel|phone|mobile|cell|number|call|text|whatsapp|signal|reach', 'my number'],
  notPhoneCue: ['order*|ticket*|case|reference|ref|invoice*|tracking|account|customer|parcel|package|no|nr|iban|id|item|zip|postcode|product'],
};
