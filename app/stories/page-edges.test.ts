/**
 * The finder at the edges of a page: mastheads and running heads above the first story, the
 * tail of a story that one page prints longer than the other (no closing dateline), a story
 * that jumps to another page (转第N版), and English pages.
 */
import { describe, expect, it } from 'vitest';
import type { Span, VariantText } from '../model/types';
import { findStories, type StoryLocation } from './find-stories';
import {
  farmStory,
  ferryStoryEn,
  fillerParagraphs,
  libraryStory,
  page,
  riverStory,
  storyLines,
} from '../../test/fixtures/stories/news-stories';

function variant(id: string, text: string): VariantText {
  return { id, path: `${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text };
}

function spansOf(story: StoryLocation | undefined, v: VariantText): Span[] {
  return (story?.spans ?? []).filter((s) => s.variant === v.id);
}

/** The story whose spans in `v` contain `needle`. */
function storyWith(
  stories: readonly StoryLocation[],
  v: VariantText,
  needle: string,
): StoryLocation | undefined {
  return stories.find((s) => covered(s, v).includes(needle));
}

/** The text the story covers in `v`, spans joined by ¦. */
function covered(story: StoryLocation | undefined, v: VariantText): string {
  return spansOf(story, v)
    .map((s) => v.text.slice(s.start, s.end))
    .join('¦');
}

describe('mastheads and running heads', () => {
  it('keeps page headers out of the story and its title (Chinese papers)', () => {
    const heads = [
      '东江日报　2026年3月12日　星期四　第3版　要闻',
      '北岸都市报 · 综合新闻 · A05',
      '南湖晚报 2026年3月12日 第4版 国内新闻',
    ];
    const variants = heads.map((head, i) =>
      variant(
        `v${i + 1}`,
        page([head, ...storyLines(riverStory), ...storyLines(i === 0 ? farmStory : libraryStory)]),
      ),
    );
    const { shared } = findStories(variants);
    const river = shared.find((s) => covered(s, variants[0] as VariantText).includes('青溪河全长'));
    expect(river?.title).toBe(riverStory.title);
    variants.forEach((v, i) => {
      expect(spansOf(river, v)[0]?.start).toBe(v.text.indexOf(riverStory.title));
      expect(covered(river, v)).not.toContain(heads[i]);
    });
  });

  it('leaves the page’s own lines stacked over a shared headline out: a long masthead, a drawn index box, a weather line', () => {
    const top = [
      '南岭晚报\nNANLING EVENING\n2026年3月12日 星期四 农历二月十四\n统一刊号 CN44-0099 今日16版',
      '┌ 本期看点 ──────────┐\n│ 3版 老街改造听民声 │\n│ 6版 春茶开采提前一周 │\n└────────────────┘',
      '天气 今天 多云转晴 8℃～15℃ 东风2级',
    ];
    const own = variant('v1', page([...top, ...storyLines(riverStory)]));
    const others = ['v2', 'v3'].map((id) => variant(id, page(storyLines(riverStory))));
    const { shared } = findStories([own, ...others]);
    const river = storyWith(shared, own, '青溪河全长');
    expect(river?.title).toBe(riverStory.title);
    expect(spansOf(river, own)[0]?.start).toBe(own.text.indexOf(riverStory.title));
  });

  it('leaves a running head that a page break put inside a story out of its spans', () => {
    const head = '东江日报　2026年3月12日　星期四　第4版　要闻';
    const broken = variant(
      'v1',
      page([
        riverStory.title,
        riverStory.byline,
        ...riverStory.paragraphs.slice(0, 3),
        head,
        ...riverStory.paragraphs.slice(3),
        riverStory.dateline,
      ]),
    );
    const wire = variant('v2', page(storyLines(riverStory)));
    const { shared } = findStories([broken, wire]);
    expect(shared).toHaveLength(1);
    const spans = spansOf(shared[0], broken);
    expect(spans).toHaveLength(2);
    expect(covered(shared[0], broken)).not.toContain('东江日报');
    expect(spans[0]?.start).toBe(broken.text.indexOf(riverStory.title));
    expect(spans[1]?.end).toBe(
      broken.text.indexOf(riverStory.dateline) + riverStory.dateline.length,
    );
  });

  it('gives an English story its own headline, not the masthead, and leaves the photo caption out', () => {
    const heads = [
      'HARBOR LEDGER   Thursday, April 2, 2026   Page B2',
      'NORTHERN GAZETTE | Local | April 2, 2026',
      'COASTAL WIRE SERVICE - TRANSPORT - 01 APR 2026',
    ];
    const caption = 'Photo caption: The ferry Halden Star docks at the mainland pier, April 1.';
    const variants = heads.map((head, i) =>
      variant(`v${i + 1}`, page([head, ...storyLines(ferryStoryEn), caption])),
    );
    const { shared, unique } = findStories(variants);
    expect(shared).toHaveLength(1);
    expect(unique).toEqual([]);
    const story = shared[0];
    expect(story?.title).toBe(ferryStoryEn.title);
    variants.forEach((v) => {
      const last = ferryStoryEn.paragraphs[ferryStoryEn.paragraphs.length - 1] ?? '';
      expect(spansOf(story, v)).toEqual([
        {
          variant: v.id,
          start: v.text.indexOf(ferryStoryEn.title),
          end: v.text.indexOf(last) + last.length,
        },
      ]);
    });
  });
});

describe('the tail of a story one page prints longer', () => {
  it('keeps the paragraphs that continue the story after the last shared one, up to the next headline', () => {
    const full = variant(
      'v1',
      page([...storyLines(riverStory, { dateline: '' }), ...storyLines(libraryStory)]),
    );
    const short = variant(
      'v2',
      page([
        ...storyLines(farmStory),
        ...storyLines(riverStory, { paragraphs: [0, 1], dateline: '' }),
      ]),
    );
    const { shared } = findStories([full, short]);
    const river = shared.find((s) => covered(s, full).includes('青溪河全长'));
    const last = riverStory.paragraphs[riverStory.paragraphs.length - 1] ?? '';
    expect(spansOf(river, full)).toEqual([
      {
        variant: 'v1',
        start: full.text.indexOf(riverStory.title),
        end: full.text.indexOf(last) + last.length,
      },
    ]);
    expect(covered(river, full)).not.toContain(libraryStory.title);
  });

  it('does not take unrelated paragraphs that follow the story without a headline', () => {
    const body = riverStory.paragraphs.slice(0, 4);
    const longer = variant(
      'v1',
      page([riverStory.title, ...body, ...fillerParagraphs.slice(0, 5)]),
    );
    const wire = variant('v2', page([riverStory.title, ...body.slice(0, 3)]));
    const river = findStories([longer, wire]).shared[0];
    const lastBody = body[3] ?? '';
    expect(spansOf(river, longer)).toEqual([
      {
        variant: 'v1',
        start: longer.text.indexOf(riverStory.title),
        end: longer.text.indexOf(lastBody) + lastBody.length,
      },
    ]);
  });

  it('keeps the closing paragraph only one of two reprints prints when it returns to the person the story ended on', () => {
    const title = 'Harbor town votes to rebuild seawall';
    const body = [
      'KELSO BAY, Maine - Town meeting voters approved a $12 million plan on Tuesday to rebuild the crumbling seawall along Front Street, the largest public works project in the town in decades.',
      'The work will be paid for with a state resilience grant and a bond that voters backed by a margin of two to one, the town clerk said after the count.',
      'Selectwoman Marguerite Tolland, who led the campaign for the plan, said the granite blocks would be quarried in the county and set in place by the spring of next year.',
    ];
    const closing =
      '"We cannot wait for the next storm to take the road," Tolland said on the granite steps near the ferry landing, where waves broke over the wall twice last winter.';
    const longer = variant('v1', page([title, ...body, closing]));
    const cut = variant('v2', page([title, ...body]));
    const story = findStories([longer, cut]).shared[0];
    expect(spansOf(story, longer)).toEqual([
      { variant: 'v1', start: 0, end: longer.text.indexOf(closing) + closing.length },
    ]);
  });

  it('leaves out a paragraph two of eight pages print after the story when it does not continue it, and makes it a story of its own', () => {
    // Eight papers print the river story, then a brief of their own; two of them print the same brief.
    const repeated = fillerParagraphs[1] ?? '';
    const briefs = [
      repeated,
      fillerParagraphs[2],
      fillerParagraphs[3],
      fillerParagraphs[4],
      repeated,
      fillerParagraphs[5],
      fillerParagraphs[6],
      fillerParagraphs[7],
    ];
    const variants = briefs.map((brief, i) =>
      variant(`v${i + 1}`, page([...storyLines(riverStory, { dateline: '' }), brief ?? ''])),
    );
    const { shared } = findStories(variants);
    const river = storyWith(shared, variants[0] as VariantText, riverStory.paragraphs[0] ?? '');
    expect(river?.spans).toHaveLength(8);
    for (const v of variants) expect(covered(river, v)).not.toContain(repeated.slice(0, 12));
    const brief = storyWith(shared, variants[0] as VariantText, repeated.slice(0, 12));
    expect(brief?.spans.map((s) => s.variant)).toEqual(['v1', 'v5']);
  });

  it('leaves out an item under its own headline that half the pages print after the story (one page and its OCR copy)', () => {
    const notice =
      'A report on Page A3 on Saturday misstated the date of the Marlow library board meeting. The board meets on March 23.';
    const story = storyLines(ferryStoryEn, { dateline: '' });
    const withNotice = page([...story, `CORRECTIONS\n${notice}`]);
    const variants = [
      variant('v1', withNotice),
      // The same page as an OCR transcription gives it: a letter misread.
      variant('v2', withNotice.replace('Marlow', 'Mar1ow')),
      // A reprint that cut the last paragraph, and one that prints its own item after the story.
      variant('v3', page(story.slice(0, -1))),
      variant('v4', page([...story, `WEATHER\nSunny and mild today, with a high near 64.`])),
    ];
    const ferry = storyWith(findStories(variants).shared, variants[0] as VariantText, 'dawn');
    expect(ferry?.spans).toHaveLength(4);
    for (const v of variants.slice(0, 2)) {
      expect(covered(ferry, v)).toContain(ferryStoryEn.paragraphs.at(-1));
      expect(covered(ferry, v)).not.toContain('CORRECTIONS');
      expect(covered(ferry, v)).not.toContain('Page A3');
    }
  });

  it('keeps a closing paragraph that only two of eight pages print when it continues the story', () => {
    const last = riverStory.paragraphs.length - 1;
    const cut = riverStory.paragraphs.map((_, i) => i).slice(0, last);
    const variants = Array.from({ length: 8 }, (_, i) =>
      variant(
        `v${i + 1}`,
        page(
          storyLines(riverStory, {
            dateline: '',
            ...(i === 0 || i === 4 ? {} : { paragraphs: cut }),
          }),
        ),
      ),
    );
    const river = findStories(variants).shared[0];
    expect(covered(river, variants[0] as VariantText)).toContain(riverStory.paragraphs[last] ?? '');
    expect(covered(river, variants[4] as VariantText)).toContain(riverStory.paragraphs[last] ?? '');
  });

  it('keeps an English tail and leaves out unrelated English paragraphs after it', () => {
    const unrelated = [
      'The school board voted on Tuesday to repair the roof of the old gymnasium before the winter, a job that will cost about $90,000.',
      'In other business, the board said that the spring concert will be held in the town hall because the theater is being painted.',
      'The next meeting of the board is set for the first Monday of the month and is open to the public.',
    ];
    const full = variant('v1', page([...storyLines(ferryStoryEn), ...unrelated]));
    const short = variant('v2', page(storyLines(ferryStoryEn, { paragraphs: [0, 1] })));
    const story = findStories([full, short]).shared[0];
    const last = ferryStoryEn.paragraphs[ferryStoryEn.paragraphs.length - 1] ?? '';
    expect(spansOf(story, full)).toEqual([
      {
        variant: 'v1',
        start: full.text.indexOf(ferryStoryEn.title),
        end: full.text.indexOf(last) + last.length,
      },
    ]);
  });

  it('ends the tail at a rule line: the note a web page sets under the rule is not the story, however close its words', () => {
    const note =
      'Coastal Wire Service coverage of island ferries and county transport is supported by readers. Support island journalism: subscribe today.';
    const web = variant(
      'v1',
      page([
        ...storyLines(ferryStoryEn),
        '___',
        note,
        'Copyright 2026 Coastal Wire Service. All rights reserved.',
      ]),
    );
    const paper = variant('v2', page(storyLines(ferryStoryEn, { paragraphs: [0, 1, 2, 3] })));
    const story = findStories([web, paper]).shared[0];
    const last = ferryStoryEn.paragraphs[ferryStoryEn.paragraphs.length - 1] ?? '';
    expect(covered(story, web)).toContain(last);
    expect(covered(story, web)).not.toContain('subscribe today');
    const cn = variant(
      'v3',
      page([
        ...storyLines(riverStory, { dateline: '' }),
        '————————',
        '青溪河治理系列报道由本报与市水利局联合推出，欢迎读者提供青溪河沿岸的新闻线索。',
      ]),
    );
    const wire = variant('v4', page(storyLines(riverStory, { paragraphs: [0, 1, 2] })));
    const river = findStories([cn, wire]).shared[0];
    expect(covered(river, cn)).not.toContain('系列报道');
  });

  it('keeps a long tail up to the 转第N版 mark when the story jumps to another page', () => {
    const jumping = variant(
      'v1',
      page([
        ...storyLines(libraryStory),
        riverStory.title,
        ...riverStory.paragraphs.slice(0, 6),
        '（转第4版）',
      ]),
    );
    const wire = variant('v2', page(storyLines(riverStory, { paragraphs: [0] })));
    const river = findStories([jumping, wire]).shared[0];
    expect(spansOf(river, jumping)).toEqual([
      {
        variant: 'v1',
        start: jumping.text.indexOf(riverStory.title),
        end: jumping.text.indexOf('（转第4版）') + '（转第4版）'.length,
      },
    ]);
  });
});

describe('stories only one page prints', () => {
  const caption = ['河畔新景（无人机照片）。', '新华社记者 周启明 摄'].join('\n');
  const other = variant('v2', page(storyLines(ferryStoryEn)));

  it('starts a new story at a headline after a photo when the text under it is about something else', () => {
    const text = page([
      farmStory.title,
      ...farmStory.paragraphs,
      caption,
      libraryStory.title,
      ...libraryStory.paragraphs,
    ]);
    const { unique } = findStories([variant('v1', text), other]);
    expect(unique.filter((u) => u.spans[0]?.variant === 'v1').map((u) => u.title)).toEqual([
      farmStory.title,
      libraryStory.title,
    ]);
  });

  it('keeps a subhead after a photo in the story when the text under it goes on with the story', () => {
    const text = page([
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 3),
      caption,
      '生态修复同步推进',
      ...riverStory.paragraphs.slice(3),
    ]);
    const { unique } = findStories([variant('v1', text), other]);
    expect(unique.filter((u) => u.spans[0]?.variant === 'v1').map((u) => u.title)).toEqual([
      riverStory.title,
    ]);
  });
});
