/**
 * English headlines each paper wrote for itself: every printing's reading is a headline of its
 * own at the head of the story, and the headlines share few words. Nothing is lost and no name
 * is misprinted (a headline capitalises, or names, what its writer chose), so the words differ:
 * wording, decided in the extent tier before the name rows read the capitals (precedence.ts).
 */
import type { StoryContext } from './context';
import type { ClassifyReading, Rule } from './rule';
import { isLetter, spacedWords } from './english-names';

/** Fewest words a headline of its own has (a shorter title line is a label or a kicker). */
const HEADLINE_WORDS = 3;

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
    const words = texts.map(wordsOf);
    if (words.some((w) => w.length < HEADLINE_WORDS)) return null;
    if (!site.readings.every((r) => inTitle(r, story))) return null;
    const reworded = words.some((a, i) =>
      words.slice(i + 1).some((b) => wordLikeness(a, b) < OWN_LIKENESS),
    );
    return reworded ? {} : null;
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
    ],
    negative: [
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

/** The English headline rows (precedence.ts orders every row). */
export const ENGLISH_HEADLINE_RULES: readonly Rule[] = [ownHeadlines];
