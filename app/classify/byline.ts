/**
 * Bylines and datelines, the story's furniture: missing whole, or missing a role word or a name,
 * they are omissions (DESIGN.md: a byline is no sentence, but its loss is a loss of text).
 */
import { HAN, hanRegExp, hanRun } from '../lexicon/characters';
import { AGENCIES, alternation, BYLINE_ROLES, WIRE_SERVICES } from '../lexicon/newsroom';
import type { BlockKind } from '../segment/block-types';
import { isLatinOrDigit } from '../text/fold-chars';
import type { ContextBlock, StoryContext } from './context';
import type { ClassifyReading } from './rule';
import { SURNAMES } from './person-names';

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
 * The reading is whole words of a byline: words of a byline block segmentation found (By A [and
 * B]), or a role word or a name inside a bracketed Chinese byline set into a paragraph ((记者 吴某
 * 陈某) without 记者 or a name). Part of the story's furniture is missing, an omission as a whole
 * byline is; a changed name in it stays a name flag, since neither side is then empty.
 */
export function missingFromByline(r: ClassifyReading, story: StoryContext): boolean {
  const text = r.text.trim();
  if (creditBlockOf(r, story) === 'byline' && wholeLatinWords(r)) return true;
  // A credit in brackets inside a paragraph, as the story's context found it (credits.ts).
  const block = story.blockSpanAt(r.variant, r.start);
  if (!block || !bracketedCredit(block, r.folded) || !HAN_OR_SPACE_RUN.test(text)) return false;
  const close = block.end - 1;
  if (r.end > close || r.start <= block.start) return false;
  // Folding drops the spaces between the names, so whole words are a role word, or the last name
  // (two or three characters from a surname) right before the closing bracket.
  if (BYLINE_ROLES.includes(text)) return true;
  return (
    r.end === close &&
    hanRun(text, 2, 3) &&
    SURNAMES.has(text[0] as string) &&
    r.start - block.start > 1
  );
}
