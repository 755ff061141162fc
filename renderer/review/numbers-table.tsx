/** Every number-bearing flag of the story: the value in each variant, value or form difference, the majority; sortable, filterable, each row jumps to its flag. */
import { memo, useMemo, useState, type ReactElement } from 'react';
import { numberRows, type NumberRow } from '../../app/review/queries';
import type { Story } from '../../app/model/types';
import type { StoryReview } from '../../app/review/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { sortNumberRows, type NumberSort, type NumberSortKey } from './number-sort';
import { ReadingText } from './flag-item';
import {
  useCurrentStory,
  useDeferredFlagId,
  useDeferredReview,
  useVariantLooks,
} from './use-review';
import { VariantChip } from './variant-chip';

function sameKey(a: NumberSortKey, b: NumberSortKey): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.variant === b.variant;
}

/** The number table of the current story (bottom panel). */
export function NumbersTable(): ReactElement {
  const t = useT();
  const story = useCurrentStory();
  const review = useDeferredReview();
  const flagId = useDeferredFlagId();
  const selectFlag = useAppStore((s) => s.selectFlag);
  const [onlyValues, setOnlyValues] = useState(false);
  const [sort, setSort] = useState<NumberSort>({ key: 'position', descending: false });
  const { rows, numberOf, variants, contexts } = useNumberRows(story, review);
  const shown = useMemo(
    () => sortNumberRows(onlyValues ? rows.filter((r) => r.differ === 'value') : rows, sort),
    [rows, onlyValues, sort],
  );
  if (!story || !review) return <p className="muted review-empty-inline">{t('review.noStory')}</p>;
  const valueCount = rows.filter((r) => r.differ === 'value').length;
  return (
    <div className="numbers-table" data-testid="numbers-table">
      {/* A filter over no rows would only raise the question what it filters. */}
      {rows.length > 0 ? (
        <div className="numbers-toolbar">
          <span>{t('review.numbersCount', { count: rows.length, values: valueCount })}</span>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="values-differ"
              checked={onlyValues}
              onChange={(e) => setOnlyValues(e.target.checked)}
            />
            {t('review.valuesDiffer')}
          </label>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted review-empty-inline">{t('review.noNumbers')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <NumbersHead variants={variants} sort={sort} onSort={setSort} />
            <tbody>
              {shown.map((row) => (
                <NumberTableRow
                  key={row.flagId}
                  row={row}
                  context={contexts.get(row.flagId) ?? NO_CONTEXT}
                  variants={variants}
                  number={numberOf.get(row.flagId) ?? 0}
                  current={row.flagId === flagId}
                  onJump={selectFlag}
                />
              ))}
            </tbody>
          </table>
          {shown.length === 0 ? (
            <p className="muted review-empty-inline">{t('review.noValueDiffers')}</p>
          ) : null}
        </div>
      )}
    </div>
  );
}

/**
 * The table's rows and what they show beside them: each flag's number in the list, the variants
 * (one column each) and the canonical around each number. Omitted passages are left out: a
 * missing paragraph that happens to hold digits is reviewed as an omission in the flag list; its
 * "value" (the first number in it) would only mislead here.
 */
function useNumberRows(story: Story | null, review: StoryReview | undefined) {
  const rows = useMemo(() => {
    if (!story || !review) return [];
    const omissions = new Set(
      story.flags.filter((f) => f.category === 'omission').map((f) => f.id),
    );
    return numberRows(story, review).filter((r) => !omissions.has(r.flagId));
  }, [story, review]);
  const numberOf = useMemo(() => new Map(story?.flags.map((f, i) => [f.id, i + 1]) ?? []), [story]);
  const variants = useMemo(() => [...new Set(story?.spans.map((s) => s.variant) ?? [])], [story]);
  const contexts = useMemo(
    () => new Map(review ? rows.map((r) => [r.flagId, contextOf(review, r.flagId)] as const) : []),
    [rows, review],
  );
  return { rows, numberOf, variants, contexts };
}

/** The arrow a sortable heading shows: the direction when it sorts the table, ↕ when not. */
function sortArrow(sort: NumberSort, key: NumberSortKey): string {
  return sameKey(sort.key, key) ? (sort.descending ? '▼' : '▲') : '↕';
}

/** The sort after clicking `key`'s heading: again reverses, another column starts ascending. */
function sortBy(sort: NumberSort, key: NumberSortKey): NumberSort {
  return { key, descending: sameKey(sort.key, key) ? !sort.descending : false };
}

/** The headings: #, context, one per variant (in its colour), difference, majority, status. */
function NumbersHead(props: {
  variants: readonly string[];
  sort: NumberSort;
  onSort: (sort: NumberSort) => void;
}): ReactElement {
  const t = useT();
  const looks = useVariantLooks();
  const { sort, onSort } = props;
  const header = (
    key: NumberSortKey,
    label: ReactElement | string,
    className = '',
  ): ReactElement => {
    const active = sameKey(sort.key, key);
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button type="button" className="sort-button" onClick={() => onSort(sortBy(sort, key))}>
          {label}
          <span className="sort-arrow" aria-hidden="true">
            {sortArrow(sort, key)}
          </span>
        </button>
      </th>
    );
  };
  return (
    <thead>
      <tr>
        {header('position', '#', 'col-number')}
        <th scope="col" className="col-context">
          <span className="th-plain">{t('review.context')}</span>
        </th>
        {props.variants.map((id) => {
          const look = looks.get(id);
          return (
            <th
              key={id}
              scope="col"
              className="col-variant"
              style={{ borderTopColor: look?.colour }}
            >
              <button
                type="button"
                className="sort-button"
                aria-label={look?.name ?? id}
                title={look?.name ?? id}
                onClick={() => onSort(sortBy(sort, { variant: id }))}
              >
                <VariantChip look={look} size="tiny" />
                <span className="th-name">{look?.name ?? id}</span>
                <span className="sort-arrow" aria-hidden="true">
                  {sortArrow(sort, { variant: id })}
                </span>
              </button>
            </th>
          );
        })}
        {header('differ', t('review.differ'))}
        {header('majority', t('review.majority'))}
        {header('status', t('review.statusColumn'))}
      </tr>
    </thead>
  );
}

/**
 * Characters of canonical text shown each side of a number: enough to recognise the place
 * ("培训社区工作者4120名") without widening the table.
 */
const CONTEXT_CHARS = 8;

const NO_CONTEXT = { before: '', at: '', after: '' };

/** The canonical around a flag: before, at, after (line breaks shown as spaces). */
function contextOf(
  review: StoryReview,
  flagId: string,
): { before: string; at: string; after: string } {
  const anchor = review.anchors.find((a) => a.flagId === flagId);
  if (!anchor) return { before: '', at: '', after: '' };
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  return {
    before: flat(review.canonical.slice(Math.max(0, anchor.start - CONTEXT_CHARS), anchor.start)),
    at: flat(review.canonical.slice(anchor.start, anchor.end)),
    after: flat(review.canonical.slice(anchor.end, anchor.end + CONTEXT_CHARS)),
  };
}

const NumberTableRow = memo(function NumberTableRow(props: {
  row: NumberRow;
  context: { before: string; at: string; after: string };
  variants: readonly string[];
  number: number;
  current: boolean;
  onJump: (flagId: string) => void;
}): ReactElement {
  const t = useT();
  const { row } = props;
  const majorityValue = row.cells.find((c) => c.text === row.majority)?.value;
  return (
    <tr
      className={`${props.current ? 'current ' : ''}differ-${row.differ}`}
      data-flag-id={row.flagId}
      tabIndex={0}
      onClick={() => props.onJump(row.flagId)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          props.onJump(row.flagId);
        }
      }}
    >
      <td className="col-number">{props.number}</td>
      <td className="col-context">
        <span className="muted">{props.context.before}</span>
        <mark>{props.context.at}</mark>
        <span className="muted">{props.context.after}</span>
      </td>
      {props.variants.map((id) => {
        const cell = row.cells.find((c) => c.variant === id);
        const odd =
          cell &&
          row.majority !== null &&
          cell.text !== row.majority &&
          cell.value !== majorityValue;
        return (
          <td key={id} className={odd ? 'cell-odd' : ''}>
            {cell ? <ReadingText text={cell.text} max={24} /> : <span className="muted">—</span>}
          </td>
        );
      })}
      <td>
        <span className={`differ-badge ${row.differ}`}>{t(`review.differ.${row.differ}`)}</span>
      </td>
      <td>
        {row.majority === null ? (
          <span className="muted">{t('review.tie')}</span>
        ) : (
          <ReadingText text={row.majority} max={24} />
        )}
      </td>
      <td>
        <span className={`status-pill status-${row.status}`}>
          {t(`review.status.${row.status}`)}
        </span>
      </td>
    </tr>
  );
});
