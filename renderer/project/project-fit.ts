/**
 * Opening a project runs the check `variorum export` runs (app/project/check-against-variants.ts):
 * every span and reading inside its variant, every reading's text what its variant holds there,
 * every decision and anchor naming a flag its story has. A project that does not fit is not
 * opened — what is open stays as it was — and the notice lists what was found, each item a
 * message key with its values, so it is said in the UI language. Exports from the window run the
 * same check, so no path writes silently wrong output.
 */
import type { ExportSource } from '../../app/export/types';
import {
  checkAgainstVariants,
  type VariantMismatch,
} from '../../app/project/check-against-variants';
import type { Project } from '../../app/project/types';
import type { LoadedProjectState, NoticeDetail, ProjectNotice } from '../store/project-slice';

/** How many mismatches a notice lists; the count says how many were found in all. */
const LISTED = 5;

/** A mismatch as a message key and its values (strings, as notices hold them). */
export function mismatchDetail(mismatch: VariantMismatch): NoticeDetail {
  const params: Record<string, string> = { path: mismatch.path };
  for (const [key, value] of Object.entries(mismatch.params)) params[key] = String(value);
  return { key: `project.mismatch.${mismatch.code}`, params };
}

/**
 * The project's data as saved, with the texts it was saved against: the texts the store will
 * hold when the comparison is the saved one; after a new comparison (sources changed on disk)
 * the embedded texts, as the saved offsets index into those.
 */
function savedSource(project: Project, loaded: LoadedProjectState): ExportSource {
  const variants =
    loaded.result === project.result
      ? loaded.variants.map((v) => ({ id: v.id, name: v.name, text: v.text }))
      : project.variants.map((v) => ({
          id: v.id,
          name: v.name,
          ...(v.text !== undefined ? { text: v.text } : {}),
        }));
  return { variants, stories: project.result.stories, reviews: Object.values(project.reviews) };
}

/**
 * The error notice for a project whose data does not fit its variants (`name` is the file's
 * name), or null when it fits. The store's state after opening is checked too: a comparison made
 * again from changed sources, with the decisions carried over, must fit its new texts.
 */
export function projectFitNotice(
  name: string,
  project: Project,
  loaded: LoadedProjectState,
): ProjectNotice | null {
  let check = checkAgainstVariants(savedSource(project, loaded));
  if (check.total === 0 && loaded.result !== project.result) {
    check = checkAgainstVariants({
      variants: loaded.variants.map((v) => ({ id: v.id, name: v.name, text: v.text })),
      stories: loaded.result.stories,
      reviews: Object.values(loaded.reviews),
    });
  }
  if (check.total === 0) return null;
  return {
    kind: 'error',
    key: 'project.doesNotFit',
    params: { name, count: String(check.total) },
    details: check.mismatches.slice(0, LISTED).map(mismatchDetail),
  };
}
