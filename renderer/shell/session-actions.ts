/**
 * What the toolbar, the menu, drag and drop and the start-up do: open files through window.api,
 * put them in the store, and compare them in the worker. The imperative shell around the store.
 */
import type { FileBytes, OpenResult } from '../../app/ipc/contract';
import { getApi } from '../platform';
import { carryToPages, type ReviewSnapshot } from '../project/page-carry';
import { compareWithFallback } from './compare-fallback';
import { useAppStore } from '../store';
import { toVariantTexts, type OpenMode } from '../store/variants-slice';
import {
  cancelCompare,
  cancelCompareByUser,
  CompareCanceledError,
  runCompare,
} from '../worker/compare-client';
import { captureRestorePoint, restoreReview, type RestorePoint } from './compare-restore';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What is on screen now, to carry its decisions to the next comparison; null before any. */
export function snapshotReview(): ReviewSnapshot | null {
  const state = useAppStore.getState();
  return state.result
    ? { result: state.result, reviews: state.reviews, texts: toVariantTexts(state.variants) }
    : null;
}

/**
 * The review as it was before the change whose comparison is running (pages opened or removed):
 * what the editor's Cancel puts back. Taken once per run of changes, so that a change made while
 * another comparison runs still cancels back to the last review that was compared.
 */
let restorePoint: RestorePoint | null = null;

/** Remembers the review on screen before the store changes for a new comparison. */
function beginChange(): void {
  restorePoint ??= captureRestorePoint();
}

/**
 * The editor's Cancel (the progress bar's button, or Escape): terminates the worker's running
 * comparison; the review that was on screen before comes back (compareOpened does that when the
 * canceled run rejects). False when no comparison was running.
 */
export function cancelComparison(): boolean {
  return cancelCompareByUser();
}

/**
 * Compares the open variants in the worker, showing progress; a newer call cancels this one.
 * With `before` (the review on screen before pages were added or removed), every decision that
 * can be placed is carried to the new comparison and the rest are listed.
 */
export async function compareOpened(before: ReviewSnapshot | null = null): Promise<void> {
  beginChange();
  const store = useAppStore.getState();
  const variants = toVariantTexts(store.variants);
  // The engine needs two variants; with fewer, the empty state says so instead of an error.
  if (variants.length < 2) {
    restorePoint = null;
    cancelCompare();
    store.clearResult();
    store.setProgress(null);
    return;
  }
  store.setProgress({ phase: 'stories', fraction: 0 });
  store.setCompareFailure(null);
  performance.mark('variorum:compare-start');
  try {
    // A failure never leaves "comparing…" on screen: it is shown, pinned on a page when the
    // others compare without it, and those others stay open and compared.
    const outcome = await compareWithFallback(
      variants,
      (pages) =>
        runCompare(
          pages,
          (event) => useAppStore.getState().setProgress(event),
          useAppStore.getState().deskRules,
        ),
      (error) => error instanceof CompareCanceledError,
    );
    restorePoint = null;
    const now = useAppStore.getState();
    now.setProgress(null);
    now.setCompareFailure(outcome.failure);
    const result = outcome.result;
    if (!result) {
      now.clearResult();
      return;
    }
    const failed = outcome.failure?.file;
    if (failed) now.removeVariant(failed.id);
    performance.mark('variorum:compare-end');
    performance.measure('variorum:compare', 'variorum:compare-start', 'variorum:compare-end');
    performance.mark('variorum:result-received');
    const carried = before ? carryToPages(before, result, outcome.compared) : null;
    if (carried) useAppStore.getState().applyRecompare(result, carried.reviews, carried.report);
    else useAppStore.getState().receiveResult(result);
  } catch (error) {
    if (error instanceof CompareCanceledError) {
      // Replaced by a newer comparison: that one reports. Canceled by the editor: the review
      // from before the change comes back, whole.
      if (error.byUser && restorePoint) restoreReview(restorePoint);
      if (error.byUser) restorePoint = null;
      return;
    }
    restorePoint = null;
    useAppStore.getState().setProgress(null);
    useAppStore.getState().reportError('error.compare', { message: messageOf(error) });
  }
}

/**
 * Applies new desk rules (or undoes the last change) and compares again, carrying every decision
 * that can be carried, as adding a page does: the rules change which flags there are.
 */
export async function changeDeskRules(change: () => void): Promise<void> {
  beginChange();
  const before = snapshotReview();
  change();
  if (useAppStore.getState().result) await compareOpened(before);
}

/** Takes an open result into the store and compares when it brought files. */
export async function receiveOpened(result: OpenResult, mode: OpenMode): Promise<void> {
  if (result.canceled) return;
  const store = useAppStore.getState();
  if (result.files.length === 0 && mode === 'replace') {
    // Nothing usable: keep what is open, just show why these failed.
    store.receiveFiles(result, 'add');
    return;
  }
  beginChange();
  // The old result no longer matches the files: never show new texts with old spans and flags.
  const before = mode === 'add' ? snapshotReview() : null;
  if (mode === 'replace') {
    store.clearResult();
    // A new comparison is no longer the project that brought its own rules: this machine's apply.
    store.returnToMachineDeskRules();
  }
  store.receiveFiles(result, mode);
  await compareOpened(before);
}

/** Removes a page from the comparison and compares the rest, carrying every decision that can be. */
export async function removePage(id: string): Promise<void> {
  beginChange();
  const before = snapshotReview();
  useAppStore.getState().removeVariant(id);
  await compareOpened(before);
}

/**
 * Files the editor opened: straight in when nothing is compared yet; while a comparison is on
 * screen they wait for the editor's answer (add to it, or start a new one).
 */
export async function takeOpened(result: OpenResult): Promise<void> {
  if (result.canceled) return;
  const store = useAppStore.getState();
  if (store.result !== null && result.files.length > 0) store.setPendingOpen(result);
  else await receiveOpened(result, 'replace');
}

async function guard(open: () => Promise<OpenResult | null>): Promise<void> {
  try {
    const result = await open();
    if (result) await takeOpened(result);
  } catch (error) {
    useAppStore.getState().reportError('error.open', { message: messageOf(error) });
  }
}

/** File ▸ Open variants… */
export function openVariants(): Promise<void> {
  return guard(() => getApi().openVariantsDialog());
}

/** File ▸ Open folder… */
export function openFolder(): Promise<void> {
  return guard(() => getApi().openFolderDialog());
}

/** The embedded sample set ("zh" or "en"). */
export function openSamples(set = 'zh'): Promise<void> {
  return guard(() => getApi().openSamples(set));
}

/** Files dropped onto the window, already read into bytes. */
export function openDropped(files: readonly FileBytes[]): Promise<void> {
  return guard(() => getApi().decodeFiles(files));
}

/** Start-up: files from the command line or a second launch, else the Chinese sample set. */
export async function openAtLaunch(): Promise<void> {
  try {
    const launch = await getApi().takeLaunchFiles();
    // A project given at launch (double-click on a .variorum.json) opens as a project.
    // (Loaded on demand: project-actions imports this module for its own start-up.)
    if (
      launch?.project &&
      (await (await import('../project/project-actions')).openProjectFile(launch.project))
    )
      return;
    if (launch && (launch.files.length > 0 || launch.failures.length > 0)) {
      await receiveOpened(launch, 'replace');
      return;
    }
  } catch (error) {
    useAppStore.getState().reportError('error.open', { message: messageOf(error) });
  }
  await openSamples('zh');
}
