/**
 * The project file of what the store holds, and the store's parts of a project file: pure
 * functions between AppState and app/project, so that a round trip is testable without a window.
 */
import type { CompareResult } from '../../app/model/types';
import { createProject } from '../../app/project/project-file';
import type { Project, ProjectVariant } from '../../app/project/types';
import type { DeskRules } from '../../app/review/desk-rules';
import type { StoryReview } from '../../app/review/types';
import type { LoadedProjectState } from '../store/project-slice';
import type { VariantEntry } from '../store/variants-slice';

/** The parts of the store a project is made of. */
export interface ProjectStateInput {
  readonly variants: readonly VariantEntry[];
  readonly result: CompareResult | null;
  readonly reviews: Readonly<Record<string, StoryReview>>;
  readonly editorName: string;
  readonly autoAdvance: boolean;
  readonly projectTitle: string | null;
  /** The desk rules in effect, which the comparison was made with: saved with the project. */
  readonly deskRules: DeskRules;
}

/** The variants as the project remembers them, each with its text embedded (opens without the files). */
export function projectVariants(variants: readonly VariantEntry[]): ProjectVariant[] {
  return variants.map((v) => ({
    id: v.id,
    path: v.path,
    name: v.name,
    encoding: v.encoding,
    sha256: v.sha256,
    size: v.size,
    text: v.text,
  }));
}

/** The project of the current state, or null when nothing has been compared yet. */
export function projectFromState(state: ProjectStateInput, savedAt?: string): Project | null {
  if (!state.result || state.variants.length === 0) return null;
  const title = state.projectTitle ?? leadTitle(state.result);
  return createProject({
    variants: projectVariants(state.variants),
    result: state.result,
    reviews: state.reviews,
    settings: { editorName: state.editorName, autoAdvance: state.autoAdvance },
    deskRules: state.deskRules,
    ...(title ? { title } : {}),
    ...(savedAt !== undefined ? { savedAt } : {}),
  });
}

/** The title of the story most variants share: a project's default name. */
function leadTitle(result: CompareResult): string | undefined {
  const lead = [...result.stories].sort(
    (a, b) => b.spans.length - a.spans.length || b.flags.length - a.flags.length,
  )[0];
  return lead?.title || undefined;
}

/**
 * The store's parts of a parsed project. Variants without an embedded text get `fallbackTexts`
 * (read from disk) or, failing that, are reported missing: the comparison's offsets need the text.
 */
export function stateFromProject(
  project: Project,
  path: string | null,
  fallbackTexts: Readonly<Record<string, string>> = {},
): { readonly loaded: LoadedProjectState; readonly missing: readonly string[] } {
  const missing: string[] = [];
  const variants = project.variants.flatMap((v) => {
    const text = v.text ?? fallbackTexts[v.id];
    if (text === undefined) {
      missing.push(v.name);
      return [];
    }
    return [
      {
        id: v.id,
        path: v.path,
        name: v.name,
        encoding: v.encoding,
        text,
        size: v.size,
        sha256: v.sha256,
      },
    ];
  });
  return {
    loaded: {
      variants,
      result: project.result,
      reviews: project.reviews,
      title: project.title ?? null,
      path,
      deskRules: project.deskRules,
    },
    missing,
  };
}

/** A file name for a project: its title, made safe, with the `.variorum.json` suffix. */
export function projectFileName(title: string | null | undefined): string {
  const cleaned = (title ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '_')
    .trim()
    .replace(/^\.+/, '');
  // 60 characters leave room for the suffix and a folder within common path limits.
  const base = Array.from(cleaned).slice(0, 60).join('') || 'variorum';
  return `${base}.variorum.json`;
}

/** True when the editor has done something worth keeping: a decision or an undoable change. */
export function hasWork(
  reviews: Readonly<Record<string, StoryReview>>,
  histories: Readonly<Record<string, { readonly past: readonly unknown[] }>>,
): boolean {
  return (
    Object.values(reviews).some((r) => Object.keys(r.decisions).length > 0) ||
    Object.values(histories).some((h) => h.past.length > 0)
  );
}
