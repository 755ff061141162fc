/**
 * The edits that apply one kind of style note to a text: each kind of style noise the engine
 * folds (DESIGN.md) has a rule that rewrites it into the house form of Chinese news text —
 * full-width punctuation in CJK context, no spaces around CJK, ASCII digits and Latin, curly quotes,
 * no Markdown heading marks or continuation marks. Pure: text in, edits (ascending, disjoint) out.
 */
import type { StyleKind } from '../model/types';
import { foldChar } from '../text/fold-chars';
import { bracketedMarks } from '../text/fold';
import { FULL_STOPS, HAN, SEMICOLONS, hanRegExp } from '../lexicon/characters';
import { toSimplified } from '../text/script-fold';
import type { TextEdit } from './anchors';

/** CJK context: a Han ideograph, CJK or full-width punctuation, curly quotes, …, —. */
const CJK = hanRegExp(String.raw`[${HAN}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]`);
const IDEOGRAPH = hanRegExp(`[${HAN}]`);
const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const SENTENCE_OR_CLOSER = new RegExp(`[${FULL_STOPS}…${SEMICOLONS}：:”’」』）)】》]`, 'u');

/** The nearest character before `i` that is not a space or tab, or ''. */
function previousVisible(text: string, i: number): string {
  for (let j = i - 1; j >= 0; j--) if (!/[ \t]/.test(text[j] ?? '')) return text[j] ?? '';
  return '';
}

/** The nearest character after `i` that is not a space or tab, or ''. */
function nextVisible(text: string, i: number): string {
  for (let j = i + 1; j < text.length; j++) if (!/[ \t]/.test(text[j] ?? '')) return text[j] ?? '';
  return '';
}

/**
 * Half-width punctuation in CJK context becomes full-width. Context: a CJK character or full-width
 * mark on either side; a comma or colon between two digits (1,000 and 10:30) is left alone.
 */
function halfWidthPunctuation(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const full = HALF_TO_FULL[ch];
    if (full === undefined) continue;
    const before = previousVisible(text, i);
    const after = nextVisible(text, i);
    if (
      (ch === ',' || ch === ':') &&
      /[0-9]/.test(text[i - 1] ?? '') &&
      /[0-9]/.test(text[i + 1] ?? '')
    )
      continue;
    if (CJK.test(before) || CJK.test(after)) {
      // Spaces typed after a half-width mark belong to the Latin habit; the full-width mark carries its own.
      // (a separate deletion, so that a flag anchored on the mark alone keeps its anchor).
      edits.push({ start: i, end: i + 1, text: full });
      let end = i + 1;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t') && CJK.test(after))
        end++;
      if (end > i + 1) edits.push({ start: i + 1, end, text: '' });
      i = end - 1;
    }
  }
  return edits;
}

/** Spaces between a CJK character and another CJK character, a Latin letter or a digit are removed. */
function cjkSpacing(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(/[ \t\u3000\u00a0]+/gu)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (before === '' || after === '' || before === '\n' || after === '\n') continue;
    const cjkSide =
      IDEOGRAPH.test(before) || IDEOGRAPH.test(after) || CJK.test(before) || CJK.test(after);
    if (cjkSide) edits.push({ start, end, text: '' });
  }
  return edits;
}

/** Characters whose fold has the given kind become their folded form (full-width digits → ASCII …). */
function foldKind(
  text: string,
  kind: 'full-width-digits' | 'full-width-latin' | 'full-width-punctuation',
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 0; i < text.length; i++) {
    const fold = foldChar(text[i] ?? '');
    if (fold.kind === kind) edits.push({ start: i, end: i + 1, text: fold.out });
  }
  return edits;
}

/** Straight quotes become curly ones, opening and closing in turn within each paragraph. */
function quoteStyle(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let doubleOpen = false;
  let singleOpen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      doubleOpen = false;
      singleOpen = false;
    } else if (ch === '"') {
      edits.push({ start: i, end: i + 1, text: doubleOpen ? '”' : '“' });
      doubleOpen = !doubleOpen;
    } else if (ch === "'" && !/[A-Za-z]/.test(text[i - 1] ?? '')) {
      // An apostrophe after a letter (Xi'an, it's) is not a quote.
      edits.push({ start: i, end: i + 1, text: singleOpen ? '’' : '‘' });
      singleOpen = !singleOpen;
    } else if (ch === "'" && singleOpen) {
      edits.push({ start: i, end: i + 1, text: '’' });
      singleOpen = false;
    }
  }
  return edits;
}

/** Trailing spaces at line ends go, and runs of ASCII spaces inside a line become one. */
function whitespace(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(/[ \t]+(?=\r?\n|$)|(?<=\S)[ \t]{2,}(?=\S)/gu)) {
    const start = match.index ?? 0;
    const trailing =
      /^[ \t]+$/.test(match[0]) && /^(\r?\n|$)/.test(text.slice(start + match[0].length));
    edits.push({ start, end: start + match[0].length, text: trailing ? '' : ' ' });
  }
  return edits;
}

/** Markdown heading marks at the start of a line ("## 标题") are removed. */
function headingMarks(text: string): TextEdit[] {
  return [...text.matchAll(/^[ \t]*#{1,6}[ \t]+/gmu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    text: '',
  }));
}

/** Continuation marks of a story split across pages, e.g. (上接01版) （转第4版）, and end marks （完） are removed. */
function continuationMarks(text: string): TextEdit[] {
  // The same marks the engine folds away, so applying the note removes exactly what it counted.
  return bracketedMarks(text).map((m) => ({ ...m, text: '' }));
}

/**
 * A line break inside a sentence (a column break of the printed page: the line ends without a
 * sentence end and both sides are CJK) is removed, joining the paragraph again.
 */
function lineWrap(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(/\r?\n/gu)) {
    const start = match.index ?? 0;
    const before = text[start - 1] ?? '';
    const after = text[start + match[0].length] ?? '';
    if (IDEOGRAPH.test(before) && IDEOGRAPH.test(after) && !SENTENCE_OR_CLOSER.test(before)) {
      edits.push({ start, end: start + match[0].length, text: '' });
    }
  }
  return edits;
}

/** Traditional characters become the simplified ones the comparison read them as (same length in code points). */
function simplifiedScript(text: string): TextEdit[] {
  const out = toSimplified(text);
  if (out === text) return [];
  const edits: TextEdit[] = [];
  let o = 0;
  for (let i = 0; i < text.length;) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const outWidth = (out.codePointAt(o) ?? 0) > 0xffff ? 2 : 1;
    const from = text.slice(i, i + width);
    const to = out.slice(o, o + outWidth);
    if (from !== to) edits.push({ start: i, end: i + width, text: to });
    i += width;
    o += outWidth;
  }
  return edits;
}

/** The edits that turn the text's style noise of one kind into the house form; ascending, disjoint. */
export function styleEdits(text: string, kind: StyleKind): TextEdit[] {
  switch (kind) {
    case 'half-width-punctuation':
      return halfWidthPunctuation(text);
    case 'cjk-spacing':
      return cjkSpacing(text);
    case 'full-width-digits':
    case 'full-width-latin':
    case 'full-width-punctuation':
      return foldKind(text, kind);
    case 'quote-style':
      return quoteStyle(text);
    case 'whitespace':
      return whitespace(text);
    case 'heading-marks':
      return headingMarks(text);
    case 'continuation-marks':
      return continuationMarks(text);
    case 'line-wrap':
      return lineWrap(text);
    case 'traditional-script':
      return simplifiedScript(text);
  }
}
