import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import fc from 'fast-check';
import { canonicalDocx } from './canonical-docx';
import { redlineDocx, redlineParagraphs, revisionStamp } from './redline-docx';
import { FIXTURE_CANONICAL, FIXTURE_SOURCE } from '../../test/fixtures/export/export-fixture';
import { resolveStories } from './story-texts';
import { paragraphsOf } from './text-blocks';
import { tokenDiff } from './token-diff';
import { packDocx } from './docx-pack';
import { findAll, parseXml, textOf, type XmlElement } from '../../test/support/xml-tree';

async function documentXml(bytes: Uint8Array): Promise<XmlElement> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return parseXml(xml);
}

/** The paragraphs Word shows after Accept All (or Reject All) changes. */
function resolveChanges(doc: XmlElement, accept: boolean): string[] {
  const dropped = accept ? 'w:del' : 'w:ins';
  const kept = accept ? 'w:t' : 'w:t|w:delText';
  const textIn = (node: XmlElement): string =>
    node.children
      .map((child) => {
        if (typeof child === 'string') return '';
        if (child.name === dropped) return '';
        if (child.name === 'w:pPr') return '';
        if (kept.split('|').includes(child.name)) return textOf(child);
        return textIn(child);
      })
      .join('');
  const out: string[] = [];
  let joinNext = false;
  for (const p of findAll(doc, 'w:p')) {
    const text = textIn(p);
    if (joinNext) out[out.length - 1] += text;
    else out.push(text);
    const markRevisions = findAll(p, 'w:pPr')
      .flatMap((ppr) => findAll(ppr, 'w:rPr'))
      .flatMap((rpr) => findAll(rpr, dropped));
    joinNext = markRevisions.length > 0;
  }
  return out;
}

const [resolved] = resolveStories(FIXTURE_SOURCE);
if (!resolved) throw new Error('fixture has no story');
const stamp = revisionStamp('李编辑', '2026-11-23T10:00:00.123Z');

describe('canonicalDocx', () => {
  it('reads back with mammoth as the canonical paragraphs, title first', async () => {
    const bytes = await canonicalDocx([resolved]);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.split('\n').filter((l) => l.length > 0)).toEqual(paragraphsOf(FIXTURE_CANONICAL));
  });

  it('writes the title as a heading', async () => {
    const { value } = await mammoth.convertToHtml({
      buffer: Buffer.from(await canonicalDocx([resolved])),
    });
    expect(value.startsWith('<h1>社区食堂温暖老人心</h1>')).toBe(true);
  });
});

describe('redlineDocx', () => {
  it('tracks the changes from a variant with w:ins and w:del by the editor', async () => {
    const bytes = await redlineDocx([resolved], FIXTURE_SOURCE.variants, 'v3', stamp);
    const doc = await documentXml(bytes);
    const ins = findAll(doc, 'w:ins');
    const del = findAll(doc, 'w:del');
    expect(ins.length).toBeGreaterThan(0);
    expect(del.length).toBeGreaterThan(0);
    for (const change of [...ins, ...del]) {
      expect(change.attributes['w:author']).toBe('李编辑');
      expect(change.attributes['w:date']).toBe('2026-11-23T10:00:00Z');
    }
    expect(del.map(textOf)).toContain('、');
  });

  it('gives the canonical on Accept All and the variant on Reject All', async () => {
    for (const variant of ['v1', 'v2', 'v3']) {
      const doc = await documentXml(
        await redlineDocx([resolved], FIXTURE_SOURCE.variants, variant, stamp),
      );
      expect(resolveChanges(doc, true)).toEqual(paragraphsOf(FIXTURE_CANONICAL));
      const variantText = FIXTURE_SOURCE.variants.find((v) => v.id === variant)?.text ?? '';
      expect(resolveChanges(doc, false)).toEqual(paragraphsOf(variantText));
    }
  });

  it('reads back with mammoth (which applies insertions and drops deletions) as the canonical', async () => {
    const bytes = await redlineDocx([resolved], FIXTURE_SOURCE.variants, 'v2', stamp);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.split('\n').filter((l) => l.length > 0)).toEqual(paragraphsOf(FIXTURE_CANONICAL));
  });

  it('accepts and rejects to the two texts for any pair of texts, line breaks included', async () => {
    const alphabet = fc.constantFrom('中', '文', '𠀋', 'ab', '12', ' ', '\n', '，', '&', '<');
    const text = fc
      .array(alphabet, { minLength: 1, maxLength: 30 })
      .map((a) => paragraphsOf(a.join('')).join('\n'));
    await fc.assert(
      fc.asyncProperty(text, text, async (from, to) => {
        const doc = await documentXml(
          await packDocx(
            { title: 't' },
            redlineParagraphs(tokenDiff(from, to), stamp, { next: 1 }),
          ),
        );
        expect(resolveChanges(doc, true).join('\n')).toBe(to);
        expect(resolveChanges(doc, false).join('\n')).toBe(from);
      }),
      { numRuns: 40 },
    );
  });
});
