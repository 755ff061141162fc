/** The pickers above the editor: what the left pane shows, which variant the right pane shows. */
import type { ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { currentStory, storyVariants } from '../store/session-slice';

/** Left: canonical or a variant; right: a variant (also keys 1–9). */
export function PanePickers(props: { canonicalAvailable: boolean }): ReactElement | null {
  const t = useT();
  const result = useAppStore((s) => s.result);
  const storyId = useAppStore((s) => s.storyId);
  const variants = useAppStore((s) => s.variants);
  const leftPane = useAppStore((s) => s.leftPane);
  const rightVariant = useAppStore((s) => s.rightVariant);
  const setLeftPane = useAppStore((s) => s.setLeftPane);
  const setRightVariant = useAppStore((s) => s.setRightVariant);
  const story = currentStory({ result, storyId });
  if (!result || !story) return null;
  const ids = storyVariants(result, story);
  const nameOf = (id: string): string => variants.find((v) => v.id === id)?.name ?? id;
  const colourOf = (id: string): string =>
    variants.find((v) => v.id === id)?.colour ?? 'transparent';
  // Both pickers list the story's variants the same way, numbered as the keys 1–9 choose them.
  const variantOptions = ids.map((id, i) => (
    <option key={id} value={id}>
      {i + 1}. {nameOf(id)}
    </option>
  ));
  const leftValue =
    leftPane === 'canonical' && props.canonicalAvailable
      ? 'canonical'
      : leftPane === 'canonical'
        ? (ids[0] ?? '')
        : leftPane.variant;
  return (
    <div className="pane-pickers">
      <label className="picker picker-left">
        <span
          className="chip small"
          style={{ background: leftValue === 'canonical' ? 'var(--accent)' : colourOf(leftValue) }}
          aria-hidden="true"
        />
        <span>{t('panes.left')}</span>
        <select
          value={leftValue}
          data-testid="left-picker"
          onChange={(e) =>
            setLeftPane(e.target.value === 'canonical' ? 'canonical' : { variant: e.target.value })
          }
        >
          {props.canonicalAvailable ? (
            <option value="canonical">{t('panes.canonical')}</option>
          ) : null}
          {variantOptions}
        </select>
      </label>
      <span className="picker-arrow" aria-hidden="true">
        ⇄
      </span>
      <label className="picker picker-right" title={t('panes.rightHint')}>
        <span
          className="chip small"
          style={{ background: rightVariant ? colourOf(rightVariant) : 'transparent' }}
          aria-hidden="true"
        />
        <span>{t('panes.right')}</span>
        <select
          value={rightVariant ?? ''}
          data-testid="right-picker"
          onChange={(e) => setRightVariant(e.target.value)}
        >
          {variantOptions}
        </select>
      </label>
      <span className="toolbar-gap" />
      <ViewToggles />
    </div>
  );
}

/** How the panes are shown: follow the flag to a page that differs, collapse unchanged, as printed. */
function ViewToggles(): ReactElement {
  const t = useT();
  const showAsPrinted = useAppStore((s) => s.showAsPrinted);
  const followFlag = useAppStore((s) => s.followFlag);
  const hideUnchanged = useAppStore((s) => s.hideUnchanged);
  const setHideUnchanged = useAppStore((s) => s.setHideUnchanged);
  const setFollowFlag = useAppStore((s) => s.setFollowFlag);
  const setShowAsPrinted = useAppStore((s) => s.setShowAsPrinted);
  return (
    <>
      <label className="checkbox" title={t('panes.followFlagHint')}>
        <input
          type="checkbox"
          checked={followFlag}
          onChange={(e) => setFollowFlag(e.target.checked)}
          data-testid="follow-flag"
        />
        {t('panes.followFlag')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={hideUnchanged}
          onChange={(e) => setHideUnchanged(e.target.checked)}
          data-testid="hide-unchanged"
        />
        {t('panes.hideUnchanged')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showAsPrinted}
          onChange={(e) => setShowAsPrinted(e.target.checked)}
          data-testid="show-as-printed"
        />
        {t('panes.showAsPrinted')}
      </label>
    </>
  );
}
