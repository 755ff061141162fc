/**
 * The preload: exposes exactly the contract's methods (API_METHODS) plus `onCommand` as
 * `window.api`. Each method is a thin `ipcRenderer.invoke` on its channel; no Electron object
 * crosses the bridge, only plain data.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  API_METHODS,
  channelOf,
  COMMAND_CHANNEL,
  GRANT_DROPPED_CHANNEL,
  type AppCommand,
  type VariorumApi,
} from '../app/ipc/contract';

const invokers = Object.fromEntries(
  API_METHODS.map((name) => [
    name,
    (...args: unknown[]) => ipcRenderer.invoke(channelOf(name), ...args),
  ]),
);

const api = {
  ...invokers,
  onCommand(listener: (command: AppCommand) => void): () => void {
    // The event object stays here: only the command (plain data) reaches the page.
    const forward = (_event: IpcRendererEvent, command: AppCommand): void => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
  pathForFile(file: unknown): string {
    // A File from a drop event; webUtils checks it is one and throws otherwise. Only a File the
    // editor dropped or picked has a path, so granting it here is the editor's choice: the page
    // can call this function but cannot reach the channel, nor forge a File with a path.
    let path = '';
    try {
      path = webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    } catch {
      return '';
    }
    if (path) ipcRenderer.send(GRANT_DROPPED_CHANNEL, path);
    return path;
  },
  // Built from API_METHODS, whose completeness contract.ts checks at compile time; Object.fromEntries
  // loses the key types, hence the cast.
} as unknown as VariorumApi;

contextBridge.exposeInMainWorld('api', api);
