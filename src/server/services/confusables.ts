/**
 * Which letters look like which, for pseudonyms (services/pseudonym.ts): a selection of Unicode's
 * confusables.txt, the data of Unicode Technical Standard #39 "Unicode Security Mechanisms",
 * version 14.0.0 (2021-05-29), © Unicode, Inc., used under the Unicode License
 * (https://www.unicode.org/license.txt); see https://www.unicode.org/reports/tr39/#Confusable_Detection.
 *
 * Selected: every mapping ("MA") whose source is an ASCII letter or digit, a Latin letter from
 * U+00C0 to U+02AF, a Greek letter (U+0370-U+03FF) or a Cyrillic letter (U+0400-U+052F), leaving out
 * sources that NFD or NFKC change (a pseudonym is NFKC already, and the skeleton starts with NFD,
 * so they never reach the table). 291 entries; each maps to its prototype exactly as in the file.
 * Other scripts' letters stay themselves: they cannot be confused with these by this table, which
 * is what the class list needs (names in one script beside names in another).
 *
 * Format: entries separated by a space; an entry's first code point is the source, the rest its
 * prototype (combining marks, modifier letters and symbols written as escapes).
 */
const TABLE =
  'ǃ\u0021 ʔ\u003F Ɂ\u003F Ɓ\u0027B Ɗ\u0027D Ƥ\u0027P Ƭ\u0027T Ƴ\u0027Y ъ\u02C9b ð\u2202\u0335 Ƨ2 Ϩ2 ' +
  'ƻ2\u0335 Ȝ3 Ʒ3 З3 Ӡ3 Ҙ3\u0326 Ƽ5 б6 ȣ8 Ȣ8 ɑa αa аa ΑA АA æae ӕae ÆAE ӔAE Ƅb Ьb ΒB ВB ɓb\u0314 ' +
  'ƃb\u0304 Ƃb\u0304 Бb\u0304 ƀb\u0335 ҍb\u0335 Ҍb\u0335 ѣb\u0335 Ѣb\u0335 Ыbl вʙ сc СC ȼc\u0338 ' +
  'ҫc\u0326 ҪC\u0326 ƇC\u0027 ɛꞓ εꞓ єꞓ ԑꞓ ЄꞒ ͽꜿ ϿꜾ ԁd ɗd\u0314 ɖd\u0328 ƌd\u0304 đd\u0335 ĐD\u0335 ' +
  'ÐD\u0335 ƉD\u0335 ʤdȝ ʣdz ʥdʑ δẟ еe ҽe ΕE ЕE ɇe\u0338 ɆE\u0338 ҿe\u0328 əǝ әǝ ɚǝ\u02DE ӘƏ ԐƐ зɜ ' +
  'ҙɜ\u0326 ϜF ƒf\u0326 ƑF\u0326 ʩfŋ ɡg ƍg ԌG ɠg\u0314 ǥg\u0335 ǤG\u0335 ƓG\u0027 ԍɢ һh ΗH НH ɦh\u0314 ' +
  'ҢH\u0329 ħh\u0335 ћh\u0335 ĦH\u0335 ӉH\u0326 ӇH\u0326 нʜ ңʜ\u0329 ӊʜ\u0326 ӈʜ\u0326 ԊǶ ͰⱵ ıi ɪi ɩi ' +
  'ιi іi ӏi ɨi\u0335 ϳj јj ͿJ ЈJ ɉj\u0335 ɈJ\u0335 ΚK КK ƙk\u0314 ҚK\u0329 ҞK\u0335 ƘK\u0027 1l Il Ɩl ' +
  'ǀl Ιl Іl Ӏl łl\u0338 ŁL\u0338 ɭl\u0328 Ɨl\u0335 ƚl\u0335 ɫl\u0334 ǁll ЮlO ʪls ɮlȝ ʫlz ΜM ϺM МM ' +
  'ӍM\u0326 ΝN ɳn\u0328 ƞn\u0329 ηn\u0329 ƝN\u0326 ͷᴎ иᴎ οo σo оo 0O ΟO ОO øo\u0338 ØO\u0338 ɵo\u0335 ' +
  'өo\u0335 ѳo\u0335 ƟO\u0335 θO\u0335 ΘO\u0335 ӨO\u0335 ѲO\u0335 œoe ŒOE ɶoᴇ ͻɔ ϽƆ ρp рp ΡP РP ' +
  'ƥp\u0314 φɸ фɸ ԛq ʠq\u0314 κĸ кĸ қĸ\u0329 ҟĸ\u0335 гr ƦR ɽr\u0328 ɼr\u0329 ɍr\u0335 ғr\u0335 ' +
  'ґr\u0027 mrn ɱrn\u0326 яᴙ ƽs ѕs ЅS ʂs\u0328 βß ΣƩ ΤT ТT ƭt\u0314 ȾT\u0338 ƮT\u0328 ҬT\u0329 ŧt\u0335 ' +
  'ŦT\u0335 ʨtɕ ʦts ʧtʃ τᴛ тᴛ ҭᴛ\u0329 ʋu υu ɄU\u0335 νv ѵv ѴV ΛɅ ЛɅ ӅɅ\u0326 ɯw ѡw ԝw ԜW ' +
  'ѽw\u0486\u0487 мʍ ӎʍ\u0326 хx ΧX ХX ҲX\u0329 ɣy ʏy γy уy үy ΥY УY ҮY ƴy\u0314 ɏy\u0335 ұy\u0335 ' +
  'ɎY\u0335 ҰY\u0335 ʒȝ ӡȝ ΖZ ʐz\u0328 ƶz\u0335 ƵZ\u0335 ȥz\u0326 ȤZ\u0326 ƿþ ϸþ ϷÞ ϩƨ ьƅ ыƅi ГΓ ' +
  'ҒΓ\u0335 ҐΓ\u0027 пπ ПΠ ϛς ФΦ ѱψ ѰΨ җж\u0329 ҖЖ\u0329 ͶИ ҊЍ\u0326 ҋй\u0326 ӆл\u0326 ѼѠ\u0486\u0487 ' +
  'ӌҷ ӋҶ ҾҼ\u0328 ';

/** Source letter → prototype, from TABLE. */
export const CONFUSABLE_PROTOTYPES: ReadonlyMap<string, string> = new Map(
  TABLE.split(' ')
    .filter(Boolean)
    .map((entry) => {
      const [source, ...prototype] = [...entry];
      return [source!, prototype.join('')] as const;
    }),
);
