import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_PER_KIND, RecentStore } from './recent';

let dir: string;
let clock: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-recent-'));
  clock = Date.UTC(2026, 2, 5, 8, 0, 0);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function store(): RecentStore {
  return new RecentStore(join(dir, 'data', 'recent.json'), () => new Date((clock += 1000)));
}

describe('RecentStore', () => {
  it('starts empty, lists the newest first and moves a reopened path to the top', async () => {
    const recent = store();
    expect(await recent.list()).toEqual([]);
    await recent.add(['/p/a.txt', '/p/b.txt'], 'variant');
    await recent.add(['/p/review.variorum.json'], 'project');
    await recent.add(['/p/b.txt'], 'variant');
    const list = await recent.list();
    expect(list.map((e) => e.path)).toEqual(['/p/b.txt', '/p/review.variorum.json', '/p/a.txt']);
    expect(list[0]).toMatchObject({ name: 'b.txt', kind: 'variant' });
    expect(Date.parse(list[0]!.openedAt)).toBeGreaterThan(Date.parse(list[2]!.openedAt));
  });

  it('persists across instances (it is a file in the data folder)', async () => {
    await store().add(['/p/a.txt'], 'variant');
    expect((await store().list()).map((e) => e.path)).toEqual(['/p/a.txt']);
    expect(JSON.parse(await readFile(join(dir, 'data', 'recent.json'), 'utf8'))).toHaveLength(1);
  });

  it('keeps at most the limit per kind without evicting the other kind', async () => {
    const recent = store();
    await recent.add(['/p/one.variorum.json'], 'project');
    const many = Array.from({ length: MAX_RECENT_PER_KIND + 5 }, (_, i) => `/p/${i}.txt`);
    await recent.add(many, 'variant');
    const list = await recent.list();
    expect(list.filter((e) => e.kind === 'variant')).toHaveLength(MAX_RECENT_PER_KIND);
    expect(list.filter((e) => e.kind === 'project')).toHaveLength(1);
  });

  it('treats a damaged list as empty and clears', async () => {
    const recent = store();
    await recent.add(['/p/a.txt'], 'variant');
    await writeFile(join(dir, 'data', 'recent.json'), '[{"path": 1}, {"oops"');
    expect(await recent.list()).toEqual([]);
    await recent.add(['/p/c.txt'], 'variant');
    expect(await recent.list()).toHaveLength(1);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });
});
