/**
 * The review components the workspace frame mounts (placeholders created by ui-shell; the
 * ui-review engineer owns this file and replaces each with the real component).
 */
import { createElement, type ReactElement } from 'react';

function placeholder(name: string): () => ReactElement {
  const Component = (): ReactElement => createElement('div', { className: 'placeholder', 'data-placeholder': name });
  Component.displayName = name;
  return Component;
}

/** The shared stories of the comparison (sidebar). */
export const StoryList = placeholder('StoryList');
/** Style notes per variant with "apply to canonical" (sidebar). */
export const StyleNotes = placeholder('StyleNotes');
/** The flag list and decisions (beside the editor). */
export const FlagPanel = placeholder('FlagPanel');
/** Every number-bearing flag (bottom panel tab). */
export const NumbersTable = placeholder('NumbersTable');
/** Where along the story the variants disagree (above the editor). */
export const VarianceStrip = placeholder('VarianceStrip');
