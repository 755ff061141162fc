/**
 * Credits a paper sets inside a paragraph, in brackets: a reporter's ((记者 王某 李某), (Reporting
 * by …)) or a photographer's ((记者 王某 摄), (Photo by …)). Segmentation finds bylines and
 * captions on lines of their own; these are found once per variant when the story's context is
 * built and become blocks of their own (a byline, a caption) inside the paragraph, so no rule has
 * to detect them again.
 */
import { alternation, AGENCIES, BYLINE_ROLES, WIRE_SERVICES } from '../lexicon/newsroom';
import type { BlockKind } from '../segment/block-types';
import type { ContextBlock } from './context';

/** Longest credit read inside its brackets (UTF-16 units): four names and their roles. */
const CREDIT_MAX = 40;

/** What a reporter's credit opens with: an agency or 特约 and a role word ((新华社记者 …)), or 文/. */
const CHINESE_BYLINE = new RegExp(
  `^(?:(?:${alternation(AGENCIES)}|特约)?(?:${alternation(BYLINE_ROLES)})|文[/／]|文/?图[/／])`,
);

/** A photographer's credit: it ends in 摄 or 摄影 or 供图, or opens with 图/ or 图： ((图/王某)). */
const CHINESE_PHOTO = /(?:摄|摄影|供图)$|^(?:图片?|摄影)[/／:：]/u;

/** An English photographer's credit: (Photo by …), (Photo: …), (AP Photo/…), (Photos courtesy of …). */
const ENGLISH_PHOTO = new RegExp(
  `^(?:(?:${alternation(WIRE_SERVICES)}) )?(?:Photo|Photograph|Image)s?(?: by | courtesy of ?|:|/)`,
  'i',
);

/** An English reporter's credit: (Reporting by …), (Additional reporting by …), (Writing by …). */
const ENGLISH_BYLINE = /^(?:Additional )?(?:Reporting|Writing|Editing) by /i;

/** What no credit holds: a sentence's end, a colon of a note ((记者注：…)), another bracket. */
const NOT_IN_CREDIT = /[。！？!?：:;；()（）\n]/u;

/** The kind of credit `inside` (a bracket's text) is, or undefined when it is none. */
export function creditKind(inside: string): 'byline' | 'caption' | undefined {
  const text = inside.trim();
  // A colon may follow the role word ((记者：王某)); anywhere else it opens a note ((记者注：…)).
  const role = CHINESE_BYLINE.exec(text.replace(/\s+/g, ''))?.[0] ?? '';
  const rest = role && /^[:：]/.test(text.slice(role.length)) ? text.slice(role.length + 1) : text;
  if (text.length < 2 || NOT_IN_CREDIT.test(rest)) return undefined;
  const compact = text.replace(/\s+/g, '');
  if (CHINESE_PHOTO.test(compact) || ENGLISH_PHOTO.test(text)) return 'caption';
  if (CHINESE_BYLINE.test(compact) || ENGLISH_BYLINE.test(text)) return 'byline';
  return undefined;
}

/** Blocks that are credits already: a credit inside one is the block's own. */
const CREDIT_KINDS: ReadonlySet<BlockKind> = new Set(['byline', 'caption']);

/** Each bracketed credit of a variant's folded text, brackets included, in order. */
export function creditsIn(folded: string): ContextBlock[] {
  const credits: ContextBlock[] = [];
  for (let open = 0; open < folded.length; open++) {
    // By code unit, （ or (: folded[open] made a string of every Chinese character of the story.
    const unit = folded.charCodeAt(open);
    if (unit !== 0xff08 && unit !== 0x28) continue;
    let close = open + 1;
    while (
      close < folded.length &&
      close - open <= CREDIT_MAX &&
      !'()（）'.includes(folded[close] as string)
    )
      close++;
    if (folded[close] !== '）' && folded[close] !== ')') continue;
    const kind = creditKind(folded.slice(open + 1, close));
    if (kind) credits.push({ kind, start: open, end: close + 1 });
    open = close;
  }
  return credits;
}

/**
 * The blocks with each credit set in: a credit inside a paragraph, a dateline or any block that is
 * no credit (or where no block lies) splits it; one inside a byline or caption is that block's.
 * Blocks and credits are ascending and disjoint, and so is the result.
 */
export function withCredits(
  blocks: readonly ContextBlock[],
  credits: readonly ContextBlock[],
): ContextBlock[] {
  const out: ContextBlock[] = [];
  let c = 0;
  const next = (): ContextBlock | undefined => credits[c];
  for (const block of blocks) {
    // Credits before the block lie where no block does; one across its start is none of its.
    while ((next()?.end ?? Infinity) <= block.start) out.push(credits[c++] as ContextBlock);
    while ((next()?.start ?? Infinity) < block.start) c++;
    let from = block.start;
    while (!CREDIT_KINDS.has(block.kind) && (next()?.end ?? Infinity) <= block.end) {
      const credit = credits[c++] as ContextBlock;
      if (credit.start > from) out.push({ kind: block.kind, start: from, end: credit.start });
      out.push(credit);
      from = credit.end;
    }
    if (block.end > from) out.push({ kind: block.kind, start: from, end: block.end });
    // Credits inside a block of another kind are its own; one across its end is none of its.
    while ((next()?.start ?? Infinity) < block.end) c++;
  }
  while (c < credits.length) out.push(credits[c++] as ContextBlock);
  return out;
}
