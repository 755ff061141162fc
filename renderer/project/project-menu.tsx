/** The toolbar's project commands beside Save and Export: Open project, Save as, and recent projects. */
import { useEffect, useState, type ReactElement } from 'react';
import type { RecentEntry } from '../../app/ipc/contract';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import {
  openProjectDialog,
  openRecentProject,
  recentProjects,
  saveProject,
} from './project-actions';

/** Open project…, Save as…, and a list of recent projects when the platform keeps one. */
export function ProjectMenu(): ReactElement {
  const t = useT();
  const hasResult = useAppStore((s) => s.result !== null);
  const projectPath = useAppStore((s) => s.projectPath);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  useEffect(() => {
    let live = true;
    void recentProjects().then((list) => live && setRecent(list));
    return () => {
      live = false;
    };
  }, [projectPath]);
  return (
    <>
      <button type="button" onClick={() => void openProjectDialog()} data-testid="open-project">
        {t('project.open')}
      </button>
      <button
        type="button"
        onClick={() => void saveProject(true)}
        disabled={!hasResult}
        title={hasResult ? undefined : t('toolbar.needsComparison')}
        data-testid="save-project-as"
      >
        {t('project.saveAs')}
      </button>
      {recent.length > 0 ? (
        <label className="toolbar-select">
          <span className="visually-hidden">{t('project.recent')}</span>
          <select
            value=""
            onChange={(e) => {
              const entry = recent.find((r) => r.path === e.target.value);
              if (entry) void openRecentProject(entry);
            }}
            data-testid="recent-projects"
          >
            <option value="">{t('project.recent')}</option>
            {recent.map((r) => (
              <option key={r.path} value={r.path} title={r.path}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </>
  );
}
