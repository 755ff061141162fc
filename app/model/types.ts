/**
 * The engine's data model: the `compare --json` contract (app/model/CONTRACT.md is the authority
 * for the JSON; it extends DESIGN.md's) and the plain inputs the
 * engine works on. Everything here is plain, serialisable data (it crosses the Web Worker and the
 * IPC bridge and is written to project files).
 */

/** The five kinds of real discrepancy (DESIGN.md, "The categories of a flag"). */
export type Category = 'name' | 'number' | 'punctuation' | 'wording' | 'omission';

/** Every category, in the order the UI and reports list them. */
export const CATEGORIES: readonly Category[] = [
  'name',
  'number',
  'punctuation',
  'wording',
  'omission',
];

/** One decoded input file: the engine's unit of input. */
export interface VariantText {
  /** Stable id within one comparison: v1, v2, … in the order the files were given. */
  readonly id: string;
  /** The path as given (absolute or relative); in the browser, the file name. */
  readonly path: string;
  /** The file name shown to the editor. */
  readonly name: string;
  /** The encoding the bytes were decoded from, e.g. "utf-8", "gb18030", "big5", "utf-16le". */
  readonly encoding: string;
  /** The decoded text: BOM removed, line endings and spacing exactly as in the file. */
  readonly text: string;
}

/** A variant as the contract lists it. */
export interface VariantInfo {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  readonly encoding: string;
  /** Length of the decoded text in UTF-16 code units. */
  readonly length: number;
}

/** A range of one variant's decoded text, UTF-16 code units, end exclusive. */
export interface Span {
  readonly variant: string;
  readonly start: number;
  readonly end: number;
}

/** What one variant reads at a place of disagreement; an empty range marks where absent text would be. */
export interface Reading extends Span {
  /** Exactly `text.slice(start, end)` of that variant's decoded text. */
  readonly text: string;
}

/** For a number flag: whether the values themselves differ or only how they are written. */
export interface NumberComparison {
  readonly differ: 'value' | 'form';
  /** The value each variant's reading denotes, when it parses as a number (null otherwise). */
  readonly values: readonly { readonly variant: string; readonly value: number | null }[];
}

/** What shape a disagreement has, beyond its category. */
export type FlagKind = 'change' | 'swap' | 'move' | 'truncation';

/** One place of disagreement, carrying every variant's reading. */
export interface Flag {
  /** `<story id>-f<n>`, unique within a comparison. */
  readonly id: string;
  readonly category: Category;
  /**
   * One reading per witness of this place, in variant order: a file listed in the story's
   * `partial` has none in the part it lacks; a joined witness has one, naming the file it lies in.
   */
  readonly readings: readonly Reading[];
  /** The reading (after style folding, as printed by a variant that has it) most variants share, or null on a tie. */
  readonly majority: string | null;
  readonly kind?: FlagKind;
  readonly numbers?: NumberComparison;
  /** A short human explanation, e.g. that a reprint ends here, or that a paragraph moved. */
  readonly note?: string;
  /** The id of the classification rule that decided the category (app/classify/precedence.ts lists them all). */
  readonly rule?: string;
  /** Why that rule decided, in the language the comparison was asked in (English by default). */
  readonly why?: string;
}

/**
 * A variant that carries only part of a story (a continuation page that starts at (上接01版) or
 * "From Page A1", a front page that goes on elsewhere): it is no witness, and has no reading, in
 * the flags of the part it lacks.
 */
export interface PartialCarrier {
  readonly variant: string;
  /** The ranges of the variant's own text that it carries (as in `spans`). */
  readonly carries: readonly { readonly start: number; readonly end: number }[];
  /** Which part it lacks, for the editor: "continues from another page: …". */
  readonly note: string;
}

/**
 * Two files of one paper holding one story between them (front page …(下转第4版), page 4
 * (上接第1版)…): one witness. Its readings name the file each one lies in.
 */
export interface JoinedWitness {
  /** The files in reading order: the part that goes on, then the part that comes back. */
  readonly variants: readonly string[];
  readonly note: string;
}

/** A story shared by two or more variants, aligned. */
export interface Story {
  /** s1, s2, … */
  readonly id: string;
  readonly title: string;
  /** Ranges of each variant that belong to the story, in reading order; several per variant when split. */
  readonly spans: readonly Span[];
  /** Ids of the variants that do not carry this story. */
  readonly missing?: readonly string[];
  /** Variants that carry only part of the story (see PartialCarrier). */
  readonly partial?: readonly PartialCarrier[];
  /** Files joined into one witness (see JoinedWitness). */
  readonly joined?: readonly JoinedWitness[];
  readonly flags: readonly Flag[];
}

/** A story found in one variant only: listed, not aligned. */
export interface UniqueStory {
  readonly id: string;
  readonly title: string;
  readonly spans: readonly Span[];
}

/** The kinds of style noise that are folded before comparing and reported once per variant. */
export type StyleKind =
  | 'half-width-punctuation'
  | 'full-width-punctuation'
  | 'full-width-digits'
  | 'full-width-latin'
  | 'quote-style'
  | 'line-wrap'
  | 'whitespace'
  | 'heading-marks'
  | 'cjk-spacing'
  | 'continuation-marks'
  /** Traditional characters (繁體) where the others print simplified ones: one note, not a flag per character. */
  | 'traditional-script';

/** One note per variant and kind of style noise, instead of a flag per place. */
export interface StyleNote {
  readonly variant: string;
  readonly kind: StyleKind;
  readonly count: number;
  readonly message: string;
}

/** The document `compare --json` prints (DESIGN.md). */
export interface CompareResult {
  readonly version: 1;
  readonly variants: readonly VariantInfo[];
  readonly stories: readonly Story[];
  readonly unique?: readonly UniqueStory[];
  readonly styleNotes: readonly StyleNote[];
}
