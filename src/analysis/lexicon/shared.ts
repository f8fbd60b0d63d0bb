/**
 * Word lists shared by both languages: English youth slang and insults that German-speaking
 * teenagers use as they are ("loser", "cringe", "stfu").
 *
 * Licence: written by the Candystorm team for this project, under the project's own licence (see
 * docs/reply-analysis.md). Not taken from SentiWS or any other published list.
 * Content note: these lists name slurs and insults so that they can be recognised; they are data,
 * never shown to learners.
 */

/** Insults wherever they stand (patterns, see ../pattern.ts). */
export const SHARED_INSULT = [
  'loser*', 'looser*', 'stfu', 'kys', 'bitch*', 'fuck|fck|fuk|fick you|u|off|dich|dir|euch',
  'shut up', 'shutup', 'motherfucker*', 'dumbass*', 'asshole*', 'retard*', 'wanker*', 'noob*',
  'hurensohn*', 'hurensohne*', 'huso', 'wichser*', 'spast*', 'spasti*', 'missgeburt*', 'schwuchtel*',
  'fotze*', 'schlampe*', 'idiot*', 'vollidiot*', 'moron*', 'arschloch*', 'arschlocher*',
];

/** Words that insult only when aimed at someone ("du bist so cringe"). */
export const SHARED_INSULT_ADDRESSED = ['clown*', 'cringe', 'lost', 'simp', 'npc', 'trash', 'karen', 'boomer', 'snowflake', 'kek', 'lowkey? dumm'];

/** Acronyms common in replies; upper case here is never shouting. */
export const SHARED_ACRONYMS = [
  'OK', 'DM', 'DMS', 'PM', 'FAQ', 'USA', 'UK', 'EU', 'UN', 'PDF', 'ID', 'CEO', 'HR', 'IT', 'AI', 'KI', 'SMS', 'URL', 'TV', 'PC', 'LOL',
  'DHL', 'DPD', 'UPS', 'GLS', 'NGO', 'ASAP', 'FYI', 'BTW', 'IMO', 'IMHO', 'TBH', 'NRW', 'BVB', 'FC', 'WWW', 'HTTP', 'HTTPS', 'GPS', 'USB',
  'ADHS', 'ADHD', 'LGBT', 'LGBTQ', 'LGBTQIA', 'BIPOC', 'POC', 'MINT', 'STEM', 'NATO', 'COVID', 'FFP', 'GDPR', 'DSGVO',
];
