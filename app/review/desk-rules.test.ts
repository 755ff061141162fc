import { describe, expect, it } from 'vitest';
import { compareVariants } from '../compare';
import type { VariantText } from '../model/types';
import { initStoryReview } from './canonical';
import {
  applyDeskRules,
  DESK_RULE_IDS,
  formatDeskRulesFile,
  formatIgnoreRules,
  isNearMiss,
  parseDeskRulesFile,
  parseIgnoreRules,
} from './desk-rules';
import { reviewProblems } from './invariants';

function variant(id: string, text: string): VariantText {
  return { id, name: `${id}.txt`, path: `${id}.txt`, encoding: 'utf-8', text };
}

const P1 =
  '本报讯（记者王晓明）今年以来，城东区新开社区食堂十二家，服务老人三千多人次，受到居民欢迎。';
const P3 = '不少老人说，在家门口就能吃上热饭菜，心里踏实，子女们在外上班也放心了许多。';

function compare(texts: readonly string[]) {
  const variants = texts.map((t, i) => variant(`v${i + 1}`, t));
  return { variants, result: compareVariants(variants) };
}

describe('ignore rules', () => {
  it('drop a flag whose readings this desk counts as the same, and keep the others', () => {
    const a = `${P1}\n\n区民政局〔2025〕12号文件要求，食堂坚持微利运营，局长张海燕介绍了情况。\n\n${P3}\n`;
    const b = `${P1}\n\n区民政局[2025]12号文件要求，食堂坚持微利运营，局长张海艳介绍了情况。\n\n${P3}\n`;
    const { variants, result } = compare([a, b]);
    const before = result.stories[0]?.flags ?? [];
    expect(before.some((f) => f.readings.some((r) => r.text.includes('〔')))).toBe(true);
    const rules = { ignore: parseIgnoreRules('〔 = [\n〕 = ]'), names: [] };
    const after = applyDeskRules(result, variants, rules).stories[0]?.flags ?? [];
    expect(after.some((f) => f.readings.some((r) => /[〔[]/.test(r.text)))).toBe(false);
    expect(after.some((f) => f.readings.some((r) => r.text.includes('燕')))).toBe(true);
  });

  it('count the majority again when the rules join two readings', () => {
    const a = `${P1}\n\n局长张海燕〔介绍〕了情况，食堂坚持微利运营，一荤一素一汤只要十五元。\n\n${P3}\n`;
    const b = `${P1}\n\n局长张海燕[介绍]了情况，食堂坚持微利运营，一荤一素一汤只要十五元。\n\n${P3}\n`;
    const c = `${P1}\n\n局长张海燕（说明）了情况，食堂坚持微利运营，一荤一素一汤只要十五元。\n\n${P3}\n`;
    const { variants, result } = compare([a, b, c]);
    const rules = {
      ignore: [
        { a: '〔', b: '[' },
        { a: '〕', b: ']' },
      ],
      names: [],
    };
    const flag = applyDeskRules(result, variants, rules).stories[0]?.flags.find((f) =>
      f.readings.some((r) => r.text.includes('说明')),
    );
    expect(flag?.majority).toMatch(/介绍/);
  });

  it('parse and print one rule per line', () => {
    expect(parseIgnoreRules('〔 = [\nno rule here\n 澳门 = 澳門 ')).toEqual([
      { a: '〔', b: '[' },
      { a: '澳门', b: '澳門' },
    ]);
    expect(formatIgnoreRules([{ a: 'x', b: 'y' }])).toBe('x = y');
  });
});

describe('names book', () => {
  it('makes a flag whose readings include an entry a name flag suggesting the entry', () => {
    const a = `${P1}\n\n全国人大代表李肖娜内心激荡，她说总书记的讲话让人振奋。\n\n${P3}\n`;
    const b = `${P1}\n\n全国人大代表肖娜内心激荡，她说总书记的讲话让人振奋。\n\n${P3}\n`;
    const c = `${P1}\n\n全国人大代表肖娜内心激荡，她说总书记的讲话让人振奋。\n\n${P3}\n`;
    const { variants, result } = compare([a, b, c]);
    const story = applyDeskRules(result, variants, { ignore: [], names: ['李肖娜'] }).stories[0];
    const flag = story?.flags.find((f) => f.readings.some((r) => r.text.includes('李')));
    expect(flag?.category).toBe('name');
    expect(flag?.rule).toBe(DESK_RULE_IDS.names);
    // The majority of pages print 肖娜; the book suggests the reading that spells the entry.
    expect(flag?.majority).toBe('李');
    if (!story) throw new Error('no story');
    expect(initStoryReview(story, variants, 'v2').canonical).toContain('代表李肖娜内心');
  });

  it('flags a near miss every page prints, suggesting the entry, and the canonical takes it', () => {
    const text = `${P1}\n\n区民政局局长张海艳介绍，食堂坚持微利运营。\n\n${P3}\n`;
    const { variants, result } = compare([text, text.replace('本报讯', '本报讯 ')]);
    expect(result.stories[0]?.flags ?? []).toHaveLength(0);
    const story = applyDeskRules(result, variants, { ignore: [], names: ['张海燕'] }).stories[0];
    if (!story) throw new Error('no story');
    const flag = story.flags.find((f) => f.rule === DESK_RULE_IDS.nearMiss);
    expect(flag?.readings.map((r) => r.text)).toEqual(['张海艳', '张海艳']);
    expect(flag?.majority).toBe('张海燕');
    const review = initStoryReview(story, variants, 'v1');
    expect(review.canonical).toContain('局长张海燕介绍');
    expect(reviewProblems(review)).toEqual([]);
  });

  it('leaves exact entries and two-character names alone', () => {
    expect(isNearMiss('张海燕', '张海燕')).toBe(false);
    expect(isNearMiss('张海艳', '张海燕')).toBe(true);
    expect(isNearMiss('肖娜', '李肖娜')).toBe(true);
    expect(isNearMiss('王芳', '王方')).toBe(true);
    const text = `${P1}\n\n局长张海燕介绍，食堂坚持微利运营，王方说很好。\n\n${P3}\n`;
    const { variants, result } = compare([text, text.replace('本报讯', '本报讯 ')]);
    const story = applyDeskRules(result, variants, { ignore: [], names: ['张海燕', '王芳'] })
      .stories[0];
    expect(story?.flags ?? []).toHaveLength(0);
  });
});

describe('desk rules file', () => {
  it('round-trips and refuses what is not one', () => {
    const rules = { ignore: [{ a: '〔', b: '[' }], names: ['李肖娜'] };
    expect(parseDeskRulesFile(formatDeskRulesFile(rules))).toEqual(rules);
    expect(() => parseDeskRulesFile('[1]')).toThrow();
    expect(() => parseDeskRulesFile('{"ignore":[{"a":1}]}')).toThrow(/ignore/);
  });

  it('says which field of a bad file is at fault, through the schema', () => {
    expect(() => parseDeskRulesFile('{"ignore":[{"a":"〔","b":"["},{"a":"〕","b":7}]}')).toThrow(
      'ignore[1].b: expected a string, found number 7',
    );
    expect(() => parseDeskRulesFile('{"ignore":[{"a":"〔"}],"names":[]}')).toThrow(
      'ignore[0].b: is missing',
    );
    expect(() => parseDeskRulesFile('{"names":["李肖娜",3]}')).toThrow(
      'names[1]: expected a string, found number 3',
    );
    expect(() => parseDeskRulesFile('{"names":"李肖娜"}')).toThrow(
      'names: expected an array, found "李肖娜"',
    );
    expect(() => parseDeskRulesFile('{ignore')).toThrow(/^not JSON/);
    // A project file picked by mistake is no rules file with no rules.
    expect(() => parseDeskRulesFile('{"version":3,"variants":[]}')).toThrow(/neither/);
  });

  it('takes a file with one list, and leaves out keys a rule does not have', () => {
    expect(parseDeskRulesFile('{"names":["李肖娜"]}')).toEqual({ ignore: [], names: ['李肖娜'] });
    expect(parseDeskRulesFile('{"ignore":[{"a":"〔","b":"[","why":"house"}]}')).toEqual({
      ignore: [{ a: '〔', b: '[' }],
      names: [],
    });
  });
});
