/**
 * The workspace frame: toolbar, sidebar (variants, stories, style notes), the side-by-side editor
 * with the variance strip above and the flag panel beside it, and a bottom panel (numbers).
 * The review components come from renderer/review/ (ui-review); this file only places them.
 */
import { lazy, Suspense, useMemo, type ReactElement } from 'react';
import { loadMonacoMessages } from './editor/monaco-locale';
import { useT } from './i18n';
import { FlagPanel, NumbersTable, StoryList, StyleNotes, VarianceStrip } from './review';
import { Banners } from './shell/banners';
import { CompareFailureNotice } from './shell/compare-failure';
import { BottomPanel } from './shell/bottom-panel';
import { DropTarget } from './shell/drop-target';
import { EmptyState } from './shell/empty-state';
import { PanePickers } from './shell/pane-pickers';
import { ProgressBar } from './shell/progress-bar';
import {
  ExportDialog,
  ProjectMenu,
  ProjectNotices,
  saveProject,
  startWithAutosave,
  useProjectEffects,
} from './project';
import { KeyHelp } from './shell/key-help';
import { OpenChoice } from './shell/open-choice';
import { SettingsPanel } from './shell/settings-panel';
import { DeskRulesPanel } from './shell/desk-rules-panel';
import { Toolbar } from './shell/toolbar';
import { VariantsList as VariantsList } from './shell/variants-list';
import { useShellEffects } from './shell/use-shell-effects';
import { useAppStore } from './store';

// Monaco is ~3 MB: load it in its own chunk so the frame paints first, after its messages in the UI language.
const CompareView = lazy(() =>
  loadMonacoMessages(useAppStore.getState().language)
    .then(() => import('./editor/compare-view'))
    .then((m) => ({ default: m.CompareView })),
);

/** The whole window. */
export function App(): ReactElement {
  // A comparison needs two variants; with one open, the empty state asks for another.
  const hasVariants = useAppStore((s) => s.variants.length > 1);
  const hasResult = useAppStore((s) => s.result !== null);
  const handlers = useMemo(() => ({}), []);
  // The project code (ui-project) offers an autosave before the shell's usual start-up opens anything.
  useShellEffects(startWithAutosave, handlers);
  useProjectEffects();
  const openExport = useAppStore((s) => s.openExportDialog);

  return (
    <div className="app">
      <Toolbar
        onSave={hasResult ? () => void saveProject(false) : undefined}
        onExport={hasResult ? () => openExport() : undefined}
      >
        <ProjectMenu />
      </Toolbar>
      <Banners />
      <CompareFailureNotice />
      <ProjectNotices />
      <ProgressBar />
      <div className="workspace">
        <Sidebar />
        <main className="center">{!hasVariants ? <EmptyState /> : <ReviewArea />}</main>
      </div>
      <DropTarget />
      <ExportDialog />
      <OpenChoice />
    </div>
  );
}

/** The sidebar: variants, stories, style notes, settings, desk rules and the keys. */
function Sidebar(): ReactElement {
  const t = useT();
  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <VariantsList />
      <section className="sidebar-section" aria-labelledby="stories-heading">
        <h2 id="stories-heading">{t('stories.heading')}</h2>
        <StoryList />
      </section>
      <section className="sidebar-section" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('notes.heading')}</h2>
        <StyleNotes />
      </section>
      <SettingsPanel />
      <DeskRulesPanel />
      <KeyHelp />
    </aside>
  );
}

/** The review: pane pickers, the variance strip, the flag panel and the editor, the numbers below. */
function ReviewArea(): ReactElement {
  const t = useT();
  const hasResult = useAppStore((s) => s.result !== null);
  const failed = useAppStore((s) => s.compareFailure !== null);
  const canonicalAvailable = useAppStore((s) =>
    s.storyId ? s.reviews[s.storyId] !== undefined : false,
  );
  const bottomTabs = useMemo(
    () => [{ id: 'numbers', label: 'bottom.numbers', content: <NumbersTable /> }],
    [],
  );
  return (
    <>
      <PanePickers canonicalAvailable={canonicalAvailable} />
      <VarianceStrip />
      {/* The flag panel comes before the editor in the DOM (CSS shows it on the right): Tab goes
          sidebar → flags → editor → numbers, the order an editor works in. */}
      <div className="editor-row">
        <aside className="flag-panel" aria-label={t('flags.heading')} data-flag-panel="">
          <FlagPanel />
        </aside>
        <section className="editor-area" aria-label={t('editor.label')}>
          {hasResult ? (
            <Suspense fallback={<p className="muted centered">{t('editor.loading')}</p>}>
              <CompareView />
            </Suspense>
          ) : (
            <p className="muted centered" data-testid="no-comparison">
              {failed ? t('error.noComparison') : `${t('progress.label')}…`}
            </p>
          )}
        </section>
      </div>
      <BottomPanel tabs={bottomTabs} />
    </>
  );
}
