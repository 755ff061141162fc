/** Turns flag marks into Monaco decorations: category colour, overview ruler mark and hover. */
import type { Flag } from '../../app/model/types';
import { CATEGORY_COLOURS, flagHover, type FlagMark } from './flag-marks';
import { monaco } from './monaco-setup';

/**
 * Hover texts by flag, per language and variant list: flags do not change while the editor types,
 * so a keystroke that repaints 500 decorations must not rebuild 500 Markdown strings.
 */
const hoverCache = new WeakMap<Flag, Map<string, string>>();

function cachedHover(
  flag: Flag,
  variants: readonly { id: string; name: string; colour: string }[],
  language: 'zh-CN' | 'en',
  key: string,
): string {
  let byKey = hoverCache.get(flag);
  if (!byKey) {
    byKey = new Map();
    hoverCache.set(flag, byKey);
  }
  let hover = byKey.get(key);
  if (hover === undefined) {
    hover = flagHover(flag, variants, language);
    byKey.set(key, hover);
  }
  return hover;
}

/** The decorations of a pane's flags. */
export function flagDecorations(
  model: monaco.editor.ITextModel,
  marks: readonly FlagMark[],
  flagsById: ReadonlyMap<string, Flag>,
  variants: readonly { id: string; name: string; colour: string }[],
  theme: 'light' | 'dark',
  language: 'zh-CN' | 'en',
  /** Flags both panes read alike (another page differs there): drawn faintly, never as a change. */
  agreeing: ReadonlySet<string> = new Set(),
): monaco.editor.IModelDeltaDecoration[] {
  // One key per call, not per flag: building it costs as much as the cache saves.
  const key = `${language}|${variants.map((v) => `${v.id}:${v.name}:${v.colour}`).join(',')}`;
  return marks.map((mark) => {
    const start = model.getPositionAt(mark.start);
    const end = model.getPositionAt(mark.end);
    const flag = flagsById.get(mark.flagId);
    const empty = mark.start === mark.end;
    return {
      range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
      options: {
        className: empty
          ? undefined
          : `flag flag-${mark.category}${agreeing.has(mark.flagId) ? ' flag-agree' : ''}`,
        // Absent text: a caret between characters shows where the other variants have something.
        beforeContentClassName: empty ? `flag-gap flag-gap-${mark.category}` : undefined,
        hoverMessage: flag
          ? { value: cachedHover(flag, variants, language, key), supportHtml: true }
          : undefined,
        overviewRuler: {
          color: CATEGORY_COLOURS[mark.category][theme],
          position: monaco.editor.OverviewRulerLane.Right,
        },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        zIndex: 10,
      },
    };
  });
}

/** The decoration that marks the current flag in a pane. */
export function currentDecoration(
  model: monaco.editor.ITextModel,
  mark: FlagMark,
): monaco.editor.IModelDeltaDecoration {
  const start = model.getPositionAt(mark.start);
  const end = model.getPositionAt(mark.end);
  return {
    range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
    options: {
      className: mark.start === mark.end ? undefined : 'flag-current',
      beforeContentClassName: mark.start === mark.end ? 'flag-gap flag-current-gap' : undefined,
      isWholeLine: false,
      linesDecorationsClassName: 'flag-current-line',
      zIndex: 20,
    },
  };
}
