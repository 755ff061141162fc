/**
 * What the project code tells the editor: the offer to restore an autosave, a message about a
 * project file (saved, opened, or why it could not be read), and the panel of sources that
 * changed on disk with every decision that could not be carried over. Each has a plain view
 * (props in, markup out, testable without a DOM) and a store-connected wrapper.
 */
import type { ReactElement } from 'react';
import type { LostDecision } from '../../app/project/carry-over';
import { useT, type Translate } from '../i18n';
import { useAppStore } from '../store';
import type { ProjectNotice, SourceReport } from '../store/project-slice';
import { discardAutosave, restoreAutosave } from './project-actions';

/** The restore offer, the project message and the changed-sources panel, stacked. */
export function ProjectNotices(): ReactElement {
  const t = useT();
  const offer = useAppStore((s) => s.restoreOffer);
  const notice = useAppStore((s) => s.projectNotice);
  const report = useAppStore((s) => s.sourceReport);
  const variants = useAppStore((s) => s.variants);
  const setNotice = useAppStore((s) => s.setProjectNotice);
  const setReport = useAppStore((s) => s.setSourceReport);
  return (
    <div className="project-notices">
      {offer !== null ? (
        <RestoreOfferView
          t={t}
          onRestore={() => void restoreAutosave()}
          onDiscard={() => void discardAutosave()}
        />
      ) : null}
      {notice ? <NoticeView t={t} notice={notice} onDismiss={() => setNotice(null)} /> : null}
      {report ? (
        <SourceReportView
          t={t}
          report={report}
          nameOf={(id, path) => variants.find((v) => v.id === id)?.name ?? path}
          onDismiss={() => setReport(null)}
        />
      ) : null}
    </div>
  );
}

/** The banner that offers an autosaved session: Restore or Discard. */
export function RestoreOfferView(props: {
  t: Translate;
  onRestore: () => void;
  onDiscard: () => void;
}): ReactElement {
  const { t } = props;
  return (
    <div
      className="banner banner-info"
      role="alertdialog"
      aria-labelledby="restore-text"
      data-testid="restore-offer"
    >
      <span id="restore-text">{t('project.restoreOffer')}</span>
      <span className="banner-actions">
        <button
          type="button"
          className="primary"
          onClick={props.onRestore}
          data-testid="restore-autosave"
        >
          {t('project.restore')}
        </button>
        <button type="button" onClick={props.onDiscard} data-testid="discard-autosave">
          {t('project.discard')}
        </button>
      </span>
    </div>
  );
}

/** A message about a project file: an alert for errors, a status line otherwise. */
export function NoticeView(props: {
  t: Translate;
  notice: ProjectNotice;
  onDismiss: () => void;
}): ReactElement {
  const { t, notice } = props;
  const error = notice.kind === 'error';
  return (
    <div
      className={`banner ${error ? 'banner-error' : 'banner-info'}`}
      role={error ? 'alert' : 'status'}
      data-testid={error ? 'project-error' : 'project-status'}
    >
      <span>{t(notice.key, notice.params)}</span>
      {notice.details && notice.details.length > 0 ? (
        <ul className="notice-details" data-testid="project-error-details">
          {notice.details.map((d, i) => (
            <li key={i}>{t(d.key, d.params)}</li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label={t('error.dismiss')}
        onClick={props.onDismiss}
      >
        ×
      </button>
    </div>
  );
}

function lostLine(t: Translate, lost: LostDecision): string {
  return t('project.lostItem', {
    story: lost.storyTitle,
    readings: lost.readings.map((r) => (r === '' ? '∅' : r)).join(' / '),
    decision: lost.decision.text,
    reason: t(`project.lostReason.${lost.reason}`),
  });
}

/** Which sources changed, how many decisions came along, and each one that did not. */
export function SourceReportView(props: {
  t: Translate;
  report: SourceReport;
  nameOf: (id: string, path: string) => string;
  onDismiss: () => void;
}): ReactElement {
  const { t, report } = props;
  return (
    <section
      className="source-report"
      aria-labelledby="source-report-heading"
      data-testid="source-report"
    >
      <header>
        <h2 id="source-report-heading">
          {t(report.pages ? 'project.pagesChanged' : 'project.sourcesChanged')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('error.dismiss')}
          onClick={props.onDismiss}
        >
          ×
        </button>
      </header>
      <ul>
        {report.changes.map((c) => (
          <li key={c.id}>
            {t(c.change === 'changed' ? 'project.sourceChanged' : 'project.sourceMissing', {
              name: props.nameOf(c.id, c.path),
            })}
          </li>
        ))}
        {report.pages?.added.map((name) => (
          <li key={`+${name}`}>{t('project.pageAdded', { name })}</li>
        ))}
        {report.pages?.removed.map((name) => (
          <li key={`-${name}`}>{t('project.pageRemoved', { name })}</li>
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
            <li key={u.storyId}>
              {t(u.certain ? 'project.editsLost' : 'project.editsMaybeLost', {
                story: u.storyTitle,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
