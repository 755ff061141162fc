/**
 * The API's writing and project methods: Save (a dialog's path or the open project's own file,
 * never a source) and opening a project, which grants the sources it names.
 */
import { resolve } from 'node:path';
import type { SaveResult, VariorumInvokeApi } from '../app/ipc/contract';
import { checkWriteSize, type GrantedAccess } from './api-access';
import type { Dialogs } from './api';
import { writeFileAtomic } from './services/atomic-write';
import { loadFile, MAX_PROJECT_BYTES } from './services/load-files';
import type { RecentStore } from './services/recent';

/** The file name ending that marks a project (DESIGN: `*.variorum.json`). */
const PROJECT_SUFFIX = '.variorum.json';

/** The API's save and project methods. */
export function projectMethods(
  dialogs: Dialogs,
  recent: RecentStore,
  access: GrantedAccess,
): Pick<VariorumInvokeApi, 'saveFile' | 'openProjectDialog' | 'readProject'> {
  const { grants } = access;

  async function readProject(path: string): ReturnType<VariorumInvokeApi['readProject']> {
    // Granted, or on the Recent list (written by main alone, from paths the editor opened).
    if (!(await grants.isReadable(path))) {
      const entries = await recent.list();
      if (entries.some((e) => e.kind === 'project' && resolve(e.path) === resolve(path)))
        await grants.grantRead([path]);
    }
    const real = await grants.checkRead(path);
    const outcome = await loadFile(real, { maxBytes: MAX_PROJECT_BYTES });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const asked = resolve(path);
    await access.openedProject(asked, outcome.file.text);
    await access.remember([asked], 'project');
    return { path: asked, content: outcome.file.text };
  }

  return {
    async saveFile(request) {
      checkWriteSize(request.data);
      let path = request.path;
      if (path === undefined) {
        const chosen = await dialogs.chooseSavePath({
          suggestedName: request.suggestedName,
          filters: request.filters,
        });
        if (!chosen) return { canceled: true };
        await grants.grantWrite(chosen);
        path = chosen;
      }
      // A path the renderer names must be one a Save dialog returned or the open project's own file.
      const target = await grants.checkWrite(path);
      await writeFileAtomic(target, request.data);
      if (target.endsWith(PROJECT_SUFFIX)) await access.remember([target], 'project');
      const result: SaveResult = { canceled: false, path: target };
      return result;
    },
    async openProjectDialog() {
      const path = await dialogs.chooseProject();
      if (!path) return null;
      await grants.grantRead([path]);
      return readProject(path);
    },
    readProject,
  };
}
