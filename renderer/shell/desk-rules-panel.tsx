/**
 * The editor's desk rules in the sidebar: ignore rules ("〔 = [": what this desk treats as style)
 * and the names book (correct spellings). Applying compares again with the rules, carrying every
 * decision; each change can be undone; the rules export to and import from a desk rules file, so
 * another desk or another machine can reuse them. While an open project's own rules apply (it was
 * saved with them), the panel says so and offers to keep them as this machine's rules. Plain form
 * controls, so all of it is reachable by keyboard.
 */
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import {
  type DeskRules,
  formatDeskRulesFile,
  formatIgnoreRules,
  parseDeskRulesFile,
  parseIgnoreRules,
} from '../../app/review/desk-rules';
import { useT } from '../i18n';
import { getApi } from '../platform';
import { useAppStore } from '../store';
import { changeDeskRules } from './session-actions';

/** Parses the two boxes and compares again with them, carrying every decision. */
function applyRules(ignore: string, names: string): void {
  const next = {
    ignore: parseIgnoreRules(ignore),
    names: names
      .split(/\r?\n/)
      .map((n) => n.trim())
      .filter((n) => n !== ''),
  };
  void changeDeskRules(() => useAppStore.getState().setDeskRules(next));
}

/** Writes the rules as a desk rules file, where a Save dialog points. */
function exportRules(rules: DeskRules): void {
  void getApi().saveFile({
    suggestedName: 'desk-rules.json',
    data: formatDeskRulesFile(rules),
    filters: [{ name: 'Desk rules', extensions: ['json'] }],
  });
}

/** The desk rules panel. */
export function DeskRulesPanel(): ReactElement {
  const t = useT();
  const id = useId();
  const rules = useAppStore((s) => s.deskRules);
  const fromProject = useAppStore((s) => s.deskRulesFromProject);
  const [ignore, setIgnore] = useState(() => formatIgnoreRules(rules.ignore));
  const [names, setNames] = useState(() => rules.names.join('\n'));
  const [problem, setProblem] = useState<string | null>(null);
  // Undo and import change the rules from outside the boxes: show what now applies.
  useEffect(() => {
    setIgnore(formatIgnoreRules(rules.ignore));
    setNames(rules.names.join('\n'));
  }, [rules]);

  const importRules = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      const next = parseDeskRulesFile(await file.text());
      setProblem(null);
      await changeDeskRules(() => useAppStore.getState().setDeskRules(next));
    } catch (error) {
      setProblem(
        t('deskRules.badFile', {
          name: file.name,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <section
      className="sidebar-section desk-rules"
      aria-labelledby={`${id}-heading`}
      data-testid="desk-rules"
    >
      <h2 id={`${id}-heading`}>{t('deskRules.heading')}</h2>
      {fromProject ? <ProjectRulesNote /> : null}
      <label className="field" htmlFor={`${id}-ignore`}>
        {t('deskRules.ignore')}
      </label>
      <textarea
        id={`${id}-ignore`}
        className="text-input"
        rows={3}
        value={ignore}
        placeholder="〔 = ["
        onChange={(e) => setIgnore(e.target.value)}
        data-testid="ignore-rules"
      />
      <label className="field" htmlFor={`${id}-names`}>
        {t('deskRules.names')}
      </label>
      <textarea
        id={`${id}-names`}
        className="text-input"
        rows={3}
        value={names}
        placeholder={t('deskRules.namesPlaceholder')}
        onChange={(e) => setNames(e.target.value)}
        data-testid="names-book"
      />
      <RulesButtons
        onApply={() => {
          setProblem(null);
          applyRules(ignore, names);
        }}
        onExport={() => exportRules(rules)}
        onImport={(file) => void importRules(file)}
      />
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

/** While an open project's own rules apply: says so, and offers to keep them on this machine. */
function ProjectRulesNote(): ReactElement {
  const t = useT();
  return (
    <div data-testid="desk-rules-from-project">
      <p className="muted">{t('deskRules.fromProject')}</p>
      <button
        type="button"
        className="small-button"
        onClick={() => useAppStore.getState().keepDeskRulesOnMachine()}
        data-testid="keep-desk-rules"
      >
        {t('deskRules.keepOnMachine')}
      </button>
    </div>
  );
}

/** Apply, Undo, Export and Import (a hidden file input the Import button opens). */
function RulesButtons(props: {
  onApply: () => void;
  onExport: () => void;
  onImport: (file: File | undefined) => void;
}): ReactElement {
  const t = useT();
  const canUndo = useAppStore((s) => s.deskRulesUndo.length > 0);
  const fileInput = useRef<HTMLInputElement>(null);
  const buttons = [
    { id: 'apply-desk-rules', label: t('deskRules.apply'), onClick: props.onApply },
    {
      id: 'undo-desk-rules',
      label: t('deskRules.undo'),
      onClick: () => void changeDeskRules(() => useAppStore.getState().undoDeskRules()),
      disabled: !canUndo,
    },
    { id: 'export-desk-rules', label: t('deskRules.export'), onClick: props.onExport },
    {
      id: 'import-desk-rules',
      label: t('deskRules.import'),
      onClick: () => fileInput.current?.click(),
    },
  ];
  return (
    <div className="button-row">
      {buttons.map((button) => (
        <button
          key={button.id}
          type="button"
          className="small-button"
          onClick={button.onClick}
          disabled={button.disabled}
          data-testid={button.id}
        >
          {button.label}
        </button>
      ))}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => props.onImport(e.target.files?.[0])}
        data-testid="import-desk-rules-file"
      />
    </div>
  );
}
