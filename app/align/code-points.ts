/**
 * Code-point encoding for diffing: diff-match-patch works on UTF-16 code units and splits surrogate
 * pairs that share a high surrogate (𠀀 vs 𠀁), so every astral code point is first replaced by one
 * private-use BMP character from a table shared by all variants (the trick diff_linesToChars uses
 * for lines). BMP text is passed through unchanged, which keeps the common case free.
 */

/** A folded string encoded one unit per code point, with the way back. */
export interface EncodedText {
  /** One UTF-16 unit per code point of the folded text. */
  readonly text: string;
  /** For encoded index i, the folded (UTF-16) index; null when identical (no astral characters). */
  readonly toFolded: Int32Array | null;
}

/** The shared astral table: code point → private-use stand-in and back. */
export class CodePointTable {
  private readonly forward = new Map<number, string>();
  private readonly backward = new Map<string, string>();
  private next = 0xe000;

  /** @param avoid every text being encoded, so stand-ins never collide with real private-use characters. */
  constructor(private readonly avoid: readonly string[]) {}

  /** Encodes one folded string. */
  encode(folded: string): EncodedText {
    if (!/[\ud800-\udfff]/.test(folded)) return { text: folded, toFolded: null };
    // Typed buffers, sized for the worst case (no pair): one string per unit cost a long line seconds.
    const units = new Uint16Array(folded.length);
    const toFolded = new Int32Array(folded.length + 1);
    let n = 0;
    for (let i = 0; i < folded.length;) {
      const code = folded.codePointAt(i) ?? 0;
      toFolded[n] = i;
      if (code > 0xffff) {
        units[n] = this.standIn(code).charCodeAt(0);
        i += 2;
      } else {
        units[n] = code;
        i += 1;
      }
      n += 1;
    }
    toFolded[n] = folded.length;
    return { text: unitString(units, n), toFolded: toFolded.slice(0, n + 1) };
  }

  /** Decodes an encoded slice back to real text. */
  decode(encoded: string): string {
    if (this.backward.size === 0) return encoded;
    let out = '';
    for (const ch of encoded) out += this.backward.get(ch) ?? ch;
    return out;
  }

  private standIn(code: number): string {
    const known = this.forward.get(code);
    if (known !== undefined) return known;
    let ch = String.fromCharCode(this.next);
    while (this.next <= 0xf8ff && this.avoid.some((t) => t.includes(ch)))
      ch = String.fromCharCode(++this.next);
    if (this.next > 0xf8ff)
      throw new Error('Too many distinct supplementary characters to align (more than 6400).');
    this.next += 1;
    this.forward.set(code, ch);
    this.backward.set(ch, String.fromCodePoint(code));
    return ch;
  }
}

/** The first `n` units as a string, made in slices (an argument list has a length limit). */
function unitString(units: Uint16Array, n: number): string {
  const SLICE = 8192;
  const parts: string[] = [];
  for (let at = 0; at < n; at += SLICE)
    parts.push(String.fromCharCode(...units.subarray(at, Math.min(n, at + SLICE))));
  return parts.join('');
}

/** Folded index of encoded index `i`. */
export function toFoldedIndex(encoded: EncodedText, i: number): number {
  return encoded.toFolded ? (encoded.toFolded[i] ?? i) : i;
}
