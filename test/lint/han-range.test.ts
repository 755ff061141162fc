/**
 * The lint rule that keeps the Han range in one place (app/lexicon/characters.ts): a typed-out
 * range or the Unicode Han script anywhere else fails `npm run lint`; the lexicon itself may.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });

/** The Han-rule messages ESLint gives `code` as if it were the file at `filePath`. */
async function hanMessages(code: string, filePath: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax' && /Han range/.test(m.message))
    .map((m) => m.line);
}

const PROBE = [
  'export const a = /\\p{Script=Han}/u;',
  "export const b = new RegExp('\\\\p{sc=Han}+', 'u');",
  "export const c = new RegExp(`[\\\\p{Script_Extensions=Han}]`, 'u');",
  'export const d = /[\\u4e00-\\u9fff]/u;',
  'export const e = /\\p{Script=Latin}/u;',
  'export const f = /[一-龥]/u;',
].join('\n');

describe('the Han-range lint rule', () => {
  it('flags a Han range or the Han script outside app/lexicon, in regexes and RegExp sources', async () => {
    expect(await hanMessages(PROBE, 'app/stories/probe.ts')).toEqual([1, 2, 3, 4, 6]);
    expect(await hanMessages(PROBE, 'renderer/editor/probe.ts')).toEqual([1, 2, 3, 4, 6]);
    expect(await hanMessages(PROBE, 'bench/probe.ts')).toEqual([1, 2, 3, 4, 6]);
  });

  it('leaves the lexicon, where the range is written once', async () => {
    expect(await hanMessages(PROBE, 'app/lexicon/probe.ts')).toEqual([]);
  });
});
