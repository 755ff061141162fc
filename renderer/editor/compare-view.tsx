/**
 * The side-by-side comparison: a Monaco DiffEditor with the canonical draft (or a variant) on the
 * left and a variant on the right, flag decorations in both panes, the current flag revealed, and
 * hand edits of the canonical reported to the review slice. Monaco models and decorations live
 * here, never in the store; the diff editor keeps the two panes' scrolling in sync.
 */
import { DiffEditor } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Flag } from '../../app/model/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { currentStory, storyVariants } from '../store/session-slice';
import { selectCurrentReview, selectHasReview, useStoreAfterFrame } from '../review/use-review';
import { flagDecorations, currentDecoration } from './decorations';
import { canonicalMarks, variantMarks, type FlagMark } from './flag-marks';
import { layoutOf, PLAIN_LAYOUT } from './folded-view';
import { ModelCache, type PaneModel } from './model-cache';
import { EDITOR_OPTIONS, installCjkWordNavigation, monaco, THEMES } from './monaco-setup';
import { afterNextFrame, measureFromKey, measureFromMark, trackKeyTimes } from './perf-marks';
import { applyMinimalEdit } from './sync-text';
import { asTyping } from './typing-burst';

/**
 * Above this many characters in a pane, wrap by column count instead of measuring the DOM: exact
 * wrapping costs ~12 ms per 1,000 characters (profiled), fine for a story, too slow for 20k. CJK
 * glyphs are uniform, so the simple strategy is exact for Chinese and only ragged for Latin text.
 */
const MEASURED_WRAP_MAX_CHARS = 10_000;

function wrappingFor(...models: monaco.editor.ITextModel[]): 'simple' | 'advanced' {
  return models.some((m) => m.getValueLength() > MEASURED_WRAP_MAX_CHARS) ? 'simple' : 'advanced';
}

/** The compare view for the current story. */
export function CompareView(): ReactElement {
  const t = useT();
  const result = useAppStore((s) => s.result);
  const storyId = useAppStore((s) => s.storyId);
  const flagId = useAppStore((s) => s.flagId);
  const variants = useAppStore((s) => s.variants);
  const leftPane = useAppStore((s) => s.leftPane);
  const rightVariant = useAppStore((s) => s.rightVariant);
  const theme = useAppStore((s) => s.theme);
  const language = useAppStore((s) => s.language);
  // Typing changes the review on every key: the view re-renders for it when typing pauses (anchors
  // for the canonical's decorations, which Monaco moves with the text meanwhile), and the
  // canonical's text reaches the model through a store subscription below, so a keystroke renders
  // no React.
  const review = useStoreAfterFrame(selectCurrentReview);
  const hasReview = useAppStore(selectHasReview);
  const showAsPrinted = useAppStore((s) => s.showAsPrinted);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneDiffEditor | null>(null);

  const story = currentStory({ result, storyId });
  const storyIds = useMemo(() => (result && story ? storyVariants(result, story) : []), [result, story]);
  const flagsById = useMemo(() => new Map<string, Flag>((story?.flags ?? []).map((f) => [f.id, f])), [story]);
  const showCanonical = leftPane === 'canonical' && hasReview;
  const leftVariant = leftPane === 'canonical' ? storyIds.find((id) => id !== rightVariant) ?? storyIds[0] : leftPane.variant;

  // One cache per comparison and story: models are rebuilt when the files or the story change.
  const cache = useMemo(() => (result && story ? new ModelCache(`${story.id}-${Date.now().toString(36)}`) : null), [result, story]);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
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
  const canonicalForLayout = showCanonical ? review?.canonical : undefined;
  const { separator, indent } = canonicalForLayout !== undefined ? layoutOf(canonicalForLayout) : PLAIN_LAYOUT;
  // Kept by value, so typing (a new canonical string every key) does not rebuild the panes.
  const layout = useMemo(() => ({ separator, indent }), [separator, indent]);
  const paneFor = useCallback(
    (variantId: string | undefined): PaneModel | null => {
      if (!cache || !story || !variantId) return null;
      const variant = variants.find((v) => v.id === variantId);
      if (!variant) return null;
      return cache.variant(variantId, variant.text, story.spans.filter((s) => s.variant === variantId), !showAsPrinted, layout);
    },
    [cache, story, variants, showAsPrinted, layout],
  );
  const left = showCanonical && cache ? cache.canonical(selectCurrentReview(useAppStore.getState())?.canonical ?? '') : paneFor(leftVariant);
  const right = paneFor(rightVariant ?? undefined);

  // A variant pane's marks never depend on the canonical's anchors: typing (which moves every
  // anchor) must not rebuild and repaint a variant pane's 500 decorations. The right pane always
  // shows a variant; the left shows the canonical or a variant.
  const leftAnchors = left && !left.view ? review?.anchors : undefined;
  const leftMarks = useMemo((): FlagMark[] => {
    if (!left || !story) return [];
    if (!left.view) return canonicalMarks(story.flags, leftAnchors ?? []);
    return leftVariant ? variantMarks(story.flags, leftVariant, left.view) : [];
  }, [story, left, leftVariant, leftAnchors]);
  const rightMarks = useMemo(
    (): FlagMark[] => (right?.view && story && rightVariant ? variantMarks(story.flags, rightVariant, right.view) : []),
    [story, right, rightVariant],
  );

  // Decorations: one collection per pane for the flags, one for the current flag.
  const collections = useRef<{ left?: monaco.editor.IEditorDecorationsCollection; right?: monaco.editor.IEditorDecorationsCollection; currentLeft?: monaco.editor.IEditorDecorationsCollection; currentRight?: monaco.editor.IEditorDecorationsCollection }>({});
  const marksRef = useRef({ left: leftMarks, right: rightMarks });
  marksRef.current = { left: leftMarks, right: rightMarks };
  // The canonical's marks above lag a frame behind the store; the current flag is placed from the
  // store's anchors now (after a decision the flag moves in the same task the canonical changes).
  const liveCanonicalMark = useRef<((id: string) => FlagMark | undefined) | null>(null);
  liveCanonicalMark.current =
    left && !left.view
      ? (id) => {
          const anchor = selectCurrentReview(useAppStore.getState())?.anchors.find((a) => a.flagId === id);
          const flag = flagsById.get(id);
          return anchor && flag ? { flagId: id, category: flag.category, start: anchor.start, end: anchor.end } : undefined;
        }
      : null;

  const paint = useCallback(
    (pane: 'left' | 'right', marks: readonly FlagMark[]) => {
      if (!editor) return;
      const code = pane === 'left' ? editor.getOriginalEditor() : editor.getModifiedEditor();
      const model = code.getModel();
      if (!model) return;
      const decorations = flagDecorations(model, marks, flagsById, variants, theme, language);
      const existing = collections.current[pane];
      if (existing) existing.set(decorations);
      else collections.current[pane] = code.createDecorationsCollection(decorations);
    },
    [editor, flagsById, variants, theme, language],
  );

  // Models into the diff editor; the first full render is marked after the diff is computed.
  useEffect(() => {
    if (!editor || !left || !right) return;
    const current = editor.getModel();
    if (current?.original !== left.model || current?.modified !== right.model) {
      editor.setModel({ original: left.model, modified: right.model });
    }
    editor.updateOptions({ originalEditable: showCanonical, wrappingStrategy: wrappingFor(left.model, right.model) });
    const once = editor.onDidUpdateDiff(() => {
      once.dispose();
      afterNextFrame(() => {
        performance.mark('variorum:story-rendered');
        measureFromMark('variorum:render', 'variorum:result-received');
      });
    });
    return () => once.dispose();
  }, [editor, left, right, showCanonical]);

  // Decorations per pane, repainted only when that pane's marks change (typing moves only the left).
  // While the editor types, Monaco already moves the left decorations with the text; the marks
  // from the review's anchors arrive when typing pauses (useStoreAfterFrame), so a keystroke
  // repaints nothing.
  useEffect(() => {
    if (left) paint('left', leftMarks);
  }, [paint, left, leftMarks]);
  useEffect(() => {
    if (right) paint('right', rightMarks);
  }, [paint, right, rightMarks]);

  // The current flag: highlight it in both panes and bring it into view.
  const reveal = useCallback(
    (id: string | null) => {
      if (!editor) return;
      const panes = [
        { code: editor.getOriginalEditor(), marks: marksRef.current.left, live: liveCanonicalMark.current, key: 'currentLeft' as const },
        { code: editor.getModifiedEditor(), marks: marksRef.current.right, live: null, key: 'currentRight' as const },
      ];
      for (const { code, marks, live, key } of panes) {
        const model = code.getModel();
        const mark = !id ? undefined : live ? live(id) : marks.find((m) => m.flagId === id);
        const decorations = model && mark ? [currentDecoration(model, mark)] : [];
        const existing = collections.current[key];
        if (existing) existing.set(decorations);
        else collections.current[key] = code.createDecorationsCollection(decorations);
        if (model && mark) {
          const start = model.getPositionAt(mark.start);
          const end = model.getPositionAt(mark.end);
          // Lines, not a range: with word wrap on there is nothing to scroll sideways, and a range
          // reveal measures the text in the DOM to find a horizontal position (a forced layout).
          code.revealLinesInCenterIfOutsideViewport(start.lineNumber, end.lineNumber, monaco.editor.ScrollType.Immediate);
        }
      }
      measureFromKey('variorum:next-flag', ['F8', 'n', 'p']);
    },
    [editor],
  );
  useEffect(() => reveal(flagId), [reveal, flagId, left, right]);

  // The canonical: store → model (decisions, undo) without echo, model → store (typing). The store
  // is read in a subscription, not a render, so decisions reach the model in the same task.
  const applying = useRef(false);
  const typing = useRef(false);
  useEffect(() => {
    if (!showCanonical || !left) return;
    const sync = (canonical: string | undefined): void => {
      if (canonical === undefined || typing.current || left.model.getValue() === canonical) return;
      applying.current = true;
      try {
        applyMinimalEdit(left.model, canonical);
      } finally {
        applying.current = false;
      }
    };
    sync(selectCurrentReview(useAppStore.getState())?.canonical);
    return useAppStore.subscribe((state, previous) => {
      const canonical = selectCurrentReview(state)?.canonical;
      if (canonical !== selectCurrentReview(previous)?.canonical) sync(canonical);
    });
  }, [showCanonical, left]);
  useEffect(() => {
    if (!showCanonical || !left || !storyId) return;
    const subscription = left.model.onDidChangeContent((event) => {
      if (applying.current) return;
      // Offsets of one event refer to the text before it: apply from the end backwards.
      const edits = [...event.changes]
        .sort((a, b) => b.rangeOffset - a.rangeOffset)
        .map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
      // The model already holds this text: the store subscription above must not write it back.
      typing.current = true;
      try {
        asTyping(() => useAppStore.getState().editCanonical(storyId, edits));
      } finally {
        typing.current = false;
      }
      measureFromKey('variorum:keystroke', null);
    });
    return () => subscription.dispose();
  }, [showCanonical, left, storyId]);

  const onMount = useCallback((mounted: monaco.editor.IStandaloneDiffEditor) => {
    trackKeyTimes();
    installCjkWordNavigation(mounted.getOriginalEditor());
    installCjkWordNavigation(mounted.getModifiedEditor());
    setEditor(mounted);
  }, []);

  // Which pane has the keyboard, shown on its pane picker (app.css): Monaco's thin caret is easy to
  // lose between two panes. Set on focus changes only, never per keystroke; drawn outside the editor
  // so that no box overlaps Monaco's layers (a frame over the pane cost ~2 ms a keystroke, measured).
  useEffect(() => {
    if (!editor) return;
    const root = document.documentElement;
    const panes = [
      [editor.getOriginalEditor(), 'left'],
      [editor.getModifiedEditor(), 'right'],
    ] as const;
    const subscriptions = panes.flatMap(([code, side]) => [
      code.onDidFocusEditorText(() => {
        root.dataset.editorFocus = side;
      }),
      code.onDidBlurEditorText(() => {
        if (root.dataset.editorFocus === side) delete root.dataset.editorFocus;
      }),
    ]);
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
      delete root.dataset.editorFocus;
    };
  }, [editor]);

  const hideUnchanged = useAppStore((s) => s.hideUnchanged);
  useEffect(() => {
    // Unchanged paragraphs fold to a bar the editor can open, as in VS Code's diff editor.
    editor?.updateOptions({ hideUnchangedRegions: { enabled: hideUnchanged, contextLineCount: 1, minimumLineCount: 2, revealLineCount: 5 } });
  }, [editor, hideUnchanged]);

  // Screen readers announce each pane by its content (Monaco's default is "Editor content" in English).
  const nameOf = (id: string | undefined | null): string => variants.find((v) => v.id === id)?.name ?? id ?? '';
  const leftLabel = showCanonical ? t('editor.canonicalLabel') : t('editor.variantLabel', { name: nameOf(leftVariant) });
  const rightLabel = t('editor.variantLabel', { name: nameOf(rightVariant) });
  useEffect(() => {
    if (!editor) return;
    // On each pane: the diff editor's originalAriaLabel / modifiedAriaLabel are read only at construction.
    editor.getOriginalEditor().updateOptions({ ariaLabel: leftLabel });
    editor.getModifiedEditor().updateOptions({ ariaLabel: rightLabel });
  }, [editor, leftLabel, rightLabel]);

  if (!left || !right) return <p className="muted centered">{t('editor.noStory')}</p>;
  return (
    <div className="compare-view" data-testid="compare-view" data-left={left.path} data-right={right.path}>
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
