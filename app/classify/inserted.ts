/**
 * Text a minority inserts where the majority reads nothing, judged by the word it joins: a
 * character read twice, or an English part hyphenated to a word.
 */
import { hanRun } from '../lexicon/characters';
import type { StoryContext } from './context';
import { nameEvidence } from './name-evidence';
import type { ReadingInContext } from './names';

/**
 * What a minority inserts where the witnesses read nothing, judged by the word it joins in the
 * witnesses' context: a character read twice (OCR) belongs to the word of the character it repeats
 * (福[福]州, 宋[宋]雅琴), and an English part hyphenated to a word belongs to that word (Rosa
 * Delgado[-Ruiz]). The minority's own context is no evidence; the word it joins is.
 */
export function insertedInName(
  witnesses: readonly ReadingInContext[],
  readings: readonly ReadingInContext[],
  story: StoryContext,
): string | null {
  for (const w of witnesses) {
    if (w.text !== '') continue;
    for (const r of readings) {
      const t = r.text;
      if (t === '') continue;
      const evidence = joinedWords(w, t)
        .map((word) => nameEvidence(word, story))
        .find((e) => e);
      if (evidence) return `an insertion inside a name (${evidence})`;
    }
  }
  return null;
}

/** The words of the witness's context that inserted text `t` repeats or joins, as readings. */
function joinedWords(w: ReadingInContext, t: string): ReadingInContext[] {
  const out: ReadingInContext[] = [];
  if (hanRun(t)) {
    if (w.before.endsWith(t))
      out.push({ text: t, before: w.before.slice(0, -t.length), after: w.after });
    else if (w.after.startsWith(t))
      out.push({ text: t, before: w.before, after: w.after.slice(t.length) });
  }
  const previous = /[A-Za-z]+$/.exec(w.before)?.[0];
  if (previous && /^[-A-Za-z]/.test(t))
    out.push({ text: previous, before: w.before.slice(0, -previous.length), after: w.after });
  const next = /^[A-Za-z]+/.exec(w.after)?.[0];
  if (next && /[-A-Za-z]$/.test(t))
    out.push({ text: next, before: w.before, after: w.after.slice(next.length) });
  return out;
}
