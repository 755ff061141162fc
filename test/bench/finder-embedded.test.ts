/**
 * The story finder on the synthetic evaluation's page cases (test/corpus/synthetic): each story is
 * embedded between a page header (第N版 综合新闻) with another story's paragraph and, after it,
 * another paragraph and an advertisement. The finder must find the one story whole in every
 * variant, name it by its headline, and take neither the header nor the paragraphs around it.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from '../../app/stories/find-stories';
import { CORPUS } from '../corpus/synthetic/corpus';
import { HELD_OUT } from '../corpus/synthetic/corpus-held-out';
import { generateCase } from '../corpus/synthetic/generate';
import { caseGrid } from '../corpus/synthetic/run';

/** Non-white-space characters of text[start, end) inside [lo, hi). */
function visibleIn(text: string, start: number, end: number, lo: number, hi: number): number {
  let n = 0;
  for (let i = Math.max(start, lo); i < Math.min(end, hi); i++) if (!/\s/u.test(text[i] ?? '')) n++;
  return n;
}

describe('story finder on synthetic pages', () => {
  // The main corpus and the held-out stories (the finder was not tuned on those).
  const cases = [...caseGrid([1, 2, 3]), ...caseGrid([1, 2, 3], true)].filter((o) => o.embed);

  it('finds each embedded story whole, under its own headline, without the header or the filler around it', () => {
    let worstCoverage = 1;
    for (const options of cases) {
      const c = generateCase(options);
      const pool = options.heldOut === true ? HELD_OUT : CORPUS;
      const story = pool[options.story % pool.length];
      // The filler paragraphs come from the main corpus.
      const others = CORPUS.filter((s) => s !== story).flatMap((s) => s.paragraphs);
      const { shared } = findStories(c.variants);
      expect(shared, c.name).toHaveLength(1);
      expect(shared[0]?.title, c.name).toBe(story?.title);
      for (const v of c.variants) {
        // The story lies between the filler paragraph after the header and the one after it.
        const fillers = others
          .map((p) => ({ at: v.text.indexOf(p), p }))
          .filter((f) => f.at >= 0)
          .sort((a, b) => a.at - b.at);
        expect(fillers.length, c.name).toBe(2);
        const lo = (fillers[0]?.at ?? 0) + (fillers[0]?.p.length ?? 0);
        const hi = fillers[1]?.at ?? v.text.length;
        const spans = shared[0]?.spans.filter((s) => s.variant === v.id) ?? [];
        const inside = spans.reduce((n, s) => n + visibleIn(v.text, s.start, s.end, lo, hi), 0);
        const all = spans.reduce(
          (n, s) => n + visibleIn(v.text, s.start, s.end, s.start, s.end),
          0,
        );
        // Heading marks (#) the style noise adds are not story text.
        const extent =
          visibleIn(v.text, lo, hi, lo, hi) - (v.text.slice(lo, hi).match(/#/gu)?.length ?? 0);
        expect(all - inside, `${c.name} ${v.id}: spill`).toBe(0);
        worstCoverage = Math.min(worstCoverage, inside / extent);
      }
    }
    console.log(
      `synthetic pages: ${cases.length} cases, worst coverage ${(worstCoverage * 100).toFixed(2)}%`,
    );
    expect(worstCoverage).toBeGreaterThanOrEqual(0.99);
  });
});
