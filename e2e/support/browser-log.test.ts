import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashReport, tailOfLog } from './browser-log';

describe('the browser log read back at a crash', () => {
  it('keeps the last lines and drops the D-Bus noise of a headless start', () => {
    const text = [
      '[1:2:ERROR:dbus/bus.cc:405] Failed to connect to the bus: no socket',
      'first',
      '',
      '<--- Last few GCs --->',
      '[1:2:ERROR:dbus/object_proxy.cc:572] Failed to call method',
      'Fatal JavaScript out of memory: Reached heap limit',
    ].join('\n');
    expect(tailOfLog(text, 2)).toEqual([
      '<--- Last few GCs --->',
      'Fatal JavaScript out of memory: Reached heap limit',
    ]);
    expect(tailOfLog(text, 10)).toHaveLength(3);
  });

  it('says what the browser printed last, or that nothing was logged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'variorum-browser-log-'));
    const log = join(dir, 'stderr.log');
    writeFileSync(log, 'Received signal 11 SEGV_MAPERR\n');
    expect(crashReport(log)).toContain('Received signal 11 SEGV_MAPERR');
    expect(crashReport(join(dir, 'absent.log'))).toContain('(nothing logged at');
  });
});
