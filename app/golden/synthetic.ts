/**
 * A seeded generator of synthetic news text and reprint variants with known edits, for the bench
 * and for property tests. The vocabulary is written for this project (no sample text is copied).
 */

/** A small deterministic PRNG (mulberry32) so benches and property tests are reproducible. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['市民服务中心', '街道办事处', '社区志愿者', '县农业农村局', '物业公司', '外卖骑手', '返乡青年', '乡村医生', '科技企业', '老年大学'];
const VERBS = ['持续推进', '积极探索', '认真落实', '不断完善', '大力发展', '广泛开展', '稳步推动', '切实加强'];
const OBJECTS = ['便民服务体系', '基层治理机制', '公共文化活动', '养老托育服务', '数字化平台建设', '应急保障能力', '邻里互助项目', '职业技能培训'];
const TAILS = ['取得明显成效', '惠及周边群众', '受到居民欢迎', '形成了可复制的经验', '让办事更加方便', '进一步提升了满意度'];
const PLACES = ['云溪镇', '青禾街道', '南岭村', '东湖区', '白沙县', '长宁路'];
const NAMES = ['王建国', '陈晓梅', '刘海波', '赵雨晴', '孙立新', '周明远'];
const TITLES = ['负责人', '主任', '书记', '记者'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One sentence of plausible news prose. */
function sentence(random: () => number): string {
  const n = Math.floor(random() * 9000) + 100;
  switch (Math.floor(random() * 4)) {
    case 0:
      return `${pick(random, PLACES)}${pick(random, SUBJECTS)}${pick(random, VERBS)}${pick(random, OBJECTS)}，${pick(random, TAILS)}。`;
    case 1:
      return `今年以来，${pick(random, SUBJECTS)}累计服务${n}人次，${pick(random, OBJECTS)}覆盖率达到${(n % 97) + 1}%。`;
    case 2:
      return `“我们将${pick(random, VERBS)}${pick(random, OBJECTS)}。”${pick(random, SUBJECTS)}${pick(random, TITLES)}${pick(random, NAMES)}说。`;
    default:
      return `${2020 + (n % 6)}年${(n % 12) + 1}月，${pick(random, PLACES)}${pick(random, VERBS)}${pick(random, OBJECTS)}、${pick(random, OBJECTS)}，${pick(random, TAILS)}。`;
  }
}

/** About `length` characters of news text in paragraphs of two to five sentences. */
export function generateStory(length: number, seed: number): string {
  const random = createRandom(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < length) {
    const count = 2 + Math.floor(random() * 4);
    let paragraph = '';
    for (let i = 0; i < count; i++) paragraph += sentence(random);
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs.join('\n').slice(0, length);
}

const HALF: Readonly<Record<string, string>> = { '，': ',', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')' };

/** Rewrites full-width punctuation half-width: pure style noise. */
export function toHalfWidth(text: string): string {
  return text.replace(/[，：；！？（）]/g, (c) => HALF[c] ?? c);
}

const SWAPS = ['的', '地', '和', '与', '在', '将', '要', '会', '了', '等'];

/**
 * A reprint of `text` with about one edit per `every` characters (a changed, dropped or inserted
 * character, or a changed digit), optionally in half-width punctuation.
 */
export function makeVariant(text: string, seed: number, every: number, halfWidth: boolean): string {
  const random = createRandom(seed);
  const out: string[] = [];
  // By code point, so a supplementary character is edited whole.
  for (const ch of text) {
    if (ch !== '\n' && random() < 1 / every) {
      const roll = random();
      if (roll < 0.3) out.push(/[0-9]/.test(ch) ? String((Number(ch) + 1) % 10) : pick(random, SWAPS));
      else if (roll < 0.55) continue;
      else if (roll < 0.8) out.push(pick(random, SWAPS), ch);
      else out.push(ch === '，' ? '、' : ch);
    } else out.push(ch);
  }
  const result = out.join('');
  return halfWidth ? toHalfWidth(result) : result;
}
