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

const FEELING = 'frustrated|frustrating|frustration|angry|anger|upset|upsetting|annoyed|annoying|disappointed|disappointing|disappointment|hurt|hurtful|sad|worried|worrying|worry|stressful|stressed|awful|terrible|hard|rough|unfair|scared|scary|unpleasant|exhausting|furious|concerned|concern|fed';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|mon|tue|wed|thu|fri';
const WILL = 'ill|well|will|gonna|shall';

export const en: LexiconData = {
  negators: ['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'cant', 'cannot', 'shouldnt', 'wouldnt', 'couldnt', 'aint', 'nor', 'without', 'hardly'],
  negationCancellers: ['only', 'just', 'merely'],
  clauseStarters: ['but', 'although', 'though', 'however', 'because', 'yet', 'while', 'whereas', 'that'],
  acronyms: [...SHARED_ACRONYMS, 'NHS', 'BBC', 'CNN', 'FBI', 'CIA', 'NYC', 'LA', 'DC', 'ETA', 'RSVP', 'PS', 'AM', 'PM', 'TL', 'DR', 'TLDR', 'OMG', 'IRL', 'DIY', 'VIP', 'ZIP', 'NSFW'],
  you: ['you', 'youre', 'ur', 'u', 'your', 'yours', 'ya', 'yall', 'what a|an', 'such a|an', 'bro', 'dude', 'ure', 'youve'],
  youStatement: ['you are', 'youre', 'ur', 'u r', 'u are', 'you r', 'you were', 'yall are', 'you guys are', 'are you', 'ure'],
  insult: [
    'get a life', 'touch grass', 'ok|okay boomer|grandpa', 'imagine being so|this', 'imagine ~1 crying|caring|blaming|roasting|losing', 'says the person|one|guy|girl|kid|man|woman', 'says you', 'bro thinks', 'keyboard warrior*', 'tough guy behind', 'go back to your cave|basement', 'get a grip', 'you look like', 'more personality than you', 'cry more', 'go cry', 'shouldnt be allowed on the internet',
    ...SHARED_INSULT,
    'imbecile*', 'jackass*', 'arsehole*', 'bastard*', 'cunt*', 'dickhead*', 'fucktard*', 'twat*', 'scumbag*', 'douche*', 'shithead*', 'dipshit*', 'numbskull*', 'nitwit*', 'halfwit*', 'dimwit*',
    'go to hell', 'go die', 'kill yourself|urself|yourselves', 'piss off', 'screw you|u', 'get lost', 'eat shit', 'shut ~1 your|ur mouth|trap|face', 'nobody asked', 'faggot*', 'tranny', 'cuck*', 'sit down', 'stay mad', 'cope harder', 'ratio',
  ],
  insultAddressed: [
    'liar*', 'bigot*', 'racist*', 'bully', 'mobber', 'muppet*', 'caveman', 'basement dweller', 'troll*', 'grandpa', 'genius', 'potato', 'nerd*', 'loser*', 'hypocrite*', 'coward*',
    ...SHARED_INSULT_ADDRESSED,
    'stupid', 'dumb', 'pathetic', 'ugly', 'fat', 'garbage', 'joke', 'waste of space|oxygen', 'pig', 'dick', 'prick', 'clueless', 'brainless', 'worthless', 'useless', 'ridiculous', 'fool', 'crazy', 'psycho', 'freak', 'weirdo', 'creep', 'troll',
    'crybaby', 'baby', 'brat', 'sheep', 'idiotic', 'delusional', 'mental', 'insane', 'nutjob', 'sad little',
  ],
  youAccusation: [
    'youre|ur|you|u are? ~1 being|clearly|just|literally', 'youre|ur|you|u are? ~1 so? entitled|toxic|weird|jealous|paranoid|rude|delusional', 'youre|ur|you|u are? the reason|liar|problem|worst', 'youre|ur|you are the reason', 'sorry|sry ~1 but you|u|youre|ur|your|youve|youd|youll', 'your|ur attitude', 'people like you|u', 'you|u ~2 must have', 'why are you|u so', 'why dont you|u', 'maybe ~2 look in a mirror', 'check whether you', 'do your research', 'you|u sound like', 'you|youd|u ~1 cry', 'you|u ~1 clearly never|have never', 'you|u dont pay',
    'you|u have|got ~1 no|zero idea|clue', 'you|u ~2 clearly|obviously|never|didnt|dont ~1 read|understand|get|know|listen', 'youre|ur lying', 'you|u lie|lied', 'your|ur ~1 own? fault', 'you|u ~3 always', 'you|u ~3 never',
    'youre|ur|you|u are? ~1 overreacting|exaggerating|whining|complaining|ranting', 'you|u overreact', 'you|u started ~1 it|this', 'you|u should have|shouldve', 'its|thats on you', 'youre|ur|you|u are? the problem', 'because of you', 'you people', 'learn to read',
    'you|u ~2 spread|spreading|twist|twisting ~2 lies|misinformation|hate', 'you|u ~1 keep ~3 ing', 'you|u ruined|ruin', 'you|u ~2 made|make ~1 this|it|everything ~1 worse', 'you|u are|re ~2 wrong', 'youre|ur ~2 wrong', 'you|u ~1 dont|didnt even ~2 bother',
    'you|u just ~2 want|wanna ~3 attention|drama|fight', 'you|u ~2 blame', 'you|u messed|screwed|fucked ~1 up', 'you|u ~2 cant even', 'your|ur ~1 problem',
  ],
  threat: [
    'we|i know who you|u are', 'make sure ~6 everyone|employer|nobody|never|last|your|ur', 'ill|well tell everyone', 'i|we will tell everyone', 'see you|u in court', 'real consequences', 'whats coming', 'what is coming', 'careful what you|u', 'ddos', 'blacklist', 'cut you|u off', 'theyll|youll|ull|theyll regret', 'ban your|ur', 'not threatening ~3 but', 'ill|well post every', 'ill|well ~2 find out who', 'go say hi', 'we know plenty of people',
    'i|we know where you|u live|work', `${WILL} find|get you|u`, 'i will find|get you|u', 'youll|ull|youre|ur ~3 regret', 'you|u will|gonna|are ~3 regret', 'watch your|ur back', `${WILL} ~2 kill|hurt|destroy|ruin|end|beat|smash|punch|stab|shoot you|u|your|ur`,
    'going to ~2 kill|hurt|destroy|ruin|end|beat|punch|stab|shoot you|u|your', `${WILL} make ~2 your|ur life`, 'make your|ur life ~2 hell|miserable', 'youre|ur ~1 dead', 'you|u are|r ~1 dead', 'youre|ur|you|u are? ~2 done for', `${WILL} ~3 tell|report|contact|call|email ~1 your|ur boss|employer|school|parents|teacher|mom|mum|dad|family|work|company`,
    `${WILL} ~1 get you|u fired|expelled`, `${WILL} ~2 post|share|leak|publish your|ur address|number|photos|pictures|pics|name|details|info`, 'not a threat ~1 but', 'this is a threat', 'or else', 'see you|u outside', 'wait and see', 'youll|you will see',
    'everyone will know', 'ill|well come to your|ur house|place|home', 'you|u will pay', 'youll|ull pay', 'you|u will suffer', 'sleep with one eye open', 'count your days', 'you|u better watch',
  ],
  limit: [
    'a|the|our|my line', 'keep it|things kind|civil|respectful|friendly|clean', 'turned off|disabled|closed ~1 comments', 'we|i wont|will not? ~2 discuss|reply|respond|engage', 'no need to', 'not playing with', 'weve|we have|ive|i have ~1 hidden|removed|deleted|reported|blocked',
    'not okay|ok|cool|acceptable', 'no place', 'i|we|ive|weve|ill|well|im|were ~2 report|reported|reporting', 'reported ~2 to', 'gets|get ~1 reported', 'will be reported', 'delete|remove ~2 this|it|that', 'leave ~1 him|her|them alone', 'stop ~1 it|this|that|bullying|posting|now|flaming', 'knock it off', 'blocked|block|banned|muted|mute|ban', 'breaks ~2 rules', 'rules', 'lets keep', 'can we not', 'not funny', 'not the place', 'we dont debate', 'ill leave|quit',
    `we|i|${WILL} ~2 delete|hide|remove|block|ban|report|mute|moderate ~4 comment*|post*|message*|insult*|account*|this|it|you|them|anything|such`, 'will be|are|get|gets|be ~2 deleted|hidden|removed|reported|blocked|banned|moderated',
    'we|i dont|wont|do|will not? ~1 tolerate|accept|allow', 'not ~2 tolerated|accepted|allowed|ok|okay|acceptable here', 'community ~1 guidelines|rules|standards', 'house rules', 'our|the rules', 'netiquette', 'code of conduct',
    'please ~2 keep|stay|be ~3 respectful|civil|polite|calm|kind|constructive|nice|friendly', 'please dont|do not? ~2 insult|swear|attack|threaten|use|name|post', 'report|reported ~4 police', 'contact|call|inform|involve the police', 'police ~3 report',
    'in|with that|this tone', 'i wont|will not? ~2 continue|engage|respond|reply ~4 if|while|like|this|to', 'thats|that|this is? ~1 my|the line|limit', 'crossed ~2 line', 'i|we ~1 draw the line', 'end|ending this conversation|discussion',
    'insults|threats|hate|abuse ~4 not|no ~2 place|okay|ok|allowed', 'no place for', 'keep ~2 civil|respectful',
  ],
  acknowledge: [
    'id|i would be ~3 too', 'upset|hurt|scared|worried you', 'youve|you have had ~3 rubbish|bad|rough|hard|long|tough', 'had a rough|bad|hard|long|tough week|day|time|night', 'been a long ~1 day|night|week', 'were|are|was ~1 upset|hurt|scared|frightened', 'really hurts', 'hope ~3 ok|okay|better', 'you ~1 obviously|clearly care', 'frightening|panicking',
    'i understand ~3 that|your|how|why', 'we understand ~3 that|how|why', 'how ~4 feel|feels', 'sounds like', 'bothers|bothered you', 'for the stress|trouble|worry', 'having a hard|rough|tough time', 'must be ~2 hard|awful|scary|stressful|upsetting|horrible', 'thats|that is|its|this is ~2 horrible|awful|rubbish|unacceptable|not okay|not ok|stressful|scary|upsetting', 'i can ~2 imagine', 'i know ~2 how|this|that',
    'i ~2 understand ~3 why|that|how|your|you|what|the|this|its|it', 'i ~2 understand', 'i can ~2 see|imagine|understand ~3 why|that|how|your|you|what|the', 'i ~1 get ~1 why|that|it|how|your', 'i see ~2 why|how|that|what',
    `that|this|it|which sounds|sound|sounded ~3 ${FEELING}`, `that|this|it must ~2 be|have|feel ~3 ${FEELING}`, `must be ~2 ${FEELING}`, `youre|ur ~2 ${FEELING}`, `youve|you|u are|been|feel|felt|were|seem|seemed|sound|sounded|must ~2 ${FEELING}`, `your|ur ~2 ${FEELING}`,
    'i hear you', 'no wonder', 'sorry to hear', 'sorry ~3 to hear', `she|he|they|kid|child|son|daughter|friend|people|many is|are|was|were|feels|feel|felt|seems|seem|must ~3 ${FEELING}|excluded|ignored|alone|left`,
    `thats|its|that|this is? ~2 ${FEELING}`, 'makes sense that|you', 'of course ~2 youre|you', 'understandable', 'you|youve ~2 waited|waiting ~2 for', 'you|youve been waiting', 'your|ur point about',
  ],
  apology: [
    'sorry|sory|sorri|sry|soz', 'apologi*|apologize*|apologise*', 'my|our bad', 'my|our mistake|fault', 'we|i messed|screwed ~1 up', 'that was ~1 my|our mistake|fault|error', 'pardon', 'forgive me|us', 'we|i ~1 got ~2 wrong', 'mea culpa',
  ],
  apologyExcept: [
    'sorry ~1 that|if? you|u|youre|ur ~1 feel|felt|see|think|upset|offended|angry|annoyed', 'sorry|sry|apologies ~1 but|though|however', 'sorry if|that you|u|anyone ~3 offended|upset|hurt|misunderstood', 'sorry for you|u', 'feel sorry for', 'sorry not sorry', 'sorry|apologies|apologize ~4 but you|your|youre|ur|u', 'sorry to hear', 'sorry ~3 to hear', 'sorry to say',
    'we regret', 'not sorry', 'wont apologi*|apologize*|apologise*', 'sorry ~1 for your loss',
  ],
  thanks: ['thank*', 'thx|thnx|thanx|tysm|ty|tyvm', 'appreciate*', 'grateful', 'cheers for', 'danke', 'many thanks', 'much appreciated'],
  thanksExcept: ['thanks|thank ~2 for nothing', 'no thanks|thank', 'thanks but no thanks', 'thanks ~1 a lot ~1 for nothing'],
  stockPhrase: [
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
    'how would you|u feel', 'dont you think', 'ever heard of', 'hm|hmm|huh', 'are we', 'why dont you|u', 'what made you|u think', 'bro', 'lol', 'really', 'can we not', 'is everyone okay|ok',
    'are you|u ~2 serious|kidding|stupid|dumb|crazy|insane|blind|joking|real|high|drunk|dense|mad', 'whats|what is? ~2 wrong with you|u', 'who asked', 'can|cant|cannot you|u ~1 not? read', 'do you|u even', 'have you|u ~1 lost ~1 your mind',
    'whats|what is? your|ur ~1 problem|deal', 'seriously', 'how ~1 dumb|stupid|dense|clueless|naive can|are|is', 'who do|tf you|u think you|u are', 'what were you|u thinking', 'why are|would you|u ~1 so|even|always', 'do you|u ~2 seriously|really|honestly think|believe',
    'is this a joke', 'are you|u done', 'lol', 'lmao', 'haha*', 'you|u ~1 serious', 'what the', 'wtf', 'who even', 'who cares', 'did you|u ~1 even', 'do you|u ~1 have nothing better', 'how dare you|u', 'get a life',
  ],
  nextStepAction: [
    'show|tell|add|stay|follow|take|bring|pass|forward|hand|put|answers|answer|handles|meets|opens|helps|help', 'screenshot*|sending', 'is there|are there', 'retraining|reviewing|checking|updating', 'can be reached', 'pop in', 'come and see|say', 'speak to', 'talk to',
    'come|pop|drop ~3 by|in|down|along|over', 'visit|meet|talk|speak|join ~3 us|me|with', 'lets|let us', 'shall we', 'want to|wanna', 'booked|sent|scheduled|arranged|forwarded|passed|emailed|called|refunded|replaced', 'goes out|is on its way|will arrive', 'is open|are open|is available|are available', 'you can ~4 online|apply|book|find|call|report|get', 'have you ~3 tried|spoken|talked|contacted|called', 'there is|theres ~4 meeting|session', 'is at|are at',
    `i|we|ill|well|${WILL}|going ~3 send|email|call|message|dm|contact|reply|respond|get|check|update|follow|refund|replace|reach|ring|write|fix|reship|resend|look|post|text|confirm|investigate|arrange|sort|process|deliver|ship`,
    'please|pls|plz|just|kindly ~1 send|dm|message|email|call|contact|write|reach|drop|text|ring|visit|check|fill|use|go|ask|talk|call',
    'send|dm|message|email|call|contact|write|reach|drop|text|ring|visit|fill|talk ~3 us|me|them|out|the|a|an',
    'you|u can|could ~2 reach|call|email|message|dm|contact|find|write|text|ring|talk|visit|use|go', 'feel free to', 'get in touch', 'reach us|out', 'is|are available|open', 'be in touch', 'get|come back to you|u', 'someone|team|colleague|manager|support ~3 will',
  ],
  nextStepChannel: [
    'mr|mrs|ms|miss|dr', 'head of year', 'head teacher|headteacher', 'form tutor', 'chair', 'emergency line', 'register', 'survey', 'fixmystreet', 'safeguarding', 'wellbeing', 'fair|meeting|session|clinic',
    'depot|branch|office|shop|store|counter|reception|library|hall|room|centre|center|council|portal|app|online|discord|counsellor|teacher|head|school office|samaritans|helpline|inbox|address|meeting',
    'e? mail|email', 'dm|dms|pm|pms|inbox|email|phone|hotline|helpline|chat|livechat|form|support|customer|link|website|site|whatsapp|messenger|number|call|counsellor|counselor|childline|samaritans|crisis',
    'direct|private message|messages', 'on #num', 'at #num',
  ],
  nextStepTime: [
    'lunchtime|break|midday', 'every hour', 'top of every hour', '#num #num', 'any morning|afternoon|evening', 'before #num', 'first thing',
    'at #num', 'from #num', 'until|till|til #num|midnight|noon', 'every ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week', 'january|february|march|april|june|july|august|september|october|november|december', 'after the ~1 match|game|lesson|class', 'next game|match|round|fight', 'between #num', 'now', 'asap',
    'today|tomorrow|tonight', WEEKDAY, 'this|next afternoon|evening|morning|week|month', `next ${WEEKDAY}`, 'by ~2 tomorrow|end|eod|noon|#num|tonight', `by ${WEEKDAY}`, 'within ~3 hour*|day*|minute*|week*|#num', 'in #num hour*|day*|minute*|week*|hrs|mins|h',
    '#num am|pm|oclock', 'at #num', `on ${WEEKDAY}`, 'first thing', 'later today', 'right away',
  ],
  sarcasm: [
    'sure ~1 because', 'oh yes|yeah because', 'because ~2 definitely', 'forgot to laugh', 'so mature|funny', 'were shaking', 'bit dramatic', 'genius', 'wow ~3 incredible|inspiring|amazing|truly|impressive', 'lovely ~3 really', 'worst thing ever',
    'yeah|ya|yea right', 'oh really', 'oh great', 'oh wow', 'how original|clever|creative|mature|brave', 'thanks|thank you? for nothing', 'slow clap', 'job|done|one|going|bravo|congrats|congratulations ~2 genius|einstein|sherlock|captain',
    'sorry not sorry', 'cry me a river', 'boo hoo', 'boohoo', 'sure jan', 'wow just wow', 'what a surprise', 'big surprise', 'color|colour me', 'news flash|newsflash', 'oh no ~1 anyway', 'nice try', 'such a genius', 'aww ~2 poor|baby',
    'ok boomer', 'okay boomer', 'cool story ~1 bro?', 'tell me ~2 without telling me', 'must be nice',
  ],
  phoneCue: ['tel|phone|mobile|cell|number|call|text|whatsapp|signal|reach', 'my number'],
  notPhoneCue: ['order*|ticket*|case|reference|ref|invoice*|tracking|account|customer|parcel|package|no|nr|iban|id|item|zip|postcode|product'],
};
