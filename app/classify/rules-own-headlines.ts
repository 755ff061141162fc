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

/** Dice's likeness of two lists of words (0 none in common, 1 the same). */
function wordLikeness(a: readonly string[], b: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
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
  return words.some((a, i) => words.slice(i + 1).some((b) => wordLikeness(a, b) < OWN_LIKENESS));
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

/** The rows of headlines each paper wrote for itself (precedence.ts orders every row). */
export const OWN_HEADLINE_RULES: readonly Rule[] = [ownHeadlines];
