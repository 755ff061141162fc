/**
 * Proper-noun evidence in English text: capitalised words that are no sentence openers, acronyms,
 * connectors inside capitalised sequences, initials and party letters.
 */
import type { BlockKind } from '../segment/block-types';
import type { StoryContext } from './context';
import type { ReadingInContext } from './names';
import { englishWordKind } from './english-words';

/**
 * English words capitalised only because they open a sentence (The, About, Some), and days and
 * months (dates, not names).
 */
const COMMON_CAPITALISED = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our my but and or so yet nor about some ' +
    'in on at for with after before when while as if of to from by up out over under into during since until ' +
    'two three four five six seven eight nine ten many most more few all both each every no not one other such ' +
    'there here what which who whom whose where why how also still even only just then now today yesterday ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** True when English capitalises the word only to open a sentence, or it is a day or a month (The, Monday). */
export const isCommonCapitalised = (word: string): boolean =>
  COMMON_CAPITALISED.has(word.toLowerCase());

/**
 * Words English always capitalises because they name something (parties, institutions, peoples):
 * a name wherever they stand, a sentence's start included (Democrats / Republicans in the Senate).
 */
const ALWAYS_PROPER = new Set(
  (
    'democrat democrats democratic republican republicans gop congress senate pentagon kremlin capitol parliament ' +
    'american americans chinese russian russians ukrainian ukrainians european europeans british french german germans ' +
    'japanese mexican mexicans canadian canadians israeli israelis palestinian palestinians iranian iranians indian indians ' +
    'african africans asian asians christian christians muslim muslims jewish catholic catholics'
  ).split(' '),
);

/**
 * True when a word right after `head` opens a sentence: at the text's start, after a sentence's
 * end or a line break, after an opening quote ("Officials warned…; also right after a quotation
 * that ends a sentence: …early.”“Nobody…), or after a wire dateline's
 * dash (DALTON, Ore. (AP) — Hundreds…). Folding may drop the space after the full stop. Titles and
 * initials end in a stop too (Gov. Newsom, John F. Kennedy): no sentence starts after them.
 */
function opensSentenceAfter(head: string): boolean {
  const afterAbbreviation =
    /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Mt|Ft|Jr|Sr|Sens|Reps|[A-Z])\.\s*$/.test(
      head,
    );
  return (
    head.length === 0 ||
    /(?:^|[.!?]["”’]?\s*|\n\s*|[,:]\s+)["“‘]$/.test(head) ||
    (/(?:[.!?]["”’]?\s*|\n\s*|(?:[)）]|[A-Z]{2})\s*(?:—+|–+|-{2})\s*)$/.test(head) &&
      !afterAbbreviation)
  );
}

/**
 * True when the readings are one word opening a sentence, printed once as a word the dictionary
 * holds in lower case and once as none it holds (Farmers / Farmors): an ordinary word misprinted,
 * not a name, though the misprint is known to no dictionary. Inside a sentence a capital marks a
 * name whatever the dictionary says (the Kettle River / the Kettel River), and so does the story
 * printing the word so elsewhere (Tom Baker … Baker / Bakar said).
 */
export function misprintedCommonWord(
  readings: readonly ReadingInContext[],
  story: StoryContext,
): boolean {
  const kinds = new Set<string>();
  for (const r of readings) {
    const lead = /\p{Script=Latin}*$/u.exec(r.before)?.[0] ?? '';
    const word = lead + r.text + (/^\p{Script=Latin}*/u.exec(r.after)?.[0] ?? '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    if (!opensSentenceAfter(r.before.slice(0, r.before.length - lead.length))) return false;
    // The story capitalising it inside a sentence makes it a name (Tom Baker … Bakar said).
    if (capitalisedInside(word, story)) return false;
    kinds.add(englishWordKind(word) ?? 'none');
  }
  return (kinds.has('common') || kinds.has('both')) && kinds.has('unknown');
}

/**
 * True when the capitalised word around the reading is an ordinary word: a common sentence opener,
 * a word the story also prints in lower case (Work began… / work on the building), or a word that
 * opens its sentence, is nowhere else capitalised inside one and, when the reading lies inside it
 * (`alone`), is a word the dictionary holds in lower case.
 */
/** A word in lower case or a comma, colon or semicolon before a capitalised word. */
const WORD_BEFORE = "(?:(?:^|[^A-Za-z'’])[a-z]+|[,;:])";

/** True when the story prints the word capitalised inside a sentence (…, Delgado said), remembered. */
const capitalisedInside = (word: string, story: StoryContext): boolean =>
  story.remember(`inside:${word}`, () =>
    new RegExp(`[A-Za-z,;:] +${word}(?:[^A-Za-z]|$)`).test(story.text),
  );

function commonCapitalised(
  text: string,
  before: string,
  after: string,
  story: StoryContext,
  alone: boolean,
): boolean {
  const word =
    (/\p{Script=Latin}*$/u.exec(before)?.[0] ?? '') +
    text +
    (/^\p{Script=Latin}*/u.exec(after)?.[0] ?? '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // Part of a capitalised sequence (New England, Sebago Hills Reservoir): a name whatever the word.
  const head = before.slice(
    0,
    before.length - (/\p{Script=Latin}*$/u.exec(before)?.[0].length ?? 0),
  );
  const tail = after.slice(/^\p{Script=Latin}*/u.exec(after)?.[0].length ?? 0);
  // A pronoun or an opener beside it (Now I will…) makes no sequence.
  const previous = /([A-Z][A-Za-z]*) $/.exec(head)?.[1];
  const next = /^ ([A-Z][A-Za-z]*)/.exec(tail)?.[1];
  if ([previous, next].some((w) => w !== undefined && !COMMON_CAPITALISED.has(w.toLowerCase())))
    return false;
  const lower = word.toLowerCase();
  if (ALWAYS_PROPER.has(lower)) return false;
  if (
    COMMON_CAPITALISED.has(lower) ||
    story.remember(`lower:${lower}`, () =>
      new RegExp(`(?:^|[^A-Za-z])${lower}(?:[^A-Za-z]|$)`).test(story.text),
    )
  )
    return true;
  // A word that opens a sentence is capitalised for that alone (Local fishermen…), unless the story
  // also prints it capitalised inside a sentence, as names are (Mayor Delgado … Delgado said).
  const opensSentence = opensSentenceAfter(head);
  if (!opensSentence) return false;
  const kind = englishWordKind(word);
  // A name stands capitalised inside a sentence after an ordinary word (Mayor Delgado … when
  // Delgado said); an ordinary word may do so only inside a longer name (the Tarrow Police
  // Department): for a word the dictionary holds in lower case alone, only the first counts.
  const inside =
    kind === 'common'
      ? story.remember(`inside-alone:${word}`, () =>
          new RegExp(`${WORD_BEFORE} +${word}(?:[^A-Za-z]|$)`).test(story.text),
        )
      : capitalisedInside(word, story);
  // Where the story says nothing more, the dictionary does when the reading lies inside the word:
  // a word it holds in lower case is an ordinary word (Residents, Police), one it holds only
  // capitalised or not at all a name (Delgado, Rosalynd). A longer reading that opens with a word
  // (a headline reworded: Maine town cheers… / Town cheers…) is no name for its first word.
  // With no dictionary registered, every such word is ordinary.
  return !inside && (!alone || (kind !== 'proper' && kind !== 'unknown'));
}

/** The length of the context the aligner gives on each side of a reading (align-story.ts). */
const CONTEXT_WINDOW = 24;

/** Small words a Title Case headline leaves in lower case. */
const SMALL_WORDS =
  /^(?:a|an|the|of|to|in|on|at|by|for|and|or|but|nor|as|with|from|into|over|after|vs)$/;

/**
 * Fewest words, and least share of them capitalised (small words aside), for a line to be read as
 * a Title Case headline: three words, nine in ten. Running text capitalises far fewer.
 */
const TITLE_WORDS = 3;
const TITLE_SHARE = 0.9;

/**
 * True when the line is set in Title Case (City Council Approves New Budget), with at least
 * `fewest` words besides the small ones (a quoted title may have two: "Salt of the Earth").
 */
export function titleCase(line: string, fewest = TITLE_WORDS): boolean {
  const words = (line.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter((w) => !SMALL_WORDS.test(w));
  if (words.length < fewest || /[.!?]\s+\S/.test(line.trim())) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length >= TITLE_SHARE * words.length;
}

/**
 * The words the story capitalises inside sentences of its running text (after a word or a comma,
 * on lines that are no Title Case headline), remembered per story.
 */
function capitalisedInText(story: StoryContext): ReadonlySet<string> {
  return story.remember('capitalised-in-text', () => {
    const words = new Set<string>();
    for (const line of story.text.split('\n')) {
      if (titleCase(line)) continue;
      for (const m of line.matchAll(/[A-Za-z,;:] +([A-Z][A-Za-z]*[a-z])/g))
        words.add(m[1] as string);
    }
    return words;
  });
}

/** An attribution clause of three words or more: a source and its verb of saying, or "according to" a source. */
const ATTRIBUTION =
  /^,?\s*(?:according to(?:\s+\S+){1,8}|(?:\S+\s+){1,8}(?:said|says|told reporters|reported))[.,]?$/i;

/**
 * True for a capital between `head` and `tail` that follows another initial and stands before the
 * name's last capitalised word (A.[K]. Ferreira said): a person's initials. Before more capitalised
 * words (the U.[S]. Grain Council) the letters abbreviate a body or a place instead.
 */
function initialAfterInitial(head: string, tail: string): boolean {
  const lead = head.endsWith(' ') ? head.slice(0, -1) : head;
  if (!lead.endsWith('.') || !isUpper(lead.at(-2)) || isLetter(lead.at(-3))) return false;
  let at = tail.startsWith('. ') ? 2 : tail.startsWith('.') ? 1 : -1;
  if (at < 0 || !isUpper(tail[at])) return false;
  at += 1;
  if (!isLetter(tail[at]) || isUpper(tail[at])) return false;
  while (isLetter(tail[at])) at += 1;
  return !(tail[at] === ' ' && isUpper(tail[at + 1]));
}

/**
 * English evidence: a word the reading touches (the whole word around it, or any word of a longer
 * reading) is capitalised and no ordinary word, or is an acronym or an all-caps dateline (AP, AWS,
 * SPRINGFIELD).
 */
export function englishNameEvidence(
  text: string,
  before: string,
  after: string,
  story: StoryContext,
  block?: BlockKind,
): string | null {
  // A whole attribution added or dropped (, the U.S. Forest Service said / , according to Cal Fire)
  // is a change of wording that happens to hold a name; a changed name inside one is still a name.
  if (ATTRIBUTION.test(text.trim())) return null;
  const context = before + text + after;
  const from = before.length;
  const end = from + text.length;
  // The context window may cut the line's first word (…ls Warn of): leave a cut word out.
  const lineHead = before.slice(before.lastIndexOf('\n') + 1);
  const shown =
    before.length >= CONTEXT_WINDOW && !before.includes('\n')
      ? lineHead.replace(/^[A-Za-z'’-]*/, '')
      : lineHead;
  // The block segmentation found, when the caller knows it: a window cut inside a sentence may
  // look Title Case by chance (…, a Republican from Cape Girardeau), and a byline (By Lorna
  // Quist-Halloran) is all names, not a headline.
  const headline =
    block === undefined
      ? titleCase(shown + text + (after.split('\n')[0] ?? ''))
      : block === 'title' && titleCase(shown + text + (after.split('\n')[0] ?? ''));
  // Latin letters with their accents (Tomás, Peláez) make one word.
  for (const m of context.matchAll(/\p{Script=Latin}+/gu)) {
    const start = m.index;
    const stop = start + m[0].length;
    const touches = from === end ? start < from && from < stop : start < end && from < stop;
    if (!touches) continue;
    const word = m[0];
    // A connector inside a capitalised sequence (Agency of Transportation, Hartwell and Sons).
    const inside =
      /[A-Z][A-Za-z]* $/.test(context.slice(0, start)) && /^ [A-Z]/.test(context.slice(stop));
    if (/^(?:of|and|for|the|de|van|von|la|le|du)$/.test(word) && inside)
      return 'capitalised sequence';
    // An initial inside a name (John F. Kennedy, after another: A.K. Ferreira) or a party before
    // a state (R-Fla.).
    const head = context.slice(0, start);
    const tail = context.slice(stop);
    const initial =
      /^[A-Z]$/.test(word) &&
      (/[A-Z][a-z]+ $/.test(head)
        ? /^\.\s?[A-Z]/.test(tail)
        : initialAfterInitial(head, tail) || /^-[A-Z][a-z]*\.?/.test(tail));
    if (initial) return 'initial or party';
    if (/^\p{Lu}{2,}$/u.test(word)) {
      if (!COMMON_CAPITALISED.has(word.toLowerCase())) return 'acronym or capitalised name';
    } else if (/^\p{Lu}\p{Script=Latin}*\p{Ll}$/u.test(word)) {
      // In a Title Case headline every word is capitalised: only a word the story also
      // capitalises inside its sentences is a name there (Storm [Knocks Out] Power is wording).
      if (
        headline
          ? capitalisedInText(story).has(word)
          : !commonCapitalised(
              word,
              context.slice(0, start),
              context.slice(stop),
              story,
              start <= from && end <= stop,
            )
      ) {
        return 'capitalised word';
      }
    }
  }
  return null;
}

/** The Latin words of a text (accents kept: Tomás). */
const latinWords = (text: string): readonly string[] => text.match(LATIN_WORD) ?? [];
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** Fewest words of a phrase that may be put for a name (a farm town in North Dakota). */
const PHRASE_WORDS = 3;

/**
 * True when an English reading is a phrase holding a common word: three words or more, one of them
 * in lower case and no small word a name is joined by (of, and, the). A single word in lower case
 * is as often a name's OCR misreading (lsland / Island) or a part of a word as a common word.
 */
function holdsCommonWord(text: string): boolean {
  const words = latinWords(text);
  // Three Latin words or more, apart: a hyphened co-op is one word, and a name an OCR space splits
  // (Ade yemi) two.
  return (
    words.length >= PHRASE_WORDS &&
    text.trim().includes(' ') &&
    words.some((w) => w.length > 1 && w === w.toLowerCase() && !SMALL_WORDS.test(w))
  );
}

/** The words of an English reading of two letters or more, lower-cased. */
const wordsOf = (text: string): readonly string[] =>
  latinWords(text.toLowerCase()).filter((w) => w.length > 1);

/**
 * True when the English readings are a phrase dropped, added or put in another's place rather
 * than a name printed two ways: some reading holds a common word (through the town of Fincastle;
 * North Dakota farm town / Wendeloe), and the readings either include an empty one or share no
 * word. A name's capitals inside such a phrase do not make the change a name's: the editor reads
 * a rewording (a place for its description, a route dropped).
 */
export function phraseNotName(texts: readonly string[]): boolean {
  const distinct = [...new Set(texts.map((t) => t.trim()))];
  if (distinct.length < 2 || !distinct.some((t) => wordsOf(t).length > 0)) return false;
  if (!distinct.some(holdsCommonWord)) return false;
  if (distinct.includes('')) return true;
  const [first = [], ...rest] = distinct.map(wordsOf);
  return rest.every((words) => !words.some((w) => first.includes(w)));
}

/** True for a letter of any script with case. */
export const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

/** True for a capital letter. */
export const isUpper = (ch: string | undefined): boolean =>
  isLetter(ch) && ch === (ch as string).toUpperCase();

/** The words of a text, split at spaces and line breaks. */
export const spacedWords = (text: string): string[] =>
  text.split('\n').join(' ').split(' ').filter(Boolean);
