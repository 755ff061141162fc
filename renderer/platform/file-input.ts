/** Opening files in the browser: a hidden `<input type=file>` whose chosen files are read as bytes. */
import type { FileBytes } from '../../app/ipc/contract';

/** Reads browser File objects into the bytes the decoder takes. */
export async function readFiles(files: readonly File[]): Promise<FileBytes[]> {
  return Promise.all(
    files.map(async (file) => ({
      // In a folder pick, webkitRelativePath keeps the folder; the file name is what the editor sees.
      name: file.name,
      path: file.webkitRelativePath || file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/** What the file input accepts for variants: text files, also for folders (filtered after the pick). */
const TEXT_FILE = /\.(txt|text|md|markdown)$/i;

/** A name with an extension (OCR tools often write pages without one; those are offered to the decoder). */
const HAS_EXTENSION = /\.[^.]+$/;

/**
 * Of a folder pick, the pages the window's File ▸ Open folder… takes (main/services/open-folder.ts):
 * files directly inside the folder (the browser's pick is recursive; the window's is not), not
 * hidden, with a text extension or none, in name order with numbers read as numbers (page-2 before
 * page-10, as `variorum compare DIR` orders them).
 */
export function folderPages<
  T extends { readonly name: string; readonly webkitRelativePath: string },
>(files: readonly T[]): T[] {
  return files
    .filter(
      (f) =>
        f.webkitRelativePath.split('/').length <= 2 &&
        !f.name.startsWith('.') &&
        (TEXT_FILE.test(f.name) || !HAS_EXTENSION.test(f.name)),
    )
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' }) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

/**
 * Shows the browser's file chooser and resolves with the chosen files, or null when dismissed.
 * The input stays in the DOM (hidden, `data-variorum-input`) so that tests can set files on it.
 */
export function chooseFiles(options: {
  folder?: boolean;
  accept?: string;
  multiple?: boolean;
}): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple !== false;
    if (options.accept) input.accept = options.accept;
    if (options.folder) input.webkitdirectory = true;
    input.hidden = true;
    input.dataset.variorumInput = options.folder
      ? 'folder'
      : options.accept === '.json,.variorum'
        ? 'project'
        : 'files';
    let settled = false;
    const finish = (files: File[] | null): void => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const picked = Array.from(input.files ?? []);
      finish(options.folder ? folderPages(picked) : picked);
    });
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}
