import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APT_PACKAGES,
  CHROMIUM_ENV,
  ensureChromium,
  findChromium,
  HIDE_SYSTEM_ENV,
  NO_BROWSER_MESSAGE,
  type ChromiumProbe,
  type Installers,
} from './chromium';
import { chosenChromium, machineProbe, recordChromium } from './chromium-machine';

const PLAYWRIGHT_PATH = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine with the given executables; installing adds files to it, as the real commands do. */
function machine(options: {
  files?: string[];
  env?: Record<string, string>;
  playwrightWorks?: boolean;
  root?: boolean;
  fonts?: boolean;
}) {
  const files = new Set(options.files ?? []);
  const calls: string[] = [];
  const probe: ChromiumProbe = {
    env: options.env ?? {},
    isExecutable: (path) => files.has(path),
    playwrightPath: () => PLAYWRIGHT_PATH,
  };
  const installers: Installers = {
    playwrightInstall() {
      calls.push('playwright install chromium');
      if (options.playwrightWorks) files.add(PLAYWRIGHT_PATH);
      return options.playwrightWorks === true;
    },
    canApt: () => options.root === true,
    aptInstall(packages) {
      calls.push(`apt-get install ${packages.join(' ')}`);
      if (packages.includes('chromium')) files.add('/usr/bin/chromium');
      if (packages.includes('fonts-noto-cjk')) options.fonts = true;
      return true;
    },
    hasCjkFonts: () => options.fonts ?? true,
  };
  return { probe, installers, calls };
}

describe('ensureChromium', () => {
  it('uses the system Chromium when there is one, and installs nothing', () => {
    const m = machine({ files: ['/usr/bin/chromium'] });
    expect(ensureChromium(m.probe, m.installers)).toEqual({
      ok: true,
      found: { path: '/usr/bin/chromium', source: 'system' },
      tried: [],
    });
    expect(m.calls).toEqual([]);
  });

  it('with the system Chromium hidden, downloads Playwright’s own and uses it', () => {
    const m = machine({
      files: ['/usr/bin/chromium'],
      env: { [HIDE_SYSTEM_ENV]: '1' },
      playwrightWorks: true,
      root: true,
    });
    expect(ensureChromium(m.probe, m.installers)).toMatchObject({
      ok: true,
      found: { path: PLAYWRIGHT_PATH, source: 'playwright' },
    });
    expect(m.calls).toEqual(['playwright install chromium']);
  });

  it('uses a Playwright Chromium downloaded earlier without downloading again', () => {
    const m = machine({ files: [PLAYWRIGHT_PATH] });
    expect(ensureChromium(m.probe, m.installers)).toMatchObject({
      ok: true,
      found: { source: 'playwright' },
    });
    expect(m.calls).toEqual([]);
  });

  it('falls back to apt-get as root on Debian when the download fails', () => {
    const m = machine({ env: { [HIDE_SYSTEM_ENV]: '1' }, playwrightWorks: false, root: true });
    expect(ensureChromium(m.probe, m.installers)).toMatchObject({
      ok: true,
      found: { path: '/usr/bin/chromium', source: 'apt' },
      tried: ['playwright', 'apt'],
    });
    expect(m.calls).toEqual([
      'playwright install chromium',
      `apt-get install ${APT_PACKAGES.join(' ')}`,
    ]);
  });

  it('says in one line what to do when no way works, and fails', () => {
    const m = machine({ playwrightWorks: false, root: false });
    const outcome = ensureChromium(m.probe, m.installers);
    expect(outcome).toEqual({ ok: false, message: NO_BROWSER_MESSAGE, tried: ['playwright'] });
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toMatch(
      /apt-get install chromium fonts-noto-cjk.*npx playwright install chromium.*VARIORUM_CHROMIUM/,
    );
  });

  it('takes VARIORUM_CHROMIUM as given, and refuses one that is not there without installing', () => {
    const named = machine({
      files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
      env: { [CHROMIUM_ENV]: '/opt/chrome/chrome' },
    });
    expect(ensureChromium(named.probe, named.installers)).toMatchObject({
      ok: true,
      found: { path: '/opt/chrome/chrome', source: 'env' },
    });
    const wrong = machine({
      files: ['/usr/bin/chromium'],
      env: { [CHROMIUM_ENV]: '/opt/none' },
      playwrightWorks: true,
      root: true,
    });
    const outcome = ensureChromium(wrong.probe, wrong.installers);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toMatch(
      /^VARIORUM_CHROMIUM=\/opt\/none is not an executable file/,
    );
    expect(wrong.calls).toEqual([]);
  });

  it('installs CJK fonts where apt may, and only warns where it may not', () => {
    const root = machine({ files: ['/usr/bin/chromium'], fonts: false, root: true });
    expect(ensureChromium(root.probe, root.installers)).toMatchObject({
      ok: true,
      tried: ['apt-fonts'],
    });
    expect(root.calls).toEqual(['apt-get install fonts-noto-cjk']);
    const user = machine({ files: ['/usr/bin/chromium'], fonts: false, root: false });
    expect(ensureChromium(user.probe, user.installers)).toMatchObject({
      ok: true,
      warning: expect.stringMatching(/no CJK font/),
    });
  });
});

describe('findChromium on this machine', () => {
  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'finds the system Chromium, and not when it is hidden',
    () => {
      expect(
        findChromium(machineProbe({ ...process.env, [CHROMIUM_ENV]: '', [HIDE_SYSTEM_ENV]: '' }))
          ?.source,
      ).toMatch(/system|playwright/);
      const hidden = findChromium(
        machineProbe({ ...process.env, [CHROMIUM_ENV]: '', [HIDE_SYSTEM_ENV]: '1' }),
      );
      expect(hidden?.path ?? '').not.toBe('/usr/bin/chromium');
    },
  );
});

describe('the recorded choice', () => {
  it('is what the tests launch while it exists, and is looked for again when it is gone or damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'variorum-chosen-'));
    const file = join(dir, 'chromium.json');
    const files = new Set(['/usr/bin/chromium']);
    const probe: ChromiumProbe = {
      env: { [HIDE_SYSTEM_ENV]: '1' },
      isExecutable: (p) => files.has(p),
      playwrightPath: () => undefined,
    };
    // Hidden system browsers and nothing recorded: none.
    expect(chosenChromium(probe, file)).toBeNull();
    // ensure-browser installed it with apt while hidden and recorded it: the tests take it.
    recordChromium({ path: '/usr/bin/chromium', source: 'apt' }, file);
    expect(chosenChromium(probe, file)).toEqual({ path: '/usr/bin/chromium', source: 'apt' });
    files.delete('/usr/bin/chromium');
    expect(chosenChromium(probe, file)).toBeNull();
    writeFileSync(file, '{not json');
    expect(chosenChromium({ ...probe, env: {} }, file)).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });
});
