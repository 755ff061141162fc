/**
 * Synthetic reprints with known discrepancies: the release bar's second half ("synthetic variants
 * with injected name, number, punctuation, wording and omission errors plus style noise"), made
 * here so that we measure the engine on material it was not tuned on. Every injected change is
 * recorded with each variant's exact offsets, in the truth format of shared/eval/score.py.
 */
import type { Category, VariantText } from '../../../app/model/types';
import { createRandom, toHalfWidth } from '../../fixtures/synthetic';
import { CORPUS, type CorpusStory } from './corpus';
import { HELD_OUT, HELD_OUT_LATER } from './corpus-held-out';
import { HAN, hanRegExp } from '../../../app/lexicon/characters';

/** A labelled place of disagreement, as score.py reads it (non-seed mode: keyed by variant id). */
export interface TruthSite {
  readonly categories: readonly Category[];
  readonly readings: Readonly<Record<string, { start: number; end: number; text: string }>>;
}

/** One generated case: the variants and the truth. */
export interface SyntheticCase {
  readonly name: string;
  readonly variants: readonly VariantText[];
  readonly sites: readonly TruthSite[];
}

/** How a case is made. */
export interface CaseOptions {
  readonly story: number;
  readonly variants: number;
  readonly seed: number;
  /** Half the variants get style noise (half-width punctuation, wraps, heading marks, spacing, quotes). */
  readonly styleNoise: boolean;
  /** Each variant is a whole page: the story among unrelated paragraphs of its own. */
  readonly embed: boolean;
  /** About how many discrepancies to inject. */
  readonly sites: number;
  /** Draw from the held-out stories (or the later held-out probes) instead of the main corpus. */
  readonly heldOut?: boolean | 'later';
}

interface Injection {
  readonly start: number;
  readonly end: number;
  readonly category: Category;
  readonly alternative: string;
}

const CJK = hanRegExp(`[${HAN}]`);
const HAN_THEN_DIGIT = hanRegExp(String.raw`([${HAN}])(\d)`, 'g');
const DIGIT_THEN_HAN = hanRegExp(String.raw`(\d)([${HAN}])`, 'g');
const SIMILAR = '华明文清建国新海平安志强伟芳军丽';
const WORD_SWAPS: readonly (readonly [string, string])[] = [
  ['已经', '早已'],
  ['及时', '尽快'],
  ['推广', '推行'],
  ['重点', '着力'],
  ['普遍', '大多'],
  ['吸引', '引来'],
  ['保障', '保证'],
  ['增强', '提升'],
  ['需求', '需要'],
  ['介绍', '表示'],
  ['expected', 'set'],
  ['about', 'nearly'],
  ['began', 'started'],
  ['concerns', 'worries'],
];

/** Picks a random element. */
function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Candidate injections of one category in the base text. */
function candidates(
  base: string,
  story: CorpusStory,
  category: Category,
  random: () => number,
): Injection[] {
  const out: Injection[] = [];
  if (category === 'name') {
    for (const name of story.names) {
      for (const at of allIndexes(base, name)) {
        const i = at + Math.floor(random() * name.length);
        const ch = base[i] ?? '';
        if (CJK.test(ch)) {
          const other =
            SIMILAR[(SIMILAR.indexOf(ch) + 1 + Math.floor(random() * 5)) % SIMILAR.length] ?? '明';
          out.push(
            random() < 0.3 && name.length === 3 && i === at
              ? { start: at, end: at + 1, category, alternative: '' }
              : { start: i, end: i + 1, category, alternative: other === ch ? '明' : other },
          );
        } else if (/[a-z]/.test(ch)) {
          out.push({ start: i, end: i + 1, category, alternative: ch === 'e' ? 'a' : 'e' });
        }
      }
    }
  } else if (category === 'number') {
    for (const m of base.matchAll(/\d+(?:[.,]\d+)?/g)) {
      const at = m.index + Math.floor(random() * m[0].length);
      const ch = base[at] ?? '';
      if (/\d/.test(ch))
        out.push({
          start: at,
          end: at + 1,
          category,
          alternative: String((Number(ch) + 1 + Math.floor(random() * 8)) % 10),
        });
      const unit = base[m.index + m[0].length];
      if (unit === '万' || unit === '亿')
        out.push({
          start: m.index + m[0].length,
          end: m.index + m[0].length + 1,
          category,
          alternative: unit === '万' ? '亿' : '万',
        });
    }
  } else if (category === 'punctuation') {
    for (const m of base.matchAll(/[，、]/g)) {
      out.push({
        start: m.index,
        end: m.index + 1,
        category,
        alternative: m[0] === '，' ? (random() < 0.5 ? '、' : '。') : '，',
      });
    }
    for (const m of base.matchAll(/, (?=[a-z])/g))
      out.push({ start: m.index, end: m.index + 1, category, alternative: ';' });
  } else if (category === 'wording') {
    // A change inside a listed proper noun (推广 in 埇桥区农业技术推广中心) is a name error by
    // DESIGN.md's definition, so a wording injection must not land there.
    const nameSpans = story.names.flatMap((name) =>
      allIndexes(base, name).map((at) => [at, at + name.length] as const),
    );
    const inName = (start: number, end: number): boolean =>
      nameSpans.some(([a, b]) => start < b && a < end);
    for (const [a, b] of WORD_SWAPS) {
      for (const at of allIndexes(base, a))
        if (!inName(at, at + a.length))
          out.push({ start: at, end: at + a.length, category, alternative: b });
    }
    for (const m of base.matchAll(/[的了和也都还]/g)) {
      if (inName(m.index, m.index + 1)) continue;
      if (CJK.test(base[m.index - 1] ?? '') && CJK.test(base[m.index + 1] ?? ''))
        out.push({ start: m.index, end: m.index + 1, category, alternative: '' });
    }
  } else {
    // A whole sentence (not a paragraph's only one) or a whole paragraph.
    for (const m of base.matchAll(/[^。！？\n]+[。！？]”?/g)) {
      const before = base[m.index - 1];
      if (before === '。' || before === '”' || before === '！' || before === '？')
        out.push({ start: m.index, end: m.index + m[0].length, category, alternative: '' });
    }
    for (const m of base.matchAll(/\n\n[^\n]+/g))
      out.push({ start: m.index, end: m.index + m[0].length, category, alternative: '' });
  }
  return out;
}

/** Chooses injections that neither overlap nor sit within a few characters of each other. */
function chooseInjections(
  base: string,
  story: CorpusStory,
  count: number,
  random: () => number,
  bodyStart: number,
): Injection[] {
  const categories: Category[] = ['name', 'number', 'punctuation', 'wording', 'omission'];
  const chosen: Injection[] = [];
  // Sites closer than this merge into one disagreement in any aligner: a labeller would call them one.
  const gap = 6;
  for (let tries = 0; chosen.length < count && tries < count * 20; tries++) {
    const category = categories[chosen.length % categories.length] ?? 'wording';
    const candidate = pick(
      random,
      candidates(base, story, category, random).filter((c) => c.start >= bodyStart),
    );
    if (!candidate) continue;
    if (chosen.some((c) => candidate.start < c.end + gap && c.start < candidate.end + gap))
      continue;
    if (category === 'omission' && chosen.some((c) => c.category === 'omission')) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

interface Piece {
  readonly text: string;
  readonly site?: number;
}

/** Style noise applied to one piece: changes form, never content. */
function styleNoise(text: string, random: () => number, inSite: boolean): string {
  let out = toHalfWidth(text).replace(/[“”]/g, '"');
  if (!inSite) {
    // A column break in mid-sentence, and CJK–digit spacing (1 月 / 1月).
    out = out.replace(HAN_THEN_DIGIT, '$1 $2').replace(DIGIT_THEN_HAN, '$1 $2');
    if (out.length > 40 && random() < 0.5) {
      const at = 10 + Math.floor(random() * (out.length - 20));
      if (CJK.test(out[at - 1] ?? '') && CJK.test(out[at] ?? ''))
        out = `${out.slice(0, at)}\n${out.slice(at)}`;
    }
  }
  return out;
}

/** Builds one synthetic case. */
export function generateCase(options: CaseOptions): SyntheticCase {
  const random = createRandom(options.seed * 7919 + options.story * 104729 + options.variants);
  const stories =
    options.heldOut === 'later' ? HELD_OUT_LATER : options.heldOut ? HELD_OUT : CORPUS;
  const story = stories[options.story % stories.length] as CorpusStory;
  const base = `${story.title}\n\n${story.paragraphs.join('\n\n')}\n`;
  const injections = chooseInjections(base, story, options.sites, random, story.title.length + 2);
  const ids = Array.from({ length: options.variants }, (_, i) => `v${i + 1}`);
  // Which variants carry each injection: a minority, never all, at least one.
  const carriers = injections.map(() => {
    const k = 1 + Math.floor(random() * Math.max(1, Math.floor((options.variants - 1) / 2)));
    return new Set([...ids].sort(() => random() - 0.5).slice(0, k));
  });
  const variants: VariantText[] = [];
  const offsets: Map<string, { start: number; end: number; text: string }>[] = injections.map(
    () => new Map(),
  );
  ids.forEach((id, vi) => {
    const pieces: Piece[] = [];
    let at = 0;
    injections.forEach((inj, si) => {
      pieces.push({ text: base.slice(at, inj.start) });
      pieces.push({
        text: carriers[si]?.has(id) ? inj.alternative : base.slice(inj.start, inj.end),
        site: si,
      });
      at = inj.end;
    });
    pieces.push({ text: base.slice(at) });
    const noisy = options.styleNoise && vi % 2 === 1;
    let text = '';
    if (options.embed) text += filler(story, vi, 'before');
    if (noisy && random() < 0.5) text += '# ';
    for (const piece of pieces) {
      const shown = noisy ? styleNoise(piece.text, random, piece.site !== undefined) : piece.text;
      if (piece.site !== undefined)
        offsets[piece.site]?.set(id, {
          start: text.length,
          end: text.length + shown.length,
          text: shown,
        });
      text += shown;
    }
    if (options.embed) text += filler(story, vi, 'after');
    variants.push({ id, path: `/synthetic/${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text });
  });
  const sites: TruthSite[] = injections.map((inj, si) => ({
    categories: [inj.category],
    readings: Object.fromEntries(offsets[si] ?? new Map()),
  }));
  const name = `${options.heldOut === 'later' ? 'later' : options.heldOut ? 'held' : 'story'}${options.story}-n${options.variants}-seed${options.seed}${options.styleNoise ? '-noise' : ''}${options.embed ? '-page' : ''}`;
  return { name, variants, sites };
}

/**
 * Paragraphs of the other stories, different for every variant, so that no filler is shared by
 * two pages (a shared filler would be a true shared story that the truth does not label).
 */
function filler(story: CorpusStory, variantIndex: number, where: 'before' | 'after'): string {
  // By identity: the case's story index may exceed the corpus (it wraps) or name a held-out list.
  const pool = CORPUS.filter((s) => s !== story).flatMap((s) => s.paragraphs);
  const paragraph = pool[(variantIndex * 2 + (where === 'before' ? 0 : 1)) % pool.length] ?? '';
  return where === 'before'
    ? `第${variantIndex + 3}版\u3000综合新闻\n\n${paragraph}\n\n`
    : `\n${paragraph}\n\n广告热线：0571-8800${variantIndex}123\n`;
}
