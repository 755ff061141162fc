/**
 * The review model: what the editor decided at each flag and the canonical text that results.
 * Plain data, so that it is stored in zustand, written to project files and exported as is.
 * The functions that change it live beside this file (app/review/*.ts) and are pure.
 */

/** Where a flag stands in the editor's review. */
export type FlagStatus = 'open' | 'accepted' | 'rejected' | 'picked' | 'edited';

/** One decision at one flag. */
export interface Decision {
  readonly flagId: string;
  /** accepted: took the shown variant's reading; rejected: kept the canonical; picked: chose a reading; edited: typed by hand. */
  readonly status: Exclude<FlagStatus, 'open'>;
  /** The text the canonical carries at the flag after the decision. */
  readonly text: string;
  /** The variant whose reading was taken (accepted, picked), when there is one. */
  readonly variant?: string;
  /** Who decided (the editor's name from settings). */
  readonly editor: string;
  /** ISO 8601 time of the decision. */
  readonly at: string;
  readonly note?: string;
}

/** Where a flag's text lies in the canonical draft (UTF-16 offsets, end exclusive). */
export interface CanonicalAnchor {
  readonly flagId: string;
  readonly start: number;
  readonly end: number;
}

/** The review of one shared story. */
export interface StoryReview {
  readonly storyId: string;
  /** The variant whose text is the canonical's backbone and which wins ties (e.g. the wire copy). */
  readonly baseVariant: string;
  /** The canonical draft, editable by hand. */
  readonly canonical: string;
  /** One anchor per flag, kept on the right text through decisions and hand edits. */
  readonly anchors: readonly CanonicalAnchor[];
  /** Decisions by flag id; a flag without one is open. */
  readonly decisions: Readonly<Record<string, Decision>>;
}
