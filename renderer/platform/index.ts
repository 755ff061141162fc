/** The renderer's one door to the platform (STYLE.md: the renderer talks only through window.api). */
import type { VariorumApi } from '../../app/ipc/contract';
import { createBrowserApi } from './browser-api';

let api: VariorumApi | null = null;

/** The Electron preload's `window.api` when present, else the browser implementation. */
export function getApi(): VariorumApi {
  api ??= window.api ?? createBrowserApi();
  return api;
}
