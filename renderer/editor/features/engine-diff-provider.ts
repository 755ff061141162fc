/**
 * Hands the engine's alignment to Monaco's diff editor (issue 13: "decorations and line pairing
 * come from the engine's own alignment"). Monaco computes a diff of two models through one
 * provider class; for a model pair the compare view has registered, that provider returns the
 * changes of `engineChanges` (the flags' ranges in both panes, and only the stretches that differ)
 * instead of its own line diff. The diff editor then draws, pairs lines and collapses unchanged
 * regions from those changes. Any other model pair (none today) keeps Monaco's own diff.
 */
import {
  WorkerBasedDocumentDiffProvider,
  type DocumentDiff,
} from 'monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService';
import {
  DetailedLineRangeMapping,
  getLineRangeMapping,
  RangeMapping,
} from 'monaco-editor/editor/common/diff/rangeMapping';
import type { CompareForm } from '../compare-form';
import { engineChanges, type AlignedPair, type TextChange } from '../engine-diff';
import { monaco } from '../monaco-setup';

/** What the engine's diff of a model pair is made from. */
export interface EngineDiffInput {
  /** The flags' ranges in both panes. */
  readonly pairs: readonly AlignedPair[];
  /** How the panes are compared between the flags (folded with the desk's rules, or as printed). */
  readonly form: CompareForm | null;
}

/** Reads the input at the moment Monaco asks (the canonical's anchors move as it is edited). */
export type PairSource = () => EngineDiffInput;

const sources = new Map<string, PairSource>();
/** For each model pair Monaco diffed, whether that diff came from the engine (for the e2e probe). */
const lastFromEngine = new Map<string, boolean>();

function keyOf(original: monaco.Uri, modified: monaco.Uri): string {
  return `${original.toString()}\u0000${modified.toString()}`;
}

/** Registers the engine's pairs for a model pair; returns the unregister function. */
export function registerEngineDiff(
  original: monaco.Uri,
  modified: monaco.Uri,
  source: PairSource,
): () => void {
  const key = keyOf(original, modified);
  sources.set(key, source);
  return () => {
    if (sources.get(key) === source) sources.delete(key);
  };
}

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  // A real Range: the diff editor calls its methods (isEmpty) on the mappings' ranges.
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(end);
  return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
}

/** Monaco's line mappings for character changes: one per run of changes whose lines touch. */
export function toLineMappings(
  original: monaco.editor.ITextModel,
  modified: monaco.editor.ITextModel,
  changes: readonly TextChange[],
): DetailedLineRangeMapping[] {
  const lines = (model: monaco.editor.ITextModel) => ({
    getLineLength: (n: number) => model.getLineLength(n),
  });
  const originalLines = lines(original);
  const modifiedLines = lines(modified);
  const mappings: DetailedLineRangeMapping[] = [];
  let group: DetailedLineRangeMapping[] = [];
  const flush = (): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last) {
      const inner = group.flatMap((m) => m.innerChanges ?? []);
      mappings.push(
        new DetailedLineRangeMapping(
          first.original.join(last.original),
          first.modified.join(last.modified),
          inner,
        ),
      );
    }
    group = [];
  };
  for (const change of changes) {
    const inner = new RangeMapping(
      rangeOf(original, change.leftStart, change.leftEnd),
      rangeOf(modified, change.rightStart, change.rightEnd),
    );
    const mapping = getLineRangeMapping(inner, originalLines, modifiedLines);
    const last = group[group.length - 1];
    if (
      last &&
      !last.original.intersectsOrTouches(mapping.original) &&
      !last.modified.intersectsOrTouches(mapping.modified)
    )
      flush();
    group.push(mapping);
  }
  flush();
  return mappings;
}

/** The diff of a registered model pair, from the engine's pairs and the compare form. */
export function engineDiff(
  original: monaco.editor.ITextModel,
  modified: monaco.editor.ITextModel,
  input: EngineDiffInput,
): DocumentDiff {
  const changes = engineChanges(original.getValue(), modified.getValue(), input.pairs, input.form);
  return {
    identical: changes.length === 0,
    quitEarly: false,
    changes: toLineMappings(original, modified, changes),
    moves: [],
  };
}

/** Whether the last diff Monaco asked for this model pair came from the engine's alignment. */
export function diffedByEngine(original: monaco.Uri, modified: monaco.Uri): boolean {
  return lastFromEngine.get(keyOf(original, modified)) === true;
}

let installed = false;

/** Routes registered model pairs to the engine's diff (once per page). */
export function installEngineDiffProvider(): void {
  if (installed) return;
  installed = true;
  const prototype = WorkerBasedDocumentDiffProvider.prototype;
  const monacoDiff = prototype.computeDiff;
  prototype.computeDiff = function computeDiff(original, modified, options, token) {
    const source =
      original.isDisposed() || modified.isDisposed()
        ? undefined
        : sources.get(keyOf(original.uri, modified.uri));
    if (!original.isDisposed() && !modified.isDisposed())
      lastFromEngine.set(keyOf(original.uri, modified.uri), source !== undefined);
    if (source) return Promise.resolve(engineDiff(original, modified, source()));
    return monacoDiff.call(this, original, modified, options, token);
  };
}
