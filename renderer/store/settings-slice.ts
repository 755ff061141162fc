/**
 * The settings slice: theme, language, the editor's name, the base variant, show-as-printed and
 * auto-advance. Remembered in localStorage so that the editor's choices survive a restart.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** The UI languages. */
export type Language = 'zh-CN' | 'en';

/** The colour themes. */
export type Theme = 'light' | 'dark';

/** The persisted settings. */
export interface Settings {
  readonly theme: Theme;
  readonly language: Language;
  /** Written into every decision ("who decided"). */
  readonly editorName: string;
  /** The variant that wins ties and backs the canonical (e.g. the wire copy); null: the first. */
  readonly baseVariant: string | null;
  /** Show raw text instead of the style-folded text in the panes. */
  readonly showAsPrinted: boolean;
  /** After a decision, move to the next open flag (KDiff3's auto-advance). */
  readonly autoAdvance: boolean;
  /** At each flag, the right pane moves to a page that reads otherwise than the left (on by default). */
  readonly followFlag: boolean;
  /** Fold the paragraphs where the panes agree, as VS Code's diff editor can (off by default). */
  readonly hideUnchanged: boolean;
}

/** State and actions of the settings slice. */
export interface SettingsSlice extends Settings {
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  setLanguage(language: Language): void;
  setEditorName(name: string): void;
  setBaseVariant(variantId: string | null): void;
  setShowAsPrinted(value: boolean): void;
  setAutoAdvance(value: boolean): void;
  setFollowFlag(value: boolean): void;
  setHideUnchanged(value: boolean): void;
}

const STORAGE_KEY = 'variorum.settings';

/** The language for a BCP 47 locale: Chinese for any zh-*, else English. */
export function languageFor(locale: string | undefined): Language {
  return locale && /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}

/** Defaults, then whatever a previous session stored. */
export function loadSettings(
  storage: Pick<Storage, 'getItem'> | undefined,
  locale: string | undefined,
): Settings {
  const defaults: Settings = {
    theme: 'light',
    language: languageFor(locale),
    editorName: '',
    baseVariant: null,
    showAsPrinted: false,
    autoAdvance: true,
    followFlag: true,
    hideUnchanged: false,
  };
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return defaults;
    const parsed = JSON.parse(raw) as Partial<Settings>;
    return {
      theme: parsed.theme === 'dark' ? 'dark' : defaults.theme,
      language:
        parsed.language === 'en' || parsed.language === 'zh-CN'
          ? parsed.language
          : defaults.language,
      editorName: typeof parsed.editorName === 'string' ? parsed.editorName : '',
      baseVariant: null,
      showAsPrinted: parsed.showAsPrinted === true,
      autoAdvance: parsed.autoAdvance !== false,
      followFlag: parsed.followFlag !== false,
      hideUnchanged: parsed.hideUnchanged === true,
    };
  } catch {
    return defaults;
  }
}

function save(state: Settings): void {
  if (typeof localStorage === 'undefined') return;
  const { theme, language, editorName, showAsPrinted, autoAdvance, followFlag, hideUnchanged } =
    state;
  try {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        theme,
        language,
        editorName,
        showAsPrinted,
        autoAdvance,
        followFlag,
        hideUnchanged,
      }),
    );
  } catch {
    // Storage full or disabled: settings then last for this session only.
  }
}

/** Creates the settings slice. */
export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => {
  const update = (patch: Partial<Settings>): void => {
    set(patch);
    save(get());
  };
  return {
    ...loadSettings(
      typeof localStorage === 'undefined' ? undefined : localStorage,
      typeof navigator === 'undefined' ? undefined : navigator.language,
    ),
    setTheme: (theme) => update({ theme }),
    toggleTheme: () => update({ theme: get().theme === 'dark' ? 'light' : 'dark' }),
    setLanguage: (language) => update({ language }),
    setEditorName: (editorName) => update({ editorName }),
    setBaseVariant: (baseVariant) => update({ baseVariant }),
    setShowAsPrinted: (showAsPrinted) => update({ showAsPrinted }),
    setAutoAdvance: (autoAdvance) => update({ autoAdvance }),
    setFollowFlag: (followFlag) => update({ followFlag }),
    setHideUnchanged: (hideUnchanged) => update({ hideUnchanged }),
  };
};
