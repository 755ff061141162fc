/**
 * A small project for the project UI's tests: three reprints of a local news item (text written
 * for these tests), compared by the real engine, with a decision at the name and wording flags.
 */
import { compareVariants } from '../../../app/compare';
import type { CompareResult, Story, VariantText } from '../../../app/model/types';
import { createProject } from '../../../app/project/project-file';
import type { Project } from '../../../app/project/types';
import type { StoryReview } from '../../../app/review/types';
import { reviewModel } from '../../../renderer/review/review-model';

/** The wire copy every reprint starts from. */
export const WIRE_TEXT = [
  '本报讯（记者王晓燕）11月20日，市民政局召开全市社会工作推进会。市民政局副局长李肖娜介绍，截至今年10月底，全市共有持证社会工作者4110名，比去年增加了612名。',
  '会议指出，各区要把社会工作站建设作为基层治理的重要抓手，推动服务向社区延伸、向群众身边延伸。今年以来，全市建成社区食堂318家，日均服务老年人4万人次。',
  '下一步，市民政局将继续完善激励保障政策，加强专业人才培养，切实解决群众急难愁盼的困难，让人民群众的获得感、幸福感更加充实。',
].join('\n\n');

/** The three variants: v2 drops a character of the name and misprints a number, v3 rewords. */
export function fixtureVariants(): VariantText[] {
  return [
    { id: 'v1', path: '/papers/wire.txt', name: 'wire.txt', encoding: 'utf-8', text: WIRE_TEXT },
    {
      id: 'v2',
      path: '/papers/daily.txt',
      name: 'daily.txt',
      encoding: 'utf-8',
      text: WIRE_TEXT.replace('李肖娜', '肖娜').replace('4110', '4100'),
    },
    {
      id: 'v3',
      path: '/papers/evening.txt',
      name: 'evening.txt',
      encoding: 'utf-8',
      text: WIRE_TEXT.replace('困难', '问题'),
    },
  ];
}

/** A stand-in SHA-256: the tests only need equal texts to give equal hashes. */
export function fakeSha(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return `sha-${h.toString(16)}-${text.length}`;
}

/** The flag of a story whose readings include the text (or, for a category name, of that category). */
export function flagWith(story: Story, text: string, category?: string): string {
  const flag = story.flags.find((f) =>
    category ? f.category === category : f.readings.some((r) => r.text.includes(text)),
  );
  if (!flag) throw new Error(`no flag reads ${text}`);
  return flag.id;
}

/** The fixture compared, reviewed (the name as the daily prints it, the wording of the evening paper) and packed as a project. */
export function reviewedProject(): {
  project: Project;
  result: CompareResult;
  review: StoryReview;
  variants: VariantText[];
} {
  const variants = fixtureVariants();
  const result = compareVariants(variants);
  const story = result.stories[0];
  if (!story) throw new Error('the engine found no story');
  const stamp = { editor: '编辑甲', at: '2026-11-23T09:00:00.000Z' };
  let review = reviewModel.init(story, variants);
  review = reviewModel.pick(review, story, flagWith(story, '李', 'name'), 'v2', stamp);
  review = reviewModel.pick(review, story, flagWith(story, '问题'), 'v3', stamp);
  const project = createProject({
    variants: variants.map((v) => ({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: v.encoding,
      sha256: fakeSha(v.text),
      size: v.text.length,
      text: v.text,
    })),
    result,
    reviews: { [story.id]: review },
    settings: { editorName: '编辑甲', autoAdvance: true },
    title: '全市社会工作推进会',
    savedAt: '2026-11-23T09:30:00.000Z',
  });
  return { project, result, review, variants };
}
