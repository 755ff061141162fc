/**
 * The temporary files `writeFileAtomic` is writing right now, so that a process stopped by a
 * signal (Ctrl-C on the CLI, a `kill`, a closed terminal) removes them before it ends: the target
 * keeps its previous content (the rename never happened) and no `.name.tmp-…` is left beside it.
 *
 * Handlers are installed only while a temp file exists. The engine runs synchronously, and a JS
 * signal handler only runs between tasks, so a handler installed for the whole run would delay
 * Ctrl-C until a long comparison ended; outside a write the default action (end at once) is right.
 */
import { unlinkSync } from 'node:fs';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const inFlight = new Set<string>();
let enabled = false;

/** Turns the clean-up on for this process (the CLI does; the window cleans leftovers at start). */
export function removeTempFilesOnSignal(): void {
  enabled = true;
}

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place or never created: nothing to remove.
    }
  }
  inFlight.clear();
  detach();
  // With no listener left the default action is back: the process ends by this signal, as it
  // would have without the clean-up (exit status 128 + n for the shell).
  process.kill(process.pid, signal);
}

function attach(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function detach(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** Records a temp file `writeFileAtomic` has created (call before its first byte is written). */
export function trackTemp(path: string): void {
  if (!enabled) return;
  if (inFlight.size === 0) attach();
  inFlight.add(path);
}

/** Forgets a temp file once it is renamed into place or removed. */
export function untrackTemp(path: string): void {
  if (!inFlight.delete(path) || inFlight.size > 0) return;
  detach();
}
