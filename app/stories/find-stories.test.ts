import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span, VariantText } from '../model/types';
import { findStories, type StoryLocation } from './find-stories';
import {
  farmStory,
  ferryStory,
  fillerParagraphs,
  libraryStory,
  page,
  riverStory,
  storyLines,
} from '../../test/fixtures/stories/news-stories';

function variant(id: string, text: string): VariantText {
  return { id, path: `${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text };
}

/** The spans of one variant, as text, joined by a marker that shows where a span ended. */
function spanText(story: StoryLocation | undefined, v: VariantText): string {
  return (story?.spans ?? [])
    .filter((s) => s.variant === v.id)
    .map((s) => v.text.slice(s.start, s.end))
    .join(' ¦ ');
}

/** The story whose spans in `v` contain `needle`. */
function storyWith(
  stories: readonly StoryLocation[],
  v: VariantText,
  needle: string,
): StoryLocation | undefined {
  return stories.find((s) => spanText(s, v).includes(needle));
}

/** The offsets of the first and last character of `first`…`last` in the text. */
function extent(text: string, first: string, last: string): { start: number; end: number } {
  const start = text.indexOf(first);
  const end = text.indexOf(last, start) + last.length;
  return { start, end };
}

function spansOf(story: StoryLocation | undefined, v: VariantText): Span[] {
  return (story?.spans ?? []).filter((s) => s.variant === v.id);
}

describe('findStories on hand-written fixtures', () => {
  it('matches an abridged reprint and covers headline to dateline in both papers', () => {
    const full = variant('v1', page([...storyLines(riverStory), ...storyLines(farmStory)]));
    const abridged = variant(
      'v2',
      page([
        ...storyLines(libraryStory),
        ...storyLines(riverStory, {
          paragraphs: [0, 1, 3, 6],
          byline: false,
          dateline: '据新华社杭州3月12日电',
        }),
      ]),
    );
    const { shared, unique } = findStories([full, abridged]);
    expect(shared).toHaveLength(1);
    const story = shared[0];
    expect(story?.title).toBe(riverStory.title);
    expect(story?.missing).toEqual([]);
    expect(spansOf(story, full)).toEqual([
      { variant: 'v1', ...extent(full.text, riverStory.title, riverStory.dateline) },
    ]);
    expect(spansOf(story, abridged)).toEqual([
      { variant: 'v2', ...extent(abridged.text, riverStory.title, '据新华社杭州3月12日电') },
    ]);
    expect(unique.map((u) => u.title).sort()).toEqual([farmStory.title, libraryStory.title].sort());
  });

  it('leaves a photo caption inside a story out of its spans', () => {
    const caption = ['青溪河滨水公园一角，市民在步道上散步。', '新华社记者 林晓帆 摄'].join('\n');
    const lines = storyLines(riverStory);
    const withCaption = variant('v1', page([...lines.slice(0, 5), caption, ...lines.slice(5)]));
    const clean = variant('v2', page(storyLines(riverStory)));
    const story = findStories([withCaption, clean]).shared[0];
    const spans = spansOf(story, withCaption);
    expect(spans).toHaveLength(2);
    const text = spanText(story, withCaption);
    expect(text).not.toContain('林晓帆 摄');
    expect(text).not.toContain('市民在步道上散步');
    for (const p of riverStory.paragraphs) expect(text).toContain(p);
    expect(spans[0]?.start).toBe(withCaption.text.indexOf(riverStory.title));
    expect(spans[1]?.end).toBe(
      withCaption.text.indexOf(riverStory.dateline) + riverStory.dateline.length,
    );
  });

  it('stops a story before the notice printed after it', () => {
    const notice = [
      '遗失声明',
      '宁波市海曙区某某商贸有限公司不慎遗失公章一枚，声明作废。',
      '联系电话：0574-0000000',
    ].join('\n');
    const withAd = variant(
      'v1',
      page([...storyLines(ferryStory), notice, ...storyLines(libraryStory)]),
    );
    const other = variant('v2', page([...storyLines(farmStory), ...storyLines(ferryStory)]));
    const { shared, unique } = findStories([withAd, other]);
    expect(shared).toHaveLength(1);
    expect(spansOf(shared[0], withAd)).toEqual([
      { variant: 'v1', ...extent(withAd.text, ferryStory.title, ferryStory.dateline) },
    ]);
    const all = [...unique.flatMap((u) => u.spans), ...shared.flatMap((s) => s.spans)].filter(
      (s) => s.variant === 'v1',
    );
    const noticeAt = withAd.text.indexOf('遗失声明');
    expect(all.some((s) => s.start <= noticeAt && noticeAt < s.end)).toBe(false);
  });

  it('separates two stories whose paragraphs two-column OCR interleaved', () => {
    const a = riverStory.paragraphs;
    const b = farmStory.paragraphs;
    const interleaved: string[] = [riverStory.title, farmStory.title];
    for (let i = 0; i < 6; i++) interleaved.push(a[i] ?? '', b[i] ?? '');
    interleaved.push(riverStory.dateline, farmStory.dateline);
    const ocr = variant('v1', page(interleaved));
    const clean = variant('v2', page([...storyLines(riverStory), ...storyLines(farmStory)]));
    const { shared } = findStories([ocr, clean]);
    expect(shared).toHaveLength(2);
    const river = storyWith(shared, ocr, a[0] ?? '');
    const farm = storyWith(shared, ocr, b[0] ?? '');
    expect(river).toBeDefined();
    expect(farm).toBeDefined();
    expect(river).not.toBe(farm);
    const riverText = spanText(river, ocr);
    const farmText = spanText(farm, ocr);
    for (let i = 0; i < 6; i++) {
      expect(riverText).toContain(a[i]);
      expect(riverText).not.toContain(b[i]);
      expect(farmText).toContain(b[i]);
      expect(farmText).not.toContain(a[i]);
    }
    expect(river?.title).toBe(riverStory.title);
    expect(farm?.title).toBe(farmStory.title);
  });

  it('leaves out the interleaved paragraphs of a story that no other page prints', () => {
    const a = riverStory.paragraphs;
    const b = libraryStory.paragraphs;
    const lines: string[] = [riverStory.title, a[0] ?? '', libraryStory.title, libraryStory.byline];
    for (let i = 0; i < 5; i++) lines.push(b[i] ?? '', a[i + 1] ?? '');
    lines.push(libraryStory.dateline, a[6] ?? '', riverStory.dateline);
    const ocr = variant('v1', page(lines));
    const clean = variant('v2', page([...storyLines(farmStory), ...storyLines(riverStory)]));
    const { shared, unique } = findStories([ocr, clean]);
    expect(shared).toHaveLength(1);
    const text = spanText(shared[0], ocr);
    for (const p of a) expect(text).toContain(p);
    for (const p of b) expect(text).not.toContain(p);
    expect(text).not.toContain(libraryStory.dateline);
    expect(spansOf(shared[0], ocr)[0]?.start).toBe(ocr.text.indexOf(riverStory.title));
    expect(unique.map((u) => u.title)).toContain(farmStory.title);
  });

  it('follows a story split across two files by continuation marks', () => {
    const front = variant(
      'v1',
      page([
        ...storyLines(libraryStory),
        riverStory.title,
        riverStory.byline,
        ...riverStory.paragraphs.slice(0, 3),
        '（转第2版）',
      ]),
    );
    const inside = variant(
      'v2',
      page([
        '（上接01版）',
        ...riverStory.paragraphs.slice(3),
        riverStory.dateline,
        ...storyLines(ferryStory),
      ]),
    );
    const whole = variant('v3', page([...storyLines(farmStory), ...storyLines(riverStory)]));
    const { shared } = findStories([front, inside, whole]);
    expect(shared).toHaveLength(1);
    const story = shared[0];
    expect(story?.missing).toEqual([]);
    expect(spansOf(story, front)).toEqual([
      { variant: 'v1', ...extent(front.text, riverStory.title, '（转第2版）') },
    ]);
    expect(spansOf(story, inside)).toEqual([
      { variant: 'v2', ...extent(inside.text, '（上接01版）', riverStory.dateline) },
    ]);
    expect(spansOf(story, whole)).toEqual([
      { variant: 'v3', ...extent(whole.text, riverStory.title, riverStory.dateline) },
    ]);
  });

  it('links the continued part of a split story by its continuation marks when no other paper prints that part', () => {
    const front = variant(
      'v1',
      page([
        ...storyLines(libraryStory),
        riverStory.title,
        riverStory.byline,
        ...riverStory.paragraphs.slice(0, 3),
        '（转第2版）',
      ]),
    );
    const inside = variant(
      'v2',
      page([
        riverStory.title,
        '（上接01版）',
        ...riverStory.paragraphs.slice(3),
        riverStory.dateline,
        ...storyLines(ferryStory),
      ]),
    );
    const short = variant(
      'v3',
      page(storyLines(riverStory, { paragraphs: [0, 1, 2], dateline: '据新华社杭州3月12日电' })),
    );
    const { shared, unique } = findStories([front, inside, short]);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.missing).toEqual([]);
    expect(spansOf(shared[0], inside)).toEqual([
      { variant: 'v2', ...extent(inside.text, riverStory.title, riverStory.dateline) },
    ]);
    expect(unique.map((u) => u.title).sort()).toEqual(
      [ferryStory.title, libraryStory.title].sort(),
    );
  });

  it('does not attach a continued part whose repeated headline is another story’s', () => {
    const front = variant(
      'v1',
      page([riverStory.title, ...riverStory.paragraphs.slice(0, 3), '（转第2版）']),
    );
    const inside = variant(
      'v2',
      page([farmStory.title, '（上接01版）', ...farmStory.paragraphs.slice(3), farmStory.dateline]),
    );
    const short = variant(
      'v3',
      page(storyLines(riverStory, { paragraphs: [0, 1, 2], byline: false })),
    );
    const { shared } = findStories([front, inside, short]);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.missing).toEqual(['v2']);
  });

  it('follows a story split within one page and keeps the story between out', () => {
    const lines = [
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 3),
      '（下转第4版）',
      ...storyLines(ferryStory),
      '（上接第1版）',
      ...riverStory.paragraphs.slice(3),
      riverStory.dateline,
    ];
    const split = variant('v1', page(lines));
    const whole = variant('v2', page(storyLines(riverStory)));
    const ferry = variant('v3', page(storyLines(ferryStory)));
    const { shared } = findStories([split, whole, ferry]);
    expect(shared).toHaveLength(2);
    const river = storyWith(shared, split, riverStory.paragraphs[0] ?? '');
    expect(spansOf(river, split)).toEqual([
      { variant: 'v1', ...extent(split.text, riverStory.title, '（下转第4版）') },
      { variant: 'v1', ...extent(split.text, '（上接第1版）', riverStory.dateline) },
    ]);
    expect(river?.missing).toEqual(['v3']);
  });

  it('stops a continued part at its letter-coded 接 mark when the neighbour above it is one page’s own story', () => {
    const lines = [
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 2),
      '（转B3）',
      '城西新建两座过街天桥',
      '本报讯 城西区本月起新建两座过街天桥，方便沿线居民出行。',
      '（接B1）',
      ...riverStory.paragraphs.slice(2),
    ];
    const split = variant('v1', page(lines));
    const whole = variant('v2', page(storyLines(riverStory)));
    const { shared } = findStories([split, whole]);
    const river = storyWith(shared, split, riverStory.paragraphs[0] ?? '');
    expect(spanText(river, split)).not.toContain('过街天桥');
    expect(spansOf(river, split)[1]?.start).toBe(split.text.indexOf('（接B1）'));
  });

  it('keeps a subheaded story whole over many pages when a few abridged pages each dropped a different section', () => {
    const p = riverStory.paragraphs;
    const sections = [
      [p[0]],
      ['截污是治水的关键', p[1], p[2]],
      ['生态修复同步推进', p[3]],
      ['长效管护保成果', p[5], p[6]],
    ];
    const pages = Array.from({ length: 12 }, (_, k) => {
      // Page 1 dropped the lead paragraph, page 3 the second section's, page 7 the third's, page 10 the fourth's.
      const kept = sections.map((lines, n) =>
        (k === 1 && n === 0) ||
        (k === 3 && n === 1) ||
        (k === 7 && n === 2) ||
        (k === 10 && n === 3)
          ? lines.slice(0, n === 0 ? 0 : 1)
          : lines,
      );
      return variant(
        `v${k + 1}`,
        page([
          riverStory.title,
          riverStory.byline,
          ...kept.flat().map((x) => x ?? ''),
          riverStory.dateline,
        ]),
      );
    });
    const { shared } = findStories(pages);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.missing).toEqual([]);
  });

  it('takes each paper’s own headline into the story and names it by the most common one', () => {
    const other = '十年治水见成效 青溪河重现碧波';
    const v1 = variant(
      'v1',
      page([...storyLines(farmStory), ...storyLines(riverStory, { title: other })]),
    );
    const v2 = variant('v2', page(storyLines(riverStory)));
    const v3 = variant('v3', page([...storyLines(riverStory), ...storyLines(libraryStory)]));
    const { shared } = findStories([v1, v2, v3]);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.title).toBe(riverStory.title);
    expect(spansOf(shared[0], v1)[0]?.start).toBe(v1.text.indexOf(other));
    expect(spansOf(shared[0], v2)[0]?.start).toBe(v2.text.indexOf(riverStory.title));
  });

  it('finds a story embedded among unrelated paragraphs without spilling into them', () => {
    const before = fillerParagraphs.slice(0, 4);
    const after = fillerParagraphs.slice(4);
    const body = riverStory.paragraphs.slice(0, 5);
    const embedded = variant('v1', page([...before, ...body, ...after]));
    const wire = variant('v2', page(storyLines(riverStory)));
    const { shared } = findStories([embedded, wire]);
    expect(shared).toHaveLength(1);
    expect(spansOf(shared[0], embedded)).toEqual([
      { variant: 'v1', ...extent(embedded.text, body[0] ?? '', body[4] ?? '') },
    ]);
  });

  it('does not glue an embedded story to the paragraphs of another shared story around it', () => {
    const ferry = ferryStory.paragraphs;
    const body = riverStory.paragraphs.slice(0, 5);
    const embedded = variant('v1', page([...ferry.slice(0, 2), ...body, ...ferry.slice(2)]));
    const wire = variant('v2', page(storyLines(riverStory)));
    const ferryWire = variant('v3', page([...storyLines(libraryStory), ...storyLines(ferryStory)]));
    const { shared } = findStories([embedded, wire, ferryWire]);
    expect(shared).toHaveLength(2);
    const river = storyWith(shared, embedded, body[0] ?? '');
    expect(spansOf(river, embedded)).toEqual([
      { variant: 'v1', ...extent(embedded.text, body[0] ?? '', body[4] ?? '') },
    ]);
    expect(river?.missing).toEqual(['v3']);
  });

  it('keeps stories apart when a column break glued half a paragraph of one to a paragraph of the other', () => {
    const a = riverStory.paragraphs;
    const b = farmStory.paragraphs;
    // Most of the paragraph stays before the break, so the glued block matches both stories.
    const cut = (a[1] ?? '').length - 12;
    const lines = [
      riverStory.title,
      a[0] ?? '',
      b[0] ?? '',
      (a[1] ?? '').slice(0, cut),
      b[1] ?? '',
      (a[1] ?? '').slice(cut),
      a[2] ?? '',
      b[2] ?? '',
      a[3] ?? '',
      b[3] ?? '',
    ];
    const ocr = variant('v1', page(lines));
    const clean = variant('v2', page([...storyLines(riverStory), ...storyLines(farmStory)]));
    const { shared } = findStories([ocr, clean]);
    expect(shared).toHaveLength(2);
    const river = storyWith(shared, ocr, a[0] ?? '');
    const farm = storyWith(shared, ocr, b[0] ?? '');
    expect(river).not.toBe(farm);
    const riverText = spanText(river, ocr);
    for (const p of [a[0], a[2], a[3]]) expect(riverText).toContain(p);
    for (const p of b.slice(0, 4)) expect(riverText).not.toContain(p);
    for (const p of b.slice(0, 4)) expect(spanText(farm, ocr)).toContain(p);
  });

  it('takes in the closing paragraphs that the other paper cut, up to the dateline', () => {
    const full = variant('v1', page([...storyLines(farmStory), ...storyLines(ferryStory)]));
    const cut = variant(
      'v2',
      page(storyLines(farmStory, { paragraphs: [0, 1, 2, 3], dateline: '据新华社济南3月10日电' })),
    );
    const story = findStories([full, cut]).shared[0];
    expect(spansOf(story, full)).toEqual([
      { variant: 'v1', ...extent(full.text, farmStory.title, farmStory.dateline) },
    ]);
  });

  it('leaves out endings that every paper prints differently: pieces on the same subject that follow without a headline', () => {
    const body = riverStory.paragraphs.slice(0, 5);
    // Each paper follows the story with its own short piece about the river, with no headline.
    const ownA =
      '另据了解，青溪河沿岸今年还将新增三处亲水平台，河畔步道也将延伸至上游湿地公园，方便市民休闲。';
    const ownB =
      '记者在青溪河下游看到，河道两侧的护坡已经完成加固，几位钓鱼爱好者正在河边的树荫下垂钓。';
    const a = variant('v1', page([riverStory.title, ...body, ownA]));
    const b = variant('v2', page([riverStory.title, ...body, ownB]));
    const story = findStories([a, b]).shared[0];
    expect(spanText(story, a)).toContain(body[4]);
    expect(spanText(story, a)).not.toContain(ownA);
    expect(spanText(story, b)).not.toContain(ownB);
    // The same ending printed by one paper only is the tail the other cut, and stays.
    const cut = variant('v2', page([riverStory.title, ...body.slice(0, 4)]));
    expect(spanText(findStories([a, cut]).shared[0], a)).toContain(body[4]);
  });

  it('does not reach back over unrelated paragraphs to an unrelated headline', () => {
    const body = riverStory.paragraphs.slice(0, 5);
    const embedded = variant(
      'v1',
      page(['本市新增公共停车泊位', ...fillerParagraphs.slice(0, 2), ...body]),
    );
    const wire = variant('v2', page(storyLines(riverStory)));
    const story = findStories([embedded, wire]).shared[0];
    expect(spansOf(story, embedded)).toEqual([
      { variant: 'v1', ...extent(embedded.text, body[0] ?? '', body[4] ?? '') },
    ]);
  });

  it('takes in a rewritten lead paragraph under the headline', () => {
    const lead =
      '新华社杭州3月12日电 十年治理之后，青溪河重现清流，沿岸居民又回到了河边散步、垂钓。';
    const rewritten = variant(
      'v1',
      page([riverStory.title, lead, ...riverStory.paragraphs.slice(1), riverStory.dateline]),
    );
    const wire = variant('v2', page(storyLines(riverStory)));
    const story = findStories([rewritten, wire]).shared[0];
    expect(spansOf(story, rewritten)).toEqual([
      { variant: 'v1', ...extent(rewritten.text, riverStory.title, riverStory.dateline) },
    ]);
  });

  it('does not run on through unrelated paragraphs to a far dateline', () => {
    const body = riverStory.paragraphs.slice(0, 5);
    const embedded = variant(
      'v1',
      page([...body, ...fillerParagraphs.slice(0, 6), '（新华社宁波3月11日电）']),
    );
    const wire = variant('v2', page(storyLines(riverStory)));
    const story = findStories([embedded, wire]).shared[0];
    expect(spansOf(story, embedded)).toEqual([
      { variant: 'v1', ...extent(embedded.text, body[0] ?? '', body[4] ?? '') },
    ]);
  });

  it('does not take a passage two different stories both quote for a shared story', () => {
    const quote =
      '“要把群众的操心事、烦心事、揪心事一件一件解决好，让发展成果更多更公平惠及全体人民。”';
    const river = [...storyLines(riverStory)];
    river.splice(4, 0, quote);
    const farm = [...storyLines(farmStory)];
    farm.splice(3, 0, quote);
    const { shared, unique } = findStories([variant('v1', page(river)), variant('v2', page(farm))]);
    expect(shared).toEqual([]);
    expect(unique.map((u) => u.title)).toEqual([riverStory.title, farmStory.title]);
  });

  it('gives a headline repeated above 上接 to the continued story, not to the one before it', () => {
    const text = page([
      ...storyLines(libraryStory),
      ...farmStory.paragraphs.slice(0, 2),
      farmStory.title,
      '（上接第4版）',
      ...farmStory.paragraphs.slice(2),
    ]);
    const { unique } = findStories([
      variant('v1', text),
      variant('v2', page(storyLines(ferryStory))),
    ]);
    const farm = unique.find((u) => u.title === farmStory.title);
    expect(farm?.spans[0]?.start).toBe(text.indexOf(farmStory.title));
    expect(
      unique.some((u) =>
        u.spans.some(
          (sp) =>
            sp.start < text.indexOf(farmStory.title) && sp.end > text.indexOf(farmStory.title),
        ),
      ),
    ).toBe(false);
  });

  it('reports no shared story between pages that share none', () => {
    const v1 = variant('v1', page([...storyLines(riverStory), ...storyLines(farmStory)]));
    const v2 = variant('v2', page([...storyLines(libraryStory), ...storyLines(ferryStory)]));
    const { shared, unique } = findStories([v1, v2]);
    expect(shared).toEqual([]);
    expect(unique.map((u) => u.title)).toEqual([
      riverStory.title,
      farmStory.title,
      libraryStory.title,
      ferryStory.title,
    ]);
  });
});

describe('findStories properties', () => {
  const stories = [riverStory, farmStory, libraryStory, ferryStory];
  const pageArb = fc.array(
    fc.oneof(
      fc.record({
        story: fc.integer({ min: 0, max: 3 }),
        drop: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      }),
      fc.integer({ min: 0, max: fillerParagraphs.length - 1 }),
    ),
    { minLength: 1, maxLength: 5 },
  );
  const render = (items: readonly ({ story: number; drop: boolean[] } | number)[]): string =>
    page(
      items.flatMap((item) => {
        if (typeof item === 'number') return [fillerParagraphs[item] ?? ''];
        const story = stories[item.story] ?? riverStory;
        const kept = story.paragraphs
          .map((_, i) => i)
          .filter((i) => i === 0 || item.drop[i] !== true);
        return storyLines(story, { paragraphs: kept });
      }),
    );

  it('gives spans inside the text, in order, and never gives one block to two stories', () => {
    fc.assert(
      fc.property(fc.array(pageArb, { minLength: 2, maxLength: 4 }), (pages) => {
        const variants = pages.map((items, i) => variant(`v${i + 1}`, render(items)));
        const { shared, unique } = findStories(variants);
        for (const v of variants) {
          const all = [...shared, ...unique].flatMap((s) =>
            s.spans.filter((sp) => sp.variant === v.id),
          );
          for (const sp of all) {
            expect(sp.start).toBeGreaterThanOrEqual(0);
            expect(sp.end).toBeLessThanOrEqual(v.text.length);
            expect(sp.end).toBeGreaterThan(sp.start);
          }
          const sorted = [...all].sort((a, b) => a.start - b.start);
          for (let i = 1; i < sorted.length; i++)
            expect(sorted[i]?.start).toBeGreaterThanOrEqual(sorted[i - 1]?.end ?? 0);
          for (const story of shared) {
            const own = story.spans.filter((sp) => sp.variant === v.id);
            for (let i = 1; i < own.length; i++)
              expect(own[i]?.start).toBeGreaterThan(own[i - 1]?.end ?? 0);
          }
        }
        stories.forEach((fixture, k) => {
          const lead = fixture.paragraphs[0] ?? '';
          const printers = variants.filter((v) => v.text.split(lead).length === 2);
          if (printers.length < 2) return;
          const found = shared.filter((st) =>
            printers.every((v) => spanText(st, v).includes(lead)),
          );
          expect(found, `story ${k} printed once on ${printers.length} pages`).toHaveLength(1);
        });
        for (const story of shared) {
          const carriers = new Set(story.spans.map((sp) => sp.variant));
          expect(carriers.size).toBeGreaterThanOrEqual(2);
          expect([...carriers, ...story.missing].sort()).toEqual(variants.map((v) => v.id).sort());
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('a paragraph a reprint set above the dateline lead', () => {
  it('stays in the story: one paragraph under the headline does not make the dateline open another', () => {
    const title = '山村水渠通水 千亩稻田喜迎春灌';
    const lead =
      '新华社长沙3月5日电（记者林远）5日上午，湘西北青峰村新修的六公里水渠正式通水，村里一千二百亩稻田告别了“靠天吃水”的日子。';
    const body = [
      '青峰村地处山区，过去灌溉全靠山塘蓄水，遇到干旱年份，不少田块只能撂荒。去年秋天，村里筹资一百八十万元开始修渠。',
      '修渠期间，村民们自发投工投劳，累计出工三千多个。七十岁的老党员向德顺每天第一个到工地，被大家称为“水渠爷爷”。',
    ];
    const closing =
      '通水当天，村民们在渠边放起了鞭炮。种粮大户田春生说，今年他打算多种两百亩双季稻，收成有了保障。';
    const page = (paras: string[]): string => `${paras.join('\n\n')}\n`;
    const variants = [
      variant(
        'v1',
        page([
          '湘北日报 2026年3月6日 第2版',
          title,
          lead,
          ...body,
          closing,
          '图书馆少儿阅览室改造完成',
          '本报讯 市图书馆少儿阅览室日前完成改造，新增图书一万两千册，周末开放时间延长至晚上八点。',
        ]),
      ),
      variant('v2', page([title, lead, ...body, closing])),
      // The closing paragraph set right under the headline, above the dateline lead.
      variant('v3', page(['洞庭晚报 A3', title, closing, lead, ...body])),
    ];
    const { shared } = findStories(variants);
    expect(shared).toHaveLength(1);
    const moved = variants[2] as VariantText;
    expect(spanText(shared[0], moved)).toContain(closing);
    expect(spanText(shared[0], moved)).toContain(lead);
    expect(shared[0]?.title).toBe(title);
  });
});
