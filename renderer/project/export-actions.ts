/**
 * Exporting from the UI: the project of what is open becomes an export source, the open flags are
 * counted (the dialog asks before exporting with open flags), and the file goes to
 * window.api.saveFile (a save dialog in Electron, a download in the browser). app/export is loaded
 * on first use, so the docx library stays out of the first bundle.
 */
import type { ExportFormat, ExportOptions, ReviewSummary } from '../../app/export/index';
import { checkAgainstVariants } from '../../app/project/check-against-variants';
import { translate } from '../i18n/translate';
import { getApi } from '../platform';
import { useAppStore } from '../store';
import { mismatchDetail } from './project-fit';
import { currentProject } from './project-actions';

/** What the export dialog chose. */
export interface ExportChoice {
  readonly format: ExportFormat;
  /** Only the story on screen, or every story of the comparison. */
  readonly scope: 'story' | 'all';
  readonly lineEnding: 'lf' | 'crlf';
  readonly houseStyle: boolean;
  /** The variant a redline starts from. */
  readonly redlineVariant?: string;
}

/** The export module, loaded once on first use (it brings the docx library). */
function loadExport(): Promise<typeof import('../../app/export/index')> {
  return import('../../app/export/index');
}

/** The export options of a choice, on top of what the project's settings imply. */
function optionsOf(choice: ExportChoice): ExportOptions {
  const state = useAppStore.getState();
  return {
    lineEnding: choice.lineEnding,
    houseStyle: choice.houseStyle,
    ...(choice.scope === 'story' && state.storyId ? { storyIds: [state.storyId] } : {}),
    ...(choice.format === 'redline' && choice.redlineVariant
      ? { redlineVariant: choice.redlineVariant }
      : {}),
    ...(state.editorName ? { editor: state.editorName } : {}),
  };
}

/** Counts the flags of what would be exported, overall and still open; null when nothing is open. */
export async function exportSummary(choice: ExportChoice): Promise<ReviewSummary | null> {
  const project = currentProject();
  if (!project) return null;
  const exporter = await loadExport();
  return exporter.reviewSummary(exporter.exportSourceFromProject(project), optionsOf(choice));
}

/** Writes the chosen export; returns the saved file's name, or null when canceled. */
export async function runExport(choice: ExportChoice): Promise<string | null> {
  const project = currentProject();
  if (!project) throw new Error('Nothing is open to export.');
  const exporter = await loadExport();
  const options = exporter.projectExportOptions(project, optionsOf(choice));
  const source = exporter.exportSourceFromProject(project);
  // Never export silently wrong output: the check `variorum export` and project open run.
  const check = checkAgainstVariants(source);
  const first = check.mismatches[0];
  if (first) {
    const language = useAppStore.getState().language;
    const detail = mismatchDetail(first);
    throw new Error(
      translate(language, 'project.exportDoesNotFit', {
        count: check.total,
        first: translate(language, detail.key, detail.params),
      }),
    );
  }
  const file = await exporter.exportProject(choice.format, source, options);
  const saved = await getApi().saveFile(exporter.toSaveRequest(choice.format, file));
  return saved.canceled ? null : (saved.path ?? file.fileName);
}
