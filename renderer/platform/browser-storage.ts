/** Autosave in IndexedDB and recent files in localStorage: the browser's stand-ins for main/'s files. */
import type { RecentEntry } from '../../app/ipc/contract';

const DB_NAME = 'variorum';
const STORE = 'autosave';
const KEY = 'current';
const RECENT_KEY = 'variorum.recent';
/** As many as a File ▸ Recent menu shows comfortably. */
const MAX_RECENT = 12;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available.'));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      // Resolve on commit, not on request success, so a write is durable when the promise settles.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed.'));
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('IndexedDB write aborted.'));
    });
  } finally {
    db.close();
  }
}

/** Writes the autosave; one put in one transaction, so the previous copy survives a failure. */
export async function writeAutosave(content: string): Promise<void> {
  await withStore('readwrite', (store) => store.put(content, KEY));
}

/** The last autosave, or null. */
export async function loadAutosave(): Promise<string | null> {
  const value = await withStore<unknown>('readonly', (store) => store.get(KEY));
  return typeof value === 'string' ? value : null;
}

/** Forgets the autosave. */
export async function deleteAutosave(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(KEY));
}

/** The recent entries, newest first. */
export function loadRecent(): RecentEntry[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as RecentEntry[]) : [];
  } catch {
    return [];
  }
}

/** Puts entries at the top of the recent list. */
export function rememberRecent(entries: readonly RecentEntry[]): void {
  const paths = new Set(entries.map((e) => e.path));
  const next = [...entries, ...loadRecent().filter((e) => !paths.has(e.path))].slice(0, MAX_RECENT);
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    // Storage disabled: the recent list is then empty, nothing else is lost.
  }
}

/** Empties the recent list. */
export function clearRecentEntries(): void {
  localStorage.removeItem(RECENT_KEY);
}
