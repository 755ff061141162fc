/**
 * Foreign names in Chinese news text are transliterated with a small, standard set of characters
 * (新华社's tables: 古特雷斯, 泽连斯基, 朔尔茨, 佛罗里达). A changed character inside a run of them
 * is a name error (古特雷斯 / 古铁雷斯), although no Chinese surname, title or suffix marks it.
 */

/** Characters of the standard transliteration tables (those common enough in news to matter). */
const TRANSLITERATION = new Set(
  '阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯勃博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰弗福富盖甘冈戈哥格根贡古瓜哈海汉豪赫亨洪胡华霍基吉加贾杰金津卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉连列林琳隆龙卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米密缪莫默姆穆纳娜奈南内尼涅宁纽努诺欧帕潘佩彭皮珀普奇齐乔切钦琴琼丘萨塞赛桑瑟森沙莎尚舍圣施什斯松苏索塔泰坦汤特滕提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹朱卓兹茨铁丝娃妮'.split(
    '',
  ),
);

/**
 * Transliteration characters rare in native words: a run needs some of them to count as a foreign
 * name, since runs of the common ones occur in ordinary text (基因里, 多米). 赛 and 塞 are left out
 * (比赛, 堵塞), and so are characters that open common words (基本, 卡车 are guarded by needing two).
 */
const STRONG = new Set(
  '斯基尔娃丝姆茨兹泽埃伊诺琳妮娜莎蒂迪伦洛卡莱维韦霍赫勒奎雷蕾尼索'.split(''),
);

/** The shortest run taken for a foreign name without a title before it (two characters are too often a native word). */
const MIN_RUN = 3;

/** A run at least this long needs only one strong character (阿克西奥斯); shorter ones need two (卡塔尔). */
const LONG_RUN = 4;

/** The run of transliteration characters around [from, to) of `context`, or '' when the reading leaves it. */
function runAround(context: string, from: number, to: number): string {
  for (let i = from; i < to; i++) if (!TRANSLITERATION.has(context[i] as string)) return '';
  let start = from;
  let end = to;
  while (start > 0 && TRANSLITERATION.has(context[start - 1] as string)) start -= 1;
  while (end < context.length && TRANSLITERATION.has(context[end] as string)) end += 1;
  // An empty reading (a dropped character) must sit strictly inside the run.
  if (from === to && (start === from || end === to)) return '';
  return context.slice(start, end);
}

/**
 * Marks that join the parts of a transliterated name between Han characters (约翰·史密斯, 让-保罗):
 * the interpunct as mainland, Taiwan and Japanese type set it, and a hyphen.
 */
const NAME_JOINERS = new Set(['·', '‧', '・', '•', '-', '‑']);

/** Fewest transliteration characters on the two sides of a joiner that make a joined name. */
const JOINED_MIN = 3;

/** The number of transliteration characters running from `at` in the direction `step` (±1). */
function runFrom(context: string, at: number, step: 1 | -1): number {
  let n = 0;
  for (let i = at; i >= 0 && i < context.length; i += step) {
    if (!TRANSLITERATION.has(context[i] as string)) break;
    n += 1;
  }
  return n;
}

/**
 * True when `run`, the run of transliteration characters from `from` on, touches a joiner set between
 * two Han characters, and the runs on both sides of it hold JOINED_MIN characters or more
 * (扬·范德梅尔, 奥拉·汉森): the parts of one foreign name, each of which may be too short to read
 * as a name alone. A heading's separator (单元·海上) or a place's (中国·杭州) joins no such runs.
 */
function inJoinedName(context: string, from: number, run: string): boolean {
  if (run === '') return false;
  const start = from - runFrom(context, from - 1, -1);
  const end = start + run.length;
  const joinedAt = (dot: number): boolean =>
    NAME_JOINERS.has(context[dot] as string) &&
    runFrom(context, dot - 1, -1) + runFrom(context, dot + 1, 1) >= JOINED_MIN;
  return (start > 0 && joinedAt(start - 1)) || (end < context.length && joinedAt(end));
}

/** True when [from, to) lies in a run of transliteration characters that reads as a foreign name. */
export function inTransliteratedName(context: string, from: number, to: number): boolean {
  const run = runAround(context, from, to);
  if (inJoinedName(context, from, run)) return true;
  if (run.length < MIN_RUN) return false;
  let strong = 0;
  for (const ch of run) if (STRONG.has(ch)) strong += 1;
  return strong >= 2 || (strong >= 1 && run.length >= LONG_RUN);
}

/** The length of the run of transliteration characters that starts `text` (for a name after a title: 秘书长古特雷斯). */
export function transliteratedPrefix(text: string): number {
  let n = 0;
  while (n < text.length && TRANSLITERATION.has(text[n] as string)) n += 1;
  return n;
}
