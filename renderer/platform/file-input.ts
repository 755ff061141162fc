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

/**
 * Shows the browser's file chooser and resolves with the chosen files, or null when dismissed.
 * The input stays in the DOM (hidden, `data-variorum-input`) so that tests can set files on it.
 */
export function chooseFiles(options: { folder?: boolean; accept?: string; multiple?: boolean }): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple !== false;
    if (options.accept) input.accept = options.accept;
    if (options.folder) input.webkitdirectory = true;
    input.hidden = true;
    input.dataset.variorumInput = options.folder ? 'folder' : options.accept === '.json,.variorum' ? 'project' : 'files';
    let settled = false;
    const finish = (files: File[] | null): void => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const picked = Array.from(input.files ?? []);
      finish(options.folder ? picked.filter((f) => TEXT_FILE.test(f.name)) : picked);
    });
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}
