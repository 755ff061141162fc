import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collateStory, compareVariants } from './compare';
import { generateStory, makeVariant, toHalfWidth } from '../test/fixtures/synthetic';
import type { CompareResult, Flag, VariantText } from './model/types';
import { foldText } from './text/fold';

function variant(i: number, text: string): VariantText {
  return { id: `v${i + 1}`, path: `v${i + 1}.txt`, name: `v${i + 1}.txt`, encoding: 'utf-8', text };
}

/**
 * Flags in emitted (base) order without those nested inside the previous outer flag: a nested
 * flag's range lies within the outer flag's range in every variant.
 */
function outermost(flags: readonly Flag[]): Flag[] {
  const out: Flag[] = [];
  for (const flag of flags) {
    const outer = out[out.length - 1];
    const inside =
      outer !== undefined &&
      flag.readings.every((r) => {
        const o = outer.readings.find((x) => x.variant === r.variant);
        return o !== undefined && o.start <= r.start && r.end <= o.end;
      });
    if (!inside) out.push(flag);
  }
  return out;
}

/** Replaces, in the reference variant's text, each outermost flag's range by `pick(flag)`. */
function rebuild(ref: VariantText, flags: readonly Flag[], pick: (flag: Flag) => string): string {
  let text = '';
  let at = 0;
  for (const flag of outermost(flags)) {
    const r = flag.readings.find((x) => x.variant === ref.id);
    if (!r) continue;
    text += ref.text.slice(at, r.start) + pick(flag);
    at = r.end;
  }
  return text + ref.text.slice(at);
}

const fold = (text: string): string => foldText(text).text;

/**
 * Collates whole files as one story. The properties are about the aligner, so they bypass the
 * story finder (whose decisions on short generated text are its own business).
 */
function collateWhole(variants: readonly VariantText[]): CompareResult {
  const spans = variants.map((v) => ({ variant: v.id, start: 0, end: v.text.length }));
  const collated = collateStory(variants, { id: 's1', title: 'whole', spans, missing: [] });
  return { version: 1, variants: [], stories: [collated.story], styleNotes: [] };
}

const variantsArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    length: fc.integer({ min: 50, max: 1500 }),
    count: fc.integer({ min: 2, max: 5 }),
    every: fc.integer({ min: 20, max: 300 }),
    astral: fc.boolean(),
  })
  .map(({ seed, length, count, every, astral }) => {
    let base = generateStory(length, seed);
    if (astral) base = base.replace(/王/g, '𠀀').replace(/陈/g, '𠀁');
    return Array.from({ length: count }, (_, i) =>
      variant(i, i === 0 ? base : makeVariant(base, seed + i, every, i % 2 === 1)),
    );
  });

describe('compareVariants properties', () => {
  it('every reading slices to its text, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(variantsArb, (variants) => {
        const result = collateWhole(variants);
        for (const flag of result.stories.flatMap((s) => s.flags)) {
          for (const r of flag.readings) {
            const v = variants.find((x) => x.id === r.variant) as VariantText;
            expect(v.text.slice(r.start, r.end)).toBe(r.text);
            expect(/^[\udc00-\udfff]/.test(r.text) || /[\ud800-\udbff]$/.test(r.text)).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("applying one variant's readings to the majority canonical reproduces that variant (folded)", () => {
    fc.assert(
      fc.property(variantsArb, (variants) => {
        const result: CompareResult = collateWhole(variants);
        const flags = result.stories.flatMap((s) => s.flags);
        const ref = variants[0] as VariantText;
        const canonical = rebuild(
          ref,
          flags,
          (f) => f.majority ?? f.readings.find((r) => r.variant === ref.id)?.text ?? '',
        );
        expect(canonical.length).toBeGreaterThan(0);
        for (const v of variants) {
          const applied = rebuild(
            ref,
            flags,
            (f) => f.readings.find((r) => r.variant === v.id)?.text ?? '',
          );
          expect(fold(applied)).toBe(fold(v.text));
        }
      }),
      { numRuns: 40 },
    );
  });
});

/**
 * Counterexamples random seeds found (FC_SEED=random), replayed on their shrunk case, as
 * regression tests. 1502627447: a one-character change next to a moved passage (的年以来, 经会验)
 * was read by no flag, before paragraphs were paired weakly and sites kept apart at paragraph
 * starts. -1455221641: a paragraph one copy (v4) had merged with the one before it, short of the
 * containment an anchor needs, was read as dropped and printed again (a "move" in place), and that
 * copy's closing full stop was read twice; a group short on one side now grows over a neighbour
 * it holds less of (block-groups.ts GROW_CONTAINMENT).
 */
const rebuildsEvery = (variants: VariantText[]): void => {
  const flags = collateWhole(variants).stories.flatMap((s) => s.flags);
  const ref = variants[0] as VariantText;
  for (const v of variants) {
    expect(
      fold(rebuild(ref, flags, (f) => f.readings.find((r) => r.variant === v.id)?.text ?? '')),
    ).toBe(fold(v.text));
  }
};

describe('counterexamples of the rebuild property', () => {
  it('seed 1502627447', () => {
    fc.assert(fc.property(variantsArb, rebuildsEvery), {
      seed: 1502627447,
      path: '25:5:6:4:4:5:4:10:10',
      endOnFailure: true,
    });
  });
  it('seed -1455221641', () => {
    fc.assert(fc.property(variantsArb, rebuildsEvery), {
      seed: -1455221641,
      path: '9:23:19:19:20:19:19:23:18:1:1:3:3:1:3:5',
      endOnFailure: true,
    });
  });
});

/** Pairs of flags whose ranges in some variant overlap without one holding the other. */
function partialOverlaps(flags: readonly Flag[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    for (let j = i + 1; j < flags.length; j++) {
      for (const a of (flags[i] as Flag).readings) {
        const b = (flags[j] as Flag).readings.find((r) => r.variant === a.variant);
        if (!b) continue;
        const overlap = Math.max(a.start, b.start) < Math.min(a.end, b.end);
        const nested =
          (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
        if (overlap && !nested)
          out.push(`${(flags[i] as Flag).id}/${(flags[j] as Flag).id} in ${a.variant}`);
      }
    }
  }
  return out;
}

describe('flag ranges', () => {
  it('never overlap partially: flags are apart, or one lies inside the other', () => {
    fc.assert(
      fc.property(variantsArb, (variants) => {
        expect(partialOverlaps(collateWhole(variants).stories.flatMap((s) => s.flags))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('compareVariants degenerate input', () => {
  const story = generateStory(600, 7);

  it('rejects a single variant with a clear error', () => {
    expect(() => compareVariants([variant(0, story)])).toThrow(/at least two variants/);
  });

  it('finds nothing in identical variants, or ones that differ only in style', () => {
    const variants = [
      variant(0, story),
      variant(1, story),
      variant(2, toHalfWidth(story).replace(/\n/g, '\r\n')),
    ];
    expect(collateWhole(variants).stories.flatMap((s) => s.flags)).toEqual([]);
    const result = compareVariants(variants);
    expect(result.stories.flatMap((s) => s.flags)).toEqual([]);
    expect(
      result.styleNotes.some((n) => n.variant === 'v3' && n.kind === 'half-width-punctuation'),
    ).toBe(true);
  });

  it('reports a variant that does not carry the story as missing instead of flagging it', () => {
    const other = generateStory(600, 99).replace(/[社区服务]/g, '');
    const result = collateWhole([
      variant(0, story),
      variant(1, makeVariant(story, 3, 200, false)),
      variant(2, 'Completely unrelated English text about weather and sports.'),
    ]);
    const s = result.stories[0];
    expect(s?.missing).toEqual(['v3']);
    expect(s?.flags.every((f) => f.readings.every((r) => r.variant !== 'v3'))).toBe(true);
    expect(other.length).toBeGreaterThan(0);
  });

  it('handles an empty file and one very long line', () => {
    const long = story.replace(/\n/g, '');
    const result = collateWhole([variant(0, long), variant(1, story), variant(2, '')]);
    expect(result.stories[0]?.flags).toEqual([]);
    expect(result.stories[0]?.missing).toEqual(['v3']);
  });

  it('reports progress and can be cancelled', () => {
    const seen: number[] = [];
    compareVariants([variant(0, story), variant(1, story)], { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(() =>
      compareVariants([variant(0, story), variant(1, story)], { signal: { aborted: true } }),
    ).toThrow(/cancelled/);
  });
});

describe('collateStory', () => {
  it('collates a story split into several spans of one variant and maps offsets back', () => {
    const whole = '第一段讲社区服务站的由来。\n第二段讲志愿者王海燕的故事。\n';
    const split = `其他稿件。\n第一段讲社区服务站的由来。（转第4版）\n广告\n（上接第1版）第二段讲志愿者王海艳的故事。\n`;
    const first = { start: split.indexOf('第一段'), end: split.indexOf('\n广告') };
    const second = { start: split.indexOf('（上接'), end: split.length };
    const story = collateStory([variant(0, whole), variant(1, split)], {
      id: 's1',
      title: 't',
      spans: [
        { variant: 'v1', start: 0, end: whole.length },
        { variant: 'v2', ...first },
        { variant: 'v2', ...second },
      ],
      missing: [],
    }).story;
    expect(story.flags.map((f) => f.readings.map((r) => r.text))).toEqual([['燕', '艳']]);
    const reading = story.flags[0]?.readings[1];
    expect(reading && split.slice(reading.start, reading.end)).toBe('艳');
  });
});

describe('letter case', () => {
  const lines = (name: string, agent: string): string =>
    [
      'Harbor board names a new pilot',
      '',
      `By ${agent}`,
      '',
      `PORT ELLIS, Maine (AP) — The harbor board on Monday named ${name} its first new pilot in twenty years, after a search that drew eleven applicants from three states.`,
      '',
      'The pilot guides freighters through the narrows in every kind of weather, the board said.',
    ].join('\n');

  it('flags no line set in capitals against the same words in title case', () => {
    const result = collateWhole([
      variant(0, lines('Rosa DeMarco-Lindqvist', 'TOMAS OYELARAN-BECK')),
      variant(1, lines('Rosa DeMarco-Lindqvist', 'Tomas Oyelaran-Beck')),
      variant(2, lines('Rosa DeMarco-Lindqvist', 'TOMAS OYELARAN-BECK')),
    ]);
    expect(result.stories.flatMap((s) => s.flags)).toEqual([]);
  });

  it('still flags a capital changed inside a word of running text', () => {
    const result = collateWhole([
      variant(0, lines('Rosa DeMarco-Lindqvist', 'TOMAS OYELARAN-BECK')),
      variant(1, lines('Rosa Demarco-Lindqvist', 'TOMAS OYELARAN-BECK')),
      variant(2, lines('Rosa DeMarco-Lindqvist', 'TOMAS OYELARAN-BECK')),
    ]);
    expect(
      result.stories.flatMap((s) => s.flags.map((f) => f.readings.map((r) => r.text))),
    ).toEqual([['DeMarco', 'Demarco', 'DeMarco']]);
  });
});

describe('headlines each paper writes its own way', () => {
  const body = (figure: string): string =>
    [
      'By Ines Carvalho-Mbeki',
      '',
      `LAKE ORR, Minn. (AP) — The town's winter fishing derby drew ${figure} anglers onto the ice on Saturday, organizers said, the most since the derby began.`,
      '',
      'The largest walleye weighed just over eleven pounds and was caught before dawn.',
    ].join('\n');

  it('flags the headlines as one difference, whatever words they share', () => {
    const result = collateWhole([
      variant(0, `Derby draws record crowd to the ice\n\n${body('1,200')}`),
      variant(1, `Ice derby sets a record\n\n${body('1,200')}`),
      variant(2, `Record crowd for the Lake Orr derby on the ice\n\n${body('2,100')}`),
    ]);
    const readings = result.stories.flatMap((s) =>
      s.flags.map((f) => f.readings.map((r) => r.text)),
    );
    expect(readings).toEqual([
      [
        'Derby draws record crowd to the ice',
        'Ice derby sets a record',
        'Record crowd for the Lake Orr derby on the ice',
      ],
      ['1,200', '1,200', '2,100'],
    ]);
  });

  it('keeps apart two changes in a headline the papers print alike, so a figure stays a number', () => {
    const result = collateWhole([
      variant(0, `Derby draws record crowd of 1,200 to the ice on Saturday\n\n${body('1,200')}`),
      variant(1, `Derby draws record crowd of 1,400 to the ice on Sunday\n\n${body('1,200')}`),
    ]);
    const flags = result.stories.flatMap((s) =>
      s.flags.map((f) => `${f.category}: ${f.readings.map((r) => r.text).join(' | ')}`),
    );
    expect(flags).toEqual(['number: 1,200 | 1,400', 'number: Saturday | Sunday']);
  });
});
