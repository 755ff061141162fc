/**
 * The Electron implementation of the IPC contract, built from the plain-Node services and injected
 * Electron bits (dialogs), so it runs and is tested without the Electron binary. Its methods are
 * grouped by what they do: opening (api-open.ts), saving and projects (api-projects.ts) and the
 * autosave (api-autosave.ts), over one granted access (api-access.ts).
 */
import type {
  PlatformInfo,
  RecentEntry,
  SaveRequest,
  VariorumInvokeApi,
} from '../app/ipc/contract';
import { GrantedAccess } from './api-access';
import { autosaveMethods } from './api-autosave';
import { openMethods } from './api-open';
import { projectMethods } from './api-projects';
import type { AutosaveStore } from './services/autosave';
import { PathGrants } from './services/grants';
import type { RecentStore } from './services/recent';
import type { LaunchFiles } from './launch';

/** The native dialogs the API needs (Electron's `dialog` in the app, fakes in tests). */
export interface Dialogs {
  /** Multi-select file dialog; null when canceled. */
  chooseFiles(): Promise<readonly string[] | null>;
  chooseFolder(): Promise<string | null>;
  /** Save dialog; null when canceled. */
  chooseSavePath(request: Pick<SaveRequest, 'suggestedName' | 'filters'>): Promise<string | null>;
  chooseProject(): Promise<string | null>;
}

/** Everything the API is built from. */
export interface ApiDependencies {
  readonly dialogs: Dialogs;
  readonly recent: RecentStore;
  readonly autosave: AutosaveStore;
  /** assets/samples in development, resources/samples when packaged. */
  readonly samplesDir: string;
  readonly launch: LaunchFiles;
  readonly platform: Omit<PlatformInfo, 'kind'>;
  /** Called after the recent list changed, so the window file can rebuild File ▸ Open Recent. */
  readonly onRecentChanged?: (entries: readonly RecentEntry[]) => void;
  /**
   * The paths the editor granted (main/services/grants.ts). The window file grants what reaches
   * main outside the API (a second launch, File ▸ Open Recent, a drop through the preload);
   * a fresh set when omitted.
   */
  readonly grants?: PathGrants;
}

/** Builds the API object from its parts; the compiler checks it against the contract. */
export function createApi(deps: ApiDependencies): VariorumInvokeApi {
  const access = new GrantedAccess(
    deps.grants ?? new PathGrants(),
    deps.recent,
    deps.onRecentChanged,
  );
  const projects = projectMethods(deps.dialogs, deps.recent, access);
  return {
    async platformInfo() {
      return { kind: 'electron', ...deps.platform };
    },
    ...openMethods(deps, access, projects.readProject),
    ...projects,
    ...autosaveMethods(deps.autosave, access),
  };
}
