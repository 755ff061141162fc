/**
 * Turns a file's bytes into text: BOM first, then strict UTF-8, then the chardet detector limited
 * to the encodings Chinese newsrooms actually send (GB18030/GBK, Big5), each decoded with a fatal
 * TextDecoder so that a wrong guess fails loudly instead of producing mojibake. Pure: runs in Node,
 * a Web Worker and the browser, on a Uint8Array.
 */
import { analyse } from 'chardet';

/** A successful decode: the text exactly as in the file, BOM removed. */
export interface DecodedText {
  readonly ok: true;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030" or "big5". */
  readonly encoding: string;
  readonly text: string;
  /** A non-fatal remark, e.g. that the file is empty. */
  readonly warning?: string;
}

/** A refused decode, with a message meant for the editor. */
export interface DecodeRefusal {
  readonly ok: false;
  readonly code: 'binary' | 'undecodable';
  readonly message: string;
  /** The encodings that were tried, in order (empty for binary files). */
  readonly tried: readonly string[];
}

/** What `decodeBytes` returns. */
export type DecodeOutcome = DecodedText | DecodeRefusal;

/**
 * The slice of the WHATWG TextDecoder this module needs. The core tsconfig has neither DOM nor
 * Node types (so that a layer violation does not compile), yet TextDecoder exists on globalThis in
 * all three places the core runs (Node ≥ 11, browsers, Web Workers); this local interface types
 * exactly what we use without pulling either type library in.
 */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

/** Constructor shape of the WHATWG TextDecoder (see TextDecoderLike for why it is local). */
interface TextDecoderConstructorLike {
  new (
    label: string,
    options: { readonly fatal: boolean; readonly ignoreBOM: boolean },
  ): TextDecoderLike;
}

const TextDecoderImpl = (
  globalThis as unknown as { readonly TextDecoder: TextDecoderConstructorLike }
).TextDecoder;

/** A byte order mark and the encoding it announces. */
interface ByteOrderMark {
  readonly bytes: readonly number[];
  readonly label: string;
  readonly encoding: string;
}

/** Longest first would matter only for UTF-32, which we do not accept (no newsroom sends it). */
const BYTE_ORDER_MARKS: readonly ByteOrderMark[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'utf-8-bom' },
  { bytes: [0xff, 0xfe], label: 'utf-16le', encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be', encoding: 'utf-16be' },
];

/** chardet's names of the legacy encodings we accept, mapped to TextDecoder labels. */
const LEGACY_ENCODINGS: ReadonlyMap<string, string> = new Map([
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
]);

/**
 * chardet's multi-byte recognisers report 0 when no valid double-byte character was seen and ≥ 10
 * as soon as some were; below 10 the guess is noise (e.g. Latin-1 text), so we do not try it.
 */
const MIN_DETECTOR_CONFIDENCE = 10;

/**
 * How much of a file the detector reads. chardet scans its whole input with several recognisers
 * (about 0.3 s per MB), while its verdict settles within a few KB of Chinese text; a page is ~20 KB,
 * so ordinary files are still analysed whole and a 50 MB file no longer stalls for 15 s.
 */
const DETECTOR_SAMPLE_BYTES = 256 * 1024;

/**
 * Detects the encoding of `bytes` and decodes them. Text is kept exactly (line endings, spacing);
 * only a leading BOM is removed. Refuses binary data (NUL bytes outside UTF-16) and bytes that no
 * accepted encoding decodes, saying which encodings were tried.
 */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length === 0) {
    return { ok: true, encoding: 'utf-8', text: '', warning: 'The file is empty.' };
  }

  const bom = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const body = bytes.subarray(bom.bytes.length);
    const text = tryDecode(body, bom.label);
    if (text === null) {
      return undecodable(
        [bom.encoding],
        `it starts with a ${bom.label.toUpperCase()} byte order mark but its bytes are not valid ${bom.label.toUpperCase()}`,
      );
    }
    return withEmptyWarning({ ok: true, encoding: bom.encoding, text });
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      code: 'binary',
      message: `This is not a text file: it contains a NUL byte at offset ${nul} (binary data, or UTF-16 without a byte order mark).`,
      tried: [],
    };
  }

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    return { ok: true, encoding: 'utf-8', text: utf8 };
  }

  const tried = ['utf-8'];
  for (const label of legacyCandidates(bytes)) {
    tried.push(label);
    const text = tryDecode(bytes, label);
    if (text !== null) {
      return { ok: true, encoding: label, text };
    }
  }
  const why =
    tried.length === 1
      ? 'it is not valid UTF-8, and it does not look like GB18030/GBK or Big5 either'
      : 'its bytes are not valid in any of them';
  return undecodable(tried, why);
}

/**
 * The legacy encodings to try, most likely first, as chardet ranks them. No blind fallback: GB18030
 * accepts most byte pairs, so trying it on, say, Latin-1 text would "succeed" with mojibake.
 */
function legacyCandidates(bytes: Uint8Array): string[] {
  const ranked: string[] = [];
  for (const match of analyse(bytes.subarray(0, DETECTOR_SAMPLE_BYTES))) {
    const label = LEGACY_ENCODINGS.get(match.name);
    if (label && match.confidence >= MIN_DETECTOR_CONFIDENCE && !ranked.includes(label)) {
      ranked.push(label);
    }
  }
  return ranked;
}

/** Decodes strictly; null when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    // ignoreBOM: the BOM (if any) was already cut off; a U+FEFF further in is content and stays.
    return new TextDecoderImpl(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function withEmptyWarning(decoded: DecodedText): DecodedText {
  return decoded.text === ''
    ? { ...decoded, warning: 'The file is empty (it holds only a byte order mark).' }
    : decoded;
}

function undecodable(tried: readonly string[], why: string): DecodeRefusal {
  return {
    ok: false,
    code: 'undecodable',
    message: `Could not decode the file as ${tried.join(', ')}: ${why}.`,
    tried,
  };
}
