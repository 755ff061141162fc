/**
 * Types for the few Monaco modules the engine diff provider reaches into (they ship as plain ESM
 * without declarations). Only what engine-diff-provider.ts uses is declared.
 */
declare module 'monaco-editor/editor/common/core/ranges/lineRange' {
  /** A range of whole lines, end exclusive. */
  export class LineRange {
    constructor(startLineNumber: number, endLineNumberExclusive: number);
    readonly startLineNumber: number;
    readonly endLineNumberExclusive: number;
    join(other: LineRange): LineRange;
    intersectsOrTouches(other: LineRange): boolean;
  }
}

declare module 'monaco-editor/editor/common/diff/rangeMapping' {
  import type { IRange } from 'monaco-editor/editor';
  import type { LineRange } from 'monaco-editor/editor/common/core/ranges/lineRange';
  /** A character range of the original read as one of the modified. */
  export class RangeMapping {
    constructor(originalRange: IRange, modifiedRange: IRange);
  }
  /** Lines of the original read as lines of the modified, with the character changes inside. */
  export class DetailedLineRangeMapping {
    constructor(original: LineRange, modified: LineRange, innerChanges: RangeMapping[] | undefined);
    readonly original: LineRange;
    readonly modified: LineRange;
    readonly innerChanges: RangeMapping[] | undefined;
  }
  /** The whole-line mapping that holds one character mapping (Monaco's own rule at line ends). */
  export function getLineRangeMapping(
    rangeMapping: RangeMapping,
    originalLines: { getLineLength(lineNumber: number): number },
    modifiedLines: { getLineLength(lineNumber: number): number },
  ): DetailedLineRangeMapping;
}

declare module 'monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService' {
  import type { editor } from 'monaco-editor/editor';
  /** What a diff provider returns to the diff editor. */
  export interface DocumentDiff {
    readonly identical: boolean;
    readonly quitEarly: boolean;
    readonly changes: readonly import('monaco-editor/editor/common/diff/rangeMapping').DetailedLineRangeMapping[];
    readonly moves: readonly unknown[];
  }
  /** The diff provider every standalone diff editor uses. */
  export class WorkerBasedDocumentDiffProvider {
    computeDiff(
      original: editor.ITextModel,
      modified: editor.ITextModel,
      options: unknown,
      token: unknown,
    ): Promise<DocumentDiff>;
  }
}
