/**
 * The engine's entry point: finds the shared stories, aligns each across its variants, and builds
 * the `compare --json` contract of DESIGN.md. Pure: runs in Node, in a Web Worker and in tests.
 */
import {
  alignStory,
  type AlignOptions,
  type CancelSignal,
  type StoryVariant,
} from './align/align-story';
import { joinWitnesses, toFileReading, type Witness } from './align/witnesses';
import type { WhyLanguage } from './classify/classify';
import { classifyAligned, contextOf } from './classify/stage';
import type {
  CompareResult,
  Flag,
  JoinedWitness,
  PartialCarrier,
  Span,
  StyleKind,
  StyleNote,
  Story,
  VariantText,
} from './model/types';
import type { Block, SegmentedPage } from './segment/block-types';
import { segmentPage } from './segment/segment-page';
import type { LineShapes } from './segment/read-lines';
import { carriedPart, joinedHalves, trimAtMarks } from './stories/carried-parts';
import { findStoriesInPages, type StoryFinding, type StoryLocation } from './stories/find-stories';
import { othersOf, type ContainsText } from './stories/other-texts';
import { extendToSupportedHead, plain, trimFurnitureEdges } from './stories/story-edges';
import { emptyStyleCounts } from './text/fold';

/** Cancellation: pass a signal; a cancelled comparison throws align-story's CancelledError. */
export type { CancelSignal } from './align/align-story';

/** Options of a comparison. */
export interface CompareOptions {
  /** Called with overall progress 0..1 and what is being done. */
  readonly onProgress?: (fraction: number, message: string) => void;
  /** Set `aborted` to true to stop at the next variant; compareVariants then throws CancelledError. */
  readonly signal?: CancelSignal;
  /** Cleanup of the character diff; see app/align/pairwise.ts. */
  readonly cleanup?: AlignOptions['cleanup'];
  /** The language of each flag's `why` (the UI's); English by default. */
  readonly language?: WhyLanguage;
}

/** Compares the variants: every shared story aligned and flagged, plus style notes per variant. */
export function compareVariants(
  variants: readonly VariantText[],
  options: CompareOptions = {},
): CompareResult {
  const { finding, blocks } = locateStories(variants);
  const collated = finding.shared.map((location, index) => {
    const progress = (fraction: number): void =>
      options.onProgress?.(
        (index + fraction) / Math.max(1, finding.shared.length),
        `Aligning story ${index + 1} of ${finding.shared.length}`,
      );
    return collateStory(variants, location, { ...options, onProgress: progress, blocks });
  });
  options.onProgress?.(1, 'Done');
  return assembleResult(variants, finding, collated);
}

/** What collation needs from the pages: the stories found, and each variant's segmented blocks. */
export interface LocatedStories {
  readonly finding: StoryFinding;
  readonly blocks: ReadonlyMap<string, readonly Block[]>;
}

/**
 * The first half of compareVariants: segments the pages and finds their stories. Each shared
 * story can then be collated on its own (collateStory, with `blocks`), in any order or thread, and
 * the results put together by assembleResult — the CLI collates a day's stories on worker threads.
 */
export function locateStories(
  variants: readonly VariantText[],
  /** Each variant's segmentPage, when already made (the CLI segments a day's pages on its workers). */
  segmented?: readonly SegmentedPage[],
): LocatedStories {
  if (variants.length < 2) {
    throw new Error(`Need at least two variants to compare, got ${variants.length}.`);
  }
  const known: LineShapes = new Map();
  const pages = segmented ?? variants.map((v) => segmentPage(v.text, known));
  const finding = findStoriesInPages(variants, pages);
  const blocks = new Map(
    variants.map((v, i) => [v.id, (pages[i] as (typeof pages)[number]).blocks]),
  );
  return { finding, blocks };
}

/** The second half of compareVariants: the result of the collated stories, in the finder's order. */
export function assembleResult(
  variants: readonly VariantText[],
  finding: StoryFinding,
  collated: readonly CollatedStory[],
): CompareResult {
  const totals = new Map<string, Record<StyleKind, number>>(
    variants.map((v) => [v.id, emptyStyleCounts()]),
  );
  for (const story of collated) {
    for (const [id, counts] of story.styleCounts) {
      const total = totals.get(id);
      if (total) for (const kind of Object.keys(counts) as StyleKind[]) total[kind] += counts[kind];
    }
  }
  return {
    version: 1,
    variants: variants.map((v) => ({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: v.encoding,
      length: v.text.length,
    })),
    stories: collated.map((c) => c.story),
    ...(finding.unique.length > 0 ? { unique: finding.unique } : {}),
    styleNotes: styleNotes(variants, totals),
  };
}

/** The result of collating one story, with the style noise folded in it per variant. */
export interface CollatedStory {
  readonly story: Story;
  readonly styleCounts: ReadonlyMap<string, Readonly<Record<StyleKind, number>>>;
}

/**
 * Collates one located story: a variant with several spans (a story split across pages) is
 * collated as the concatenation of its spans, offsets mapped back to the file.
 */
export function collateStory(
  variants: readonly VariantText[],
  location: StoryLocation,
  options: {
    onProgress?: (fraction: number) => void;
    signal?: CancelSignal;
    cleanup?: AlignOptions['cleanup'];
    language?: WhyLanguage;
    /** Each variant's segmented blocks, for the classifier's story context. */
    blocks?: ReadonlyMap<string, readonly Block[]>;
  } = {},
): CollatedStory {
  const carrying = variants.filter(
    (v) => !location.missing.includes(v.id) && location.spans.some((s) => s.variant === v.id),
  );
  const storySpans = storyEdges(variants, location, carrying);
  const parts = carrying.map((v) => carriedPart(v, storySpans));
  const witnesses = joinWitnesses(carrying, storySpans, joinedHalves(parts));
  const continues = continuationsOf(parts, witnesses);
  const storyVariants: StoryVariant[] = witnesses.map((w) => w.story);
  const aligned =
    storyVariants.length >= 2
      ? alignStory(location.id, storyVariants, { ...options, continues })
      : undefined;
  // The classification stage: one context per story, every site decided by the rule table.
  const classified: Flag[] = aligned
    ? classifyAligned(aligned.sites, contextOf(aligned, options.blocks), options.language)
    : [];
  // A joined witness was aligned as one text: each reading goes back to the file it lies in.
  const flags = classified.map((flag) => ({
    ...flag,
    readings: flag.readings.map((r) => toFileReading(r, witnesses)),
  }));
  const missingHere = aligned?.missing ?? [];
  const missingFiles = missingHere.flatMap(
    (id) =>
      witnesses.find((w) => w.story.variant.id === id)?.files.map((f) => f.variant.id) ?? [id],
  );
  const missing = [...location.missing, ...missingFiles];
  const spans: Span[] = storySpans.filter((s) => !missingFiles.includes(s.variant));
  const partial = partialCarriers(continues, witnesses, missingFiles);
  const joined = joinedWitnesses(witnesses);
  return {
    story: {
      id: location.id,
      title: location.title,
      spans,
      ...(missing.length > 0 ? { missing } : {}),
      ...(partial.length > 0 ? { partial } : {}),
      ...(joined.length > 0 ? { joined } : {}),
      flags,
    },
    styleCounts: aligned?.styleCounts ?? new Map<string, Record<StyleKind, number>>(),
  };
}

/**
 * The story's spans with each carrier's edges settled: a neighbour the finder took in beyond a
 * continuation mark, a head the other carriers support, furniture at the edges.
 */
function storyEdges(
  variants: readonly VariantText[],
  location: StoryLocation,
  carrying: readonly VariantText[],
): readonly Span[] {
  // A neighbour the finder took in beyond a continuation mark is neither story text nor a flag.
  let storySpans: readonly Span[] = location.spans;
  // Each file's story text in plain form, made once and only when a rule asks for the others'.
  const plainText = new Map<string, string>();
  const plainOf = (id: string): string => {
    let out = plainText.get(id);
    if (out === undefined) {
      const text = variants.find((x) => x.id === id)?.text ?? '';
      out = plain(
        location.spans
          .filter((s) => s.variant === id)
          .map((s) => text.slice(s.start, s.end))
          .join('\n'),
      );
      plainText.set(id, out);
    }
    return out;
  };
  // The other carriers' text, joined once for the story (other-texts.ts), not once per carrier.
  let othersIn: ((k: number) => ContainsText) | undefined;
  // Each carrier's last line in plain form: a short credit under the story is the story's only
  // when another carrier ends with it too.
  const lastLines = carrying.map((x) => lastLineOf(x, location.spans));
  for (const [k, v] of carrying.entries()) {
    let others: ContainsText | undefined;
    const otherText = (): ContainsText =>
      (others ??= (othersIn ??= othersOf(carrying.map((x) => plainOf(x.id))))(k));
    const otherEnds = (): ContainsText => ({
      includes: (t) => lastLines.some((line, i) => i !== k && line === t),
    });
    storySpans = trimFurnitureEdges(
      v,
      extendToSupportedHead(v, trimAtMarks(v, storySpans, otherText), otherText),
      otherText,
      otherEnds,
    );
  }
  return storySpans;
}

/** The last non-empty line of the variant's part of the story, in plain form. */
function lastLineOf(variant: VariantText, spans: readonly Span[]): string {
  const own = spans.filter((s) => s.variant === variant.id);
  const last = own.reduce<Span | undefined>(
    (a, s) => (a === undefined || s.end > a.end ? s : a),
    undefined,
  );
  if (last === undefined) return '';
  const body = variant.text.slice(last.start, last.end).trimEnd();
  return plain(body.slice(body.lastIndexOf('\n') + 1));
}

/** Per witness that starts or ends at a continuation mark, which of the two it does. */
function continuationsOf(
  parts: readonly ReturnType<typeof carriedPart>[],
  witnesses: readonly Witness[],
): Map<string, { from: boolean; to: boolean }> {
  const continues = new Map<string, { from: boolean; to: boolean }>();
  for (const w of witnesses) {
    const first = parts.find((p) => p.variant === w.files[0]?.variant.id);
    const last = parts.find((p) => p.variant === w.files[w.files.length - 1]?.variant.id);
    if (first?.from || last?.to)
      continues.set(w.story.variant.id, { from: first?.from === true, to: last?.to === true });
  }
  return continues;
}

/** The files that carry only part of the story, with what they carry and a note why. */
function partialCarriers(
  continues: ReadonlyMap<string, { from: boolean; to: boolean }>,
  witnesses: readonly Witness[],
  missingFiles: readonly string[],
): PartialCarrier[] {
  return [...continues.entries()]
    .filter(([id]) => !missingFiles.includes(id))
    .flatMap(([id, marks]) => {
      const w = witnesses.find((x) => x.story.variant.id === id);
      if (!w) return [];
      const note =
        marks.from && marks.to
          ? 'carries only a middle part of the story'
          : marks.from
            ? 'continues from another page: not a witness for the part before'
            : 'goes on on another page: not a witness for the part after';
      return w.files.map((f) => ({
        variant: f.variant.id,
        carries: f.ranges.map((r) => ({ start: r.start, end: r.end })),
        note,
      }));
    });
}

/** One note per paper whose story is joined from several files. */
function joinedWitnesses(witnesses: readonly Witness[]): JoinedWitness[] {
  return witnesses
    .filter((w) => w.files.length > 1)
    .map((w) => ({
      variants: w.files.map((f) => f.variant.id),
      note: `${w.files.map((f) => f.variant.name).join(' + ')}: one paper's story over ${w.files.length} files`,
    }));
}

const MESSAGES: Readonly<Record<StyleKind, string>> = {
  'half-width-punctuation': 'uses half-width punctuation',
  'full-width-punctuation': 'uses full-width symbols',
  'full-width-digits': 'uses full-width digits',
  'full-width-latin': 'uses full-width Latin letters',
  'quote-style': 'uses a different quote style',
  'line-wrap': 'breaks lines inside sentences',
  whitespace: 'has extra white space',
  'heading-marks': 'has heading marks or bullets',
  'cjk-spacing': 'puts spaces between Chinese and Latin or digits',
  'continuation-marks': 'has continuation marks',
  'traditional-script': 'prints traditional characters',
};

/** One note per variant and kind of style noise that occurs in it. */
function styleNotes(
  variants: readonly VariantText[],
  totals: ReadonlyMap<string, Record<StyleKind, number>>,
): StyleNote[] {
  const notes: StyleNote[] = [];
  for (const variant of variants) {
    const counts = totals.get(variant.id);
    if (!counts) continue;
    for (const kind of Object.keys(MESSAGES) as StyleKind[]) {
      const count = counts[kind];
      if (count > 0) {
        const places = count === 1 ? 'place' : 'places';
        notes.push({
          variant: variant.id,
          kind,
          count,
          message: `${variant.name} ${MESSAGES[kind]} in ${count} ${places}`,
        });
      }
    }
  }
  return notes;
}
