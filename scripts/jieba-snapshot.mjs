/**
 * jieba-wasm's state once its dictionary is built, saved when the bin is built and put back when
 * the bin first segments. jieba-wasm builds its dictionary (a 62 MB WebAssembly memory) on its
 * first call: 0.3-0.8 s, in the main thread of a two-file compare whose classifier asks for parts
 * of speech, and in a day's tagger thread. The state is the module's linear memory and the size
 * of its externref table (the Rust side's only state; its stack pointer is back at its start
 * between calls), taken after the first call: a fresh instance given both is that instance after
 * its first call, and segments exactly as it would (jieba-snapshot.test.ts). The snapshot is
 * named by the hash of the WASM it was made from, so another WASM never meets it; without it the
 * dictionary is built as before.
 *
 * File: [memory bytes: uint32 LE][table length: uint32 LE][JSON length: uint32 LE][the table's
 * entries that are not undefined, as JSON [slot, value] pairs][the memory]. Only strings, numbers,
 * booleans and null can be saved: a table holding an object is not snapshotted.
 */
import { openSync, readSync, closeSync, fstatSync, writeFileSync } from 'node:fs';

const HEADER = 12;
const PAGE = 65536;

/**
 * jieba-wasm's Node glue, as the bin loads it: its `tag`, and its instance's exports (`__wasm`).
 * @typedef {{ tag: (text: string, hmm: boolean) => unknown, __wasm: { memory: WebAssembly.Memory, __wbindgen_export_2: WebAssembly.Table } }} JiebaGlue
 */

/**
 * Builds the dictionary of a freshly loaded `glue` (its first call) and writes its state to `file`.
 * @param {JiebaGlue} glue
 * @param {string} file
 */
export function writeJiebaSnapshot(glue, file) {
  glue.tag('预热', true);
  const { memory, __wbindgen_export_2: table } = glue.__wasm;
  const entries = [];
  for (let slot = 0; slot < table.length; slot++) {
    const value = table.get(slot);
    if (value === undefined) continue;
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      throw new Error(`jieba snapshot: table slot ${slot} holds a ${typeof value}`);
    entries.push([slot, value]);
  }
  const json = Buffer.from(JSON.stringify(entries));
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(memory.buffer.byteLength, 0);
  header.writeUInt32LE(table.length, 4);
  header.writeUInt32LE(json.length, 8);
  writeFileSync(file, Buffer.concat([header, json, new Uint8Array(memory.buffer)]));
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
    const bytes = header.readUInt32LE(0);
    const tableLength = header.readUInt32LE(4);
    const jsonLength = header.readUInt32LE(8);
    const { memory, __wbindgen_export_2: table } = glue.__wasm;
    const now = memory.buffer.byteLength;
    const fits = bytes >= now && bytes % PAGE === 0 && tableLength >= table.length;
    if (size !== HEADER + jsonLength + bytes || !fits) return false;
    const json = Buffer.alloc(jsonLength);
    if (readSync(fd, json, 0, jsonLength, HEADER) !== jsonLength) return false;
    /** @type {[number, string | number | boolean | null][]} */
    const entries = JSON.parse(json.toString('utf8'));
    const start = HEADER + jsonLength;
    memory.grow((bytes - now) / PAGE);
    const into = new Uint8Array(memory.buffer);
    let at = 0;
    while (at < bytes) {
      const read = readSync(fd, into, at, bytes - at, start + at);
      // The memory is half overwritten by now: stop rather than segment from a broken state.
      if (read === 0) throw new Error(`jieba snapshot ${file} ended early`);
      at += read;
    }
    table.grow(tableLength - table.length);
    for (const [slot, value] of entries) table.set(slot, value);
    return true;
  } finally {
    closeSync(fd);
  }
}
