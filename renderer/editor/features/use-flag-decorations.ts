/**
 * Flag decorations in both panes: where each flag lies in each pane (variant offsets mapped into
 * the pane, or the canonical's anchors), painted in its category's colour. A flag both panes read
 * alike (another page differs there; alike in the compare form, so style and the desk's ignore
 * rules count as alike) is drawn faintly ("flag-agree"), so a paragraph the two panes print
 * identically never looks changed. Each pane is repainted only when its marks change:
 * typing moves only the left, and Monaco moves those decorations with the text meanwhile.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Flag, Story } from '../../../app/model/types';
import type { CanonicalAnchor } from '../../../app/review/types';
import type { CompareForm } from '../compare-form';
import { flagDecorations } from '../decorations';
import { pairAgrees, pairMarks } from '../engine-diff';
import { canonicalMarks, variantMarks, type FlagMark } from '../flag-marks';
import type { PaneModel } from '../model-cache';
import type { monaco } from '../monaco-setup';

type Pane = 'left' | 'right';

/** What the decorations are drawn from. */
export interface DecorationInputs {
  readonly story: Story | null;
  readonly left: PaneModel | null;
  readonly right: PaneModel | null;
  readonly leftVariant: string | undefined;
  readonly rightVariant: string | undefined;
  /** The canonical's anchors (when the left pane shows the canonical). */
  readonly anchors: readonly CanonicalAnchor[] | undefined;
  readonly flagsById: ReadonlyMap<string, Flag>;
  readonly variants: readonly { id: string; name: string; colour: string }[];
  readonly theme: 'light' | 'dark';
  readonly language: 'zh-CN' | 'en';
  /** How the panes are compared (folded with the desk's ignore rules, or as printed). */
  readonly form: CompareForm | null;
}

/** The flags agreed on by the two panes' texts. */
function agreeingFlags(
  left: PaneModel,
  right: PaneModel,
  leftMarks: readonly FlagMark[],
  rightMarks: readonly FlagMark[],
  form: CompareForm | null,
): Set<string> {
  const leftText = left.model.getValue();
  const rightText = right.model.getValue();
  const agreeing = new Set<string>();
  const rightById = new Map(rightMarks.map((m) => [m.flagId, m]));
  for (const mark of leftMarks) {
    const other = rightById.get(mark.flagId);
    if (!other) continue;
    const [pair] = pairMarks([mark], [other]);
    if (pair && pairAgrees(leftText, rightText, pair, form)) agreeing.add(mark.flagId);
  }
  return agreeing;
}

/** Paints the flags of both panes; returns the marks (for the current flag). */
export function useFlagDecorations(
  editor: monaco.editor.IStandaloneDiffEditor | null,
  inputs: DecorationInputs,
): { readonly current: { left: FlagMark[]; right: FlagMark[] } } {
  const {
    story,
    left,
    right,
    leftVariant,
    rightVariant,
    anchors,
    flagsById,
    variants,
    theme,
    language,
    form,
  } = inputs;
  // A variant pane's marks never depend on the canonical's anchors: typing (which moves every
  // anchor) must not rebuild and repaint a variant pane's 500 decorations.
  const leftAnchors = left && !left.view ? anchors : undefined;
  const leftMarks = useMemo((): FlagMark[] => {
    if (!left || !story) return [];
    if (!left.view) return canonicalMarks(story.flags, leftAnchors ?? []);
    return leftVariant ? variantMarks(story.flags, leftVariant, left.view) : [];
  }, [story, left, leftVariant, leftAnchors]);
  const rightMarks = useMemo(
    (): FlagMark[] =>
      right?.view && story && rightVariant
        ? variantMarks(story.flags, rightVariant, right.view)
        : [],
    [story, right, rightVariant],
  );
  // Kept by value: a typing pause moves every anchor, but rarely changes which flags agree, and a
  // new set would repaint the right pane's decorations for nothing.
  const agreeKey = useMemo(
    () =>
      left && right
        ? [...agreeingFlags(left, right, leftMarks, rightMarks, form)].join('\u0000')
        : '',
    [left, right, leftMarks, rightMarks, form],
  );
  const agreeing = useMemo(() => new Set(agreeKey ? agreeKey.split('\u0000') : []), [agreeKey]);
  const marksRef = useRef({ left: leftMarks, right: rightMarks });
  marksRef.current = { left: leftMarks, right: rightMarks };

  const collections = useRef<Partial<Record<Pane, monaco.editor.IEditorDecorationsCollection>>>({});
  const paintWith = useCallback(
    (pane: Pane, marks: readonly FlagMark[], agree: ReadonlySet<string>) => {
      if (!editor) return;
      const code = pane === 'left' ? editor.getOriginalEditor() : editor.getModifiedEditor();
      const model = code.getModel();
      if (!model) return;
      const decorations = flagDecorations(
        model,
        marks,
        flagsById,
        variants,
        theme,
        language,
        agree,
      );
      const existing = collections.current[pane];
      if (existing) existing.set(decorations);
      else collections.current[pane] = code.createDecorationsCollection(decorations);
    },
    [editor, flagsById, variants, theme, language],
  );
  useEffect(() => {
    if (left) paintWith('left', leftMarks, agreeing);
  }, [paintWith, left, leftMarks, agreeing]);
  useEffect(() => {
    if (right) paintWith('right', rightMarks, agreeing);
  }, [paintWith, right, rightMarks, agreeing]);
  return marksRef;
}
