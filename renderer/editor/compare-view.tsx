/**
 * The side-by-side comparison: a Monaco DiffEditor with the canonical draft (or a variant) on the
 * left and a variant on the right. Each feature is its own hook in features/ (as VS Code's
 * diffEditor/features/): the panes' models, the engine's alignment as the diff, flag decorations,
 * the current flag, the canonical's two-way sync, the focused pane, and the view options. Monaco
 * models and decorations live here, never in the store.
 */
import { DiffEditor } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import type { Flag, Story } from '../../app/model/types';
import { useT } from '../i18n';
import { selectCurrentReview, selectHasReview, useStoreAfterFrame } from '../review/use-review';
import { useAppStore } from '../store';
import { currentStory, storyVariants } from '../store/session-slice';
import { foldRules, type CompareForm } from './compare-form';
import { setDiffProbe } from './diff-probe';
import { describeDiff } from './features/describe-diff';
import { installEngineDiffProvider } from './features/engine-diff-provider';
import { useCanonicalSync } from './features/use-canonical-sync';
import { useCurrentFlag } from './features/use-current-flag';
import { useEngineDiff } from './features/use-engine-diff';
import { useFlagDecorations } from './features/use-flag-decorations';
import { usePaneFocus } from './features/use-pane-focus';
import { usePaneModels } from './features/use-pane-models';
import { useViewOptions } from './features/use-view-options';
import { EDITOR_OPTIONS, installCjkWordNavigation, THEMES, type monaco } from './monaco-setup';
import { trackKeyTimes } from './perf-marks';

installEngineDiffProvider();

/**
 * How the panes are compared: the folded view as the flag list reads the pages (style and the
 * desk's ignore rules are no change); shown as printed, every printed difference shows.
 */
function useCompareForm(showAsPrinted: boolean): CompareForm | null {
  const ignoreRules = useAppStore((s) => s.deskRules.ignore);
  return useMemo(
    () => (showAsPrinted ? null : foldRules(ignoreRules)),
    [showAsPrinted, ignoreRules],
  );
}

/**
 * The page the left pane shows: the one picked, or, beside the canonical, a page other than the
 * right pane's (the diff of canonical and page is drawn against it when no review exists yet).
 */
function useLeftVariant(story: Story | null, rightVariant: string | undefined): string | undefined {
  const result = useAppStore((s) => s.result);
  const leftPane = useAppStore((s) => s.leftPane);
  const storyIds = useMemo(
    () => (result && story ? storyVariants(result, story) : []),
    [result, story],
  );
  if (leftPane !== 'canonical') return leftPane.variant;
  return storyIds.find((id) => id !== rightVariant) ?? storyIds[0];
}

/** The diff editor once mounted, with CJK word navigation and key times tracked. */
function useMountedEditor(): [
  monaco.editor.IStandaloneDiffEditor | null,
  (mounted: monaco.editor.IStandaloneDiffEditor) => void,
] {
  const [editor, setEditor] = useState<monaco.editor.IStandaloneDiffEditor | null>(null);
  const onMount = useCallback((mounted: monaco.editor.IStandaloneDiffEditor) => {
    trackKeyTimes();
    installCjkWordNavigation(mounted.getOriginalEditor());
    installCjkWordNavigation(mounted.getModifiedEditor());
    setEditor(mounted);
  }, []);
  return [editor, onMount];
}

/** Screen readers announce each pane by its content; the collapse setting applies. */
function usePaneLabels(
  editor: monaco.editor.IStandaloneDiffEditor | null,
  showCanonical: boolean,
  leftVariant: string | undefined,
  rightVariant: string | undefined,
): void {
  const t = useT();
  const variants = useAppStore((s) => s.variants);
  const hideUnchanged = useAppStore((s) => s.hideUnchanged);
  const nameOf = (id: string | undefined | null): string =>
    variants.find((v) => v.id === id)?.name ?? id ?? '';
  const leftLabel = showCanonical
    ? t('editor.canonicalLabel')
    : t('editor.variantLabel', { name: nameOf(leftVariant) });
  const rightLabel = t('editor.variantLabel', { name: nameOf(rightVariant) });
  useViewOptions(editor, hideUnchanged, leftLabel, rightLabel);
}

/** What the side-by-side shows as changed, for the e2e specs (the test hook reads it). */
function useDiffProbe(editor: monaco.editor.IStandaloneDiffEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    setDiffProbe(() => describeDiff(editor));
    return () => setDiffProbe(null);
  }, [editor]);
}

/** The compare view for the current story. */
export function CompareView(): ReactElement {
  const t = useT();
  const result = useAppStore((s) => s.result);
  const storyId = useAppStore((s) => s.storyId);
  const flagId = useAppStore((s) => s.flagId);
  const variants = useAppStore((s) => s.variants);
  const leftPane = useAppStore((s) => s.leftPane);
  const rightVariant = useAppStore((s) => s.rightVariant) ?? undefined;
  const theme = useAppStore((s) => s.theme);
  const language = useAppStore((s) => s.language);
  // Typing changes the review on every key: the view re-renders for it when typing pauses (anchors
  // for the canonical's decorations, which Monaco moves with the text meanwhile), and the
  // canonical's text reaches the model through a store subscription, so a keystroke renders no React.
  const review = useStoreAfterFrame(selectCurrentReview);
  const hasReview = useAppStore(selectHasReview);
  const showAsPrinted = useAppStore((s) => s.showAsPrinted);
  const form = useCompareForm(showAsPrinted);
  const [editor, onMount] = useMountedEditor();

  const story = currentStory({ result, storyId });
  const flagsById = useMemo(
    () => new Map<string, Flag>((story?.flags ?? []).map((f) => [f.id, f])),
    [story],
  );
  const showCanonical = leftPane === 'canonical' && hasReview;
  const leftVariant = useLeftVariant(story, rightVariant);

  const { left, right } = usePaneModels(editor, {
    story,
    hasResult: result !== null,
    variants,
    showCanonical,
    canonicalForLayout: showCanonical ? review?.canonical : undefined,
    leftVariant,
    rightVariant,
    showAsPrinted,
  });
  useEngineDiff(story, left, right, leftVariant, rightVariant, form);
  const marksRef = useFlagDecorations(editor, {
    story,
    left,
    right,
    leftVariant,
    rightVariant,
    anchors: review?.anchors,
    flagsById,
    variants,
    theme,
    language,
    form,
  });
  useCurrentFlag(editor, flagId, { left, right }, marksRef, flagsById);
  useCanonicalSync(showCanonical, left, storyId);
  usePaneFocus(editor);

  useDiffProbe(editor);
  usePaneLabels(editor, showCanonical, leftVariant, rightVariant);

  if (!left || !right) return <p className="muted centered">{t('editor.noStory')}</p>;
  return (
    <div
      className="compare-view"
      data-testid="compare-view"
      data-left={left.path}
      data-right={right.path}
    >
      <DiffEditor
        originalModelPath={left.path}
        modifiedModelPath={right.path}
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        theme={theme === 'dark' ? THEMES.dark : THEMES.light}
        options={EDITOR_OPTIONS}
        onMount={onMount}
        loading={t('editor.loading')}
      />
    </div>
  );
}
