/**
 * When a comparison fails, find the page that made it fail and compare the others. The engine's
 * error (a stack overflow on a 30 MB page, say) does not name a file; the largest page is the
 * usual cause, so the pages are compared once more without it. When that succeeds the failure is
 * pinned on that page — named, with the engine's message — and the editor keeps the rest.
 */
import type { CompareResult, VariantText } from '../../app/model/types';

/** A comparison that failed: the engine's message and the page it is pinned on, when known. */
export interface CompareFailure {
  readonly message: string;
  /** The page without which the others compared; null when that could not be shown. */
  readonly file: { readonly id: string; readonly name: string } | null;
  /** Every page that was in the failed comparison, by name. */
  readonly files: readonly string[];
}

/** The outcome: a result (perhaps of the other pages) and the failure when there was one. */
export interface FallbackOutcome {
  readonly result: CompareResult | null;
  /** The pages the result compares (all of them, or all but the failing one). */
  readonly compared: readonly VariantText[];
  readonly failure: CompareFailure | null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Compares the pages; on an error, compares them again without the largest one when at least two
 * remain. `isCanceled` errors (a newer comparison replaced this one) are rethrown untouched.
 */
export async function compareWithFallback(
  variants: readonly VariantText[],
  run: (variants: readonly VariantText[]) => Promise<CompareResult>,
  isCanceled: (error: unknown) => boolean,
): Promise<FallbackOutcome> {
  try {
    return { result: await run(variants), compared: variants, failure: null };
  } catch (error) {
    if (isCanceled(error)) throw error;
    const files = variants.map((v) => v.name);
    const message = messageOf(error);
    const largest = [...variants].sort((a, b) => b.text.length - a.text.length)[0];
    const rest = variants.filter((v) => v !== largest);
    if (!largest || rest.length < 2)
      return { result: null, compared: [], failure: { message, file: null, files } };
    try {
      const result = await run(rest);
      return {
        result,
        compared: rest,
        failure: { message, file: { id: largest.id, name: largest.name }, files },
      };
    } catch (again) {
      if (isCanceled(again)) throw again;
      return { result: null, compared: [], failure: { message, file: null, files } };
    }
  }
}
