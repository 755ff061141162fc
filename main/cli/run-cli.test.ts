import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('runCli', () => {
  it('lists the commands for --help and with no command (exit 2 then: nothing was asked)', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/compare .*\n.*export/s);
    expect((await run()).code).toBe(2);
  });

  it("prints a command's own usage for `<command> --help`, not an unknown-option error", async () => {
    const compare = await run('compare', '--help');
    expect(compare).toMatchObject({ code: 0, err: '' });
    expect(compare.out).toMatch(/^usage: variorum compare .*--canonical/s);
    expect((await run('export', '-h')).out).toMatch(/^usage: variorum export PROJECT --format/);
  });

  it('names an unknown command and says what a bad file is, on stderr with exit 1', async () => {
    const unknown = await run('comapre', 'a.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "comapre". Try: compare, export/);
    const missing = await run('compare', '/nonexistent/a.txt', '/nonexistent/b.txt');
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(
      /^variorum compare: cannot read \/nonexistent\/a\.txt: a\.txt was not found/,
    );
  });
});
