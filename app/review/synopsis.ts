/**
 * Every page at a flag, side by side (the synoptic view, as Juxta's and CollateX's tables show a
 * place of variation): per variant of the story, its reading with a line of context on each side,
 * or that the page does not carry this part; and the page the right pane follows to.
 */
import type { Flag, Story } from '../model/types';
import { foldReading } from './readings';

/** How many characters of context each side: a short line of CJK, a few English words. */
export const CONTEXT_CHARS = 18;

/** One page's row of the synopsis. */
export type SynopsisRow =
  | {
      readonly variant: string;
      readonly carried: true;
      readonly before: string;
      readonly reading: string;
      readonly after: string;
    }
  | { readonly variant: string; readonly carried: false; readonly note: string | null };

const WORD = /[\p{L}\p{N}'’-]/u;
const LATIN = /[A-Za-z\u00C0-\u024F0-9]/;

/**
 * The text before and after a range on its own line, at most `chars` each side. A cut that falls
 * inside an English word drops the partial word, so context never shows half a word.
 */
export function contextAround(
  text: string,
  start: number,
  end: number,
  chars = CONTEXT_CHARS,
): { before: string; after: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - chars);
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = Math.min(nextBreak === -1 ? text.length : nextBreak, end + chars);
  let before = text.slice(lineStart, start).replace(/\r$/, '');
  let after = text.slice(end, lineEnd).replace(/\r$/, '');
  const cutBefore = lineStart > 0 && text[lineStart - 1] !== '\n';
  if (cutBefore && LATIN.test(before[0] ?? '') && WORD.test(text[lineStart - 1] ?? '')) {
    const space = before.search(/\s/);
    before = space === -1 ? '' : before.slice(space + 1);
  }
  const cutAfter = lineEnd < text.length && text[lineEnd] !== '\n';
  if (cutAfter && LATIN.test(after[after.length - 1] ?? '') && WORD.test(text[lineEnd] ?? '')) {
    const space = after.search(/\s\S*$/);
    after = space === -1 ? '' : after.slice(0, space);
  }
  return { before, after };
}

/**
 * The synopsis of a flag: a row per variant of the story in variant order, with its reading and
 * context from its own text, or `carried: false` (with the engine's note) for a page that has no
 * reading here — a continuation page that does not print this part of the story.
 */
export function synopsisOf(
  flag: Flag,
  story: Story,
  variantOrder: readonly string[],
  textOf: (variant: string) => string | undefined,
): SynopsisRow[] {
  const inStory = new Set(story.spans.map((s) => s.variant));
  for (const p of story.partial ?? []) inStory.add(p.variant);
  return variantOrder
    .filter((id) => inStory.has(id))
    .map((variant): SynopsisRow => {
      const reading = flag.readings.find((r) => r.variant === variant);
      const text = reading ? textOf(reading.variant) : undefined;
      if (!reading || text === undefined) {
        return {
          variant,
          carried: false,
          note: story.partial?.find((p) => p.variant === variant)?.note ?? null,
        };
      }
      const { before, after } = contextAround(text, reading.start, reading.end);
      return { variant, carried: true, before, reading: reading.text, after };
    });
}

/**
 * The variant the right pane moves to at a flag: the one shown stays when it reads otherwise than
 * the left pane's text there; else the first variant (in `order`) that does; else the one shown.
 */
export function followVariant(
  flag: Flag,
  leftText: string,
  shown: string | null,
  order: readonly string[],
): string | null {
  const left = foldReading(leftText);
  const differs = (id: string | null): boolean => {
    const reading = id === null ? undefined : flag.readings.find((r) => r.variant === id);
    return reading !== undefined && foldReading(reading.text) !== left;
  };
  if (differs(shown)) return shown;
  return order.find((id) => id !== shown && differs(id)) ?? shown;
}
