/**
 * Headlines each paper wrote for itself, English and Chinese: every printing's reading is a
 * headline of its own at the head of the story, and the headlines share few words (Chinese: few
 * character pairs). Nothing is lost and no name is misprinted (a headline capitalises, or names,
 * what its writer chose), so the words differ: wording, decided in the extent tier before the name
 * rows read the capitals or a place's suffix (precedence.ts).
 */
import type { StoryContext } from './context';
import type { ClassifyReading, Rule } from './rule';
import { isLetter, spacedWords } from './english-names';
import { likeness, pairsOf } from './rules-headline';
import { hasHan } from '../lexicon/characters';
import { toSimplified } from '../text/script-fold';
import { dice } from '../text/dice';

/** Fewest words a headline of its own has (a shorter title line is a label or a kicker). */
const HEADLINE_WORDS = 3;

/** Fewest character pairs a Chinese headline of its own has (six characters: 新渡船昨日下水). */
const HEADLINE_PAIRS = 5;

/** Share of words (Dice's, case and marks aside) below which two headlines are each paper's own. */
const OWN_LIKENESS = 0.5;

/** A headline's words in lower case, the marks around them left out. */
function wordsOf(text: string): string[] {
  return spacedWords(text.toLowerCase())
    .map((w) => [...w].filter((ch) => isLetter(ch) || (ch >= '0' && ch <= '9')).join(''))
    .filter(Boolean);
}

/** The reading, its spaces aside, lies in a title block segmentation found. */
function inTitle(r: ClassifyReading, story: StoryContext): boolean {
  const trimmed = r.text.trim();
  const start = r.start + r.text.indexOf(trimmed);
  return (
    story.blockAt(r.variant, start) === 'title' &&
    story.blockAt(r.variant, start + trimmed.length - 1) === 'title'
  );
}

/** English headlines of three words or more, some two sharing less than half their words. */
function englishOwn(texts: readonly string[]): boolean {
  const words = texts.map(wordsOf);
  if (words.some((w) => w.length < HEADLINE_WORDS)) return false;
  return words.some((a, i) => words.slice(i + 1).some((b) => dice(a, b) < OWN_LIKENESS));
}

/**
 * Chinese headlines of six characters or more (script folded: 採砂 is 采砂), some two sharing less
 * than half their character pairs (老渡口迎来新渡船 / 江心洲渡船更新换代).
 */
function chineseOwn(texts: readonly string[]): boolean {
  const simple = texts.map(toSimplified);
  if (simple.some((t) => pairsOf(t).length < HEADLINE_PAIRS)) return false;
  return simple.some((a, i) => simple.slice(i + 1).some((b) => likeness(a, b) < OWN_LIKENESS));
}

/**
 * Cranberry harvest ends late / Late finish for coast cranberry harvest: each printing prints a
 * headline of its own (some two of them share less than half their words), so its words differ.
 */
const ownHeadlines: Rule = {
  id: 'wording.own-headlines',
  category: 'wording',
  applies: (site, story) => {
    const texts = [...new Set(site.readings.map((r) => r.text.trim()))];
    if (texts.length < 2 || texts.includes('')) return null;
    if (!site.readings.every((r) => inTitle(r, story))) return null;
    // A Chinese headline is read as a whole line (its characters run on without spaces to split).
    const chinese = texts.some(hasHan);
    if (chinese && !site.readings.every((r) => r.wholeLine)) return null;
    return (chinese ? chineseOwn(texts) : englishOwn(texts)) ? {} : null;
  },
  why: {
    en: 'each paper prints a headline of its own: {a} / {b}',
    'zh-CN': '各报自拟标题：{a} / {b}',
  },
  examples: {
    positive: [
      [
        '[Ferry back at Quillby Pier after long refit]\n\nThe ferry left Quillby Pier on Monday after a refit at the yard.',
        '[Island boat returns to the water]\n\nThe ferry left Quillby Pier on Monday after a refit at the yard.',
        '[Quillby Pier welcomes its ferry home]\n\nThe ferry left Quillby Pier on Monday after a refit at the yard.',
      ],
      [
        '[老渡口迎来新渡船]\n\n本报讯 江心洲渡口昨天换上了一艘新渡船。',
        '[江心洲渡船更新换代]\n\n本报讯 江心洲渡口昨天换上了一艘新渡船。',
        '[新渡船昨日下水试航]\n\n本报讯 江心洲渡口昨天换上了一艘新渡船。',
      ],
    ],
    negative: [
      // A Chinese headline with one character changed is a change in it (the name rows decide).
      [
        '[江心洲渡船更新换代]\n\n本报讯 江心洲渡口昨天换上了一艘新渡船。',
        '[江新洲渡船更新换代]\n\n本报讯 江心洲渡口昨天换上了一艘新渡船。',
      ],
      // One word of one headline changed is a change in it, not another paper's headline.
      [
        '[Quillby ferry sails again]\n\nThe ferry left Quillby Pier on Monday after a refit at the yard.',
        '[Quillbey ferry sails again]\n\nThe ferry left Quillby Pier on Monday after a refit at the yard.',
      ],
      // Sentences of the story are no headlines.
      [
        'Ferry sails again\n\nThe ferry left [Quillby Pier on Monday] after a refit.',
        'Ferry sails again\n\nThe ferry left [the island at noon] after a refit.',
      ],
    ],
  },
};

/** How far past a headline (folded characters) the story's first other block is looked for. */
const HEADLINE_TAIL = 200;

/**
 * The reading lies in the title block that opens the story and heads more of it (a line on its
 * own, or a title block further down such as a table's or a brief's, is no headline): a reading's first and last characters, or for an empty one a character beside it (a
 * word a paper left out of its headline sits inside the line or at one of its ends).
 */
function withinTitle(r: ClassifyReading, story: StoryContext): boolean {
  const title = (at: number): boolean => story.blockAt(r.variant, at) === 'title';
  const inside = r.text.trim() === '' ? title(r.start - 1) || title(r.start) : inTitle(r, story);
  if (!inside) return false;
  const kind = (at: number): string | undefined => story.blockAt(r.variant, at);
  // The headline opens the story: only title lines and breaks (no block holds a break) before it.
  for (let before = r.start - 1; before >= 0; before -= 1)
    if (kind(before) && !title(before)) return false;
  // Past the headline and the breaks after it, the story goes on.
  let after = r.end;
  while (after < r.folded.length && after < r.end + HEADLINE_TAIL && (title(after) || !kind(after)))
    after += 1;
  return after < r.folded.length && kind(after) !== undefined && !title(after);
}

/**
 * The reading starts or ends inside a word of letters (Harlow / Harlowe, Mattias / Matthias): a
 * word misprinted in a headline, not a word its paper added or left out.
 */
function cutsWord(r: ClassifyReading): boolean {
  const before = r.folded[r.start - 1];
  const after = r.folded[r.end];
  const first = r.text === '' ? after : r.text[0];
  const last = r.text === '' ? before : r.text[r.text.length - 1];
  return (isLetter(before) && isLetter(first)) || (isLetter(after) && isLetter(last));
}

/** Fewest Han characters of a stretch of headline said another way (a word swapped is shorter). */
const REWORDED_HAN = 4;

/**
 * A printing left words out, or says a stretch of several words another way (Village / New Mexico
 * village); one word printed for another (Ohio / Idaho, Harlow / Harlowe) is a name's to decide.
 */
function reworded(texts: readonly string[]): boolean {
  return texts.some(
    (t) =>
      t === '' ||
      spacedWords(t).length > 1 ||
      [...t].filter((ch) => hasHan(ch)).length >= REWORDED_HAN,
  );
}

/**
 * Words a paper added to or left out of its headline, or a stretch of it said at another length
 * (临溪县迎来首条高速公路 / 临溪迎来首条高速公路, Flooded Ridgeford library reopens / Flooded library reopens): a
 * headline is the paper's own wording, so even a place left out of it is a change of words, as
 * every seen page set labels it. Decided after the number rows (a figure in a headline stays a
 * number) and before the name rows; one character printed for another of the same length
 * (江心洲 / 江新洲) is a misprint in the name, left to the name rows.
 */
const headlineWords: Rule = {
  id: 'wording.headline-words',
  category: 'wording',
  applies: (site, story) => {
    const texts = [...new Set(site.readings.map((r) => toSimplified(r.text.trim())))];
    if (texts.length < 2) return null;
    if (new Set(texts.map((t) => [...t].length)).size < 2) return null;
    if (!reworded(texts) || site.readings.some(cutsWord)) return null;
    return site.readings.every((r) => withinTitle(r, story)) ? {} : null;
  },
  why: {
    en: "the headline's words differ, as each paper words its own: {a} / {b}",
    'zh-CN': '标题措辞不同（各报自拟）：{a} / {b}',
  },
  examples: {
    positive: [
      [
        '临溪[县]迎来首条高速公路\n\n本报讯 临溪县第一条高速公路昨日通车，全长四十公里。',
        '临溪[]迎来首条高速公路\n\n本报讯 临溪县第一条高速公路昨日通车，全长四十公里。',
      ],
      [
        '[柘水]古镇修缮完工\n\n本报讯 柘水古镇历时两年的修缮工程昨日完工。',
        '[]古镇修缮完工\n\n本报讯 柘水古镇历时两年的修缮工程昨日完工。',
      ],
      [
        'Flooded [Ridgeford ]library reopens\n\nThe Ridgeford library reopened Monday after the spring flood.',
        'Flooded []library reopens\n\nThe Ridgeford library reopened Monday after the spring flood.',
      ],
    ],
    negative: [
      // One name printed for another in the headline is a name's change (Ohio / Idaho), and so is
      // a letter added to one.
      [
        'Levy passes in [Harlow] Bend\n\nVoters in Harlow Bend approved the levy on Tuesday.',
        'Levy passes in [Harlowe] Bend\n\nVoters in Harlow Bend approved the levy on Tuesday.',
      ],
      [
        'Levy passes in Harlo[]w Bend\n\nVoters in Harlow Bend approved the levy on Tuesday.',
        'Levy passes in Harlo[e]w Bend\n\nVoters in Harlow Bend approved the levy on Tuesday.',
      ],
      // One character printed for another in a name of the headline is the name's misprint.
      [
        '江[心]洲渡船更新换代\n\n本报讯 江心洲渡口昨天换上了一艘新渡船。',
        '江[新]洲渡船更新换代\n\n本报讯 江心洲渡口昨天换上了一艘新渡船。',
      ],
      // A place left out of the story's sentences is no headline's wording.
      [
        '古镇修缮完工\n\n本报讯 [柘水]古镇历时两年的修缮工程昨日完工。',
        '古镇修缮完工\n\n本报讯 []古镇历时两年的修缮工程昨日完工。',
      ],
    ],
  },
};

/** The rows of headlines each paper wrote for itself (precedence.ts orders every row). */
export const OWN_HEADLINE_RULES: readonly Rule[] = [ownHeadlines, headlineWords];
