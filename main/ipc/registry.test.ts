import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { API_METHODS, channelOf, type VariorumInvokeApi } from '../../app/ipc/contract';
import {
  createDispatcher,
  IpcRefusedError,
  isTrustedUrl,
  registerApi,
  type InvokeListener,
  type TrustPolicy,
} from './registry';

const policy: TrustPolicy = {
  rendererFileUrl: 'file:///opt/variorum/resources/app.asar/out/renderer/index.html',
};
const trusted = {
  senderFrame: { url: 'file:///opt/variorum/resources/app.asar/out/renderer/index.html#/review' },
};
const empty = { files: [], failures: [] };

/** An API whose every method records its call and resolves to plain data. */
function fakeApi(): VariorumInvokeApi {
  const api = Object.fromEntries(
    API_METHODS.map((name) => [
      name,
      vi.fn(async () =>
        name === 'platformInfo' ? { kind: 'electron', locale: 'en', version: '0' } : empty,
      ),
    ]),
  );
  return api as unknown as VariorumInvokeApi;
}

function registered(api: VariorumInvokeApi, p: TrustPolicy = policy): Map<string, InvokeListener> {
  const channels = new Map<string, InvokeListener>();
  registerApi(api, (channel, listener) => channels.set(channel, listener), p);
  return channels;
}

describe('registerApi', () => {
  it('wires exactly the contract methods to prefixed channels', () => {
    const channels = registered(fakeApi());
    expect([...channels.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    expect([...channels.keys()].every((c) => c.startsWith('variorum:'))).toBe(true);
  });

  it('passes valid calls from the trusted renderer through to the API', async () => {
    const api = fakeApi();
    const channels = registered(api);
    await channels.get('variorum:openPaths')!(trusted, ['/tmp/a.txt', '/tmp/b.txt']);
    expect(api.openPaths).toHaveBeenCalledWith(['/tmp/a.txt', '/tmp/b.txt']);
    await channels.get('variorum:decodeFiles')!(trusted, [
      { name: 'a.txt', bytes: new Uint8Array([65]) },
    ]);
    expect(api.decodeFiles).toHaveBeenCalledTimes(1);
    await channels.get('variorum:saveFile')!(trusted, {
      suggestedName: 'x.docx',
      data: new Uint8Array([1]),
      filters: [{ name: 'Word', extensions: ['docx'] }],
    });
    await channels.get('variorum:openSamples')!(trusted, undefined);
    await channels.get('variorum:openSamples')!(trusted, 'en');
    expect(api.openSamples).toHaveBeenLastCalledWith('en');
    await expect(channels.get('variorum:platformInfo')!(trusted)).resolves.toMatchObject({
      kind: 'electron',
    });
  });
});

describe('refusals', () => {
  it('refuses an unknown channel', async () => {
    const dispatch = createDispatcher(fakeApi(), policy);
    await expect(dispatch('variorum:deleteEverything', trusted, [])).rejects.toMatchObject({
      reason: 'unknown-channel',
    });
    await expect(dispatch('openPaths', trusted, [[]])).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(dispatch('variorum:toString', trusted, [])).rejects.toMatchObject({
      reason: 'unknown-channel',
    });
  });

  it('refuses wrong argument types without calling the API', async () => {
    const api = fakeApi();
    const channels = registered(api);
    const cases: [string, unknown[]][] = [
      ['variorum:openPaths', ['/tmp/a.txt']],
      ['variorum:openPaths', [[1, 2]]],
      ['variorum:openPaths', [['']]],
      ['variorum:decodeFiles', [[{ name: 'a.txt', bytes: [65, 66] }]]],
      ['variorum:decodeFiles', [[{ name: 'a.txt', bytes: 'QUI=' }]]],
      ['variorum:saveFile', [{ suggestedName: 'x.txt', data: 42 }]],
      ['variorum:saveFile', [{ suggestedName: 'x.txt', data: 'ok', filters: 'txt' }]],
      ['variorum:readProject', [{ path: '/tmp/p.json' }]],
      ['variorum:autosave', [null]],
      ['variorum:openSamples', [7]],
      ['variorum:platformInfo', ['extra']],
    ];
    for (const [channel, args] of cases) {
      await expect(
        channels.get(channel)!(trusted, ...args),
        `${channel} ${JSON.stringify(args)}`,
      ).rejects.toMatchObject({ reason: 'bad-arguments' });
    }
    for (const name of API_METHODS) {
      expect(api[name]).not.toHaveBeenCalled();
    }
  });

  it('refuses untrusted senders: remote pages, other local files, destroyed frames', async () => {
    const api = fakeApi();
    const channels = registered(api);
    const listener = channels.get('variorum:openPaths')!;
    for (const senderFrame of [
      { url: 'https://evil.example/index.html' },
      { url: 'file:///home/me/Downloads/page.html' },
      { url: 'http://127.0.0.1:5173/' },
      null,
    ]) {
      await expect(listener({ senderFrame }, ['/etc/passwd'])).rejects.toMatchObject({
        reason: 'untrusted-sender',
      });
    }
    expect(api.openPaths).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin only when one is configured', () => {
    const dev = { ...policy, devServerUrl: 'http://localhost:5173' };
    expect(isTrustedUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/index.html', policy)).toBe(false);
    expect(isTrustedUrl('not a url', dev)).toBe(false);
  });

  it('never passes through a random argument list to openPaths unless it is a list of paths', async () => {
    const dispatch = createDispatcher(fakeApi(), policy);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 3 }), async (args) => {
        const valid =
          args.length >= 1 &&
          Array.isArray(args[0]) &&
          (args[0] as unknown[]).every(
            (p) => typeof p === 'string' && p.length > 0 && !p.includes('\0'),
          ) &&
          args.slice(1).every((a) => a === undefined);
        const outcome = await dispatch('variorum:openPaths', trusted, args).then(
          () => 'ok',
          (e: unknown) => (e instanceof IpcRefusedError ? e.reason : 'other'),
        );
        expect(outcome).toBe(valid ? 'ok' : 'bad-arguments');
      }),
    );
  });
});
