/**
 * The newsroom's own words, written once: the agencies and papers that sign a dateline or a
 * byline, the role words of a byline, and the wire services of an English dateline. The byline,
 * dateline and name rules build their patterns from these lists.
 */

/**
 * Agencies and papers that sign a dateline: Chinese ones open it (新华社南昌4月8日电, 本报讯, 据中新网电),
 * English wire services are credited in it (BOSTON (AP) —).
 */
const NEWS_AGENCIES: readonly string[] = [
  '新华社',
  '中新社',
  '中新网',
  '人民网',
  '央视网',
  '本报',
  'AP',
  'Reuters',
  'AFP',
  'UPI',
];

/** True for a name in Latin letters (an English wire service). */
const latin = (name: string): boolean => /^[A-Za-z]/.test(name);

/** The Chinese agencies and papers (新华社, 本报). */
export const AGENCIES: readonly string[] = NEWS_AGENCIES.filter((a) => !latin(a));

/** The English wire services (AP, Reuters). */
export const WIRE_SERVICES: readonly string[] = NEWS_AGENCIES.filter(latin);

/**
 * The words of a byline, with what they serve as (space-separated): `role` opens its names ((记者
 * 方卓然), 通讯员 梁晨); `close` ends them (记者 戚文静 报道, 李明 摄影); `credit` is an English role
 * after them (By Jane Smith, Staff Writer), in lower case here, read in any case and plural.
 */
const BYLINE_WORDS: Readonly<Record<string, string>> = {
  特约记者: 'role',
  见习记者: 'role',
  记者: 'role',
  通讯员: 'role',
  实习生: 'role',
  摄影: 'role close',
  撰稿: 'role',
  摄: 'role close',
  报道: 'close',
  整理: 'close',
  撰文: 'close',
  staff: 'credit',
  writer: 'credit',
  reporter: 'credit',
  correspondent: 'credit',
  editor: 'credit',
  photographer: 'credit',
  columnist: 'credit',
  contributor: 'credit',
};

/** The byline words that serve as `use`, in the table's order. */
function bylineWords(use: 'role' | 'close' | 'credit'): readonly string[] {
  return Object.keys(BYLINE_WORDS).filter(
    (w) => BYLINE_WORDS[w]?.split(' ').includes(use) === true,
  );
}

/** English role words after a byline's names (Staff Writer, Correspondent), in lower case. */
export const BYLINE_CREDITS: readonly string[] = bylineWords('credit');

/** Role words that open the names of a byline ((记者 方卓然), 通讯员 梁晨). */
export const BYLINE_ROLES: readonly string[] = bylineWords('role');

/** Words that close the names of a byline (报道, 摄影, 整理). */
export const BYLINE_CLOSES: readonly string[] = bylineWords('close');

/** A list as a regex alternation, longest first (特约记者 before 记者); the words hold no regex syntax. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
