/**
 * The one order in which classification rules are tried; the first rule with evidence decides.
 * This is the only place that settles conflicts between rules — the files rules live in have no
 * say. A new rule is placed here by its tier, and a test fails while it is missing.
 *
 * Tiers, and why they come in this order:
 *  1. shape — what alignment already knows (a moved passage, a reprint that ends early) is
 *     certain and says nothing about the words, so it comes first.
 *  2. form — only marks differ (punctuation), or a decimal mark between digits, which changes a
 *     value. Form is read off the characters alone: no context can overturn it.
 *  3. extent — one variant lacks a sentence, line, byline or clause. How much is missing decides
 *     before what the missing words are: a lost sentence holding a name is an omission, a lost
 *     clause holding a figure is wording (less than a sentence, by the house's convention).
 *  4. works — numerals inside a title of a work (《千里江山图》) are words of the title, so this
 *     one name rule comes before the numbers.
 *  5. number — figures, units, approximations, dates and number words. A number in a name
 *     (第十五届) is still a number change to the editor, so numbers precede names.
 *  6. name — proper-noun evidence, the most specific first: a name marked by its own text (a title
 *     of a work, quotes, English capitals), then by a neighbouring title or
 *     role, then by a suffix or a list, then by the story (recurrence), then what only a minority
 *     reading or an insertion shows.
 *  7. wording — no evidence of any kind: the words differ.
 */
export const PRECEDENCE: readonly string[] = [
  // 1. shape
  'omission.move',
  'omission.truncation',
  // 2. form
  'number.decimal-mark',
  'number.hyphenated',
  'punctuation.marks',
  'punctuation.paired-marks',
  'punctuation.compound',
  'punctuation.in-word',
  'punctuation.range-connector',
  'number.score',
  'punctuation.joined-sentences',
  // 3. extent
  'wording.headline',
  // 3. headlines each paper wrote for itself, before the name rows read their capitals or suffixes
  // (rules-own-headlines.ts)
  'wording.own-headlines',
  'omission.sentence',
  'omission.sentence-beside',
  'omission.line',
  'omission.byline',
  'omission.byline-part',
  // 3. a byline's role printed as another role (Staff Writer / Staff Reporter): words, no name
  'wording.byline-role',
  'omission.column-break',
  'omission.inside-word',
  'wording.clause',
  // 4. works
  'name.work-title',
  // 4. the English case: words inside a quoted Title Case title (rules-english-names.ts)
  'name.english-quoted-title',
  // 4. a letter of a capitalised word read as a digit is the name's (K03), not a figure
  'name.look-alike-letters',
  // 4. the number of a road names it (Highway 21, Interstate 70): a name, not a quantity
  'name.route-number',
  // 4. a numeral that opens a compound surname (第五春生) is a person's name, not an ordinal
  'name.ordinal-surname',
  // 5. number
  'number.look-alike',
  'number.figure',
  'number.unit',
  'number.compound-quantity',
  'number.approximate',
  'number.roman',
  'number.relative-date',
  'number.percent-word',
  // 5. percentage points for a per cent (rules-english-amounts.ts; 个百分点 / % too)
  'number.percentage-points',
  'number.english-date',
  'number.english-word',
  'number.english-duration',
  'number.duration',
  'number.meridiem',
  'number.qualifier',
  // 5. a time of day told two ways (上午8时 / 8:00) or changed (lexicon/times.ts)
  'number.time-of-day',
  'number.english-qualifier',
  // 5. English: a date by its day's name, a month dropped beside a date, an OCR-misread number
  // word, how often (rules-english-when.ts)
  'number.english-named-day',
  'number.english-month-dropped',
  'number.english-look-alike',
  'number.english-month-date',
  'number.english-times',
  'number.english-part',
  'number.english-duration-part',
  'number.english-qualified-figure',
  // 5. English: one time, span, share, sum or length said another way (noon / 12 p.m.,
  // 188 years / nearly two centuries; rules-english-quantities.ts)
  'number.english-quantity',
  // 6. before the name rows: words a paper added to or left out of its own headline are its wording,
  // a place among them too (rules-own-headlines.ts); a figure in it was the number rows'
  'wording.headline-words',
  // 6. name: marked by the name's own text
  'name.in-work-title',
  'name.quoted',
  'name.english',
  // 6. English: one name full and short, or joined by & / and (rules-english-names.ts)
  'name.english-sequence',
  'name.function-char',
  // 6. name: marked by a neighbouring title, role, verb or list
  'name.person-after-title',
  'name.titled-list',
  'name.before-saying',
  'name.before-title',
  'name.byline',
  // 6. name: a name printed in a byline by some variants only, whichever they are: segmentation's
  // byline block vouches for it where the majority prints nothing (rules-byline.ts)
  'name.byline-credit',
  // 6. name: marked by a place, a body or a suffix
  'name.province-city',
  'name.place-organisation',
  'name.numbered-event',
  'name.international-body',
  'name.numbered-craft',
  'name.named-craft',
  'name.station',
  'name.club',
  'name.registered-firm',
  'name.place-project',
  'name.place-suffix',
  'name.place-list',
  'name.transliterated',
  // 6. name: marked by the story
  'name.named-elsewhere',
  'name.recurring-subject',
  // 6. name: a surname the lists lack, told by pinyin-pro's compound surnames or the segmenter's person tag
  'name.compound-surname',
  // 6. name: a character confused by sound or shape inside a word the segmenter tags a name
  'name.confused-in-name',
  'name.confused-in-unknown-word',
  'name.confused-before-name',
  // 6. name: a surname (pinyin-pro's data) or its given name printed as a like character or
  // dropped, where the segmenter or the story says a person stands (name-person.ts)
  'name.person-shape',
  // 6. name: a rare character the segmenter joins to no word, opening a short place (岵山, 墈下村)
  'name.rare-place-char',
  // 6. name: shown by an insertion or a minority reading
  'name.inserted',
  'name.abbreviation',
  'name.minority-completes',
  // 6. name: a stretch the segmenter reads as no dictionary word in any printing
  'name.unknown-run',
  // 7. wording
  'wording.other',
];

const INDEX: ReadonlyMap<string, number> = new Map(PRECEDENCE.map((id, i) => [id, i]));

/** A rule's place in the order; a rule missing from PRECEDENCE sorts last (and fails its test). */
export function precedenceOf(id: string): number {
  return INDEX.get(id) ?? PRECEDENCE.length;
}
