import { describe, expect, it } from 'vitest';
import type { BlockKind } from './block-types';
import { segmentPage } from './segment-page';

/** The kind of each block, with its opening characters. */
function kinds(text: string): [BlockKind, string, boolean][] {
  return segmentPage(text).blocks.map((b) => [
    b.kind,
    text.slice(b.start, Math.min(b.end, b.start + 6)),
    b.opensStory === true || b.closesStory === true,
  ]);
}

describe('a page printed in traditional characters', () => {
  it('reads its datelines, closing credits and reporters as it reads them in simplified script', () => {
    const page = [
      '港島晨報　2026年6月3日　A12',
      '',
      '老街茶樓重開',
      '',
      '新華社香港6月2日電　灣仔一間開業五十年的老茶樓，裝修半年後重新開門。',
      '',
      '茶樓第三代店主說，點心師傅大多留了下來。',
      '',
      '（新華社）',
      '',
      '【本報訊】港鐵明年將在東涌線加開兩班夜車。',
    ].join('\n');
    const read = kinds(page);
    expect(read.find(([, t]) => t.startsWith('新華社香港'))).toEqual([
      'paragraph',
      '新華社香港6',
      true,
    ]);
    expect(read.find(([, t]) => t.startsWith('（新華社'))).toEqual([
      'dateline',
      '（新華社）',
      true,
    ]);
    expect(read.find(([, t]) => t.startsWith('【本報訊'))).toEqual([
      'paragraph',
      '【本報訊】港',
      true,
    ]);
  });
});
