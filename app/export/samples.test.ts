/**
 * Exports of the engine's real output on the shared sample pages (read at test time, never
 * copied): every format must hold up on whole newspaper pages, not only on the hand-made fixture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { compareVariants } from '../compare';
import type { VariantText } from '../model/types';
import { initStoryReview } from '../review/canonical';
import { exportProject } from './index';
import { parseCsv } from './report-csv';
import { variantStoryText } from './story-texts';
import { paragraphsOf } from './text-blocks';
import { findAll, parseXml, textOf, type XmlElement } from '../../test/support/xml-tree';
import type { ExportSource } from './types';

const samples = resolve(__dirname, '../..', '../shared/samples/pages');
const present = existsSync(samples);
if (!present) console.warn(`sample export tests skipped: ${samples} is absent`);

function loadSource(): ExportSource {
  const variants: VariantText[] = readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({
      id: `v${i + 1}`,
      path: join(samples, f),
      name: basename(f),
      encoding: 'utf-8',
      text: readFileSync(join(samples, f), 'utf8').replace(/^\ufeff/, ''),
    }));
  const result = compareVariants(variants);
  return {
    variants,
    stories: result.stories,
    reviews: result.stories.map((s) => initStoryReview(s, variants)),
    styleNotes: result.styleNotes,
  };
}

/** Paragraph texts after Accept All (or Reject All): the dropped side's runs and paragraph marks gone. */
function resolveAll(doc: XmlElement, accept: boolean): string[] {
  const dropped = accept ? 'w:del' : 'w:ins';
  const kept = accept ? ['w:t'] : ['w:t', 'w:delText'];
  const text = (node: XmlElement): string =>
    node.children
      .map((c) =>
        typeof c === 'string' || c.name === dropped || c.name === 'w:pPr'
          ? ''
          : kept.includes(c.name)
            ? textOf(c)
            : text(c),
      )
      .join('');
  const out: string[] = [];
  let join = false;
  for (const p of findAll(doc, 'w:p')) {
    if (join) out[out.length - 1] += text(p);
    else out.push(text(p));
    join = findAll(p, 'w:pPr').some((ppr) => findAll(ppr, dropped).length > 0);
  }
  return out;
}

describe.skipIf(!present)('exports of the sample pages', () => {
  const source = present ? loadSource() : { variants: [], stories: [], reviews: [] };

  it('redlines every variant into the canonical of every story it carries (Accept All), and back (Reject All)', async () => {
    for (const variant of source.variants) {
      const stories = source.stories.filter((s) => s.spans.some((sp) => sp.variant === variant.id));
      for (const story of stories) {
        const started = performance.now();
        const file = await exportProject('redline', source, {
          storyIds: [story.id],
          redlineVariant: variant.id,
          now: '2026-11-23T10:00:00Z',
        });
        const ms = performance.now() - started;
        const xml = await (
          await JSZip.loadAsync(file.data as Uint8Array)
        )
          .file('word/document.xml')
          ?.async('string');
        const canonical = source.reviews.find((r) => r.storyId === story.id)?.canonical ?? '';
        const doc = parseXml(xml ?? '');
        expect(resolveAll(doc, true)).toEqual(paragraphsOf(canonical));
        expect(resolveAll(doc, false)).toEqual(
          paragraphsOf(variantStoryText(story, variant.id, source.variants)),
        );
        console.log(
          `redline ${variant.name} → ${story.id} (${canonical.length} chars): ${ms.toFixed(0)} ms`,
        );
      }
    }
  }, 120_000);

  it('writes a well-formed TEI with every reading, and a CSV row per flag', async () => {
    const flags = source.stories.flatMap((s) => s.flags);
    const tei = parseXml(String((await exportProject('tei', source, { now: 'x' })).data));
    expect(findAll(tei, 'app')).toHaveLength(flags.length);
    const csv = parseCsv(String((await exportProject('csv', source)).data));
    expect(csv).toHaveLength(flags.length + 1);
    expect(new Set(csv.slice(1).map((r) => r[1]))).toEqual(new Set(flags.map((f) => f.id)));
  }, 60_000);
});
