/**
 * Golden cases: each case folder holds variant files written for this project and expected.json
 * with the flags (category, deciding rule, kind, each variant's reading) and the style-note kinds
 * expected.
 * Cases are grouped by what they pin down: test/golden/<group>/<case>/ (name, number, punctuation,
 * wording, omission, style, shape). A new case is a new folder; no code changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import type { VariantText } from '../../app/model/types';
import { foldText } from '../../app/text/fold';

interface ExpectedFlag {
  readonly category: string;
  /** The rule that decides it (app/classify/precedence.ts). */
  readonly rule: string;
  readonly kind?: string;
  /** For number flags: whether values or only forms differ. */
  readonly differ?: string;
  readonly readings: readonly string[];
}

interface Expected {
  readonly flags: readonly ExpectedFlag[];
  readonly styleNotes: readonly string[];
  /** Variants that carry only part of the story (a continuation page), each listed in `partial`. */
  readonly partial?: readonly { readonly variant: string }[];
  /** Files joined into one witness, in order. */
  readonly joined?: readonly (readonly string[])[];
}

const here = dirname(fileURLToPath(import.meta.url));
const isDir = (path: string): boolean => statSync(path).isDirectory();
/** Every case as `group/case`, in a stable order. */
const cases = readdirSync(here)
  .filter((group) => isDir(join(here, group)))
  .flatMap((group) =>
    readdirSync(join(here, group))
      .filter((name) => isDir(join(here, group, name)))
      .map((name) => `${group}/${name}`),
  )
  .sort();

/** Loads a case folder's variants (v1.txt, v2.txt, … in order). */
function loadCase(name: string): VariantText[] {
  const dir = join(here, name);
  return readdirSync(dir)
    .filter((f) => /^v\d+\.txt$/.test(f))
    .sort((a, b) => Number(a.slice(1, -4)) - Number(b.slice(1, -4)))
    .map((file, i) => ({
      id: `v${i + 1}`,
      path: join(dir, file),
      name: file,
      encoding: 'utf-8',
      text: readFileSync(join(dir, file), 'utf8'),
    }));
}

const fold = (text: string): string => foldText(text).text;

describe('golden cases', () => {
  it('has a case per category, per style kind and per shape', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17);
  });

  for (const name of cases) {
    it(name, () => {
      const variants = loadCase(name);
      const expected = JSON.parse(
        readFileSync(join(here, name, 'expected.json'), 'utf8'),
      ) as Expected;
      const result = compareVariants(variants);
      const flags = result.stories.flatMap((s) => s.flags);
      const actual = flags.map((f) => ({
        category: f.category,
        rule: f.rule,
        ...(f.kind && f.kind !== 'change' ? { kind: f.kind } : {}),
        ...(f.numbers ? { differ: f.numbers.differ } : {}),
        readings: f.readings.map((r) => fold(r.text)),
      }));
      const wanted = expected.flags.map((f) => ({ ...f, readings: f.readings.map(fold) }));
      expect(actual).toEqual(wanted);
      for (const flag of flags)
        for (const r of flag.readings) {
          const variant = variants.find((v) => v.id === r.variant) as VariantText;
          expect(variant.text.slice(r.start, r.end)).toBe(r.text);
        }
      // Flags of one story are apart or nested (inside an omission), never partly overlapping.
      for (const a of flags)
        for (const b of flags) {
          if (a === b) continue;
          for (const ra of a.readings) {
            const rb = b.readings.find((r) => r.variant === ra.variant);
            if (!rb || Math.max(ra.start, rb.start) >= Math.min(ra.end, rb.end)) continue;
            const nested =
              (ra.start <= rb.start && rb.end <= ra.end) ||
              (rb.start <= ra.start && ra.end <= rb.end);
            expect(nested, `${a.id} and ${b.id} overlap in ${ra.variant}`).toBe(true);
          }
        }
      expect(result.stories.flatMap((s) => s.partial ?? []).map((p) => p.variant)).toEqual(
        (expected.partial ?? []).map((p) => p.variant),
      );
      expect(result.stories.flatMap((s) => s.joined ?? []).map((j) => j.variants)).toEqual(
        expected.joined ?? [],
      );
      const kinds = new Set(result.styleNotes.map((n) => n.kind));
      for (const kind of expected.styleNotes) expect(kinds).toContain(kind);
    });
  }
});
