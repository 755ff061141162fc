/**
 * Decoding bytes in the browser with TextDecoder, used until (or where) app/text/decode.ts is not
 * available. Same rules as the platform's decoder (issue 2): refuse binary files, files over 50 MB
 * and undecodable bytes with a specific message; warn on empty files; keep the text exactly.
 */
import type { FileBytes, LoadedFile, LoadFailure } from '../../app/ipc/contract';

/** Larger files are refused: a newspaper page is ~50 KB, 50 MB is surely not a page (issue 2). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The outcome of decoding one file. */
export type DecodeOutcome =
  | { readonly ok: true; readonly encoding: string; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly code: LoadFailure['code']; readonly message: string };

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes bytes: BOM first (UTF-8, UTF-16LE/BE), else strict UTF-8, else GB18030, else Big5. */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, code: 'too-large', message: `The file is larger than 50 MB (${bytes.length} bytes).` };
  }
  if (bytes.length === 0) return { ok: true, encoding: 'utf-8', text: '', warning: 'The file is empty.' };
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text !== null) return { ok: true, encoding: 'utf-8-bom', text };
    return { ok: false, code: 'undecodable', message: 'The file starts with a UTF-8 BOM but is not valid UTF-8.' };
  }
  for (const [label, m0, m1] of [
    ['utf-16le', 0xff, 0xfe],
    ['utf-16be', 0xfe, 0xff],
  ] as const) {
    if (b0 === m0 && b1 === m1) {
      const text = tryDecode(label, bytes.subarray(2));
      if (text !== null) return { ok: true, encoding: label, text };
      return { ok: false, code: 'undecodable', message: `The file has a ${label.toUpperCase()} BOM but its bytes are not valid ${label.toUpperCase()}.` };
    }
  }
  if (bytes.includes(0)) {
    return { ok: false, code: 'binary', message: 'This is a binary file (it contains NUL bytes), not text.' };
  }
  for (const label of ['utf-8', 'gb18030', 'big5']) {
    const text = tryDecode(label, bytes);
    if (text !== null) return { ok: true, encoding: label, text };
  }
  return { ok: false, code: 'undecodable', message: 'The bytes are not valid UTF-8, GB18030 or Big5.' };
}

/** Hex SHA-256 of bytes (Web Crypto; available in browsers, workers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes handed-over files into loaded files and failures; one bad file never stops the others. */
export async function decodeFileBytes(
  files: readonly FileBytes[],
): Promise<{ files: LoadedFile[]; failures: LoadFailure[] }> {
  const loaded: LoadedFile[] = [];
  const failures: LoadFailure[] = [];
  for (const file of files) {
    const path = file.path ?? file.name;
    const outcome = decodeBytes(file.bytes);
    if (!outcome.ok) {
      failures.push({ path, name: file.name, code: outcome.code, message: outcome.message });
      continue;
    }
    loaded.push({
      path,
      name: file.name,
      encoding: outcome.encoding,
      text: outcome.text,
      size: file.bytes.length,
      sha256: await sha256Hex(file.bytes),
      ...(outcome.warning ? { warning: outcome.warning } : {}),
    });
  }
  return { files: loaded, failures };
}
