/**
 * What the export dialog does on submit: exporting with open flags first asks, saying how many,
 * and lets the editor go on (KDiff3 refuses to save unsolved merges; an editor may have reasons
 * to export); then the export is written and the dialog closes, or the error is shown.
 */
import { useState, type FormEvent } from 'react';
import { useAppStore } from '../store';
import { exportSummary, runExport, type ExportChoice } from './export-actions';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The dialog's submit and what it shows meanwhile: busy, the open-flags question, an error. */
export interface ExportFlow {
  /** The open flags the question names; null while no question is asked. */
  readonly openCount: number | null;
  readonly busy: boolean;
  readonly error: string | null;
  readonly submit: (event: FormEvent) => Promise<void>;
  /** Withdraws the question (a changed choice is asked about again). */
  readonly clearQuestion: () => void;
}

/** The export flow for `choice`; `close` closes the dialog after a written export. */
export function useExportFlow(choice: ExportChoice, close: () => void): ExportFlow {
  const [openCount, setOpenCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const write = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const name = await runExport(choice);
      if (name !== null) {
        useAppStore
          .getState()
          .setProjectNotice({ kind: 'info', key: 'project.exported', params: { name } });
        close();
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (openCount === null) {
      setBusy(true);
      try {
        const summary = await exportSummary(choice);
        if (summary && summary.open > 0) {
          setOpenCount(summary.open);
          return;
        }
      } catch (e) {
        setError(messageOf(e));
        return;
      } finally {
        setBusy(false);
      }
    }
    await write();
  };

  return { openCount, busy, error, submit, clearQuestion: () => setOpenCount(null) };
}
