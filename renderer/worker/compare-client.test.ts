import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../../app/model/types';
import { CompareCanceledError, createCompareClient, type WorkerFactory } from './compare-client';
import type { CompareReply, WorkerRequest } from './protocol';

/** A fake worker that records requests and lets the test reply. */
function fakeWorkers(): {
  factory: WorkerFactory;
  workers: { requests: WorkerRequest[]; reply(r: CompareReply): void; terminated: boolean }[];
} {
  const workers: {
    requests: WorkerRequest[];
    reply(r: CompareReply): void;
    terminated: boolean;
  }[] = [];
  const factory: WorkerFactory = () => {
    const listeners: ((event: MessageEvent<CompareReply>) => void)[] = [];
    const record = {
      requests: [] as WorkerRequest[],
      terminated: false,
      reply: (r: CompareReply) =>
        listeners.forEach((l) => l({ data: r } as MessageEvent<CompareReply>)),
    };
    workers.push(record);
    return {
      postMessage: (message: WorkerRequest) => record.requests.push(message),
      terminate: () => {
        record.terminated = true;
      },
      addEventListener: ((type: string, listener: (event: MessageEvent<CompareReply>) => void) => {
        if (type === 'message') listeners.push(listener);
      }) as Worker['addEventListener'],
    };
  };
  return { factory, workers };
}

const result = (n: number): CompareResult => ({
  version: 1,
  variants: [],
  stories: [],
  styleNotes: [{ variant: 'v1', kind: 'whitespace', count: n, message: '' }],
});
const variant = { id: 'v1', path: 'a.txt', name: 'a.txt', encoding: 'utf-8', text: '甲' };

describe('compare client', () => {
  it('resolves with the result and reports progress', async () => {
    const { factory, workers } = fakeWorkers();
    const client = createCompareClient(factory);
    const progress: number[] = [];
    const running = client.runCompare([variant], (e) => progress.push(e.fraction));
    const id = workers[0]!.requests[0]!.id;
    workers[0]!.reply({ type: 'progress', id, phase: 'align', fraction: 0.5 });
    workers[0]!.reply({ type: 'result', id, result: result(3) });
    await expect(running).resolves.toEqual(result(3));
    expect(progress).toEqual([0.5]);
  });

  it('cancels the running request when a new one starts', async () => {
    const { factory, workers } = fakeWorkers();
    const client = createCompareClient(factory);
    const first = client.runCompare([variant]);
    workers[0]!.reply({ type: 'ready' });
    const second = client.runCompare([variant]);
    await expect(first).rejects.toBeInstanceOf(CompareCanceledError);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const id = workers[1]!.requests[0]!.id;
    workers[1]!.reply({ type: 'result', id, result: result(5) });
    await expect(second).resolves.toEqual(result(5));
  });

  it('reuses the worker after a finished request and passes engine errors on', async () => {
    const { factory, workers } = fakeWorkers();
    const client = createCompareClient(factory);
    const first = client.runCompare([variant]);
    workers[0]!.reply({ type: 'result', id: workers[0]!.requests[0]!.id, result: result(1) });
    await first;
    const second = client.runCompare([variant]);
    expect(workers).toHaveLength(1);
    workers[0]!.reply({ type: 'error', id: workers[0]!.requests[1]!.id, message: 'boom' });
    await expect(second).rejects.toThrow('boom');
  });
});

describe('compare client: a worker still loading its segmenter', () => {
  it('is told to drop a replaced request instead of being terminated, and runs the new one', async () => {
    const { factory, workers } = fakeWorkers();
    const client = createCompareClient(factory);
    const first = client.runCompare([variant]);
    const second = client.runCompare([variant]);
    await expect(first).rejects.toBeInstanceOf(CompareCanceledError);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
    const [firstRequest, cancel, secondRequest] = workers[0]!.requests;
    expect(cancel).toEqual({ type: 'cancel', id: firstRequest!.id });
    expect(secondRequest).toMatchObject({ type: 'compare' });
    workers[0]!.reply({ type: 'ready' });
    workers[0]!.reply({ type: 'result', id: secondRequest!.id, result: result(4) });
    await expect(second).resolves.toEqual(result(4));
  });

  it('is terminated by a cancel once it has said ready', async () => {
    const { factory, workers } = fakeWorkers();
    const client = createCompareClient(factory);
    const first = client.runCompare([variant]);
    client.cancel(true);
    await expect(first).rejects.toBeInstanceOf(CompareCanceledError);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.reply({ type: 'ready' });
    const second = client.runCompare([variant]);
    client.cancel(true);
    await expect(second).rejects.toBeInstanceOf(CompareCanceledError);
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('compare client: the editor cancels', () => {
  it('terminates the running worker, rejects as canceled by the user, ignores late replies, and compares again in a new worker', async () => {
    const { factory, workers } = fakeWorkers();
    const client = createCompareClient(factory);
    const progress: number[] = [];
    const first = client.runCompare([variant], (e) => progress.push(e.fraction));
    const firstId = workers[0]!.requests[0]!.id;
    workers[0]!.reply({ type: 'ready' });
    workers[0]!.reply({ type: 'progress', id: firstId, phase: 'align', fraction: 0.25 });
    expect(client.running()).toBe(true);
    client.cancel(true);
    expect(client.running()).toBe(false);
    expect(workers[0]!.terminated).toBe(true);
    const error: unknown = await first.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompareCanceledError);
    expect((error as CompareCanceledError).byUser).toBe(true);
    // A reply the terminated worker had already queued changes nothing.
    workers[0]!.reply({ type: 'progress', id: firstId, phase: 'align', fraction: 0.9 });
    workers[0]!.reply({ type: 'result', id: firstId, result: result(1) });
    expect(progress).toEqual([0.25]);
    // A cancel with nothing running is a no-op.
    client.cancel(true);
    const second = client.runCompare([variant]);
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ type: 'result', id: workers[1]!.requests[0]!.id, result: result(7) });
    await expect(second).resolves.toEqual(result(7));
  });

  it('marks a replaced request as not canceled by the user', async () => {
    const { factory } = fakeWorkers();
    const client = createCompareClient(factory);
    const first = client.runCompare([variant]);
    void client.runCompare([variant]);
    const error: unknown = await first.catch((e: unknown) => e);
    expect((error as CompareCanceledError).byUser).toBe(false);
  });
});
