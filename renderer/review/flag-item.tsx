/** One flag in the flag list: compact when it is not the current flag, with its decisions when it is. */
import { memo, useState, type ReactElement } from 'react';
import type { Flag } from '../../app/model/types';
import type { FlagStatus } from '../../app/review/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import {
  groupReadings,
  isAbsent,
  suggestedReading,
  type ReadingGroup,
} from '../../app/review/queries';
import { SynopticTable } from './synoptic-table';
import type { VariantLook } from './use-review';
import { VariantChip } from './variant-chip';

/** Readings longer than this are cut in the list (an omitted paragraph can be hundreds of characters). */
const READING_MAX = 48;

/** A reading as shown: cut when long, a visible mark when absent. */
export function ReadingText(props: { text: string; max?: number }): ReactElement {
  const t = useT();
  if (props.text.trim() === '') return <span className="reading-absent">{t('hover.absent')}</span>;
  const max = props.max ?? READING_MAX;
  const flat = props.text.replace(/\s*\n\s*/g, ' ⏎ ');
  if (flat.length <= max) return <span className="reading-text">{flat}</span>;
  // Short places (list rows, table cells) only have room for the start.
  if (max < 30) {
    return (
      <span className="reading-text" title={props.text}>
        {flat.slice(0, max)}…
      </span>
    );
  }
  // Cut long readings (an omitted paragraph) in the middle: how it starts and how it ends tell it apart.
  const head = flat.slice(0, Math.ceil(max * 0.6));
  const tail = flat.slice(flat.length - Math.floor(max * 0.3));
  return (
    <span className="reading-text" title={props.text}>
      {head}
      <span className="cut">
        …{t('review.cut', { count: flat.length - head.length - tail.length })}…
      </span>
      {tail}
    </span>
  );
}

/** Props of one flag row. */
export interface FlagItemProps {
  readonly flag: Flag;
  readonly index: number;
  readonly status: FlagStatus;
  readonly current: boolean;
  /** The one item Tab reaches in the list (roving tab index): the current flag, else the first. */
  readonly tabbable: boolean;
  /** The canonical's text at the flag now. */
  readonly canonicalText: string;
  readonly looks: ReadonlyMap<string, VariantLook>;
  /** The review's base variant: it wins ties, and its printed form is taken when it agrees. */
  readonly baseVariant: string;
}

/** One flag: category badge, readings in variant colours (majority marked), status; actions when current. */
export const FlagItem = memo(function FlagItem(props: FlagItemProps): ReactElement {
  const t = useT();
  const { flag, status, current } = props;
  const selectFlag = useAppStore((s) => s.selectFlag);
  const groups = groupReadings(flag);
  return (
    <li
      id={`flag-${flag.id}`}
      className={`flag-item cat-${flag.category} status-${status}${current ? ' current' : ''}`}
      data-flag-id={flag.id}
      data-status={status}
      aria-current={current ? 'true' : undefined}
      tabIndex={props.tabbable ? 0 : -1}
      onClick={() => {
        if (!current) selectFlag(flag.id);
      }}
      onFocus={(e) => {
        // Tabbing onto the list's entry point makes that flag current, so the keys act on it.
        if (!current && e.target === e.currentTarget) selectFlag(flag.id);
      }}
    >
      <div className="flag-head">
        <span className="flag-number">{props.index}</span>
        <span
          className={`cat-badge cat-${flag.category}`}
          title={flag.why ? t('review.why', { why: flag.why, rule: flag.rule ?? '' }) : undefined}
          data-rule={flag.rule}
        >
          {t(`category.${flag.category}`)}
        </span>
        {!current ? (
          <span className="flag-summary">
            {groups.slice(0, 3).map((g, i) => (
              <span key={i} className={g.majority ? 'summary-reading majority' : 'summary-reading'}>
                <ReadingText text={g.text} max={14} />
              </span>
            ))}
            {groups.length > 3 ? <span className="muted">+{groups.length - 3}</span> : null}
          </span>
        ) : (
          <span className="flag-summary muted flag-why">{flag.note ?? flag.why ?? ''}</span>
        )}
        <span className={`status-pill status-${status}`}>{t(`review.status.${status}`)}</span>
      </div>
      {current ? <FlagActions {...props} /> : null}
    </li>
  );
});

/** The editor's note at a decided flag, kept when the field loses focus or on Enter; it goes into the reports. */
function NoteField(props: { flagId: string }): ReactElement {
  const t = useT();
  const saved = useAppStore((s) =>
    s.storyId ? (s.reviews[s.storyId]?.decisions[props.flagId]?.note ?? '') : '',
  );
  const setNote = useAppStore((s) => s.setNote);
  const [draft, setDraft] = useState(saved);
  return (
    <label className="note-field">
      <span className="muted">{t('review.note')}</span>
      <input
        data-testid="flag-note"
        value={draft}
        placeholder={t('review.notePlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => setNote(props.flagId, draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setNote(props.flagId, draft);
        }}
      />
    </label>
  );
}

/** What taking a reading does, in words: "take", or for an omission "keep the passage" / "drop the passage". */
function takeLabel(t: ReturnType<typeof useT>, flag: Flag, group: ReadingGroup): string {
  if (flag.category !== 'omission') return t('review.take');
  return isAbsent(group) ? t('review.dropPassage') : t('review.keepPassage');
}

/**
 * The current flag's decisions, each saying what it does: take one of the distinct readings (with
 * the pages that print it) into the canonical; take the suggested one (A: the majority, or the base
 * on a tie, said as a tie); keep the canonical as it is (R); or edit by hand (E).
 */
function FlagActions(props: FlagItemProps): ReactElement {
  const t = useT();
  const { flag, looks } = props;
  const editing = useAppStore((s) => (s.editingFlag === flag.id ? s.editingText : null));
  const suggestion = suggestedReading(flag, props.baseVariant);
  return (
    <div className="flag-actions">
      <ReadingButtons {...props} suggestion={suggestion} />
      <SynopticTable flag={flag} looks={looks} />
      {props.status !== 'open' ? <NoteField flagId={flag.id} /> : null}
      <div className="canonical-now">
        <span className="muted">{t('review.canonicalNow')}</span>{' '}
        <ReadingText text={props.canonicalText} max={40} />
      </div>
      {editing === null ? (
        <DecisionButtons {...props} suggestion={suggestion} />
      ) : (
        <EditForm flagId={flag.id} editing={editing} />
      )}
    </div>
  );
}

/** The reading A would take, if any, and whether it is the base's on a tie. */
type Suggestion = ReturnType<typeof suggestedReading>;

/** One button per distinct reading (1–9 pick it), with the pages that print it in their colours. */
function ReadingButtons(props: FlagItemProps & { suggestion: Suggestion }): ReactElement {
  const t = useT();
  const { flag, looks, suggestion } = props;
  const pick = useAppStore((s) => s.pick);
  const groups = groupReadings(flag);
  return (
    <ol className="reading-groups">
      {groups.map((group, i) => {
        const chosen = group.text === props.canonicalText;
        const suggested = suggestion?.group.text === group.text;
        const absent = flag.category === 'omission' && isAbsent(group);
        return (
          <li key={i}>
            <button
              type="button"
              className={`reading-button${chosen ? ' chosen' : ''}${suggested ? ' suggested' : ''}`}
              data-testid="pick-reading"
              data-suggested={suggested ? 'true' : undefined}
              title={t('review.pickHint', { key: i + 1 })}
              onClick={(e) => {
                e.stopPropagation();
                const variant = group.variants.includes(props.baseVariant)
                  ? props.baseVariant
                  : group.variants[0];
                if (variant) pick(flag.id, variant);
              }}
            >
              <kbd className="pick-key">{i < 9 ? i + 1 : ''}</kbd>
              <span className="take-label">{takeLabel(t, flag, group)}</span>
              {absent ? null : <ReadingText text={group.text} max={60} />}
              <span className="reading-chips">
                {group.variants.map((id) => (
                  <VariantChip
                    key={id}
                    look={looks.get(id)}
                    size="small"
                    title={looks.get(id)?.name ?? id}
                  />
                ))}
              </span>
              {group.majority ? (
                <span className="majority-mark">{t('review.majority')}</span>
              ) : null}
              {suggested && suggestion?.tie ? (
                <span className="tie-mark" data-testid="tie-mark">
                  {t('review.tieBase')}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** Accept (A), reject (R), edit (E), and reopen once decided. */
function DecisionButtons(props: FlagItemProps & { suggestion: Suggestion }): ReactElement {
  const t = useT();
  const { flag, suggestion } = props;
  const accept = useAppStore((s) => s.accept);
  const reject = useAppStore((s) => s.reject);
  const reopen = useAppStore((s) => s.reopen);
  const setEditing = useAppStore((s) => s.setEditingFlag);
  return (
    <div className="decision-buttons">
      <button
        type="button"
        className="primary"
        data-testid="accept"
        disabled={!suggestion}
        title={t(suggestion?.tie ? 'review.acceptTieHint' : 'review.acceptHint')}
        onClick={(e) => {
          e.stopPropagation();
          accept(flag.id);
        }}
      >
        {suggestion?.tie ? t('review.acceptTie') : t('review.accept')} <kbd>A</kbd>
      </button>
      <button
        type="button"
        data-testid="reject"
        title={t('review.rejectHint')}
        onClick={(e) => {
          e.stopPropagation();
          reject(flag.id);
        }}
      >
        {t('review.reject')} <kbd>R</kbd>
      </button>
      <button
        type="button"
        data-testid="edit"
        onClick={(e) => {
          e.stopPropagation();
          setEditing(flag.id, props.canonicalText);
        }}
      >
        {t('review.edit')} <kbd>E</kbd>
      </button>
      {props.status !== 'open' ? (
        <button
          type="button"
          data-testid="reopen"
          title={t('review.reopenHint')}
          onClick={(e) => {
            e.stopPropagation();
            reopen(flag.id);
          }}
        >
          {t('review.reopen')}
        </button>
      ) : null}
    </div>
  );
}

/** The hand edit of the canonical at the flag: Enter applies, Escape cancels. */
function EditForm(props: { flagId: string; editing: string }): ReactElement {
  const t = useT();
  const editFlag = useAppStore((s) => s.editFlag);
  const setEditing = useAppStore((s) => s.setEditingFlag);
  return (
    <form
      className="edit-form"
      onSubmit={(e) => {
        e.preventDefault();
        editFlag(props.flagId, props.editing);
        setEditing(null);
      }}
    >
      <input
        autoFocus
        aria-label={t('review.editLabel')}
        data-testid="edit-input"
        value={props.editing}
        onChange={(e) => setEditing(props.flagId, e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(null);
        }}
      />
      <button type="submit" className="primary">
        {t('review.editApply')}
      </button>
      <button type="button" onClick={() => setEditing(null)}>
        {t('review.editCancel')}
      </button>
    </form>
  );
}
