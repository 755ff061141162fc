// Loaded with `node --import` by the interrupt test: every FileHandle.writeFile writes half its
// data, waits two seconds, then writes the rest, so a signal sent while the temp file exists lands
// inside the write (a slow disk, made deterministic).
import { fileHandlePrototype } from './file-handle.mjs';

const proto = await fileHandlePrototype();
const realWrite = proto.write;
proto.writeFile = async function writeFile(data) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  await realWrite.call(this, bytes.subarray(0, bytes.length >> 1));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await realWrite.call(this, bytes.subarray(bytes.length >> 1));
};
