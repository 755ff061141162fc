/**
 * The finder on the three shared sample pages (read at test time from ../shared, never copied):
 * the lead story is one story covering ≥95% of its hand-labelled extent in every page with ≤5%
 * spill, the Guangzhou station story is matched between the pages that carry it, and nothing
 * else is reported as shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Span, VariantText } from '../model/types';
import { findStories } from './find-stories';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const shared = resolve(repoRoot, '../shared');
const truthPath = join(shared, 'eval/truth-pages-000-001-004.json');
const available = existsSync(truthPath);
if (!available)
  console.log(
    `samples.test: skipped, ${truthPath} not found (the shared samples live outside the repo)`,
  );

interface Truth {
  readonly files: Record<string, string>;
  readonly story: Record<string, { readonly start: number; readonly end: number }>;
}

/** Non-white-space characters of text[start, end) that also fall inside [lo, hi). */
function visibleIn(text: string, start: number, end: number, lo: number, hi: number): number {
  let n = 0;
  for (let i = Math.max(start, lo); i < Math.min(end, hi); i++) if (!/\s/u.test(text[i] ?? '')) n++;
  return n;
}

function visible(text: string, start: number, end: number): number {
  return visibleIn(text, start, end, start, end);
}

describe.skipIf(!available)('story finder on the shared sample pages', () => {
  const truth = available
    ? (JSON.parse(readFileSync(truthPath, 'utf8')) as Truth)
    : { files: {}, story: {} };
  const keys = Object.keys(truth.files).sort();
  const variants: VariantText[] = keys.map((key, i) => {
    const name = truth.files[key] as string;
    const text = readFileSync(join(shared, 'samples/pages', name), 'utf8').replace(/^\ufeff/u, '');
    return { id: `v${i + 1}`, path: name, name, encoding: 'utf-8', text };
  });
  const finding = available ? findStories(variants) : { shared: [], unique: [] };
  const mentions = (spans: readonly Span[], needle: string): boolean =>
    spans.some((s) =>
      variants
        .find((v) => v.id === s.variant)
        ?.text.slice(s.start, s.end)
        .includes(needle),
    );

  it('finds the lead story once, covering ≥95% of its extent with ≤5% spill in every page', () => {
    const lead = finding.shared.filter((s) => mentions(s.spans, '社会工作事关党长期执政'));
    expect(lead).toHaveLength(1);
    const story = lead[0];
    expect(story?.title).toBe('凝心聚力推动社会工作高质量发展');
    expect(story?.missing).toEqual([]);
    keys.forEach((key, i) => {
      const variant = variants[i] as VariantText;
      const extent = truth.story[key] as { start: number; end: number };
      const spans = story?.spans.filter((s) => s.variant === variant.id) ?? [];
      const total = visible(variant.text, extent.start, extent.end);
      const inside = spans.reduce(
        (n, s) => n + visibleIn(variant.text, s.start, s.end, extent.start, extent.end),
        0,
      );
      const all = spans.reduce((n, s) => n + visible(variant.text, s.start, s.end), 0);
      const coverage = inside / total;
      const spill = (all - inside) / all;
      console.log(
        `${key}: coverage ${(coverage * 100).toFixed(2)}%, spill ${(spill * 100).toFixed(2)}%`,
      );
      expect(coverage).toBeGreaterThanOrEqual(0.95);
      expect(spill).toBeLessThanOrEqual(0.05);
    });
  });

  it('matches the Guangzhou station story between the pages that carry it', () => {
    const carriers = variants.filter((v) => v.text.includes('K303')).map((v) => v.id);
    expect(carriers.length).toBeGreaterThanOrEqual(2);
    const station = finding.shared.filter((s) => mentions(s.spans, 'K303'));
    expect(station).toHaveLength(1);
    const spanned = new Set(station[0]?.spans.map((s) => s.variant));
    expect([...spanned].sort()).toEqual(carriers);
    expect(station[0]?.missing).toEqual(
      variants.map((v) => v.id).filter((id) => !carriers.includes(id)),
    );
  });

  it('keeps the rest of the Guangzhou story that one page prints and the other cut, up to the page end', () => {
    const station = finding.shared.find((s) => mentions(s.spans, 'K303'));
    const carriers = variants.filter((v) => v.text.includes('K303'));
    // The page that prints more of the story: it ends the page there, with no headline after.
    const longer = carriers.reduce((a, b) => {
      const len = (v: VariantText): number =>
        (station?.spans ?? [])
          .filter((sp) => sp.variant === v.id)
          .reduce((n, sp) => n + sp.end - sp.start, 0);
      return len(a) >= len(b) ? a : b;
    });
    const spans = (station?.spans ?? []).filter((sp) => sp.variant === longer.id);
    const startOfStory = Math.min(...spans.map((sp) => sp.start));
    expect(Math.max(...spans.map((sp) => sp.end))).toBe(longer.text.trimEnd().length);
    const after = finding.unique.filter((u) =>
      u.spans.some((sp) => sp.variant === longer.id && sp.start > startOfStory),
    );
    expect(after).toEqual([]);
  });

  it('keeps the lead story whole when two-column OCR interleaves it with the next story of its page', () => {
    const first = variants[0] as VariantText;
    const extent = truth.story[keys[0] ?? ''] as { start: number; end: number };
    // The page's next story runs from the lead story's end to the next closing dateline.
    const closing = /\n[（(][^\n]{0,60}电[^\n]{0,60}[）)][ \t]*(?:\n|$)/u.exec(
      first.text.slice(extent.end),
    );
    const nextEnd = extent.end + (closing ? closing.index + closing[0].length : 0);
    const split = (text: string): string[] =>
      text.split(/\n\s*\n/u).filter((p) => p.trim().length > 0);
    const lead = split(first.text.slice(0, extent.end));
    const other = split(first.text.slice(extent.end, nextEnd));
    const mixed: string[] = [];
    for (let i = 0; i < Math.max(lead.length, other.length); i++)
      mixed.push(...[lead[i], other[i]].filter((p): p is string => p !== undefined));
    const ocr: VariantText = { ...first, id: 'v1', text: mixed.join('\n\n') };
    const result = findStories([ocr, ...variants.slice(1)]);
    const stories = result.shared.filter((st) =>
      st.spans.some(
        (sp) =>
          sp.variant === 'v1' &&
          ocr.text.slice(sp.start, sp.end).includes('社会工作事关党长期执政'),
      ),
    );
    expect(stories).toHaveLength(1);
    const text = (stories[0]?.spans ?? [])
      .filter((sp) => sp.variant === 'v1')
      .map((sp) => ocr.text.slice(sp.start, sp.end))
      .join('');
    const longLead = lead.filter((p) => p.length > 40);
    const longOther = other.filter((p) => p.length > 40);
    expect(longOther.length).toBeGreaterThan(5);
    const leadIn = longLead.filter((p) => text.includes(p)).length / longLead.length;
    const otherIn = longOther.filter((p) => text.includes(p)).length;
    console.log(
      `interleaved: ${(leadIn * 100).toFixed(0)}% of the lead's paragraphs kept, ${otherIn} of ${longOther.length} foreign paragraphs in its spans`,
    );
    expect(leadIn).toBeGreaterThanOrEqual(0.9);
    expect(otherIn).toBe(0);
  });

  it('reports no other shared story', () => {
    expect(finding.shared).toHaveLength(2);
  });
});
