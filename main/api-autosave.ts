/**
 * The autosave half of the API: the project text (main/services/autosave.ts) and, beside it, the
 * sources granted this session, so that a restored autosave can re-check the same files after a
 * crash. That list is a main-written file: the renderer cannot add to it.
 */
import { readFile, rm } from 'node:fs/promises';
import type { VariorumInvokeApi } from '../app/ipc/contract';
import { checkWriteSize, type GrantedAccess } from './api-access';
import { writeFileAtomic } from './services/atomic-write';
import { AUTOSAVE_MODE, type AutosaveStore } from './services/autosave';

/** The API's autosave methods. */
export function autosaveMethods(
  store: AutosaveStore,
  access: GrantedAccess,
): Pick<VariorumInvokeApi, 'autosave' | 'readAutosave' | 'clearAutosave'> {
  const grantsFile = `${store.path}.grants.json`;
  let grantsWritten = '';

  async function rememberGrants(): Promise<void> {
    const text = JSON.stringify(access.grants.grantedSources());
    if (text === grantsWritten) return;
    await writeFileAtomic(grantsFile, text, { mode: AUTOSAVE_MODE });
    grantsWritten = text;
  }

  async function restoreGrants(): Promise<void> {
    try {
      const saved: unknown = JSON.parse(await readFile(grantsFile, 'utf8'));
      if (Array.isArray(saved))
        await access.registerSources(saved.filter((p): p is string => typeof p === 'string'));
    } catch {
      // No grants kept (an older autosave): a restored project falls back to its embedded texts.
    }
  }

  return {
    async autosave(content) {
      checkWriteSize(content);
      await store.write(content);
      await rememberGrants();
    },
    async readAutosave() {
      const content = await store.read();
      if (content !== null) await restoreGrants();
      return content;
    },
    async clearAutosave() {
      await store.clear();
      await rm(grantsFile, { force: true });
      grantsWritten = '';
    },
  };
}
