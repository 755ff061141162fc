/**
 * A reprint that cut the story's closing paragraph, with only two variants: the closing
 * paragraph is matched nowhere and names only one thing of the story again. It stays in the
 * longer copy's span when the other copy ends the story cleanly there; a paragraph that shares
 * nothing with the story, or follows where the other copy goes on too, stays out.
 */
import { describe, expect, it } from 'vitest';
import type { Span, VariantText } from '../model/types';
import { findStories } from './find-stories';
import { page } from '../../test/fixtures/stories/news-stories';

function variant(id: string, text: string): VariantText {
  return { id, path: `${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text };
}

function spansOf(spans: readonly Span[] | undefined, v: VariantText): Span[] {
  return (spans ?? []).filter((s) => s.variant === v.id);
}

const title = '百年古桥修缮完工重新通行';
const body = [
  '新华社南昌5月8日电（记者 邹明远）历时八个月的修缮，江西省婺源县清华镇的彩虹桥日前完工，重新向行人开放。',
  '这座廊桥始建于南宋，全长一百四十米，是当地现存最长的古廊桥。去年汛期，桥墩基础受洪水冲刷出现松动，县里随即启动抢修。',
  '施工队请来了三位老石匠，按照传统工艺用糯米灰浆勾缝，替换的石料也从原采石场开采。“修旧如旧，就是要让老桥还是老桥的样子。”项目负责人胡建平说。',
];
/** The closing paragraph one paper cut: it names the 廊桥 again and nothing else of the story. */
const closing =
  '傍晚时分，住在附近的村民又聚到廊桥上乘凉聊天。七十多岁的程阿婆说，小时候就在这里看龙舟，如今又能天天来走走了。';
/** A brief of another subject that a page prints after the story without a headline. */
const brief =
  '市气象台预报，本周后半段将有一次明显降雨过程，局部地区伴有雷电和短时大风，提醒出行注意安全。';

describe('a closing paragraph one of two reprints cut', () => {
  it('stays in the longer copy when it names one word of the story and the other copy ends there', () => {
    const longer = variant('v1', page([title, ...body, closing]));
    const cut = variant('v2', page([title, ...body]));
    const story = findStories([longer, cut]).shared[0];
    expect(spansOf(story?.spans, longer)).toEqual([
      { variant: 'v1', start: 0, end: longer.text.indexOf(closing) + closing.length },
    ]);
  });

  it('stays in when the cut copy goes on with another headed story', () => {
    const other = [
      '城东新建三座口袋公园',
      '新华社南昌5月8日电 记者从市园林局获悉，城东三座口袋公园近日建成开放，为周边居民增添了休闲去处。',
    ];
    const longer = variant('v1', page([title, ...body, closing, ...other]));
    const cut = variant(
      'v2',
      page([title, ...body, ...other.map((line) => line.replace('三座', '3座'))]),
    );
    const story = findStories([longer, cut]).shared.find((s) => s.title === title);
    expect(spansOf(story?.spans, longer)).toEqual([
      { variant: 'v1', start: 0, end: longer.text.indexOf(closing) + closing.length },
    ]);
  });

  it('leaves out a paragraph that names nothing of the story', () => {
    const longer = variant('v1', page([title, ...body, brief]));
    const cut = variant('v2', page([title, ...body]));
    const story = findStories([longer, cut]).shared[0];
    const last = body[body.length - 1] ?? '';
    expect(spansOf(story?.spans, longer)).toEqual([
      { variant: 'v1', start: 0, end: longer.text.indexOf(last) + last.length },
    ]);
  });

  it('leaves out a one-word echo when the other copy also goes on with a paragraph of its own', () => {
    // Both pages print a paragraph of their own after the story: neither shape is a cut tail.
    const longer = variant('v1', page([title, ...body, closing]));
    const other = variant('v2', page([title, ...body, brief]));
    const story = findStories([longer, other]).shared[0];
    const last = body[body.length - 1] ?? '';
    expect(spansOf(story?.spans, longer)).toEqual([
      { variant: 'v1', start: 0, end: longer.text.indexOf(last) + last.length },
    ]);
    expect(spansOf(story?.spans, other)).toEqual([
      { variant: 'v2', start: 0, end: other.text.indexOf(last) + last.length },
    ]);
  });

  it('stays in when the other copy goes on with a paragraph of another story the pages print', () => {
    // The pages' own local story, in pieces around the shared one: its paragraph after the story
    // in v1 names its own things (夜间公交, 线路), which other paragraphs of the pages name too.
    const local = [
      '本报讯 从下月起，市区将新开三条夜间公交线路，覆盖火车站、人民医院和大学城，末班车延长到凌晨一点。',
      '公交集团表示，夜间公交线路开通后将根据客流调整发车间隔，高峰时段每二十分钟一班，乘客可通过手机查询实时到站信息。',
      '不少夜班工作者对此表示欢迎。在人民医院上夜班的护士小杨说，以前下班只能打车回家，有了夜间公交线路能省下不少钱。',
    ];
    const ad = '桥头农家乐　承接婚宴寿宴\n订餐电话：0793-7200000';
    const v1 = variant('v1', page([local[0] ?? '', title, ...body, local[1] ?? '', ad]));
    const v2 = variant('v2', page([local[2] ?? '', title, ...body, closing, ad]));
    const story = findStories([v1, v2]).shared.find((s) => s.title === title);
    const last = body[body.length - 1] ?? '';
    expect(spansOf(story?.spans, v2)).toEqual([
      {
        variant: 'v2',
        start: v2.text.indexOf(title),
        end: v2.text.indexOf(closing) + closing.length,
      },
    ]);
    expect(spansOf(story?.spans, v1)).toEqual([
      { variant: 'v1', start: v1.text.indexOf(title), end: v1.text.indexOf(last) + last.length },
    ]);
  });
});
