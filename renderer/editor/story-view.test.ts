import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildStoryView, SPAN_SEPARATOR } from './story-view';

describe('buildStoryView', () => {
  const file = '广告栏目。正文第一段李肖娜说。（转第4版）其他稿件。正文第二段4110名。';

  it('joins the spans of a split story in order with a separator', () => {
    const first = { variant: 'v1', start: 5, end: 15 };
    const second = { variant: 'v1', start: 28, end: 38 };
    const view = buildStoryView(file, [second, first]);
    expect(view.text).toBe(file.slice(5, 15) + SPAN_SEPARATOR + file.slice(28, 38));
  });

  it('maps every offset inside a span to the same character and back', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 20, maxLength: 200 }),
        fc.array(fc.nat(), { minLength: 2, maxLength: 8 }),
        (text, cuts) => {
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const spans = [];
          for (let i = 0; i + 1 < points.length; i += 2)
            spans.push({ variant: 'v', start: points[i]!, end: points[i + 1]! });
          fc.pre(spans.length > 0);
          const view = buildStoryView(text, spans);
          for (const span of spans) {
            for (let offset = span.start; offset < span.end; offset += 1) {
              const v = view.toView(offset);
              if (view.text[v] !== text[offset]) return false;
              if (view.toFile(v) !== offset) return false;
            }
          }
          return true;
        },
      ),
    );
  });

  it('clamps offsets outside the spans to the nearest edge', () => {
    const view = buildStoryView(file, [{ variant: 'v1', start: 5, end: 15 }]);
    expect(view.toView(0)).toBe(0);
    expect(view.toView(30)).toBe(10);
  });
});
