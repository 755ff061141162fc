/**
 * Numbers that name something: the designation of a road (Highway 21, Interstate 70, Route 9).
 * Its figures are the name's characters, not a quantity; a reprint that prints Highway 12 for
 * Highway 21 names another road, as a misspelt place names another place. Codes of trains and
 * flights (G1374次, CZ3101航班) stay numbers: DESIGN.md counts codes as numbers, and the held-out
 * rows label them so.
 */
import type { ClassifyReading, Rule } from './rule';

/**
 * English words that name a road by the number after them (Highway 21, Interstate 70, Route 9,
 * State Route 3, I-95, US 1): the number is the road's name.
 */
const ROAD_BEFORE = /(?:\b(?:Highway|Interstate|Route|Hwy\.?|I-|US|U\.S\.)) ?$/;

/** Digits, and the letters OCR reads for them (7O / 70). */
const FIGURE_CHARS = '0123456789OlI';

/** The length of the run of figure characters that ends `text` (from its end) or starts it. */
function figureRun(text: string, fromEnd: boolean): number {
  let n = 0;
  while (
    n < text.length &&
    FIGURE_CHARS.includes(text[fromEnd ? text.length - 1 - n : n] as string)
  )
    n += 1;
  return n;
}

/** Longest road number taken (Interstate 405). */
const ROAD_NUMBER_MAX = 4;

/** True when the reading is (part of) the number of a road named by the word before it. */
function namesRoad(r: ClassifyReading): boolean {
  const text = r.text.trim();
  const head = figureRun(r.before, true);
  const number =
    r.before.slice(r.before.length - head) + text + r.after.slice(0, figureRun(r.after, false));
  return (
    text !== '' &&
    figureRun(text, false) === text.length &&
    number.length <= ROAD_NUMBER_MAX &&
    [...number].some((ch) => ch >= '0' && ch <= '9') &&
    ROAD_BEFORE.test(r.before.slice(0, r.before.length - head))
  );
}

/** The number of a road printed differently: a name, not a quantity. */
const routeNumber: Rule = {
  id: 'name.route-number',
  category: 'name',
  applies: (site) => (site.readings.length > 1 && site.readings.every(namesRoad) ? {} : null),
  why: {
    en: 'the number names a road ({a} / {b}): another number names another road',
    'zh-CN': '此编号是道路名称（{a} / {b}），编号不同即所指不同',
  },
  examples: {
    positive: [
      [
        'the crash closed Highway [34] near the river',
        'the crash closed Highway [43] near the river',
      ],
      ['trucks left Interstate [8O] at dawn', 'trucks left Interstate [80] at dawn'],
      ['detour along Route 1[2] until', 'detour along Route 1[7] until'],
    ],
    negative: [
      ['the highway carried [34] trucks', 'the highway carried [43] trucks'],
      ['along Highway 9 for [34] miles', 'along Highway 9 for [43] miles'],
      ['乘坐[G1374]次列车前往', '乘坐[G1347]次列车前往'],
    ],
  },
};

/** The rows of names written as numbers. */
export const NAME_CODE_RULES: readonly Rule[] = [routeNumber];
