import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureBuilt } from '../test/support/main/ensure-built';

const root = resolve(__dirname, '..');

interface BuilderConfig {
  productName: string;
  appId: string;
  asar: boolean;
  files: string[];
  extraResources: { from: string; to: string }[];
  icon: string;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  electronFuses?: Record<string, boolean>;
}

const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** A minimal glob (`**`, `*`) to RegExp, enough for electron-builder's `files` patterns here. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\0/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listFiles(path) : [relative(root, path).split('\\').join('/')];
  });
}

beforeAll(() => {
  // `npm run build` output; built here when a fresh clone has none or it is older than the sources.
  ensureBuilt();
}, 180_000);

describe('electron-builder.yml', () => {
  it('names the product and targets AppImage + deb, NSIS and dmg with asar', () => {
    expect(config.productName).toBe('Variorum');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.asar).toBe(true);
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('flips the Electron fuses: no Node mode, NODE_OPTIONS or inspector; code only from an integrity-checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    // The main process must not rely on what runAsNode: false takes away (child_process.fork needs ELECTRON_RUN_AS_NODE).
    const mainSources = listFiles(join(root, 'main')).filter(
      (f) => f.endsWith('.ts') && !f.includes('test') && !f.startsWith('main/cli/'),
    );
    for (const file of mainSources)
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(
        /\bfork\(|ELECTRON_RUN_AS_NODE/,
      );
  });

  it('packs files that exist after a build, including everything the app loads at start', () => {
    const candidates = [...listFiles(join(root, 'out')), 'package.json'];
    const packed = candidates.filter((file) =>
      config.files.some((pattern) => globToRegExp(pattern).test(file)),
    );
    for (const pattern of config.files) {
      expect(
        packed.some((file) => globToRegExp(pattern).test(file)),
        `${pattern} packs nothing`,
      ).toBe(true);
    }
    // package.json "main", the preload main/index.ts loads, and the renderer page it opens.
    for (const needed of [
      manifest.main,
      'out/preload/index.js',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(packed, needed).toContain(needed);
    }
  });

  it('ships every module the built main process requires as a production dependency', () => {
    const main = readFileSync(join(root, manifest.main), 'utf8');
    const required = [...main.matchAll(/require\("([^"]+)"\)/g)]
      .map((m) => m[1]!)
      .filter((name) => !name.startsWith('node:') && name !== 'electron');
    for (const name of required) {
      const pkg = name.startsWith('@')
        ? name.split('/').slice(0, 2).join('/')
        : name.split('/')[0]!;
      expect(manifest.dependencies, `${name} is required at runtime`).toHaveProperty(pkg);
    }
  });

  it('copies the sample sets as an extra resource where main looks for them', () => {
    const samples = config.extraResources.find((r) => r.to === 'samples');
    expect(samples?.from).toBe('assets/samples');
    for (const set of ['zh', 'en']) {
      expect(
        readdirSync(join(root, 'assets/samples', set)).filter((n) => n.endsWith('.txt')).length,
      ).toBeGreaterThanOrEqual(3);
    }
    expect(readFileSync(join(root, 'main/index.ts'), 'utf8')).toContain(
      "join(process.resourcesPath, 'samples')",
    );
  });

  it('has a square PNG icon of at least 512 pixels', () => {
    const png = readFileSync(join(root, config.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(statSync(join(root, config.icon)).size).toBeGreaterThan(1000);
  });
});
