/**
 * The one application store, built from slices (STYLE.md, "State"): variants, session and settings
 * (ui-shell), review (ui-review) and project (ui-project). Readonly plain data; only actions write.
 */
import { create, type StateCreator } from 'zustand';
import { createDeskRulesSlice, type DeskRulesSlice } from './desk-rules-slice';
import { createProjectSlice, type ProjectSlice } from './project-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createVariantsSlice, type VariantsSlice } from './variants-slice';

/** The whole state of the renderer. */
export type AppState = VariantsSlice &
  SessionSlice &
  SettingsSlice &
  ReviewSlice &
  ProjectSlice &
  DeskRulesSlice;

/** Builds the whole state from its slices; the app's store and the tests' fresh stores share it. */
export const createAppState: StateCreator<AppState> = (...args) => ({
  ...createVariantsSlice(...args),
  ...createSessionSlice(...args),
  ...createSettingsSlice(...args),
  ...createReviewSlice(...args),
  ...createProjectSlice(...args),
  ...createDeskRulesSlice(...args),
});

/** The store hook: `useAppStore((s) => s.variants)`; `useAppStore.getState()` outside React. */
export const useAppStore = create<AppState>()(createAppState);
