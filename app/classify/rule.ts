/**
 * Rules as data: every way the classifier can decide a category is one row of a table — an id,
 * the category it gives, a test that returns evidence or null, a sentence that says why in each
 * UI language, and examples that are its unit tests (app/classify/rules.test.ts). One small
 * engine (app/classify/decide.ts) runs the rows in the order of app/classify/precedence.ts.
 */
import type { Category, FlagKind, NumberComparison } from '../model/types';
import type { StoryContext } from './context';
import type { ReadingInContext } from './names';

/** One variant's side of a site, as the classifier sees it. */
export interface ClassifyReading extends ReadingInContext {
  readonly variant: string;
  /** The reading covers whole lines of its variant (a byline, a paragraph). */
  readonly wholeLine: boolean;
  /** The reading is empty and sits at a line wrap inside a sentence (a column break). */
  readonly atWrap?: boolean;
  /** The variant's folded text and the reading's place in it, for number extension. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** A place of disagreement: every variant's reading, and the shape alignment found. */
export interface Site {
  readonly readings: readonly ClassifyReading[];
  /** What alignment made of it: a change, or a swap, move or truncation. */
  readonly kind?: FlagKind;
}

/** Words a rule fills into its explanation (`{count}`, `{surname}`), beside the readings. */
export type WhyParams = Readonly<Record<string, string | number>>;

/** What a rule found: the numbers it compared, and words for its explanation. */
export interface Evidence {
  readonly numbers?: NumberComparison;
  readonly params?: WhyParams;
}

/** The languages an explanation is written in (the UI's). */
export type WhyLanguage = 'en' | 'zh-CN';

/**
 * A rule's explanation in each language. `{a}` is the reading the majority (or the first
 * variant) prints, `{b}` another variant's; empty readings read "nothing" / "无".
 */
export type WhyText = Readonly<Record<WhyLanguage, string>>;

/**
 * An example site: one string per variant with the reading in [brackets]; the first variant's
 * text (brackets removed) is the story unless `story` is given.
 */
export type Example =
  | readonly string[]
  | { readonly variants: readonly string[]; readonly story?: string; readonly kind?: FlagKind };

/** One rule: a row of the table. */
export interface Rule {
  /** `category.what`, unique: name.place-suffix, number.decimal-mark. */
  readonly id: string;
  readonly category: Category;
  /** Evidence that the rule holds for the site, or null. */
  readonly applies: (site: Site, context: StoryContext) => Evidence | null;
  readonly why: WhyText;
  /**
   * Positive examples must be decided by this rule (not by another one before it); negative ones
   * must not make it apply. Both are run as tests.
   */
  readonly examples: {
    readonly positive: readonly Example[];
    readonly negative: readonly Example[];
  };
}

/** The engine's answer for a site. */
export interface Decision {
  readonly category: Category;
  /** The id of the rule that decided. */
  readonly rule: string;
  /** Why, in the requested language. */
  readonly why: string;
  readonly numbers?: NumberComparison;
}
