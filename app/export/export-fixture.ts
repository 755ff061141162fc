/**
 * A small, hand-written three-variant story with its review, for the export tests and for
 * trying exports by hand. Offsets are computed from the texts, never typed in, so the fixture
 * cannot drift from them. (Our own text: no sample page is copied.)
 */
import type { Flag, Reading, Story, VariantText } from '../model/types';
import type { CanonicalAnchor, Decision, StoryReview } from '../review/types';
import type { ExportSource } from './types';

const TITLE = '社区食堂温暖老人心';
const LINE1 = '本报讯 记者王晓明报道：今年以来，城东区新开社区食堂12家，服务老人3200人次。';
const LINE2 = '区民政局局长张海燕介绍，食堂坚持微利运营，一荤一素一汤只要15元。';
const LINE3 = '不少老人说，在家门口就能吃上热饭菜，心里踏实。';

const V1 = [TITLE, LINE1, LINE2, LINE3].join('\n');
const V2 = [TITLE, LINE1.replace('3200', '3500'), LINE2.replace('张海燕', '张海艳'), LINE3].join('\r\n');
const V3 = [TITLE, LINE1, LINE2.replace('运营，', '运营、')].join('\n');

/** Where `needle` occurs in `text` after `from`, as a reading of `variant`. */
function reading(variant: string, text: string, needle: string, from = 0): Reading {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${variant}`);
  return { variant, start, end: start + needle.length, text: needle };
}

/** The three variants: a wire copy (v1), a reprint with two changes (v2), an abridged reprint (v3). */
export const FIXTURE_VARIANTS: readonly VariantText[] = [
  { id: 'v1', path: 'wire.txt', name: 'wire.txt', encoding: 'utf-8', text: V1 },
  { id: 'v2', path: 'east-daily.txt', name: 'east-daily.txt', encoding: 'utf-8', text: V2 },
  { id: 'v3', path: 'city-news.txt', name: 'city-news.txt', encoding: 'utf-8', text: V3 },
];

const comma = V1.indexOf('运营') + 2;
const FLAGS: readonly Flag[] = [
  {
    id: 's1-f1',
    category: 'number',
    readings: [reading('v1', V1, '3200'), reading('v2', V2, '3500'), reading('v3', V3, '3200')],
    majority: '3200',
  },
  {
    id: 's1-f2',
    category: 'name',
    readings: [reading('v1', V1, '张海燕'), reading('v2', V2, '张海艳'), reading('v3', V3, '张海燕')],
    majority: '张海燕',
  },
  {
    id: 's1-f3',
    category: 'punctuation',
    readings: [reading('v1', V1, '，', comma), reading('v2', V2, '，', V2.indexOf('运营') + 2), reading('v3', V3, '、')],
    majority: '，',
  },
  {
    id: 's1-f4',
    category: 'omission',
    readings: [
      reading('v1', V1, `\n${LINE3}`),
      reading('v2', V2, `\r\n${LINE3}`),
      { variant: 'v3', start: V3.length, end: V3.length, text: '' },
    ],
    majority: `\n${LINE3}`,
    note: 'city-news.txt ends here: an abridged reprint.',
  },
];

/** The one shared story, flagged in four places (one of each kind but wording). */
export const FIXTURE_STORY: Story = {
  id: 's1',
  title: TITLE,
  spans: FIXTURE_VARIANTS.map((v) => ({ variant: v.id, start: 0, end: v.text.length })),
  flags: FLAGS,
};

/** The canonical after the review: the wire copy with the reprint's corrected figure taken. */
export const FIXTURE_CANONICAL = V1.replace('3200', '3500');

function anchor(flagId: string, needle: string, from = 0): CanonicalAnchor {
  const start = FIXTURE_CANONICAL.indexOf(needle, from);
  return { flagId, start, end: start + needle.length };
}

const DECISIONS: Readonly<Record<string, Decision>> = {
  's1-f1': {
    flagId: 's1-f1',
    status: 'picked',
    text: '3500',
    variant: 'v2',
    editor: '李编辑',
    at: '2026-11-23T09:15:00.000Z',
    note: 'Checked with the desk: "3500" & not <3200>.',
  },
  's1-f2': { flagId: 's1-f2', status: 'rejected', text: '张海燕', editor: '李编辑', at: '2026-11-23T09:16:30.000Z' },
  's1-f4': { flagId: 's1-f4', status: 'rejected', text: `\n${LINE3}`, editor: '李编辑', at: '2026-11-23T09:17:00.000Z' },
};

/** The editor's review: three flags decided, the punctuation flag still open. */
export const FIXTURE_REVIEW: StoryReview = {
  storyId: 's1',
  baseVariant: 'v1',
  canonical: FIXTURE_CANONICAL,
  anchors: [
    anchor('s1-f1', '3500'),
    anchor('s1-f2', '张海燕'),
    anchor('s1-f3', '，', FIXTURE_CANONICAL.indexOf('运营') + 2),
    anchor('s1-f4', `\n${LINE3}`),
  ],
  decisions: DECISIONS,
};

/** Everything an export needs, as a project would hand it over. */
export const FIXTURE_SOURCE: ExportSource = {
  title: '城东区稿件校对',
  variants: FIXTURE_VARIANTS,
  stories: [FIXTURE_STORY],
  reviews: [FIXTURE_REVIEW],
  styleNotes: [],
};
