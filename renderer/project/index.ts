/** The project and export UI (ui-project): what the shell mounts. */
import './project.css';

/** The export dialog, shown while the store asks for it. */
export { ExportDialog } from './export-dialog';
/** The restore offer, project messages and the changed-sources panel. */
export { ProjectNotices } from './project-notices';
/** Open project, Save as and recent projects for the toolbar. */
export { ProjectMenu } from './project-menu';
/** Autosave, menu commands and shortcuts. */
export { useProjectEffects } from './use-project-effects';
/** Save (toolbar, Ctrl+S) and the start-up that offers an autosave before the samples open. */
export { saveProject, startWithAutosave } from './project-actions';
