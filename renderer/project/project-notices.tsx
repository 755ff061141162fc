/**
 * What the project code tells the editor: the offer to restore an autosave, a message about a
 * project file (saved, opened, or why it could not be read), and the panel of sources that
 * changed on disk with every decision that could not be carried over.
 */
import type { ReactElement } from 'react';
import type { LostDecision } from '../../app/project/carry-over';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { discardAutosave, restoreAutosave } from './project-actions';

/** The restore offer, the project message and the changed-sources panel, stacked. */
export function ProjectNotices(): ReactElement {
  return (
    <div className="project-notices">
      <RestoreOffer />
      <Notice />
      <SourceReportPanel />
    </div>
  );
}

function RestoreOffer(): ReactElement | null {
  const t = useT();
  const offer = useAppStore((s) => s.restoreOffer);
  if (offer === null) return null;
  return (
    <div className="banner banner-info" role="alertdialog" aria-labelledby="restore-text" data-testid="restore-offer">
      <span id="restore-text">{t('project.restoreOffer')}</span>
      <span className="banner-actions">
        <button type="button" className="primary" onClick={() => void restoreAutosave()} data-testid="restore-autosave">
          {t('project.restore')}
        </button>
        <button type="button" onClick={() => void discardAutosave()} data-testid="discard-autosave">
          {t('project.discard')}
        </button>
      </span>
    </div>
  );
}

function Notice(): ReactElement | null {
  const t = useT();
  const notice = useAppStore((s) => s.projectNotice);
  const dismiss = useAppStore((s) => s.setProjectNotice);
  if (!notice) return null;
  const error = notice.kind === 'error';
  return (
    <div
      className={`banner ${error ? 'banner-error' : 'banner-info'}`}
      role={error ? 'alert' : 'status'}
      data-testid={error ? 'project-error' : 'project-status'}
    >
      <span>{t(notice.key, notice.params)}</span>
      <button type="button" className="icon-button" aria-label={t('error.dismiss')} onClick={() => dismiss(null)}>
        ×
      </button>
    </div>
  );
}

function lostLine(t: ReturnType<typeof useT>, lost: LostDecision): string {
  return t('project.lostItem', {
    story: lost.storyTitle,
    readings: lost.readings.join(' / '),
    decision: lost.decision.text,
    reason: t(`project.lostReason.${lost.reason}`),
  });
}

function SourceReportPanel(): ReactElement | null {
  const t = useT();
  const report = useAppStore((s) => s.sourceReport);
  const variants = useAppStore((s) => s.variants);
  const dismiss = useAppStore((s) => s.setSourceReport);
  if (!report) return null;
  const nameOf = (id: string, path: string): string => variants.find((v) => v.id === id)?.name ?? path;
  return (
    <section className="source-report" aria-labelledby="source-report-heading" data-testid="source-report">
      <header>
        <h2 id="source-report-heading">{t('project.sourcesChanged')}</h2>
        <button type="button" className="icon-button" aria-label={t('error.dismiss')} onClick={() => dismiss(null)}>
          ×
        </button>
      </header>
      <ul>
        {report.changes.map((c) => (
          <li key={c.id}>{t(c.change === 'changed' ? 'project.sourceChanged' : 'project.sourceMissing', { name: nameOf(c.id, c.path) })}</li>
        ))}
      </ul>
      <p>{t('project.carried', { count: report.carried })}</p>
      {report.lost.length > 0 ? (
        <>
          <h3>{t('project.lostHeading', { count: report.lost.length })}</h3>
          <ul data-testid="lost-decisions">
            {report.lost.map((l) => (
              <li key={`${l.storyId}:${l.flagId}`}>{lostLine(t, l)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.uncarriedEdits.length > 0 ? (
        <ul>
          {report.uncarriedEdits.map((u) => (
            <li key={u.storyId}>{t(u.certain ? 'project.editsLost' : 'project.editsMaybeLost', { story: u.storyTitle })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
