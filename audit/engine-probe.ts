/**
 * One heavy engine probe in its own process (so its peak memory is its own): `paragraphs` compares
 * two pages of 150,000 short paragraphs, `lines` two 20 MB single-line files (generated text, a
 * change every 1/20 of the way). Prints the time, peak RSS, stories and flags; exit 0 when it
 * completed. Usage: node --import tsx audit/engine-probe.ts paragraphs|lines DIR
 */
import { compareVariants } from '../app/compare';
import type { VariantText } from '../app/model/types';

/** A deterministic CJK character stream (our own generated text). */
function chars(seed: number): () => string {
  // xorshift32 in exact 32-bit arithmetic: a long period, so the text does not repeat itself.
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return String.fromCharCode(0x4e00 + ((state >>> 0) % 6000));
  };
}

function pages(kind: string): [string, string, number] {
  const next = chars(2463534242);
  if (kind === 'paragraphs') {
    const paras = Array.from(
      { length: 150_000 },
      (_, i) => `${Array.from({ length: 12 }, next).join('')}${i}。`,
    );
    const changed = paras.map((p, i) => (i % 3001 === 3 ? `${p.slice(0, 5)}变${p.slice(6)}` : p));
    return [
      `${paras.join('\n\n')}\n`,
      `${changed.join('\n\n')}\n`,
      paras.filter((_, i) => i % 3001 === 3).length,
    ];
  }
  const n = Math.floor((20 * 1024 * 1024) / 3);
  const line = Array.from({ length: n }, next);
  const other = [...line];
  let changes = 0;
  for (let k = 1000; k < n; k += Math.floor(n / 20), changes++)
    other[k] = other[k] === '变' ? '化' : '变';
  return [`${line.join('')}\n`, `${other.join('')}\n`, changes];
}

const [kind = 'paragraphs'] = process.argv.slice(2);
const [a, b, injected] = pages(kind);
const variants: VariantText[] = [a, b].map((text, i) => ({
  id: `v${i + 1}`,
  path: `${kind}-${i}.txt`,
  name: `${kind}-${i}.txt`,
  encoding: 'utf-8',
  text,
}));
const started = performance.now();
const result = compareVariants(variants);
const seconds = (performance.now() - started) / 1000;
const flags = result.stories.reduce((n, s) => n + s.flags.length, 0);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(
  `${kind}: ${seconds.toFixed(1)} s, peak RSS ${peakMb} MB, ${result.stories.length} stories, ${flags} flags for ${injected} injected changes\n`,
);
