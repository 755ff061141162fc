/**
 * What the side-by-side shows as changed, for the e2e specs (through the test hook): the mounted
 * compare view registers a probe, the hook reads it. Free of Monaco imports, so the test hook does
 * not pull the editor into the first bundle.
 */

/**
 * The side-by-side as the editor sees it: both panes' lines, the diff's line changes (Monaco's
 * ILineChange numbers: an end of 0 means no line on that side), and the line numbers that carry a
 * "changed" decoration (inserted/deleted text, or a flag the panes read apart).
 */
export interface DiffDescription {
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly changes: readonly {
    leftStart: number;
    leftEnd: number;
    rightStart: number;
    rightEnd: number;
  }[];
  readonly changedLeft: readonly number[];
  readonly changedRight: readonly number[];
  /** True when the shown pair's last diff came from the engine's alignment, not Monaco's diff. */
  readonly fromEngine: boolean;
}

let probe: (() => DiffDescription) | null = null;

/** Called by the compare view on mount (with its probe) and unmount (with null). */
export function setDiffProbe(next: (() => DiffDescription) | null): void {
  probe = next;
}

/** What the mounted compare view shows as changed, or null while none is mounted. */
export function readDiffProbe(): DiffDescription | null {
  return probe ? probe() : null;
}
