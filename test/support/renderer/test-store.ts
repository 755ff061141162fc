/**
 * A fresh store for tests, built from the same slices as the app's (`createAppState`), so tests
 * never share state with each other or with the app's singleton store.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createAppState, type AppState } from '../../../renderer/store/index';

/** A bound store of the whole app state, as the tests hold it. */
export type TestStore = UseBoundStore<StoreApi<AppState>>;

/** A new, independent store with every slice at its initial state. */
export function newTestStore(): TestStore {
  return create<AppState>()(createAppState);
}
