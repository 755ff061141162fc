// The prototype of Node's FileHandle, reached through a handle opened and closed at once: the
// audit's preloads (slow-write.mjs, inject-enospc.mjs) replace its writeFile to make a disk slow
// or full.
import { open } from 'node:fs/promises';

/** FileHandle.prototype. */
export async function fileHandlePrototype() {
  const probe = await open(process.execPath, 'r');
  const proto = Object.getPrototypeOf(probe);
  await probe.close();
  return proto;
}
