/**
 * Bylines and datelines, the story's furniture: missing whole, or missing a role word, they are
 * omissions (DESIGN.md: a byline is no sentence, but its loss is a loss of text). A name missing
 * from a byline that keeps others (a co-author, the paper's full title) is a name's disagreement
 * (app/classify/README.md's conventions), left to the name rows.
 */
import { HAN, hanRegExp } from '../lexicon/characters';
import {
  AGENCIES,
  alternation,
  BYLINE_CREDITS,
  BYLINE_ROLES,
  WIRE_SERVICES,
} from '../lexicon/newsroom';
import type { BlockKind } from '../segment/block-types';
import { isLatinOrDigit } from '../text/fold-chars';
import type { ContextBlock, StoryContext } from './context';
import { isLetter, isUpper } from './english-names';
import type { ClassifyReading } from './rule';

/**
 * A whole dateline (新华社南昌4月8日电, 本报北京5月6日讯): a unit of the story's furniture, so missing it
 * is an omission however short. A byline in brackets ((记者何明轩 苏雨晴)) is a block of its own in
 * the story's context (credits.ts).
 */
const AGENCY = alternation(AGENCIES);
const WIRE = `[(（](?:${alternation(WIRE_SERVICES)})[)）]`;
const WIRE_CREDIT = new RegExp(WIRE);
// The place may be left out (据新华社电, 本报讯).
const DATELINE_UNIT = hanRegExp(
  `^据?(?:${AGENCY})(?:[${HAN}]{2,6})?(?:\\d{1,2}月\\d{1,2}日)?(?:电|讯)$`,
);

/**
 * An English wire dateline or its credit: BOSTON (AP) —, WICHITA, Kan. (AP) —, or (AP) alone.
 * Folding turns the brackets and the dash full-width, so both forms are read.
 */
const ENGLISH_DATELINE = new RegExp(
  `^(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,[A-Z][A-Za-z.]*)*)?(?:${WIRE})?(?:—+|–+|-{1,2})?$`,
);

/** True when the text is a whole dateline, Chinese or English. */
export function isBylineOrDateline(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (DATELINE_UNIT.test(compact)) return true;
  // An English dateline needs its wire credit or its dash: a capitalised word alone is a name.
  // A dash alone (10—12 against 10至12) is no dateline: the dash must follow a place.
  return (
    (WIRE_CREDIT.test(compact) || /[A-Z.][—–]+$/.test(compact)) && ENGLISH_DATELINE.test(compact)
  );
}

/** Nothing but Han characters and spaces. */
const HAN_OR_SPACE_RUN = hanRegExp(String.raw`^[${HAN} ]+$`);

/** The blocks that credit a story: its byline and its dateline, as segmentation found them. */
const CREDIT_BLOCKS: ReadonlySet<BlockKind> = new Set(['byline', 'dateline']);

/** A credit set in brackets inside a paragraph ((记者 王某), (记者 王某 摄)): credits.ts. */
function bracketedCredit(block: ContextBlock, folded: string): boolean {
  return (
    (block.kind === 'byline' || block.kind === 'caption') &&
    '（('.includes(folded[block.start] ?? ' ')
  );
}

/**
 * The kind of credit block (byline or dateline, or a credit in brackets) found around the whole
 * reading in its variant, or undefined: the reading is read from the story's blocks, not detected
 * again.
 */
export function creditBlockOf(r: ClassifyReading, story: StoryContext): BlockKind | undefined {
  const text = r.text.trim();
  if (text === '') return undefined;
  const start = r.start + r.text.indexOf(text);
  const block = story.blockSpanAt(r.variant, start);
  return block !== undefined &&
    (CREDIT_BLOCKS.has(block.kind) || bracketedCredit(block, r.folded)) &&
    story.blockAt(r.variant, start + text.length - 1) === block.kind
    ? block.kind
    : undefined;
}

/**
 * The reading starts a Latin word where a word starts (after a space) and ends where one ends: a
 * part hyphenated to a name (ASANTE[-MENSAH]) belongs to the name, a changed name, not a lost one.
 */
function wholeLatinWords(r: ClassifyReading): boolean {
  const text = r.text.trim();
  const first = text[0] ?? '';
  const last = text[text.length - 1] ?? '';
  const before = r.text.startsWith(' ') ? ' ' : (r.before[r.before.length - 1] ?? '\n');
  const after = r.text.endsWith(' ') ? ' ' : (r.after[0] ?? '\n');
  return (
    isLatinOrDigit(first) &&
    isLatinOrDigit(last) &&
    !isLatinOrDigit(before) &&
    !isLatinOrDigit(after) &&
    before !== '-' &&
    after !== '-'
  );
}

/**
 * The reading is whole words of a byline that name no one: a whole line of a byline block
 * segmentation found, words of it without a capital (staff writer), or a role word inside a
 * bracketed Chinese byline set into a paragraph ((记者 吴某) without 记者). Part of the story's
 * furniture is missing, an omission as a whole byline is. A name dropped from it (By A [and B],
 * (记者吴某[陈某])) or changed in it is a name flag.
 */
export function missingFromByline(r: ClassifyReading, story: StoryContext): boolean {
  const text = r.text.trim();
  // A person or a paper named in a byline that keeps other words (By A [and B], By A, [The
  // Flats] Sentinel) is a name's disagreement (README's conventions); a whole line of it lost is
  // the byline's.
  if (creditBlockOf(r, story) === 'byline' && wholeLatinWords(r))
    return r.wholeLine || (!namesSomeone(text) && !betweenNames(r));
  // A credit in brackets inside a paragraph, as the story's context found it (credits.ts).
  const block = story.blockSpanAt(r.variant, r.start);
  if (!block || !bracketedCredit(block, r.folded) || !HAN_OR_SPACE_RUN.test(text)) return false;
  const close = block.end - 1;
  if (r.end > close || r.start <= block.start) return false;
  // Folding drops the spaces between the names, so whole words are a role word; a name dropped
  // (记者吴某[陈某]) is a name's disagreement.
  return BYLINE_ROLES.includes(text);
}

/**
 * The reading sits between two capitalised words of its line (By Gesina [van der] Berghe): the
 * lower-case particles of a surname, part of the name, not a role word.
 */
function betweenNames(r: ClassifyReading): boolean {
  const before = (r.before.split('\n').pop() ?? '').trimEnd().split(' ').pop() ?? '';
  const after = (r.after.split('\n')[0] ?? '').trimStart().split(' ')[0] ?? '';
  return isUpper(after[0]) && isUpper(before[0]) && isLetter(before[1]);
}

/**
 * A credit block around an empty reading: the byline or dateline block (or a credit in brackets)
 * its variant prints on either side of where the absent words would be.
 */
function creditAround(r: ClassifyReading, story: StoryContext): boolean {
  // The absent words would stand before the line's end (By A[ and B]\n): step back over it.
  let end = r.start;
  while (end > 0 && r.folded[end - 1]?.trim() === '') end -= 1;
  for (const at of [end - 1, r.start]) {
    const block = story.blockSpanAt(r.variant, at);
    if (block && (block.kind === 'byline' || bracketedCredit(block, r.folded))) return true;
  }
  return false;
}

/**
 * True when the site lies inside a byline in every variant and some variant prints words there
 * that name someone (a co-author, a name's particle, a paper), whichever variants lack them: a
 * name's disagreement (README's conventions), decided without asking the majority for context,
 * since a byline's names need none. Role words alone and whole lines stay the omission rows'.
 */
export function namedInByline(readings: readonly ClassifyReading[], story: StoryContext): boolean {
  const printed = readings.filter((r) => r.text.trim() !== '');
  return (
    printed.length > 0 &&
    printed.every((r) => creditBlockOf(r, story) === 'byline' && !r.wholeLine) &&
    readings.every((r) => r.text.trim() !== '' || creditAround(r, story)) &&
    printed.some((r) => !missingFromByline(r, story) && !BYLINE_ROLES.includes(r.text.trim()))
  );
}

/**
 * True when a byline's words name someone or something: a capitalised word (Dana, PIERCE, The
 * Flats Sentinel). A byline capitalises its names and its paper alike, and the dictionary would
 * take a paper's words (Juniper, Flats) for ordinary ones.
 */
function namesSomeone(text: string): boolean {
  return /(?:^|[^\p{L}])\p{Lu}/u.test(text);
}

/** True when a word is an English byline role (Staff, Writer, Reporters), in any case. */
function creditWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    BYLINE_CREDITS.includes(lower) ||
    (lower.endsWith('s') && BYLINE_CREDITS.includes(lower.slice(0, -1)))
  );
}

/**
 * True when every variant prints words inside its byline there, and every word of them is a role
 * (Staff Writer, Reporter, Correspondent): a role, which names no one, printed as another.
 */
export function roleChangedInByline(
  readings: readonly ClassifyReading[],
  story: StoryContext,
): boolean {
  return readings.every((r) => {
    const words = r.text.trim().split(' ').filter(Boolean);
    return words.length > 0 && creditBlockOf(r, story) === 'byline' && words.every(creditWord);
  });
}
