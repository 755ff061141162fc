/**
 * The variants slice: the files the editor opened, the ones that failed, and a colour per variant.
 * A bad file never removes the good ones: failures are kept beside the files, not instead of them.
 */
import type { StateCreator } from 'zustand';
import type { LoadFailure, LoadedFile, OpenResult } from '../../app/ipc/contract';
import type { VariantText } from '../../app/model/types';
import type { AppState } from './index';

/** One opened variant: the decoded file plus its id and colour in this session. */
export interface VariantEntry extends LoadedFile {
  /** v1, v2, … in the order the files were opened (the engine's ids). */
  readonly id: string;
  /** A CSS colour, stable for the session, used for chips, readings and the variance strip. */
  readonly colour: string;
}

/**
 * Variant colours: eight hues that stay apart for common colour-vision deficiencies
 * (Okabe–Ito palette, minus black and yellow which vanish on light and dark themes).
 */
export const VARIANT_COLOURS: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#E69F00',
  // Violet 600 rather than 500: white digits on the chip need 4.5:1 (500 gave 4.46).
  '#7C3AED',
  '#6B7280',
];

/** The colour of the n-th variant (0-based); wraps after eight. */
export function colourAt(index: number): string {
  return VARIANT_COLOURS[index % VARIANT_COLOURS.length] ?? '#6B7280';
}

/** How newly opened files combine with those already open. */
export type OpenMode = 'replace' | 'add';

/** State and actions of the variants slice. */
export interface VariantsSlice {
  readonly variants: readonly VariantEntry[];
  readonly failures: readonly LoadFailure[];
  /**
   * Files opened while a comparison is on screen, waiting for the editor to say whether they join
   * it or start a new one (nothing replaces a review without asking); null when none wait.
   */
  readonly pendingOpen: OpenResult | null;
  setPendingOpen(pending: OpenResult | null): void;
  /** Takes the result of an open (dialog, drop, samples); replace starts a new session. */
  receiveFiles(result: OpenResult, mode: OpenMode): void;
  /** Closes one variant. */
  removeVariant(id: string): void;
  /** Hides one failure message once the editor has read it. */
  dismissFailure(index: number): void;
}

/** Pure merge of opened files into the list, giving each new file the next id and colour. */
export function mergeFiles(
  current: readonly VariantEntry[],
  files: readonly LoadedFile[],
  mode: OpenMode,
): VariantEntry[] {
  const kept =
    mode === 'replace' ? [] : current.filter((v) => !files.some((f) => f.path === v.path));
  const used = new Set(kept.map((v) => v.id));
  let next = 1;
  const entries: VariantEntry[] = [...kept];
  for (const file of files) {
    while (used.has(`v${next}`)) next += 1;
    const id = `v${next}`;
    used.add(id);
    entries.push({ ...file, id, colour: colourAt(next - 1) });
  }
  return entries;
}

/** The engine's input for the opened variants. */
export function toVariantTexts(variants: readonly VariantEntry[]): VariantText[] {
  return variants.map((v) => ({
    id: v.id,
    path: v.path,
    name: v.name,
    encoding: v.encoding,
    text: v.text,
  }));
}

/** Creates the variants slice. */
export const createVariantsSlice: StateCreator<AppState, [], [], VariantsSlice> = (set) => ({
  variants: [],
  failures: [],
  pendingOpen: null,
  setPendingOpen: (pendingOpen) => set({ pendingOpen }),
  receiveFiles: (result, mode) =>
    set((state) => ({
      variants: mergeFiles(state.variants, result.files, mode),
      failures: mode === 'replace' ? result.failures : [...state.failures, ...result.failures],
    })),
  removeVariant: (id) => set((state) => ({ variants: state.variants.filter((v) => v.id !== id) })),
  dismissFailure: (index) =>
    set((state) => ({ failures: state.failures.filter((_, i) => i !== index) })),
});
