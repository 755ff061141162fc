/**
 * The form in which the side-by-side compares two panes (issue 13: "identical paragraphs are never
 * shown as changed", and a difference a desk ignore rule removes is no difference): each line
 * style-folded by the engine's own folding (app/text/fold.ts: width, quotes, white space and
 * U+3000, CJK spacing, heading marks, continuation marks), then the desk's ignore rules applied,
 * as the flag list reads the pages (app/review/desk-rules.ts). Line breaks stay: they are where the
 * diff editor pairs lines, so a paragraph split is still a change.
 *
 * Every unit of the form remembers the range of the pane text it stands for, so a change found in
 * the form maps back to an exact range of the pane.
 */
import type { IgnoreRule } from '../../app/review/desk-rules';
import { foldText } from '../../app/text/fold';

/** How two panes are compared: as printed (null), or folded with the desk's ignore rules. */
export interface CompareForm {
  /** The ignore rules, each side already style-folded (see foldRules). */
  readonly rules: readonly IgnoreRule[];
}

/** Folded, ready to use on folded text: rules that fold to no difference are left out. */
export function foldRules(ignore: readonly IgnoreRule[]): CompareForm {
  const rules: IgnoreRule[] = [];
  for (const rule of ignore) {
    const a = foldText(rule.a).text;
    const b = foldText(rule.b).text;
    if (b !== '' && a !== b) rules.push({ a, b });
  }
  return { rules };
}

/** A range of a pane in its compare form: units, and for unit i the pane range it stands for. */
export interface FormedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Folds each line of [start, end) of a pane text; the line breaks stay units of their own. */
function foldLines(text: string, start: number, end: number): FormedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = start;
  while (at <= end) {
    const brk = text.indexOf('\n', at);
    const lineEnd = brk < 0 || brk >= end ? end : brk;
    if (lineEnd > at) {
      const folded = foldText(text, [{ start: at, end: lineEnd }]);
      out += folded.text;
      for (let i = 0; i < folded.text.length; i += 1) {
        starts.push(folded.starts[i] ?? at);
        ends.push(folded.ends[i] ?? lineEnd);
      }
    }
    if (lineEnd >= end) break;
    out += '\n';
    starts.push(lineEnd);
    ends.push(lineEnd + 1);
    at = lineEnd + 1;
  }
  return { text: out, starts, ends };
}

/** Reads every `b` of a rule as its `a`; each unit of `a` stands for the whole of `b`. */
function applyRule(formed: FormedText, rule: IgnoreRule): FormedText {
  if (!formed.text.includes(rule.b)) return formed;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  for (let at = formed.text.indexOf(rule.b); at >= 0; at = formed.text.indexOf(rule.b, from)) {
    out += formed.text.slice(from, at);
    starts.push(...formed.starts.slice(from, at));
    ends.push(...formed.ends.slice(from, at));
    const start = formed.starts[at] ?? 0;
    const end = formed.ends[at + rule.b.length - 1] ?? start;
    out += rule.a;
    for (let i = 0; i < rule.a.length; i += 1) {
      starts.push(start);
      ends.push(end);
    }
    from = at + rule.b.length;
  }
  out += formed.text.slice(from);
  starts.push(...formed.starts.slice(from));
  ends.push(...formed.ends.slice(from));
  return { text: out, starts, ends };
}

/** The compare form of [start, end) of a pane text. */
export function formOf(text: string, start: number, end: number, form: CompareForm): FormedText {
  let formed = foldLines(text, start, end);
  for (const rule of form.rules) formed = applyRule(formed, rule);
  return formed;
}

/** The pane range of units [from, to) of a form; an empty one is the place after unit from - 1. */
export function paneRange(
  formed: FormedText,
  from: number,
  to: number,
  origin: number,
): { start: number; end: number } {
  if (to > from)
    return { start: formed.starts[from] ?? origin, end: formed.ends[to - 1] ?? origin };
  const at = from > 0 ? (formed.ends[from - 1] ?? origin) : (formed.starts[0] ?? origin);
  return { start: at, end: at };
}
