/**
 * A generated story for the UI bench: a base text of Chinese news sentences and variants that each
 * change it in a few dozen places (names, numbers, punctuation, wording, a dropped sentence).
 * Deterministic (seeded), written for the bench, never copied from real pages.
 */

import { createRandom } from '../test/fixtures/synthetic';

const SUBJECTS = [
  '市住建局',
  '街道办事处',
  '社区党委书记王建华',
  '区教育局',
  '志愿者刘桂芳',
  '市交通运输局',
  '河西街道',
  '县人民医院',
  '市场监管部门',
  '城投公司',
];
const VERBS = ['推进', '完成', '启动', '部署', '落实', '改造', '新建', '巩固', '优化', '提升'];
const OBJECTS = [
  '老旧小区加装电梯工程',
  '社区食堂建设',
  '背街小巷整治',
  '便民服务中心',
  '公共停车位',
  '养老服务设施',
  '雨污分流管网',
  '口袋公园',
  '校园周边交通',
  '农贸市场改造',
];
const TAILS = ['惠及居民', '覆盖家庭', '新增岗位', '投入资金', '服务老人', '受益群众'];
const UNITS = ['户', '个', '名', '万元', '人次', '处'];

function sentence(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const count = 10 + Math.floor(random() * 9000);
  return `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}，${pick(TAILS)}${count}${pick(UNITS)}，${pick(OBJECTS)}和${pick(OBJECTS)}同步${pick(VERBS)}。`;
}

/** The base text: paragraphs of three to five sentences up to `length` characters. */
export function baseStory(length: number, random: () => number): string {
  const paragraphs: string[] = ['社区更新让居民住得更舒心'];
  let total = paragraphs[0]!.length;
  while (total < length) {
    const sentences = 3 + Math.floor(random() * 3);
    let paragraph = '';
    for (let i = 0; i < sentences; i += 1) paragraph += sentence(random);
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs.join('\n');
}

const HAN_SWAPS: Readonly<Record<string, string>> = {
  华: '平',
  建: '健',
  区: '县',
  市: '省',
  新: '兴',
  完: '落',
  居: '住',
  老: '旧',
  桂: '贵',
  芳: '方',
};

/** A variant of the base: `changes` places changed, spread over the text. */
export function mutate(base: string, changes: number, random: () => number): string {
  const chars = [...base];
  for (let n = 0; n < changes; n += 1) {
    const at = Math.floor(random() * chars.length);
    const ch = chars[at] ?? '';
    const kind = random();
    if (/[0-9]/.test(ch)) chars[at] = String((Number(ch) + 1 + Math.floor(random() * 8)) % 10);
    else if (ch === '，') chars[at] = kind < 0.5 ? '、' : '。';
    else if (HAN_SWAPS[ch]) chars[at] = HAN_SWAPS[ch];
    else if (kind < 0.08) {
      // Drop the rest of the sentence: an omission.
      const end = chars.indexOf('。', at);
      if (end > at && end - at < 80) chars.splice(at, end - at);
    } else chars.splice(at, 0, '的');
  }
  return chars.join('');
}

/** `count` variants of a `length`-character story with about `flags` places of disagreement in all. */
export function generateVariants(
  count: number,
  length: number,
  flags: number,
  seed = 20260306,
): { name: string; text: string }[] {
  const random = createRandom(seed);
  const base = baseStory(length, random);
  const perVariant = Math.max(1, Math.round(flags / count));
  return Array.from({ length: count }, (_, i) => ({
    name: `variant-${String(i + 1).padStart(2, '0')}.txt`,
    text: i === 0 ? base : mutate(base, perVariant, random),
  }));
}
