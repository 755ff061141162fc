import { describe, expect, it } from 'vitest';
import { CodePointTable, toFoldedIndex } from './code-points';

describe('CodePointTable', () => {
  it('encodes one unit per code point and maps back, past one string slice (20k units)', () => {
    const text = `${'社会'.repeat(6000)}𠀀a𠀁${'工作'.repeat(4000)}𠀀`;
    const table = new CodePointTable([text]);
    const encoded = table.encode(text);
    expect(encoded.text.length).toBe([...text].length);
    expect(table.decode(encoded.text)).toBe(text);
    // The two astral characters get two stand-ins; the same one twice the same stand-in.
    const first = encoded.text.charAt(12_000);
    expect(encoded.text.charAt(12_002)).not.toBe(first);
    expect(encoded.text.charAt(encoded.text.length - 1)).toBe(first);
    // Encoded index → folded index: after the first pair the folded index runs one ahead.
    expect(toFoldedIndex(encoded, 12_000)).toBe(12_000);
    expect(toFoldedIndex(encoded, 12_001)).toBe(12_002);
    expect(toFoldedIndex(encoded, encoded.text.length)).toBe(text.length);
  });

  it('passes BMP text through unchanged', () => {
    const encoded = new CodePointTable(['社会']).encode('社会');
    expect(encoded).toEqual({ text: '社会', toFolded: null });
  });
});
