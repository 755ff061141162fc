import { describe, expect, it } from 'vitest';
import { farmStory, fillerParagraphs, riverStory } from '../../test/fixtures/stories/news-stories';
import { makeFinderContext } from './finder-context';
import { keyWeight, makeTailJudge, properNames, topicTokens } from './topic-words';

describe('topic words', () => {
  it('tokenises Han text into bigrams and Latin text into words of three or more characters, without everyday words and years', () => {
    expect([...topicTokens('广州站 K303 at the pier in 2026')].sort()).toEqual(
      ['k303', 'pier', '广州', '州站'].sort(),
    );
    expect([...topicTokens('branches cities reservoirs boxes glass')].sort()).toEqual([
      'box',
      'branch',
      'city',
      'glass',
      'reservoir',
    ]);
  });

  it('leaves out the bigrams of news reporting itself', () => {
    expect([...topicTokens('新华社记者今年表示')]).toEqual(['社记', '者今', '年表']);
  });

  it('counts overlapping bigrams as one word, and a headline word of three characters as two', () => {
    expect(keyWeight(['负责', '责人'], new Set())).toBe(1);
    expect(keyWeight(['负责', '责人', '今年'], new Set())).toBe(2);
    expect(keyWeight(['广州', '州站'], new Set(['广州', '州站']))).toBe(2);
    expect(keyWeight(['城市'], new Set(['城市']))).toBe(1);
    expect(keyWeight(['branch'], new Set(['branch']))).toBe(2);
    expect(keyWeight(['city'], new Set(['city']))).toBe(1);
    expect(keyWeight(['branch'], new Set())).toBe(1);
    expect(keyWeight(['竹编'], new Set(['竹编']), new Set(['竹编']))).toBe(2);
  });

  it('follows the paragraphs that continue a story and stops at unrelated ones', () => {
    const judge = makeTailJudge(
      [{ titles: [riverStory.title], paragraphs: riverStory.paragraphs.slice(0, 2) }],
      () => 0,
      makeFinderContext(),
    );
    const tail = riverStory.paragraphs.slice(2);
    expect(judge.continuing(tail)).toBe(tail.length);
    expect(judge.continuing(fillerParagraphs.slice(0, 4))).toBe(0);
    expect(judge.continuing([...tail.slice(0, 2), ...farmStory.paragraphs.slice(0, 4)])).toBe(2);
  });

  it('does not count words the background paragraphs use everywhere', () => {
    const copies = [{ titles: [riverStory.title], paragraphs: riverStory.paragraphs.slice(0, 2) }];
    const tail = riverStory.paragraphs.slice(3, 4);
    const everywhere = new Map(
      [...topicTokens(riverStory.paragraphs[3] ?? '')].map((t) => [t, 10]),
    );
    expect(makeTailJudge(copies, () => 0, makeFinderContext()).continuing(tail)).toBe(1);
    expect(
      makeTailJudge(copies, (t) => everywhere.get(t) ?? 0, makeFinderContext()).continuing(tail),
    ).toBe(0);
  });

  it("follows a cut tail that names the story's people and things once each, and not a paragraph that shares one such word", () => {
    const story = {
      titles: ['Harbor town votes to rebuild seawall'],
      paragraphs: [
        'KELSO BAY, Maine - Town meeting voters approved a $12 million plan on Tuesday to rebuild the crumbling seawall along Front Street.',
        'Selectwoman Marguerite Tolland, who led the campaign, said the granite blocks would be quarried in the county.',
      ],
    };
    const judge = makeTailJudge([story], () => 0, makeFinderContext());
    // The reprint that cut this paragraph leaves it unmatched: it repeats two rare words of the story.
    expect(
      judge.continuing([
        '"We cannot wait for the next storm," Tolland said, standing on the granite steps near the ferry landing.',
      ]),
    ).toBe(1);
    // Another story's paragraph that happens to share one rare word is not taken.
    expect(
      judge.continuing([
        'The harvest fair opens Friday with a granite carving contest and pony rides for children.',
      ]),
    ).toBe(0);
    // Nor one that shares a name from the story's lead rather than the person it ended on.
    expect(
      judge.continuing([
        'A new bakery on Front Street sells granite-grey macarons to visitors every weekend.',
      ]),
    ).toBe(0);
  });

  it('takes as names the words capitalised inside a sentence, not sentence openers, weekdays or months', () => {
    expect(
      properNames(
        '"We will build it," said Councilor Ingrid Halvorsen on Monday. Crews start in March near Lincoln Park.',
      ),
    ).toEqual(['councilor', 'ingrid', 'halvorsen', 'lincoln']);
  });

  it("does not count the judged paragraph's copies on other pages as background", () => {
    const copies = [{ titles: [riverStory.title], paragraphs: riverStory.paragraphs.slice(0, 2) }];
    const tail = riverStory.paragraphs[3] ?? '';
    // Three pages print the tail: its words are in three background paragraphs.
    const printed = new Map([...topicTokens(tail)].map((t) => [t, 3]));
    const judge = makeTailJudge(copies, (t) => printed.get(t) ?? 0, makeFinderContext());
    expect(judge.continuing([tail])).toBe(0);
    expect(judge.continuing([tail], [tail, tail])).toBe(1);
    // Copies of an unrelated paragraph do not make it continue the story.
    expect(judge.continuing([fillerParagraphs[0] ?? ''], [fillerParagraphs[0] ?? ''])).toBe(0);
  });

  it('hears an echo of a word the story printed once that no other paragraph carries, and not of a common one', () => {
    const story = {
      titles: ['老码头变身文创街区'],
      paragraphs: ['仓库保留了12座历史建筑和3台老式吊机。', '街区开放半年来已接待游客约65万人次。'],
    };
    const background = new Map([['游客', 3]]);
    const judge = makeTailJudge([story], (t) => background.get(t) ?? 0, makeFinderContext());
    expect(judge.echoes?.('退休工人于长顺说，每次走到吊机下，都像回到了年轻时候。')).toBe(true);
    // 游客 is carried by three other paragraphs of the pages: everyday there.
    expect(judge.echoes?.('端午假期外地游客明显增多，景区门票一票难求。')).toBe(false);
    expect(judge.echoes?.('市气象台预报，本周后半段将有一次明显降雨过程。')).toBe(false);
  });
});
