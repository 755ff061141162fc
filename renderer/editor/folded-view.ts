/**
 * The style-folded pane text of a story (issue 5: "showing the style-folded variant by default so
 * style noise does not drown the view"): the engine's folding (app/text/fold.ts) with one
 * paragraph per line, and the map between file offsets and pane offsets.
 */
import { lowerBound } from '../../app/model/binary-search';
import type { Span } from '../../app/model/types';
import { foldText } from '../../app/text/fold';
import { buildStoryView, type StoryView } from './story-view';
import { isHan } from '../../app/lexicon/characters';

/** The end of a sentence (optionally followed by a closing quote) just before a line break. */
const SENTENCE_END_BEFORE_BREAK = /[。！？!?…；;.][”’」』"']?$/;

/**
 * True when a text separates most of its paragraphs with blank lines: then the folded panes do
 * too, so that the diff against such a canonical does not flag every blank line as removed.
 */
export function usesBlankLines(text: string): boolean {
  return blankLineHabit(text.split(/\r?\n/));
}

function blankLineHabit(lines: readonly string[]): boolean {
  const blank = lines.filter((l) => l.trim() === '').length;
  const gaps = lines.length - blank - 1;
  return blank > 0 && blank * 2 > gaps;
}

/** How the canonical lays out paragraphs, which folded panes copy so that layout is no difference. */
export interface PaneLayout {
  readonly separator: '\n' | '\n\n';
  /** The indent most of the canonical's paragraphs open with (two ideographic spaces in Chinese print), or ''. */
  readonly indent: string;
}

/** One paragraph per line, no indent: the folded form when no canonical is shown. */
export const PLAIN_LAYOUT: PaneLayout = { separator: '\n', indent: '' };

/**
 * The indent most of a text's paragraphs after the first open with: a reprint sets two ideographic spaces before
 * every body paragraph, and a folded pane without it showed every paragraph of the diff as changed.
 */
export function paragraphIndent(text: string): string {
  return indentHabit(text.split(/\r?\n/));
}

function indentHabit(all: readonly string[]): string {
  const lines = all.filter((l) => l.trim() !== '').slice(1);
  const counts = new Map<string, number>();
  for (const line of lines) {
    const indent = /^[\u3000 \t]+/u.exec(line)?.[0] ?? '';
    counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [indent, count] of counts) if (count > bestCount) [best, bestCount] = [indent, count];
  // More than half of the body lines: a habit of the text, not one quoted or centred line.
  return bestCount * 2 > lines.length ? best : '';
}

/** The layout of a canonical text. */
export function layoutOf(text: string): PaneLayout {
  const lines = text.split(/\r?\n/);
  return { separator: blankLineHabit(lines) ? '\n\n' : '\n', indent: indentHabit(lines) };
}

/**
 * Folding writes the house style of Chinese text: full-width punctuation, no space around it. An
 * English story folded that way showed "31，000" and "reservoir，a" against the canonical's
 * "31,000" and "reservoir, a": every comma became a change in the diff, the very noise folding is
 * there to remove. A story that is mostly Latin letters is shown as printed instead.
 */
export function isLatinText(text: string): boolean {
  // Fewer than one Han character per four Latin letters: English, perhaps with a Chinese name or two.
  const han = [...text].filter(isHan).length;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return latin > 0 && han * 4 < latin;
}

/**
 * Builds the folded pane text of a variant for a story in the canonical's layout: paragraphs
 * separated by its separator, and every paragraph after the first opened with its indent.
 */
export function buildFoldedStoryView(
  fileText: string,
  spans: readonly Span[],
  layout: PaneLayout = PLAIN_LAYOUT,
): StoryView {
  const { indent } = layout;
  const separator = layout.separator + indent;
  const ranges = [...spans]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: s.start, end: s.end }));
  if (isLatinText(ranges.map((r) => fileText.slice(r.start, r.end)).join('\n')))
    return buildStoryView(fileText, spans);
  const folded = foldText(fileText, ranges);
  const n = folded.text.length;
  const breaks = new Set(folded.paragraphStarts.filter((p) => p > 0 && p < n));
  // Also break where a source line ends a sentence with a half-width full stop, which folding
  // keeps (it may be a decimal point) and so does not count as a paragraph end: reprints typed on
  // Latin keyboards end every paragraph with ".", and one 1,400-character line is unreadable.
  for (const p of folded.lineStarts) {
    if (p > 0 && p < n && SENTENCE_END_BEFORE_BREAK.test(folded.text.slice(Math.max(0, p - 2), p)))
      breaks.add(p);
  }
  // viewOf[i]: pane offset of folded unit i (a line break is inserted before each paragraph).
  const viewOf = new Int32Array(n + 1);
  const parts: string[] = [];
  let shift = 0;
  let from = 0;
  for (let i = 0; i <= n; i += 1) {
    if (breaks.has(i)) {
      parts.push(folded.text.slice(from, i), separator);
      from = i;
      shift += separator.length;
    }
    viewOf[i] = i + shift;
  }
  parts.push(folded.text.slice(from));
  const text = parts.join('');
  return {
    text,
    toView: (fileOffset, edge = 'start') => {
      const i = lowerBound(folded.starts, fileOffset);
      // An end that falls on a paragraph start belongs to the line before, not after the break.
      if (edge === 'end' && i > 0) return (viewOf[i - 1] ?? 0) + 1;
      return viewOf[i] ?? text.length;
    },
    toFile: (viewOffset) => {
      const i = lowerBound(viewOf, viewOffset);
      if (i >= n) return n > 0 ? (folded.ends[n - 1] ?? 0) : folded.origin;
      return folded.starts[i] ?? 0;
    },
  };
}
