/**
 * jieba-wasm's state once its dictionary is built, saved when the bin is built and put back when
 * the bin first segments. jieba-wasm builds its dictionary (a 62 MB WebAssembly memory) on its
 * first call: 0.3-0.8 s, in the main thread of a two-file compare whose classifier asks for parts
 * of speech, and in a day's tagger thread. The state is the module's linear memory and the size
 * of its externref table (the Rust side's only state; its stack pointer is back at its start
 * between calls), taken after the first calls: a fresh instance given both is that instance after
 * those calls, and segments exactly as it would (jieba-snapshot.test.ts). The snapshot is named by
 * the hash of the WASM it was made from, so another WASM never meets it; without it the
 * dictionary is built as before.
 *
 * The state is taken after WARM_UP segmented, not after a bare word: jieba-rs builds its regular
 * expressions for Latin letters, digits and marks on the first text that holds them (25-50 ms of
 * CPU), and in the snapshot they are built already.
 *
 * Only the memory's non-zero pages are stored (about a fifth of the 62 MB is zero, in a few long
 * runs): a fresh memory grown to the size is zero already, and the pages never written are never
 * touched, which saved ~20 ms of the ~50 ms a restore took.
 *
 * File: [MAGIC: uint32 LE][memory bytes][table length][JSON length][run count] (uint32 LE each)
 * [the table's entries that are not undefined, as JSON [slot, value] pairs][each run's start and
 * end byte, uint32 LE][each run's bytes, one after another]. Only strings, numbers, booleans and
 * null can be saved: a table holding an object is not snapshotted.
 */
import { openSync, readSync, closeSync, fstatSync, writeFileSync } from 'node:fs';

/** 'VJS2': the second layout (a snapshot of the first layout has no such word and is not used). */
const MAGIC = 0x3253_4a56;
const HEADER = 20;
const WASM_PAGE = 65536;
/** The unit of the non-zero runs: the operating system's page. */
const RUN_UNIT = 4096;

/**
 * A text of our own segmented before the state is taken: Han words, a name no dictionary holds,
 * a date, figures with a percent sign, Latin letters with a hyphen, English words, full-width marks.
 */
const WARM_UP =
  '通讯员柯小满报道：2027年5月全镇新建泊位12个，利用率达到81.5%，“K-7号线”本月试运行。The ferry to Lantau carried 340 riders.';

/**
 * jieba-wasm's Node glue, as the bin loads it: its `tag`, and its instance's exports (`__wasm`).
 * @typedef {{ tag: (text: string, hmm: boolean) => unknown, __wasm: { memory: WebAssembly.Memory, __wbindgen_export_2: WebAssembly.Table } }} JiebaGlue
 */

/**
 * The runs of non-zero RUN_UNIT pages of `memory`, as [start, end) byte pairs.
 * @param {Uint8Array} memory
 * @returns {[number, number][]}
 */
function nonZeroRuns(memory) {
  const words = new BigUint64Array(memory.buffer, memory.byteOffset, memory.byteLength / 8);
  const zero = (/** @type {number} */ at) => {
    for (let k = at / 8, end = (at + RUN_UNIT) / 8; k < end; k++) if (words[k] !== 0n) return false;
    return true;
  };
  /** @type {[number, number][]} */
  const runs = [];
  for (let at = 0; at < memory.byteLength; at += RUN_UNIT) {
    if (zero(at)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === at) last[1] = at + RUN_UNIT;
    else runs.push([at, at + RUN_UNIT]);
  }
  return runs;
}

/**
 * Builds the dictionary of a freshly loaded `glue` (its first call) and writes its state to `file`.
 * @param {JiebaGlue} glue
 * @param {string} file
 */
export function writeJiebaSnapshot(glue, file) {
  glue.tag(WARM_UP, true);
  const { memory, __wbindgen_export_2: table } = glue.__wasm;
  const entries = [];
  for (let slot = 0; slot < table.length; slot++) {
    const value = table.get(slot);
    if (value === undefined) continue;
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      throw new Error(`jieba snapshot: table slot ${slot} holds a ${typeof value}`);
    entries.push([slot, value]);
  }
  const bytes = new Uint8Array(memory.buffer);
  const runs = nonZeroRuns(bytes);
  const json = Buffer.from(JSON.stringify(entries));
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(bytes.byteLength, 4);
  header.writeUInt32LE(table.length, 8);
  header.writeUInt32LE(json.length, 12);
  header.writeUInt32LE(runs.length, 16);
  const bounds = Buffer.alloc(runs.length * 8);
  runs.forEach(([start, end], k) => {
    bounds.writeUInt32LE(start, 8 * k);
    bounds.writeUInt32LE(end, 8 * k + 4);
  });
  const data = runs.map(([start, end]) => bytes.subarray(start, end));
  writeFileSync(file, Buffer.concat([header, json, bounds, ...data]));
}

/**
 * Gives a freshly loaded `glue` (no call made yet) the state saved in `file`; returns false, and
 * leaves `glue` to build its dictionary itself, where there is no such file or it does not fit.
 * @param {JiebaGlue} glue
 * @param {string} file
 * @returns {boolean}
 */
export function restoreJiebaSnapshot(glue, file) {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(HEADER);
    if (size < HEADER || readSync(fd, header, 0, HEADER, 0) !== HEADER) return false;
    if (header.readUInt32LE(0) !== MAGIC) return false;
    const bytes = header.readUInt32LE(4);
    const tableLength = header.readUInt32LE(8);
    const jsonLength = header.readUInt32LE(12);
    const runCount = header.readUInt32LE(16);
    const { memory, __wbindgen_export_2: table } = glue.__wasm;
    const now = memory.buffer.byteLength;
    const fits = bytes >= now && bytes % WASM_PAGE === 0 && tableLength >= table.length;
    const front = Buffer.alloc(jsonLength + runCount * 8);
    if (!fits || readSync(fd, front, 0, front.length, HEADER) !== front.length) return false;
    /** @type {[number, number][]} */
    const runs = Array.from({ length: runCount }, (_, k) => [
      front.readUInt32LE(jsonLength + 8 * k),
      front.readUInt32LE(jsonLength + 8 * k + 4),
    ]);
    const stored = runs.reduce((n, [start, end]) => n + (end - start), 0);
    const ordered = runs.every(
      ([start, end], k) => start < end && end <= bytes && start >= (runs[k - 1]?.[1] ?? 0),
    );
    if (size !== HEADER + front.length + stored || !ordered) return false;
    /** @type {[number, string | number | boolean | null][]} */
    const entries = JSON.parse(front.subarray(0, jsonLength).toString('utf8'));
    memory.grow((bytes - now) / WASM_PAGE);
    const into = new Uint8Array(memory.buffer);
    let from = HEADER + front.length;
    let zeroFrom = 0;
    for (const [start, end] of runs) {
      // A fresh instance's first pages hold its data segments: a page zero in the snapshot is
      // cleared there. Pages grown above are zero already and are left untouched.
      if (zeroFrom < now) into.fill(0, zeroFrom, Math.min(start, now));
      for (let at = start; at < end;) {
        const read = readSync(fd, into, at, end - at, from);
        // The memory is half overwritten by now: stop rather than segment from a broken state.
        if (read === 0) throw new Error(`jieba snapshot ${file} ended early`);
        at += read;
        from += read;
      }
      zeroFrom = end;
    }
    if (zeroFrom < now) into.fill(0, zeroFrom, now);
    table.grow(tableLength - table.length);
    for (const [slot, value] of entries) table.set(slot, value);
    return true;
  } finally {
    closeSync(fd);
  }
}
