/**
 * Every page at the current flag: one row per page of the story, its reading between a line of
 * context on each side, the readings lined up in one column and coloured per page; a page that
 * does not carry this part of the story says "not on this page".
 */
import { memo, useMemo, type ReactElement } from 'react';
import type { Flag } from '../../app/model/types';
import { synopsisOf } from '../../app/review/queries';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { chipStyle, useCurrentStory, type VariantLook } from './use-review';

/** Readings longer than this (an omitted paragraph) show their start and end; the whole is on hover. */
const READING_MAX = 16;

function shorten(reading: string): string {
  const flat = reading.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length <= READING_MAX ? flat : `${flat.slice(0, 10)}…${flat.slice(-4)}`;
}

/** The synoptic table of a flag. */
export const SynopticTable = memo(function SynopticTable(props: {
  flag: Flag;
  looks: ReadonlyMap<string, VariantLook>;
}): ReactElement | null {
  const t = useT();
  const story = useCurrentStory();
  const variants = useAppStore((s) => s.variants);
  const rows = useMemo(() => {
    if (!story) return [];
    const texts = new Map(variants.map((v) => [v.id, v.text]));
    return synopsisOf(
      props.flag,
      story,
      variants.map((v) => v.id),
      (id) => texts.get(id),
    );
  }, [props.flag, story, variants]);
  if (rows.length === 0) return null;
  return (
    <table className="synoptic" data-testid="synoptic" aria-label={t('synoptic.label')}>
      <tbody>
        {rows.map((row) => {
          const look = props.looks.get(row.variant);
          return (
            <tr
              key={row.variant}
              data-variant={row.variant}
              data-carried={row.carried ? 'true' : 'false'}
            >
              <th scope="row">
                <span
                  className="chip small"
                  style={chipStyle(look?.colour)}
                  title={look?.name ?? row.variant}
                >
                  {look?.number ?? ''}
                </span>
              </th>
              {row.carried ? (
                <>
                  <td className="syn-before">
                    {/* The cell is right-to-left so a long context is cut at its far end; the text itself reads left to right. */}
                    <span dir="ltr">{row.before}</span>
                  </td>
                  <td
                    className="syn-reading"
                    style={{ borderColor: look?.colour }}
                    title={row.reading}
                  >
                    {row.reading.trim() === '' ? (
                      <span className="reading-absent">{t('hover.absent')}</span>
                    ) : (
                      shorten(row.reading)
                    )}
                  </td>
                  <td className="syn-after">{row.after}</td>
                </>
              ) : (
                <td colSpan={3} className="syn-missing muted" title={row.note ?? undefined}>
                  {t('synoptic.notOnPage')}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
