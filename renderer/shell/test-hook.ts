/**
 * `window.__variorumTest`: a small hook for the e2e specs and the UI bench to load generated
 * variants without file dialogs and to read what the app shows. Kept in production builds: it only
 * does what the UI already can (open texts, read the store), so it widens no capability.
 */
import { useAppStore } from '../store';
import { receiveOpened } from './session-actions';
import { sha256Hex } from '../platform/fallback-decode';
import { readDiffProbe, type DiffDescription } from '../editor/diff-probe';

/** What the hook offers. */
export interface VariorumTestHook {
  /** Opens texts as variants and resolves when the comparison is in the store. */
  loadVariants(
    files: readonly { name: string; text: string }[],
  ): Promise<{ stories: number; flags: number }>;
  /** A plain snapshot of what the store holds, for assertions. */
  /** What the side-by-side shows as changed (null while no compare view is mounted). */
  diff(): DiffDescription | null;
  snapshot(): {
    variants: string[];
    failures: string[];
    compared: boolean;
    storyId: string | null;
    flagId: string | null;
    rightVariant: string | null;
    flags: number;
  };
}

declare global {
  interface Window {
    __variorumTest?: VariorumTestHook;
  }
}

/** Installs the hook on window. */
export function installTestHook(): void {
  window.__variorumTest = {
    loadVariants: async (files) => {
      const encoder = new TextEncoder();
      const loaded = await Promise.all(
        files.map(async (f) => {
          const bytes = encoder.encode(f.text);
          return {
            path: f.name,
            name: f.name,
            encoding: 'utf-8',
            text: f.text,
            size: bytes.length,
            sha256: await sha256Hex(bytes),
          };
        }),
      );
      await receiveOpened({ files: loaded, failures: [] }, 'replace');
      const result = useAppStore.getState().result;
      return {
        stories: result?.stories.length ?? 0,
        flags: result?.stories.reduce((n, s) => n + s.flags.length, 0) ?? 0,
      };
    },
    diff: () => readDiffProbe(),
    snapshot: () => {
      const s = useAppStore.getState();
      const story = s.result?.stories.find((x) => x.id === s.storyId);
      return {
        variants: s.variants.map((v) => v.name),
        failures: s.failures.map((f) => f.name),
        compared: s.result !== null,
        storyId: s.storyId,
        flagId: s.flagId,
        rightVariant: s.rightVariant,
        flags: story?.flags.length ?? 0,
      };
    },
  };
}
