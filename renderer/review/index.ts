/**
 * The review components the workspace frame mounts: StoryList and StyleNotes in the sidebar,
 * FlagPanel beside the editor, NumbersTable in the bottom panel, VarianceStrip above the editor;
 * FlagPanel mounts the review keyboard itself.
 */
import './review.css';
import { installReviewTestHook } from './review-test-hook';

installReviewTestHook();

export { StoryList } from './story-list';
export { StyleNotes } from './style-notes';
export { FlagPanel } from './flag-panel';
export { NumbersTable } from './numbers-table';
export { VarianceStrip } from './variance-strip';
