// Loaded with `node --import` by the audit: every FileHandle.writeFile writes half its data and then
// fails with ENOSPC, as a filling disk does — a full disk injected into the real CLI.
import { fileHandlePrototype } from './file-handle.mjs';

const proto = await fileHandlePrototype();
const realWrite = proto.write;
proto.writeFile = async function writeFile(data) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  await realWrite.call(this, bytes.subarray(0, bytes.length >> 1));
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};
