/**
 * The shape of a row of name evidence over one reading, and the helpers rows are written with.
 * The rows themselves live by what marks the name: name-rows-person.ts (the name's own text, a
 * title, a role or a verb around it) and name-rows-place.ts (a place, a body, a suffix, the story).
 */
import type { StoryContext } from './context';
import type { ReadingInContext } from './names';
import type { Example, WhyParams, WhyText } from './rule';

/** A test of one reading: true or words for the explanation when it lies in a name. */
export type ReadingTest = (reading: ReadingInContext, story: StoryContext) => boolean | WhyParams;

/** One row of name evidence over a reading. */
export interface ReadingRule {
  readonly id: string;
  /**
   * Only for a reading with content: not empty and not function characters alone (的, 和), which
   * belong to a name only through `name.function-char`.
   */
  readonly content: boolean;
  readonly test: ReadingTest;
  readonly why: WhyText;
  readonly examples: {
    readonly positive: readonly Example[];
    readonly negative: readonly Example[];
  };
}

/** A test of the reading's place in its context string (before + text + after). */
export const inSpan =
  (test: (context: string, from: number, to: number) => boolean): ReadingTest =>
  (r) =>
    test(r.before + r.text + r.after, r.before.length, r.before.length + r.text.length);

/** An explanation in both UI languages. */
export const why = (en: string, zh: string): WhyText => ({ en, 'zh-CN': zh });

/** One row: its id, whether it needs a reading with content, its test, why, and its examples. */
export const row = (
  id: string,
  content: boolean,
  test: ReadingTest,
  text: WhyText,
  positive: readonly Example[],
  negative: readonly Example[],
): ReadingRule => ({
  id,
  content,
  test,
  why: text,
  examples: { positive, negative },
});
