/**
 * Decoding handed-over bytes in the browser (file input, drag and drop): the core decoder plus the
 * platform's size limit and SHA-256, so the web build refuses and warns exactly as Electron does.
 */
import type { FileBytes, LoadedFile, LoadFailure } from '../../app/ipc/contract';
import { decodeBytes as decodeWithDetector } from '../../app/text/decode';

/** Larger files are refused: a newspaper page is ~50 KB, 50 MB is surely not a page (issue 2). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The outcome of decoding one file: the core decoder's, plus the size refusal done before it. */
export type DecodeOutcome =
  | {
      readonly ok: true;
      readonly encoding: string;
      readonly text: string;
      readonly warning?: string;
    }
  | { readonly ok: false; readonly code: LoadFailure['code']; readonly message: string };

/**
 * Decodes bytes with the core decoder (app/text/decode.ts: BOM, strict UTF-8, then a detector
 * limited to GB18030 and Big5), after refusing files over 50 MB as the platform does.
 */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      code: 'too-large',
      message: `The file is larger than 50 MB (${bytes.length} bytes).`,
    };
  }
  const outcome = decodeWithDetector(bytes);
  return outcome.ok ? outcome : { ok: false, code: outcome.code, message: outcome.message };
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
