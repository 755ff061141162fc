import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataClasses, ipcClasses } from './cases-in-process';
import { runClass } from './run';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-audit-test-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the audit’s cheap classes (in process)', () => {
  it('every IPC, report, project, file and packaging case is handled', async () => {
    const classes = [
      ...ipcClasses(join(dir, 'home')),
      ...dataClasses(join(dir, 'data'), resolve(__dirname, '..')),
    ];
    const open: string[] = [];
    for (const auditClass of classes) {
      const held = await runClass(auditClass, (line) =>
        open.push(`${auditClass.name}: ${line.trim()}`),
      );
      expect(held, open.join('\n')).toBe(auditClass.cases.length);
    }
    expect(classes.reduce((n, c) => n + c.cases.length, 0)).toBeGreaterThanOrEqual(50);
  });
});
