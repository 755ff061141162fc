/** Style notes per variant (e.g. "uses half-width punctuation in 312 places") with a one-click "apply to canonical". */
import type { ReactElement } from 'react';
import type { StyleNote } from '../../app/model/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { styleActionOf } from '../../app/review/style-action';
import { noteKey } from '../store/review-edits';
import { chipStyle, useHasReview, useVariantLooks } from './use-review';

/** The notes grouped by variant; applying one changes the open story's canonical in one undo step. */
export function StyleNotes(): ReactElement {
  const t = useT();
  const notes = useAppStore((s) => s.result?.styleNotes);
  const storyId = useAppStore((s) => s.storyId);
  const applied = useAppStore((s) => (s.storyId ? s.appliedNotes[s.storyId] : undefined));
  const applyStyleNote = useAppStore((s) => s.applyStyleNote);
  // Whether there is a review, not the review: notes must not re-render on every keystroke.
  const hasReview = useHasReview();
  const looks = useVariantLooks();
  if (!notes || notes.length === 0) return <p className="muted">{t('review.notesNone')}</p>;
  const byVariant = new Map<string, StyleNote[]>();
  for (const note of notes)
    byVariant.set(note.variant, [...(byVariant.get(note.variant) ?? []), note]);
  return (
    <div className="style-notes" data-testid="style-notes">
      {[...byVariant].map(([variant, list]) => {
        const look = looks.get(variant);
        return (
          <div key={variant} className="notes-group">
            <div className="notes-variant">
              <span className="chip tiny" style={chipStyle(look?.colour)}>
                {look?.number ?? ''}
              </span>
              <span className="variant-name">{look?.name ?? variant}</span>
            </div>
            <ul>
              {list.map((note) => {
                const changes = applied?.[noteKey(note)];
                const done = changes !== undefined;
                return (
                  <li key={note.kind} className="note-item" data-note={noteKey(note)}>
                    <span className="note-message">
                      {t(`review.style.${note.kind}`, { count: note.count })}
                    </span>
                    <button
                      type="button"
                      className="small-button"
                      disabled={!storyId || !hasReview || done}
                      title={`${t(`review.styleAction.${styleActionOf(note.kind)}`)} — ${t('review.applyNoteHint')}`}
                      onClick={() => applyStyleNote(note)}
                    >
                      {!done
                        ? t(`review.styleAction.${styleActionOf(note.kind)}`)
                        : changes > 0
                          ? t('review.applied', { count: changes })
                          : t('review.noChange')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
