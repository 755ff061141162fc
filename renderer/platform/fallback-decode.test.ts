import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeBytes, decodeFileBytes, sha256Hex } from './fallback-decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('keeps UTF-8 text exactly, with or without a BOM', () => {
    const text = '第一段，李肖娜说。\r\n第二段 4110 名\n';
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, encoding: 'utf-8', text });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeBytes(bom)).toEqual({ ok: true, encoding: 'utf-8-bom', text });
  });

  it('round-trips any string through UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(s.length > 0 && !s.includes('\0') && !s.startsWith('\uFEFF'));
        const outcome = decodeBytes(utf8(s));
        return outcome.ok && outcome.text === s;
      }),
    );
  });

  it('decodes UTF-16LE with a BOM', () => {
    const text = '社会工作';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    }
    expect(decodeBytes(bytes)).toEqual({ ok: true, encoding: 'utf-16le', text });
  });

  it('detects GBK bytes as GB18030', () => {
    const text =
      '社区食堂让老人吃上热乎饭，截至今年六月，全市已建成社区食堂三百多家，日均服务老人四万人次。';
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'gbk')))).toEqual({
      ok: true,
      encoding: 'gb18030',
      text,
    });
  });

  it('refuses files over 50 MB before decoding them', () => {
    expect(decodeBytes(new Uint8Array(50 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      code: 'too-large',
    });
  });

  it('refuses binary files and warns on empty ones', () => {
    const binary = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    expect(binary).toMatchObject({ ok: false, code: 'binary' });
    expect(decodeBytes(new Uint8Array())).toMatchObject({
      ok: true,
      text: '',
      warning: expect.any(String),
    });
  });
});

describe('decodeFileBytes', () => {
  it('opens the good files when one is bad', async () => {
    const result = await decodeFileBytes([
      { name: 'a.txt', bytes: utf8('甲') },
      { name: 'b.bin', bytes: new Uint8Array([0, 1, 2]) },
      { name: 'c.txt', bytes: utf8('乙') },
    ]);
    expect(result.files.map((f) => f.name)).toEqual(['a.txt', 'c.txt']);
    expect(result.failures.map((f) => [f.name, f.code])).toEqual([['b.bin', 'binary']]);
  });

  it('hashes with SHA-256', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
