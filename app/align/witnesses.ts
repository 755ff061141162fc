/**
 * Witnesses of a story: usually one file each; two files of one paper that hold the story between
 * them (carried-parts.ts) are one witness. The joined witness is aligned as one text (the first
 * file, a paragraph break, the second file: offsets of the second are shifted by the first's
 * length + 2), and every reading is mapped back to the file it lies in, so that a reading always
 * names a real file and slices that file's text.
 */
import type { Reading, Span, VariantText } from '../model/types';
import type { StoryVariant } from './align-story';

/** One file of a witness and where its text sits in the witness's aligned text. */
export interface WitnessFile {
  readonly variant: VariantText;
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
  /** Offset of the file's text inside the witness text. */
  readonly shift: number;
}

/** A witness: what is aligned, and the files it is made of. */
export interface Witness {
  readonly story: StoryVariant;
  readonly files: readonly WitnessFile[];
}

/** Between the joined files: a blank line, so the second file's first line opens a paragraph. */
const JOIN = '\n\n';

/** The witnesses of a story: one per carrying file, joined pairs as one (in the first file's place). */
export function joinWitnesses(
  carrying: readonly VariantText[],
  spans: readonly Span[],
  pairs: readonly (readonly [string, string])[],
): Witness[] {
  const rangesOf = (v: VariantText): { start: number; end: number }[] =>
    spans.filter((s) => s.variant === v.id).map((s) => ({ start: s.start, end: s.end }));
  const second = new Map(pairs.map(([a, b]) => [b, a]));
  const first = new Map(pairs.map(([a, b]) => [a, b]));
  const byId = new Map(carrying.map((v) => [v.id, v]));
  const out: Witness[] = [];
  for (const v of carrying) {
    if (second.has(v.id) && byId.has(second.get(v.id) as string)) continue;
    const partner = byId.get(first.get(v.id) ?? '');
    if (!partner) {
      const ranges = rangesOf(v);
      out.push({ story: { variant: v, ranges }, files: [{ variant: v, ranges, shift: 0 }] });
      continue;
    }
    const shift = v.text.length + JOIN.length;
    const a = rangesOf(v);
    const b = rangesOf(partner);
    const text = v.text + JOIN + partner.text;
    out.push({
      story: {
        variant: { ...v, text },
        ranges: [...a, ...b.map((r) => ({ start: r.start + shift, end: r.end + shift }))],
      },
      files: [
        { variant: v, ranges: a, shift: 0 },
        { variant: partner, ranges: b, shift },
      ],
    });
  }
  return out;
}

/** A reading of a witness's aligned text as a reading of the file it lies in (clipped to that file). */
export function toFileReading(reading: Reading, witnesses: readonly Witness[]): Reading {
  const w = witnesses.find((x) => x.story.variant.id === reading.variant);
  if (!w || w.files.length < 2) return reading;
  const file =
    [...w.files].reverse().find((f) => reading.start >= f.shift) ?? (w.files[0] as WitnessFile);
  const length = file.variant.text.length;
  const start = Math.min(length, reading.start - file.shift);
  const end = Math.max(start, Math.min(length, reading.end - file.shift));
  return { variant: file.variant.id, start, end, text: file.variant.text.slice(start, end) };
}
