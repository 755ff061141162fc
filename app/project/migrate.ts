/**
 * Migrating older project files forward, one version at a time. Each step takes the shape of one
 * version and returns the next, so a file from any past version reaches the current one.
 *
 * Version 0 is the draft format written before settings existed: the editor's name was a
 * top-level `editor` field, there were no settings (the base variant of each story lived only in
 * its review), and `reviews` was an array of StoryReview rather than a map by story id.
 */
import { isObject } from '../model/schema';
import { PROJECT_VERSION } from './types';

/** The outcome of a migration: the current shape, or why it failed (at which field). */
export type MigrationResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly from: number }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Version 0 → 1: settings from `editor` and the reviews' base variants; reviews keyed by story id. */
function migrate0to1(value: Record<string, unknown>): MigrationResult {
  const reviews = value['reviews'] ?? [];
  if (!Array.isArray(reviews))
    return { ok: false, path: 'reviews', message: 'expected an array in a version 0 project' };
  const byStory: Record<string, unknown> = {};
  const baseVariants: Record<string, string> = {};
  for (const [i, review] of reviews.entries()) {
    if (!isObject(review) || typeof review['storyId'] !== 'string') {
      return {
        ok: false,
        path: `reviews[${i}].storyId`,
        message: 'expected a review with a story id',
      };
    }
    byStory[review['storyId']] = review;
    if (typeof review['baseVariant'] === 'string')
      baseVariants[review['storyId']] = review['baseVariant'];
  }
  const { editor, ...rest } = value;
  return {
    ok: true,
    from: 0,
    value: {
      ...rest,
      version: 1,
      settings: { editorName: typeof editor === 'string' ? editor : '', baseVariants },
      reviews: byStory,
    },
  };
}

const STEPS: Readonly<Record<number, (value: Record<string, unknown>) => MigrationResult>> = {
  0: migrate0to1,
};

/**
 * Brings a project object of any known older version to the current one. `from` is the version the
 * file had. Versions newer than this build are the caller's to refuse (they are not an error here).
 */
export function migrateProject(value: Record<string, unknown>): MigrationResult {
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      path: 'version',
      message: `expected a version number, found ${JSON.stringify(version)}`,
    };
  }
  let current = value;
  for (let v = version; v < PROJECT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, path: 'version', message: `no migration from version ${v}` };
    const next = step(current);
    if (!next.ok) return next;
    current = next.value;
  }
  return { ok: true, value: current, from: version };
}
