import { describe, expect, it } from 'vitest';
import type { BlockKind } from './block-types';
import { segmentPage } from './segment-page';

/** The kind of the block that holds `line` on `page`. */
function kindOf(page: string, line: string): BlockKind | undefined {
  const at = page.indexOf(line);
  return segmentPage(page).blocks.find((b) => b.start <= at && at < b.end)?.kind;
}

const WEB_PAGE = [
  'HARBOR WIRE',
  'Local > Coast',
  '',
  'Ferry crews train for winter storms',
  '',
  'By MIRELLA STAVANGER-OKAFOR',
  'Associated Press',
  '',
  'SALT COVE, Maine (AP) — Ferry crews on the island run spent Tuesday practicing rescues in cold water.',
  '',
  'The drills are held every November before the first storms arrive.',
  '',
  'Reader support keeps our reporting free for everyone. Become a member today.',
  '',
  'Subscribe to our morning newsletter for the day’s top stories.',
  '',
  '扫码关注本报微信公众号',
  '',
  'Copyright 2026 Harbor Wire.',
].join('\n');

describe('lines an outlet sets about itself', () => {
  it('takes an appeal to readers (support, join, subscribe, follow) for the page’s furniture, by shape', () => {
    expect(kindOf(WEB_PAGE, 'Reader support keeps')).toBe('furniture');
    expect(kindOf(WEB_PAGE, 'Subscribe to our morning')).toBe('furniture');
    expect(kindOf(WEB_PAGE, '扫码关注本报')).toBe('furniture');
    expect(kindOf(WEB_PAGE, 'The drills are held')).toBe('paragraph');
  });

  it('keeps a quoted appeal, an appeal that names nothing an outlet offers, and a sentence about subscriptions as story text', () => {
    const story = [
      'Volunteers rebuilt the pier.',
      '',
      '“Support your harbor, and come to the opening,” said Ona Bright.',
      '',
      'Donate blood at the fire hall through Friday.',
      '',
      'Newsletter subscriptions at the library rose by a third this year.',
      '',
      '市民可扫码关注“海港服务”公众号预约参观，名额有限。',
    ].join('\n');
    for (const line of ['“Support your', 'Donate blood', 'Newsletter subscriptions', '市民可扫码'])
      expect(kindOf(story, line)).toBe('paragraph');
  });

  it('takes a line naming only a wire service, spelled out or not, for furniture, not a headline', () => {
    expect(kindOf(WEB_PAGE, 'Associated Press')).toBe('furniture');
    for (const agency of ['The Associated Press', 'Reuters', 'Agence France-Presse']) {
      const page = WEB_PAGE.replace('\nAssociated Press\n', `\n${agency}\n`);
      expect(kindOf(page, agency)).toBe('furniture');
    }
    // A short headline of capitalised words is a headline.
    const headline = WEB_PAGE.replace('\nAssociated Press\n', '\nAnchor Point Rescue\n');
    expect(kindOf(headline, 'Anchor Point Rescue')).toBe('title');
  });
});
