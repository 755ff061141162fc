/**
 * Monaco's own words (the find box, the context menu, "Editor content") in the UI language.
 * Monaco reads its message table from a global when each message is first needed, so the
 * Chinese table must be in place before the editor modules load; the language chosen later in
 * the session applies to Monaco's words from the next start (the workspace's own words switch at once).
 */
import type { Language } from '../store/settings-slice';

/** Loads Monaco's Chinese messages when the UI starts in Chinese; English is Monaco's built-in table. */
export async function loadMonacoMessages(language: Language): Promise<void> {
  if (language === 'zh-CN') await import('monaco-editor/nls/lang/zh-cn');
}
