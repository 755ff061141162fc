/**
 * The vocabulary a story's text is about, to tell a paragraph that continues a story (the same
 * people, places and things: 广州站, 黄晓中, 普速列车) from one that only shares everyday words
 * with it. Tokens are Han character bigrams and Latin words; a token is common when many of the
 * page's other paragraphs carry it.
 */
import { singular, tokenList } from './topic-tokens';
import type { TokenSource } from './finder-context';
import { hasHan } from '../lexicon/characters';

/** The distinct tokens of a text (Han bigrams, Latin and number words of three or more characters). */
export function topicTokens(text: string): ReadonlySet<string> {
  return new Set(tokenList(text));
}

/** How often each token occurs in the texts, their tokens read from `source`. */
export function occurrences(texts: readonly string[], source: TokenSource): Map<string, number> {
  const count = new Map<string, number>();
  for (const text of texts)
    for (const token of source.tokenList(text)) count.set(token, (count.get(token) ?? 0) + 1);
  return count;
}

/**
 * The tokens `candidate` shares with `vocabulary` that are not common on the page: carried by
 * fewer than `commonAt` background paragraphs.
 */
export function sharedTopicTokens(
  candidate: ReadonlySet<string>,
  vocabulary: ReadonlySet<string>,
  background: (token: string) => number,
  commonAt: number,
): string[] {
  const shared: string[] = [];
  for (const token of candidate)
    if (vocabulary.has(token) && background(token) < commonAt) shared.push(token);
  return shared;
}

/**
 * A paragraph continues a story when it shares at least this many of the story's key tokens
 * (headline words, and words one copy of the story uses twice: 广州 州站 普速 黄晓 晓中).
 * Measured on our fixtures, the synthetic corpus and the sample pages: an unrelated paragraph
 * shares at most one (今年, 市民), most continuing paragraphs two to seven.
 */
export const MIN_SHARED_KEYS = 2;

/** A Latin word of five letters or more: in a headline, a content word (library, reservoir, branch). */
function isLongLatin(token: string): boolean {
  return token.length >= 5 && /^\p{Script=Latin}+$/u.test(token);
}

/**
 * The weight of shared key tokens, counted in words rather than bigrams: overlapping bigrams
 * (负责 责人) make one word. A word of three or more characters from the headline (广州站), or an
 * English headline word of five letters or more (branch, reservoir), names the story by itself
 * and weighs two, as does a theme (a headline word the story's text uses twice or more: 竹编 in
 * a story headlined 非遗竹编…); any other word weighs one.
 */
export function keyWeight(
  shared: readonly string[],
  titleKeys: ReadonlySet<string>,
  themes: ReadonlySet<string> = new Set(),
): number {
  const set = new Set(shared);
  const visited = new Set<string>();
  let weight = 0;
  for (const token of shared) {
    if (visited.has(token)) continue;
    // Latin words stand alone; a Han bigram joins the bigrams that overlap it by one character.
    const unit: string[] = [];
    const stack = [token];
    while (stack.length > 0) {
      const t = stack.pop() as string;
      if (visited.has(t)) continue;
      visited.add(t);
      unit.push(t);
      if (t.length !== 2 || !hasHan(t)) continue;
      for (const other of set) {
        if (!visited.has(other) && other.length === 2 && (other[0] === t[1] || other[1] === t[0]))
          stack.push(other);
      }
    }
    const named = (unit.length >= 2 || isLongLatin(token)) && unit.some((t) => titleKeys.has(t));
    weight += named || unit.some((t) => themes.has(t)) ? 2 : 1;
  }
  return weight;
}

/**
 * Consecutive paragraphs that fail the test and may still lie inside the tail. Two: the
 * fixtures' stories have a scene paragraph and a management paragraph in a row that repeat
 * none of the headline's words; unrelated filler almost never passes after them.
 */
export const MAX_MISSES = 2;

/** Weekdays and months: capitalised in English without being anyone's or anywhere's name. */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * The Latin words of five letters or more that a text capitalises inside a sentence, lowercased
 * and made singular as tokens are: the names of its people, places and bodies (Halvorsen, Duluth).
 */
export function properNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}{4,}\b/gu)) {
    // The first word of a sentence (after . ! ? or an opening quote there, or at the start) is capitalised anyway.
    const before = text.slice(0, m.index).replace(/[\s"“‘'(]+$/u, '');
    if (before === '' || /[.!?。！？]$/u.test(before)) continue;
    const word = singular(m[0].toLowerCase());
    if (!CALENDAR.test(word)) out.push(word);
  }
  return out;
}

/** Judges whether unmatched paragraphs after a story continue it (see story-extent.ts tail). */
export interface TailJudge {
  /**
   * The length of the leading run of `paragraphs` (texts in reading order) that continues the
   * story. `copies` are other pages' copies of those paragraphs: like the run, not background.
   */
  continuing(paragraphs: readonly string[], copies?: readonly string[]): number;
  /**
   * True when the paragraph names at least one word the story prints and no other paragraph of
   * the pages carries: the weaker evidence asked of a paragraph that directly follows the story.
   */
  echoes?(paragraph: string): boolean;
  /**
   * True when the text shares any word with the story, however common: a line set between two of
   * its paragraphs that shares none (文明城市 你我共建) is a slogan or an advertisement, not a subhead.
   */
  mentions?(text: string): boolean;
  /**
   * True when the text shares a word with the story's paragraphs (its headlines left aside: a
   * page's own line over the headline is among one copy's titles).
   */
  namesText?(text: string): boolean;
  /**
   * True when the paragraph rewords one of the story's paragraphs that the other pages print and
   * this page does not (its story's groups are `present`): a closing paragraph a site rewrote, so
   * that it matched nothing, still has the others' copy to vouch for it.
   */
  rewords?(paragraph: string, present: ReadonlySet<number>): boolean;
}

/** The text of one story as one variant prints it. */
export interface StoryCopy {
  readonly titles: readonly string[];
  readonly paragraphs: readonly string[];
}

/** A story's words, as makeTailJudge reads them. */
interface StoryVocabulary {
  /** Headline words and words one copy prints twice or more. */
  readonly keys: Set<string>;
  /** Words of the headlines. */
  readonly titleKeys: Set<string>;
  /** Headline words a copy also prints twice or more. */
  readonly themes: Set<string>;
  /** Every word a copy's paragraphs print. */
  readonly seen: Set<string>;
}

/** The story's key, headline, theme and seen words over all its copies. */
function storyVocabulary(copies: readonly StoryCopy[], source: TokenSource): StoryVocabulary {
  const keys = new Set<string>();
  const titleKeys = new Set<string>();
  const themes = new Set<string>();
  const seen = new Set<string>();
  for (const copy of copies)
    for (const title of copy.titles) for (const token of source.tokens(title)) titleKeys.add(token);
  for (const token of titleKeys) keys.add(token);
  // Copies printed alike (a day's editions) add nothing to these sets after the first.
  const read = new Set<string>();
  for (const copy of copies) {
    const printed = copy.paragraphs.join('\u0000');
    if (read.has(printed)) continue;
    read.add(printed);
    for (const [token, n] of occurrences(copy.paragraphs, source)) {
      seen.add(token);
      if (n >= 2) keys.add(token);
      if (n >= 2 && titleKeys.has(token)) themes.add(token);
    }
  }
  return { keys, titleKeys, themes, seen };
}

/**
 * A judge for one story; `background` says how many paragraphs outside the story carry a
 * token, `source` gives a text's tokens (the finder's context, which remembers them). Key tokens are the words of its headlines and the words one copy of it
 * uses twice or more: a story names its people, places and things more than once, everyday
 * words come and go. A key token is dropped when two or more background paragraphs (the pages'
 * text outside the story and the run judged) carry it. Each accepted paragraph adds to the
 * story, so a tail that moves on through related paragraphs is followed.
 */
export function makeTailJudge(
  copies: readonly StoryCopy[],
  background: (token: string) => number,
  source: TokenSource,
): TailJudge {
  const { keys, titleKeys, themes, seen } = storyVocabulary(copies, source);
  // Names of the story's last paragraph: a cut tail picks up the person or place it ended on
  // (the quote of the councillor it just named); a name from the story's lead recurs in
  // unrelated stories of the same town (Lincoln Avenue, Lincoln Park).
  const names = new Set(copies.flatMap((copy) => copy.paragraphs.slice(-1).flatMap(properNames)));
  // Two background paragraphs: one may be a related story's, two make the token everyday.
  const COMMON_AT = 2;
  return {
    mentions(text) {
      return [...source.tokens(text)].some((token) => seen.has(token) || titleKeys.has(token));
    },
    namesText(text) {
      return [...source.tokens(text)].some((token) => seen.has(token));
    },
    echoes(paragraph) {
      const set = source.tokens(paragraph);
      // The paragraph itself is one of the background paragraphs.
      return [...set].some((token) => seen.has(token) && background(token) <= 1);
    },
    continuing(paragraphs, copies = []) {
      const sets = paragraphs.map((p) => source.tokens(p));
      // The run itself, and its copies on other pages, are not background.
      const runCount = new Map<string, number>();
      for (const set of [...sets, ...copies.map((c) => source.tokens(c))])
        for (const token of set) runCount.set(token, (runCount.get(token) ?? 0) + 1);
      const bg = (token: string): number =>
        Math.max(0, background(token) - (runCount.get(token) ?? 0));
      const known = new Set(keys);
      const heard = new Set(seen);
      let n = 0;
      let misses = 0;
      for (let i = 0; i < sets.length; i++) {
        const set = sets[i] as Set<string>;
        // Or it names, with the story's own key words, long words the story printed once and no
        // other paragraph of the pages carries (Halvorsen, water): a tail a reprint cut returns
        // to the story's people and things without repeating its headline. Only the story's
        // own words count here, not those the run taught `known`, so a run of another story's
        // paragraphs cannot pass on its own vocabulary plus one stray word (Monday).
        const rare = sharedTopicTokens(set, keys, bg, COMMON_AT);
        const once = [...set].filter(
          (t) => !keys.has(t) && seen.has(t) && bg(t) === 0 && isLongLatin(t),
        );
        // One of them must be a name the story ended on (Halvorsen): everyday civic words
        // (million, project, water) recur across unrelated stories too.
        if (once.some((t) => names.has(t))) rare.push(...once);
        const ok =
          keyWeight(sharedTopicTokens(set, known, bg, COMMON_AT), titleKeys, themes) >=
            MIN_SHARED_KEYS || keyWeight(rare, titleKeys, themes) >= MIN_SHARED_KEYS;
        // A paragraph or two that name little of the story sit inside it (a quote, a scene, a
        // figure); they are kept only when a paragraph after them continues the story.
        misses = ok ? 0 : misses + 1;
        if (misses > MAX_MISSES) break;
        for (const token of set) {
          if (heard.has(token)) known.add(token);
          heard.add(token);
        }
        if (ok) n = i + 1;
      }
      return n;
    },
  };
}
