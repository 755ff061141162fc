/**
 * Progress of a long command on stderr, only when stderr is a terminal: a pipe or a log file gets
 * nothing, so `variorum compare --json DIR > out.json 2> log` stays clean on both streams.
 */

/** Reports the steps of one command run. */
export interface Progress {
  /** A step begins ("reading 150 files"). */
  step(text: string): void;
  /** The run is over: the result and the time since the progress was created. */
  done(text: string): void;
}

/** The stream progress writes to; stderr unless a test passes its own. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** A Progress for `command` that writes to `stream` when it is a terminal and is silent otherwise. */
export function createProgress(
  command: string,
  stream: ProgressStream = process.stderr,
  now: () => number = () => performance.now(),
): Progress {
  if (stream.isTTY !== true) return { step: () => undefined, done: () => undefined };
  const start = now();
  const seconds = (): string => `${((now() - start) / 1000).toFixed(1)} s`;
  return {
    step: (text) => void stream.write(`variorum ${command}: ${text}… (${seconds()})\n`),
    done: (text) => void stream.write(`variorum ${command}: ${text} in ${seconds()}\n`),
  };
}
