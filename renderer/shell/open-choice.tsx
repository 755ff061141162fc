/**
 * The question asked when files are opened while a comparison is on screen: add them to this
 * comparison (its decisions carried over) or start a new one (the current one saved first, so it
 * stays in Recent). Nothing replaces a review without this answer.
 */
import { useEffect, useRef, type ReactElement } from 'react';
import { useT } from '../i18n';
import { hasWork } from '../project/build-project';
import { saveProject } from '../project/project-actions';
import { isSaved } from '../store/project-slice';
import { useAppStore } from '../store';
import { keepTabInside } from './focus-trap';
import { receiveOpened } from './session-actions';

/** Adds the waiting files to the comparison on screen. */
export async function addPending(): Promise<void> {
  const pending = useAppStore.getState().pendingOpen;
  useAppStore.getState().setPendingOpen(null);
  if (pending) await receiveOpened(pending, 'add');
}

/**
 * Starts a new comparison of the waiting files. When the one on screen holds unsaved work, it is
 * saved as a project first; a save the editor cancels keeps everything as it was.
 */
export async function startNewWithPending(
  save: () => Promise<boolean> = () => saveProject(false),
): Promise<void> {
  const state = useAppStore.getState();
  const pending = state.pendingOpen;
  if (!pending) return;
  if (hasWork(state.reviews, state.reviewHistories) && !isSaved(state) && !(await save())) return;
  useAppStore.getState().setPendingOpen(null);
  await receiveOpened(pending, 'replace');
}

/** The dialog, shown while files wait for the editor's answer. */
export function OpenChoice(): ReactElement | null {
  const t = useT();
  const pending = useAppStore((s) => s.pendingOpen);
  const setPending = useAppStore((s) => s.setPendingOpen);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) first.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const cancel = (): void => setPending(null);
  const names = pending.files.map((f) => f.name).join(', ');
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && cancel()}>
      <div
        className="modal open-choice"
        role="dialog"
        aria-modal="true"
        aria-labelledby="open-choice-title"
        data-testid="open-choice"
        onKeyDown={(event) => {
          // The review's single-key shortcuts listen on window: keys here are the dialog's.
          event.stopPropagation();
          if (event.key === 'Escape') cancel();
          keepTabInside(event);
        }}
      >
        <h2 id="open-choice-title">{t('open.choiceTitle', { count: pending.files.length })}</h2>
        <p className="open-choice-files">{names}</p>
        <div className="modal-actions">
          <button
            type="button"
            className="primary"
            ref={first}
            data-testid="open-add"
            onClick={() => void addPending()}
          >
            {t('open.add')}
          </button>
          <button type="button" data-testid="open-new" onClick={() => void startNewWithPending()}>
            {t('open.startNew')}
          </button>
          <button type="button" onClick={cancel}>
            {t('open.cancel')}
          </button>
        </div>
        <p className="muted">{t('open.choiceHint')}</p>
      </div>
    </div>
  );
}
