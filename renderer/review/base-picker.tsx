/** The base variant of the open story: it backs the canonical draft and wins ties (e.g. the wire copy). */
import type { ReactElement } from 'react';
import type { Story } from '../../app/model/types';
import { changeBaseVariant as rebuildOnBase } from '../../app/review/canonical';
import type { StoryReview } from '../../app/review/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import type { VariantLook } from './use-review';

/** A select of the variants carrying the story; switching rebuilds the canonical and keeps every decision. */
export function BasePicker(props: {
  story: Story;
  review: StoryReview;
  looks: ReadonlyMap<string, VariantLook>;
}): ReactElement {
  const t = useT();
  const changeBaseVariant = useAppStore((s) => s.changeBaseVariant);
  const variants = useAppStore((s) => s.variants);
  /** True when the canonical holds more than its base and decisions: hand edits or style outside flags. */
  const hasLooseEdits = (): boolean =>
    rebuildOnBase(props.review, props.story, variants, props.review.baseVariant).canonical !==
    props.review.canonical;
  const carrying = [...new Set(props.story.spans.map((s) => s.variant))];
  return (
    <label className="base-picker" title={t('review.baseHint')}>
      <span className="muted">{t('review.base')}</span>
      <select
        data-testid="base-variant"
        value={props.review.baseVariant}
        onChange={(e) => {
          // Hand edits outside flags belong to the old base's text and are not carried: ask first.
          if (hasLooseEdits() && !window.confirm(t('review.baseConfirm'))) return;
          changeBaseVariant(e.target.value);
        }}
      >
        {carrying.map((id) => (
          <option key={id} value={id}>
            {props.looks.get(id)?.number ?? ''}. {props.looks.get(id)?.name ?? id}
          </option>
        ))}
      </select>
    </label>
  );
}
