/**
 * Wires each method of the API object to its `variorum:<name>` channel through an injected
 * `handle` (ipcMain.handle in the app, a fake in tests), behind two checks: the sender must be the
 * app's own renderer, and the arguments must have the shape the contract promises. Anything else
 * is refused with an error the renderer sees as a rejected promise.
 */
import {
  API_METHODS,
  channelOf,
  GRANT_DROPPED_CHANNEL,
  type VariorumInvokeApi,
} from '../../app/ipc/contract';
import type { PathGrants } from '../services/grants';
import { ARG_VALIDATORS } from './validate-args';

/** The part of Electron's IpcMainInvokeEvent the registry reads. */
export interface InvokeEventLike {
  /** The frame that sent the message; null once it navigated away or was destroyed. */
  readonly senderFrame: { readonly url: string } | null;
}

/** A channel listener, shaped like ipcMain.handle's. */
export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** ipcMain.handle, or a fake. */
export type HandleFunction = (channel: string, listener: InvokeListener) => void;

/** Which renderer URLs may call the API. */
export interface TrustPolicy {
  /** The built renderer's file URL, e.g. file:///…/out/renderer/index.html. */
  readonly rendererFileUrl: string;
  /** The dev server (ELECTRON_RENDERER_URL) in development; absent in a built app. */
  readonly devServerUrl?: string;
}

/** An invoke that was refused before reaching the API. */
export class IpcRefusedError extends Error {
  constructor(
    readonly channel: string,
    readonly reason: 'unknown-channel' | 'untrusted-sender' | 'bad-arguments',
    detail: string,
  ) {
    super(`IPC ${channel} refused (${reason}): ${detail}`);
    this.name = 'IpcRefusedError';
  }
}

/** True when `url` is the app's own renderer: the exact built file, or the dev server's origin. */
export function isTrustedUrl(url: string, policy: TrustPolicy): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    const expected = new URL(policy.rendererFileUrl);
    return (
      expected.protocol === 'file:' &&
      parsed.host === expected.host &&
      decodeURIComponent(parsed.pathname) === decodeURIComponent(expected.pathname)
    );
  }
  if (policy.devServerUrl) {
    return parsed.origin === new URL(policy.devServerUrl).origin;
  }
  return false;
}

/** The checked dispatcher: routes a channel to its method, or refuses. */
export type Dispatcher = (
  channel: string,
  event: InvokeEventLike,
  args: readonly unknown[],
) => Promise<unknown>;

/** Builds the dispatcher every registered channel goes through (exported for tests and for a catch-all). */
export function createDispatcher(api: VariorumInvokeApi, policy: TrustPolicy): Dispatcher {
  const byChannel = new Map<string, (typeof API_METHODS)[number]>(
    API_METHODS.map((name) => [channelOf(name), name]),
  );
  return async (channel, event, args) => {
    const method = byChannel.get(channel);
    if (!method)
      throw new IpcRefusedError(channel, 'unknown-channel', 'no such method in the contract');
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url, policy))
      throw new IpcRefusedError(
        channel,
        'untrusted-sender',
        `sender ${url || '(no frame)'} is not the app's renderer`,
      );
    const problem = ARG_VALIDATORS[method](args);
    if (problem) throw new IpcRefusedError(channel, 'bad-arguments', problem);
    // The validator above has checked the arguments against this method's signature; TypeScript
    // cannot follow that link through a union of methods, hence the one cast.
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
    return fn.apply(api, [...args]);
  };
}

/** Registers every contract method on its channel; returns the channels registered. */
export function registerApi(
  api: VariorumInvokeApi,
  handle: HandleFunction,
  policy: TrustPolicy,
): string[] {
  const dispatch = createDispatcher(api, policy);
  return API_METHODS.map((name) => {
    const channel = channelOf(name);
    handle(channel, (event, ...args) => dispatch(channel, event, args));
    return channel;
  });
}

/** A fire-and-forget listener, shaped like ipcMain.on's. */
export type SendListener = (event: InvokeEventLike, ...args: unknown[]) => void;

/**
 * Listens on GRANT_DROPPED_CHANNEL (ipcMain.on in the app): the preload reports the path of a file
 * the editor dropped, and main grants reading it as a source. Trust rests on the preload, not on
 * the page: the page has no ipcRenderer and cannot forge a File with a path (see contract.ts).
 * The sender must still be the app's renderer and the path a plain string, or nothing is granted.
 */
export function registerDropGrants(
  grants: PathGrants,
  on: (channel: string, listener: SendListener) => void,
  policy: TrustPolicy,
): void {
  on(GRANT_DROPPED_CHANNEL, (event, path, ...rest) => {
    if (!isTrustedUrl(event.senderFrame?.url ?? '', policy)) return;
    if (
      rest.length > 0 ||
      typeof path !== 'string' ||
      path.length === 0 ||
      path.length > 4096 ||
      path.includes('\0')
    )
      return;
    void grants.grantSources([path]);
  });
}
