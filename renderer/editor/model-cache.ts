/** Monaco models per story and pane, kept while the story is open so switching panes is instant. */
import type { Span } from '../../app/model/types';
import { monaco } from './monaco-setup';
import { buildFoldedStoryView, PLAIN_LAYOUT, type PaneLayout } from './folded-view';
import { buildStoryView, type StoryView } from './story-view';

/** A pane's model and the offset map of the text it holds. */
export interface PaneModel {
  readonly model: monaco.editor.ITextModel;
  /** Null for the canonical (its offsets are the review's own). */
  readonly view: StoryView | null;
  readonly path: string;
}

/** Creates and reuses the models of one story; dispose() when the story or the variants change. */
export class ModelCache {
  private readonly models = new Map<string, PaneModel>();

  constructor(private readonly scope: string) {}

  /** The model of a variant's story text, style-folded or as printed. */
  variant(
    variantId: string,
    fileText: string,
    spans: readonly Span[],
    folded: boolean,
    layout: PaneLayout = PLAIN_LAYOUT,
  ): PaneModel {
    // One model per layout: the canonical's layout changes only when its paragraphs are reshaped.
    const mode = folded
      ? `folded-${layout.separator.length}-${layout.indent.length}${layout.indent.startsWith('\u3000') ? 'i' : 's'}`
      : 'printed';
    const path = `variorum://${this.scope}/${mode}/${variantId}.txt`;
    const existing = this.models.get(path);
    if (existing) return existing;
    const view = folded
      ? buildFoldedStoryView(fileText, spans, layout)
      : buildStoryView(fileText, spans);
    const entry = { model: this.create(path, view.text), view, path };
    this.models.set(path, entry);
    return entry;
  }

  /** The model of the canonical draft (its text is kept in sync by the compare view). */
  canonical(text: string): PaneModel {
    const path = `variorum://${this.scope}/canonical.txt`;
    const existing = this.models.get(path);
    if (existing) return existing;
    const entry = { model: this.create(path, text), view: null, path };
    this.models.set(path, entry);
    return entry;
  }

  private create(path: string, text: string): monaco.editor.ITextModel {
    const uri = monaco.Uri.parse(path);
    monaco.editor.getModel(uri)?.dispose();
    // Monaco keeps one EOL per model: a file mixing CRLF and LF shifts offsets after the first
    // change of kind (rare in news text; the pure offset map above assumes one kind).
    return monaco.editor.createModel(text, 'plaintext', uri);
  }

  /** Disposes every model of this story. */
  dispose(): void {
    for (const entry of this.models.values()) entry.model.dispose();
    this.models.clear();
  }
}
