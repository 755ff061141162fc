/**
 * The one application store, built from slices (STYLE.md, "State"): variants, session and settings
 * (ui-shell) and review (ui-review). Readonly plain data; only actions write.
 */
import { create } from 'zustand';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createVariantsSlice, type VariantsSlice } from './variants-slice';

/** The whole state of the renderer. */
export type AppState = VariantsSlice & SessionSlice & SettingsSlice & ReviewSlice;

/** The store hook: `useAppStore((s) => s.variants)`; `useAppStore.getState()` outside React. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createVariantsSlice(...args),
  ...createSessionSlice(...args),
  ...createSettingsSlice(...args),
  ...createReviewSlice(...args),
}));
