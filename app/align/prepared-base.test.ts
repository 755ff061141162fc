import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { blockChunks } from './block-align';
import { prepareBase, type PreparedBase } from './block-anchors';

const base = foldText(
  [
    '东岭村负责人说，今年已服务1200人次。',
    '西坪镇的养老驿站新添了二十张床位。',
    '南湖街道推出了助餐服务，老人可以就近吃饭。',
    '北山社区的志愿者每周上门两次。',
  ].join('\n\n'),
);
const variants = [
  [
    '东岭村负责人说，今年已服务1300人次。',
    '西坪镇的养老驿站新添了二十张床位。',
    '北山社区的志愿者每周上门两次。',
  ],
  [
    '西坪镇的养老驿站新添了三十张床位。',
    '东岭村负责人说，今年已服务1200人次。',
    '南湖街道推出了助餐服务，老人可以就近用餐。',
    '北山社区的志愿者每周上门两次。',
  ],
].map((paras) => foldText(paras.join('\n\n')));

describe('a base prepared once for many variants', () => {
  it('gives every variant the chunks it gets without one', () => {
    let made = 0;
    let prepared: PreparedBase | undefined;
    const once = (): PreparedBase =>
      (prepared ??= (made++, prepareBase(base.text, base.paragraphStarts)));
    for (const v of variants) {
      const alone = blockChunks(base.text, v.text, base.paragraphStarts, v.paragraphStarts);
      expect(blockChunks(base.text, v.text, base.paragraphStarts, v.paragraphStarts, once)).toEqual(
        alone,
      );
      expect(alone).not.toBeNull();
    }
    expect(made).toBe(1);
  });

  it('is not used for another base', () => {
    const other = foldText('另一篇稿子的第一段。\n\n另一篇稿子的第二段。');
    const wrong = (): PreparedBase => prepareBase(other.text, other.paragraphStarts);
    const v = variants[0] as (typeof variants)[number];
    expect(blockChunks(base.text, v.text, base.paragraphStarts, v.paragraphStarts, wrong)).toEqual(
      blockChunks(base.text, v.text, base.paragraphStarts, v.paragraphStarts),
    );
  });
});
