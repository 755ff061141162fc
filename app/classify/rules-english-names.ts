/**
 * English name rows over a whole site: a name printed full in one variant and short or otherwise
 * joined in another (Grange Hall / Grange, Hallock & Treadwell / Hallock and Treadwell, U.S. /
 * United States) — the readings are pieces of a capitalised sequence, not words of their own.
 */
import { isCommonCapitalised, isLetter, isUpper, titleCase, spacedWords } from './english-names';
import { noDigits } from './rules-number';
import type { StoryContext } from './context';
import type { ClassifyReading, Rule } from './rule';

/** The words a name is joined with inside a capitalised sequence. */
const CONNECTORS: ReadonlySet<string> = new Set(['&', 'and', 'of']);

/** U.S., N.Y.: capitals each followed by a stop. */
function initials(word: string): boolean {
  if (word.length < 2 || word.length % 2 !== 0) return false;
  for (let i = 0; i < word.length; i += 2)
    if (!isUpper(word[i]) || word[i + 1] !== '.') return false;
  return true;
}

/**
 * A capitalised word that may be part of a name: capitalised, and no word English capitalises
 * only at a sentence's start (The, This, Monday) — the story decides nothing here.
 */
const nameWord = (word: string): boolean =>
  initials(word) || (isUpper(word[0]) && word.length > 1 && !isCommonCapitalised(word));

/** A piece of a name: connectors and capitalised words only (empty when the reading is). */
const namePiece = (text: string): boolean =>
  spacedWords(text).every((w) => CONNECTORS.has(w) || nameWord(w));

/**
 * The capitalised word right beside the reading on one side, with no mark between (Flats Grange
 * before " Hall", Maritime after "U.S. "), or null. The word before must sit inside its sentence:
 * the word before it ends none.
 */
function neighbour(r: ClassifyReading, side: 'before' | 'after', opening = false): string | null {
  if (side === 'after') {
    // A reading that opens a sentence or a line has no name running into it from before.
    const head = r.before.trimEnd();
    if (head === '' || r.before.endsWith('\n') || '.!?"”'.includes(head[head.length - 1] as string))
      return null;
    const word = spacedWords(r.after.split('\n')[0] ?? '')[0] ?? '';
    let end = word.length;
    while (end > 0 && !isLetter(word[end - 1]) && word[end - 1] !== '.') end -= 1;
    return isLetter(word[0]) && nameWord(word.slice(0, end)) ? word.slice(0, end) : null;
  }
  const words = spacedWords(r.before.split('\n').pop() ?? '');
  let word = words[words.length - 1] ?? '';
  let previous = words[words.length - 2] ?? '';
  // Folding may drop the space after a sentence's stop (state.Hallock): the stop parts them.
  const stop = word.lastIndexOf('.');
  if (stop > 0 && isUpper(word[stop + 1]) && !isUpper(word[stop - 1])) {
    previous = word.slice(0, stop + 1);
    word = word.slice(stop + 1);
  }
  const ended =
    !opening && (previous === '' || '.!?'.includes(previous[previous.length - 1] as string));
  return !ended && isLetter(word[word.length - 1]) && nameWord(word) ? word : null;
}

/** True when the reading lies in a headline (every word capitalised there: a name proves nothing). */
const inTitle = (r: ClassifyReading, story: StoryContext): boolean =>
  story.blockAt(r.variant, r.start) === 'title';

/**
 * Grange Hall / Grange, & / and, U.S. / United States: every reading is a piece of a name (its
 * capitalised words, a connector, initials) or nothing, beside a capitalised word inside a
 * sentence, so the readings print one name full, short or otherwise joined.
 */
const sequence: Rule = {
  id: 'name.english-sequence',
  category: 'name',
  applies: (site, story) => {
    const texts = site.readings.map((r) => r.text.trim());
    if (new Set(texts).size < 2 || !texts.every((t) => t === '' || namePiece(t))) return null;
    if (site.readings.some((r) => inTitle(r, story))) return null;
    // An ampersand or its word joins two capitalised words; any other piece needs one beside it.
    const joins = texts.every((t) => t === '&' || t === 'and');
    if (!joins && !texts.some((t) => spacedWords(t).some(nameWord))) return null;
    // An ampersand joins names only, so the first of them may open its sentence.
    const ampersand = texts.includes('&');
    const beside = site.readings.map((r) => ({
      before: neighbour(r, 'before', joins && ampersand),
      after: neighbour(r, 'after'),
    }));
    return beside.every((b) =>
      joins ? b.before !== null && b.after !== null : b.before !== null || b.after !== null,
    )
      ? {}
      : null;
  },
  why: {
    en: 'one name printed in full and short, or joined another way: {a} / {b}',
    'zh-CN': '同一名称的全称与简称，或连接方式不同：{a} / {b}',
  },
  examples: {
    positive: [
      // The majority prints the short form or the mark, which names nothing on its own.
      [
        'the supper at the Brennock Mills Grange[], which',
        'the supper at the Brennock Mills Grange[ Hall], which',
        'the supper at the Brennock Mills Grange[], which',
      ],
      [
        'The work was done by Pardee [&] Wollcott Builders of Keene.',
        'The work was done by Pardee [and ]Wollcott Builders of Keene.',
        'The work was done by Pardee [&] Wollcott Builders of Keene.',
      ],
      [
        'It was rebuilt.Pardee [&] Wollcott Builders did the work.',
        'It was rebuilt.Pardee[ and ]Wollcott Builders did the work.',
        'It was rebuilt.Pardee [&] Wollcott Builders did the work.',
      ],
      [
        'talks with the [U.S.] Grain Council ended',
        'talks with the [United States ]Grain Council ended',
        'talks with the [U.S.] Grain Council ended',
      ],
    ],
    negative: [
      // Words a sentence opens with are no part of a name.
      ['It rained. [The] Council met.', 'It rained. [] Council met.'],
      ['She bought bread [and] Cheese Nips came', 'She bought bread [&] Cheese Nips came'],
      [
        'It was cold. Fishing [and] Hunting are banned.',
        'It was cold. Fishing [or] Hunting are banned.',
      ],
      ['the store sold [Hall] chairs', 'the store sold [] chairs'],
      // A line's first word runs into no name before it.
      [
        'he said.\n[School ]Superintendent Ray Ames spoke',
        'he said.\n[]Superintendent Ray Ames spoke',
      ],
    ],
  },
};

/** Quote marks that open and close a quoted title ("…", “…”). */
const OPENING_QUOTES = '"“';
const CLOSING_QUOTES = '"”';

/**
 * Fewest words besides the small ones of a quoted title ("Salt of the Earth"): quote marks already
 * set the words apart, where a headline needs three to be told from a capitalised name.
 */
const QUOTED_TITLE_WORDS = 2;

/** Most characters on either side of a reading that its quoted title may run to. */
const QUOTED_MAX = 40;

/**
 * The quoted words around a reading ("Under the [Copper] Moon"), or null when no quote opens
 * before it and closes after it on its line.
 */
function quotedAround(r: ClassifyReading): string | null {
  const head = r.before.slice(-QUOTED_MAX);
  let open = head.length - 1;
  while (open >= 0 && !OPENING_QUOTES.includes(head[open] as string) && head[open] !== '\n')
    open -= 1;
  if (open < 0 || head[open] === '\n' || CLOSING_QUOTES.includes(r.text)) return null;
  // A straight quote opens only after a space, a bracket or the line's start.
  if (head[open] === '"' && open > 0 && !' (（'.includes(head[open - 1] as string)) return null;
  const tail = r.after.slice(0, QUOTED_MAX);
  let close = 0;
  while (close < tail.length && !CLOSING_QUOTES.includes(tail[close] as string)) {
    if (tail[close] === '\n' || OPENING_QUOTES.includes(tail[close] as string)) return null;
    close += 1;
  }
  if (close === tail.length) return null;
  return head.slice(open + 1) + r.text + tail.slice(0, close);
}

/**
 * "Under the Copper Moon" / "Over the Copper Moon": every reading lies inside quote marks around
 * words set in Title Case, the title of a work as English prints it; its words, number words
 * too, are the title's (《千里江山图》 is name.work-title's Chinese case).
 */
const quotedTitle: Rule = {
  id: 'name.english-quoted-title',
  category: 'name',
  applies: (site) =>
    noDigits(site) &&
    site.readings.every((r) => {
      const quoted = quotedAround(r);
      return quoted !== null && titleCase(quoted, QUOTED_TITLE_WORDS);
    })
      ? {}
      : null,
  why: {
    en: 'every variant reads it inside a quoted title of a work: {a} / {b}',
    'zh-CN': '各版本此处均在引号内的作品标题中：{a} / {b}',
  },
  examples: {
    positive: [
      [
        'The play "[Under] the Copper Moon" opens Friday.',
        'The play "[Over] the Copper Moon" opens Friday.',
      ],
      ['His book “[Seventy] Days of Rain” sold out.', 'His book “[Seven] Days of Rain” sold out.'],
      // Two capitalised words are a title too; folding prints the comma inside it full-width.
      [
        'Her album，“Rain [by] the Pines，”sold well.',
        'Her album，“Rain [at] the Pines，”sold well.',
      ],
    ],
    negative: [
      [
        'She said "[we] will rebuild the barn" on Friday.',
        'She said "[they] will rebuild the barn" on Friday.',
      ],
      ['The "[2024] Annual Water Report" is out.', 'The "[2025] Annual Water Report" is out.'],
      ['Jones [Street] Bakery and Mill opened', 'Jones [Road] Bakery and Mill opened'],
      ['She said “[Go] Home” twice.', 'She said “[Come] home” twice.'],
    ],
  },
};

/** The English name rows over a whole site (precedence.ts orders every row). */
export const ENGLISH_NAME_RULES: readonly Rule[] = [sequence, quotedTitle];
