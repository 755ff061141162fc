/**
 * The two panes' Monaco models for the current story: one model cache per comparison and story,
 * variant panes folded in the canonical's paragraph layout (or as printed), the canonical's model,
 * and the effect that puts them into the diff editor and marks the first full render.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Story } from '../../../app/model/types';
import { selectCurrentReview } from '../../review/use-review';
import { useAppStore } from '../../store';
import { layoutOf, PLAIN_LAYOUT } from '../folded-view';
import { ModelCache, type PaneModel } from '../model-cache';
import type { monaco } from '../monaco-setup';
import { afterNextFrame, measureFromMark } from '../perf-marks';
import { useWarmPanes } from './use-warm-panes';

/**
 * Above this many characters in a pane, wrap by column count instead of measuring the DOM: exact
 * wrapping costs ~12 ms per 1,000 characters (profiled), fine for a story, too slow for 20k. CJK
 * glyphs are uniform, so the simple strategy is exact for Chinese and only ragged for Latin text.
 */
const MEASURED_WRAP_MAX_CHARS = 10_000;

function wrappingFor(...models: monaco.editor.ITextModel[]): 'simple' | 'advanced' {
  return models.some((m) => m.getValueLength() > MEASURED_WRAP_MAX_CHARS) ? 'simple' : 'advanced';
}

/** Removes every decoration an editor put on a model (owner 0 is the model's own). */
function clearEditorDecorations(model: monaco.editor.ITextModel): void {
  const owned = model.getAllDecorations().filter((d) => d.ownerId !== 0);
  if (owned.length > 0)
    model.deltaDecorations(
      owned.map((d) => d.id),
      [],
    );
}

/** What the panes show. */
export interface PaneInputs {
  readonly story: Story | null;
  readonly hasResult: boolean;
  readonly variants: readonly { id: string; text: string }[];
  readonly showCanonical: boolean;
  readonly canonicalForLayout: string | undefined;
  readonly leftVariant: string | undefined;
  readonly rightVariant: string | undefined;
  readonly showAsPrinted: boolean;
}

/** The left and right panes' models (null while there is no story). */
export function usePaneModels(
  editor: monaco.editor.IStandaloneDiffEditor | null,
  inputs: PaneInputs,
): { left: PaneModel | null; right: PaneModel | null } {
  const {
    story,
    hasResult,
    variants,
    showCanonical,
    canonicalForLayout,
    leftVariant,
    rightVariant,
    showAsPrinted,
  } = inputs;
  // One cache per comparison and story: models are rebuilt when the files or the story change.
  const cache = useMemo(
    () => (hasResult && story ? new ModelCache(`${story.id}-${Date.now().toString(36)}`) : null),
    [hasResult, story],
  );
  const editorRef = useRef(editor);
  editorRef.current = editor;
  useEffect(
    () => () => {
      // Detach before disposing: Monaco refuses models disposed while a diff editor shows them.
      try {
        editorRef.current?.setModel(null);
      } catch {
        // The editor itself is already disposed (the view unmounted): nothing shows the models.
      }
      cache?.dispose();
    },
    [cache],
  );

  // Folded panes follow the canonical's paragraph layout (blank lines, indents) when it is shown.
  const { separator, indent } =
    canonicalForLayout !== undefined ? layoutOf(canonicalForLayout) : PLAIN_LAYOUT;
  // Kept by value, so typing (a new canonical string every key) does not rebuild the panes.
  const layout = useMemo(() => ({ separator, indent }), [separator, indent]);
  const paneFor = useCallback(
    (variantId: string | undefined): PaneModel | null => {
      if (!cache || !story || !variantId) return null;
      const variant = variants.find((v) => v.id === variantId);
      if (!variant) return null;
      return cache.variant(
        variantId,
        variant.text,
        story.spans.filter((s) => s.variant === variantId),
        !showAsPrinted,
        layout,
      );
    },
    [cache, story, variants, showAsPrinted, layout],
  );
  const left =
    showCanonical && cache
      ? cache.canonical(selectCurrentReview(useAppStore.getState())?.canonical ?? '')
      : paneFor(leftVariant);
  const right = paneFor(rightVariant);

  useWarmPanes(story, paneFor);
  useShownModels(editor, left, right, showCanonical);
  return { left, right };
}

/**
 * Puts the panes' models into the diff editor (clearing what the editor left on models it no
 * longer shows), sets the options that depend on them, and marks the first full render after the
 * diff is computed.
 */
function useShownModels(
  editor: monaco.editor.IStandaloneDiffEditor | null,
  left: PaneModel | null,
  right: PaneModel | null,
  showCanonical: boolean,
): void {
  const shown = useRef<monaco.editor.ITextModel[]>([]);
  const applied = useRef<{
    editor: monaco.editor.IStandaloneDiffEditor;
    originalEditable: boolean;
    wrappingStrategy: 'simple' | 'advanced';
  } | null>(null);
  useEffect(() => {
    if (!editor || !left || !right) return;
    const current = editor.getModel();
    if (current?.original !== left.model || current?.modified !== right.model) {
      editor.setModel({ original: left.model, modified: right.model });
    }
    // A model the editor leaves keeps the decorations the editor put on it (Monaco removes them
    // by id from whichever model is shown next), and shows them again, stale, when it comes back:
    // flags and changes of an earlier canonical beside an identical paragraph.
    for (const model of shown.current) {
      if (model !== left.model && model !== right.model && !model.isDisposed())
        clearEditorDecorations(model);
    }
    shown.current = [left.model, right.model];
    // Only when they change: updateOptions recomputes both editors' options and relayouts (~3 ms a
    // model swap, profiled), and following the flag swaps the right pane on most F8 presses.
    const options = {
      originalEditable: showCanonical,
      wrappingStrategy: wrappingFor(left.model, right.model),
    };
    const last = applied.current;
    if (
      last?.editor !== editor ||
      last.originalEditable !== options.originalEditable ||
      last.wrappingStrategy !== options.wrappingStrategy
    ) {
      editor.updateOptions(options);
      applied.current = { editor, ...options };
    }
    const once = editor.onDidUpdateDiff(() => {
      once.dispose();
      afterNextFrame(() => {
        performance.mark('variorum:story-rendered');
        measureFromMark('variorum:render', 'variorum:result-received');
      });
    });
    return () => once.dispose();
  }, [editor, left, right, showCanonical]);
}
