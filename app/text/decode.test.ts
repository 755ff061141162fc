import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeBytes, type DecodeOutcome } from './decode';

/** A paragraph of our own news text: long enough for the detector to be sure. */
const STORY =
  '新华社北京3月5日电（记者王建华）记者从民政部获悉，截至2025年底，全国共有4120名社会工作者通过了职业水平考试，' +
  '比上年增长百分之十二。\r\n社区服务中心、养老机构和学校成为吸纳社会工作者的主要单位。\n\n“我们将继续完善激励措施。”有关负责人说。';

function bytesOf(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function expectText(outcome: DecodeOutcome, encoding: string, text: string): void {
  expect(outcome).toMatchObject({ ok: true, encoding, text });
}

describe('decodeBytes', () => {
  it('decodes UTF-8 without a BOM, keeping CRLF, LF and blank lines exactly', () => {
    expectText(decodeBytes(bytesOf(STORY, 'utf-8')), 'utf-8', STORY);
  });

  it('removes a UTF-8 BOM and reports it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(STORY, 'utf-8')]);
    expectText(decodeBytes(bytes), 'utf-8-bom', STORY);
  });

  it('keeps a U+FEFF that is content rather than a leading BOM', () => {
    const text = `前${'\uFEFF'}后`;
    expectText(decodeBytes(bytesOf(text, 'utf-8')), 'utf-8', text);
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...bytesOf(STORY, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...bytesOf(STORY, 'utf-16be')]);
    expectText(decodeBytes(le), 'utf-16le', STORY);
    expectText(decodeBytes(be), 'utf-16be', STORY);
  });

  it('detects and decodes GB18030 bytes', () => {
    const bytes = bytesOf(STORY, 'gb18030');
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'gb18030', text: STORY });
  });

  it('decodes a GB18030 file larger than the detector sample in full', () => {
    const text = STORY.repeat(4000); // ~1 MB in GB18030, beyond the 256 KB the detector reads
    const outcome = decodeBytes(bytesOf(text, 'gb18030'));
    expect(outcome.ok && outcome.encoding).toBe('gb18030');
    expect(outcome.ok && outcome.text.length).toBe(text.length);
    expect(outcome.ok && outcome.text === text).toBe(true);
  });

  it('detects and decodes Big5 bytes', () => {
    const traditional =
      '中央社台北5日電（記者陳志明）行政院今天通過預算案，總額新台幣2兆8千億元，將送立法院審議。\n各部會首長出席記者會說明。';
    expectText(decodeBytes(bytesOf(traditional, 'big5')), 'big5', traditional);
  });

  it('refuses binary data with a NUL byte and says where it is', () => {
    const outcome = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(outcome).toMatchObject({ ok: false, code: 'binary' });
    expect(!outcome.ok && outcome.message).toContain('offset 4');
  });

  it('decodes an empty file to an empty text with a warning', () => {
    const outcome = decodeBytes(new Uint8Array());
    expect(outcome).toMatchObject({ ok: true, text: '' });
    expect(outcome.ok && outcome.warning).toMatch(/empty/);
  });

  it('warns when a file holds only a BOM', () => {
    const outcome = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(outcome.ok && outcome.warning).toMatch(/empty/);
  });

  it('refuses bytes no accepted encoding decodes and names the encodings tried', () => {
    // 0xFF never occurs in UTF-8, GB18030 or Big5.
    const outcome = decodeBytes(new Uint8Array([0x41, 0xff, 0xff, 0xff, 0x42]));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe('undecodable');
      expect(outcome.tried[0]).toBe('utf-8');
      expect(outcome.message).toContain('utf-8');
    }
  });

  it('refuses a UTF-16 BOM followed by an odd, broken tail', () => {
    const outcome = decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    expect(outcome).toMatchObject({ ok: false, code: 'undecodable', tried: ['utf-16le'] });
  });

  it('round-trips any NUL-free text written as UTF-8 exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(!text.includes('\0') && !text.startsWith('\uFEFF'));
        const outcome = decodeBytes(bytesOf(text, 'utf-8'));
        expect(outcome).toMatchObject({ ok: true, encoding: 'utf-8', text });
      }),
    );
  });

  it('round-trips any Chinese text written as GB18030 exactly', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
    const piece = fc.oneof(han, fc.constantFrom('，', '。', '、', '\n', '\r\n', ' ', '2025', '年'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 40, maxLength: 200 }), (pieces) => {
        const text = pieces.join('');
        const outcome = decodeBytes(bytesOf(text, 'gb18030'));
        // Short GB18030 runs can be valid UTF-8 by chance only if ASCII; ours always hold Han.
        expect(outcome).toMatchObject({ ok: true, text });
      }),
      { numRuns: 50 },
    );
  });
});
