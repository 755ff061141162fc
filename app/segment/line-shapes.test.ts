import { describe, expect, it } from 'vitest';
import type { LineShape } from './classify-line';
import type { LineShapes } from './read-lines';
import { segmentPage } from './segment-page';

/** Two editions of one page of our own: most lines alike, a headline level and a line changed. */
const EDITION_A = [
  '2026年4月2日 星期四',
  '# 梅溪村的茶园上了新平台',
  '■本报记者 陈一禾',
  '本报杭州4月1日讯 清明前后，梅溪村的茶农忙着采摘新茶。',
  '今年村里的茶叶第一次通过线上平台卖到了外省，',
  '订单比去年多了三成。',
  '茶农周秀兰说：“以前靠人上门收，现在手机上就能接单。”',
  '责任编辑：林禾',
].join('\n\n');

const EDITION_B = EDITION_A.replace('# 梅溪村', '## 梅溪村')
  .replace('多了三成', '多了四成')
  .replace('责任编辑：林禾', '（转第3版）');

describe('segmentPage with the line shapes of a run', () => {
  it('segments each page as it does alone, reading each line and level once', () => {
    const known: LineShapes = new Map();
    const shared = [EDITION_A, EDITION_B, EDITION_A].map((text) => segmentPage(text, known));
    const alone = [EDITION_A, EDITION_B, EDITION_A].map((text) => segmentPage(text));
    expect(shared).toEqual(alone);
    // Eight lines in A; B adds its headline at another level, the changed sentence and the jump
    // line; the second A adds none.
    expect(known.size).toBe(11);
  });

  it('keeps a line read under a heading mark apart from the same line read without one', () => {
    const known: LineShapes = new Map();
    segmentPage('# 春茶开采\n\n正文第一段。', known);
    segmentPage('春茶开采\n\n正文第一段。', known);
    const shapes: LineShape[] = [...known.values()];
    expect(known.size).toBe(3);
    expect(shapes.filter((s) => s.kind === 'title')).toHaveLength(2);
  });
});
