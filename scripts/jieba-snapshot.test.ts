import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'variorum-jieba-'));
const snapshot = join(dir, 'jieba.snapshot');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our own sentences, with names jieba lacks, and the shared sample pages where they are present. */
function texts(): string[] {
  const own = [
    '城南街道的社区书屋本周六起延长开放时间，每天接待读者约120人。',
    '老猎人巴音陶克陶走在前面，訾阿妹领着孙女来了。',
    '游客们来到查干诺尔湖畔，合作社与锡林郭勒盟的企业签约。',
    'The port authority said on Tuesday that the new berths would open in 2028.',
  ];
  const samples = resolve(root, '..', 'shared', 'samples', 'pages');
  if (!existsSync(samples)) return own;
  const pages = readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(samples, f), 'utf8'));
  return [...own, ...pages.flatMap((page) => page.split(/[。\n]/).filter((s) => s.length > 1))];
}

/** Runs jieba-wasm in a fresh process: `first` ('build' or 'restore'), then tags every text. */
function tagged(first: 'build' | 'restore' | 'write'): string {
  const input = join(dir, 'texts.json');
  writeFileSync(input, JSON.stringify(texts()));
  const script = `
    import { createRequire } from 'node:module';
    import { readFileSync } from 'node:fs';
    import { restoreJiebaSnapshot, writeJiebaSnapshot } from ${JSON.stringify(join(root, 'scripts', 'jieba-snapshot.mjs'))};
    const glue = createRequire(${JSON.stringify(join(root, 'package.json'))})('jieba-wasm');
    const first = ${JSON.stringify(first)};
    if (first === 'write') writeJiebaSnapshot(glue, ${JSON.stringify(snapshot)});
    else if (first === 'restore' && !restoreJiebaSnapshot(glue, ${JSON.stringify(snapshot)})) throw new Error('not restored');
    const texts = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));
    process.stdout.write(JSON.stringify(texts.map((t) => glue.tag(t, true))));
  `;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

describe('the jieba snapshot', () => {
  it('segments every text as a jieba that built its own dictionary does', () => {
    const written = tagged('write');
    const built = tagged('build');
    const restored = tagged('restore');
    expect(written).toBe(built);
    expect(restored).toBe(built);
    expect(JSON.parse(restored)[0].slice(0, 3)).toEqual([
      { word: '城南', tag: 'ns' },
      { word: '街道', tag: 'n' },
      { word: '的', tag: 'uj' },
    ]);
  }, 60_000);

  it('is not put back where the file is missing or cut short: jieba then builds its dictionary', () => {
    const short = join(dir, 'short.snapshot');
    writeFileSync(short, readFileSync(snapshot).subarray(0, 4096));
    const script = `
      import { createRequire } from 'node:module';
      import { restoreJiebaSnapshot } from ${JSON.stringify(join(root, 'scripts', 'jieba-snapshot.mjs'))};
      const glue = createRequire(${JSON.stringify(join(root, 'package.json'))})('jieba-wasm');
      const missing = restoreJiebaSnapshot(glue, ${JSON.stringify(join(dir, 'none.snapshot'))});
      const cut = restoreJiebaSnapshot(glue, ${JSON.stringify(short)});
      process.stdout.write(JSON.stringify([missing, cut, glue.tag('城南街道', true)]));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([
      false,
      false,
      [
        { word: '城南', tag: 'ns' },
        { word: '街道', tag: 'n' },
      ],
    ]);
  }, 60_000);
});
