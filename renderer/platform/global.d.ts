/** `window.api`: the Electron preload's bridge (absent in the plain web build). */
import type { VariorumApi } from '../../app/ipc/contract';

declare global {
  interface Window {
    /** Exposed by main/preload.ts through contextBridge; undefined in the browser. */
    readonly api?: VariorumApi;
  }
}

export {};
