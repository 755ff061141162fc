/**
 * A headline reworded, not lost: one printing shows a headline where another shows none at that
 * place, while the other prints a headline of its own much like it (Dice's likeness of their
 * character pairs). A wording row, kept in the omission table's tier (precedence.ts orders it).
 */
import type { StoryContext } from './context';
import { coreLength } from './extent';
import type { ClassifyReading, Rule } from './rule';
import { charPairs, dice } from '../text/dice';

/** Share of character pairs two headlines hold in common (Dice) to be one headline reworded. */
const HEADLINE_LIKENESS = 0.5;

/** How far into a story's folded text (characters) its headline is looked for. */
const HEADLINE_REACH = 300;

/** The character pairs of a text, marks and white space left out. */
export function pairsOf(text: string): string[] {
  return charPairs([...text].filter((ch) => coreLength(ch) > 0 && ch.trim() !== ''));
}

/** Dice's likeness of two texts by their character pairs (0 none in common or either empty, 1 the same). */
export function likeness(a: string, b: string): number {
  const left = pairsOf(a);
  const right = pairsOf(b);
  return left.length === 0 || right.length === 0 ? 0 : dice(left, right);
}

/**
 * The variant prints, near its story's start and outside the reading, a headline like `title`:
 * a run of its folded story text that segmentation found to be a title block.
 */
function printsLikeHeadline(r: ClassifyReading, title: string, story: StoryContext): boolean {
  const isTitle = (at: number): boolean => story.blockAt(r.variant, at) === 'title';
  const limit = Math.min(r.folded.length, HEADLINE_REACH);
  for (let at = 0; at < limit; at += 1) {
    if (!isTitle(at)) continue;
    let end = at;
    while (end < r.folded.length && isTitle(end)) end += 1;
    const outside = end <= r.start || at >= r.end;
    if (outside && likeness(r.folded.slice(at, end), title) >= HEADLINE_LIKENESS) return true;
    at = end;
  }
  return false;
}

/**
 * A headline one printing shows where another shows none, while that other prints a headline of
 * its own much like it (鏊子山特长隧道贯通 / 鏊子山隧道全线贯通): the headline was reworded and the
 * two printings were not paired, so nothing is lost. Wording, decided in the extent tier before a
 * lost line.
 */
export const headline: Rule = {
  id: 'wording.headline',
  category: 'wording',
  applies: (site, story) => {
    const full = site.readings.filter((r) => r.text.trim() !== '');
    const empty = site.readings.filter((r) => r.text.trim() === '');
    if (full.length === 0 || empty.length === 0) return null;
    const titles = full.filter(
      (r) =>
        r.wholeLine &&
        story.blockAt(r.variant, r.start + r.text.indexOf(r.text.trim())) === 'title',
    );
    if (titles.length !== full.length) return null;
    const title = (titles[0] as ClassifyReading).text;
    return empty.every((r) => printsLikeHeadline(r, title, story)) ? {} : null;
  },
  why: {
    en: 'the headline is reworded: {a} / {b}',
    'zh-CN': '标题改写：{a} / {b}',
  },
  examples: {
    positive: [
      [
        '[江城新建长江大桥今日通车]\n\n新华社武汉5月2日电 全长1.2公里的大桥今天通车。',
        '[]江城长江大桥今日正式通车\n\n新华社武汉5月2日电 全长1.2公里的大桥今天通车。',
      ],
    ],
    negative: [
      [
        '江城长江大桥今日通车\n[全长一点二公里 总投资九亿元]\n\n新华社武汉5月2日电 大桥今天通车。',
        '江城长江大桥今日通车\n[]\n新华社武汉5月2日电 大桥今天通车。',
      ],
      ['标题\n[图片说明]\n正文', '标题\n[]\n正文'],
    ],
  },
};
