/**
 * The application menu as plain data: a pure function of the platform, the recent list and a few
 * callbacks, so it is tested in plain Node; only main/index.ts turns it into an Electron Menu.
 */
import type { AppCommand, RecentEntry } from '../app/ipc/contract';
import { MENU_LABELS, type MenuLabels } from './menu-labels';

/** The Electron menu roles this menu uses (a subset of Electron's MenuItem roles). */
export type MenuRole =
  | 'appMenu'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'minimize'
  | 'close';

/** One menu item, structurally compatible with Electron's MenuItemConstructorOptions. */
export interface MenuItemSpec {
  readonly id?: string;
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  readonly accelerator?: string;
  /** False shows the accelerator without capturing the key, so the focused editor keeps it. */
  readonly registerAccelerator?: boolean;
  readonly checked?: boolean;
  readonly enabled?: boolean;
  readonly submenu?: MenuItemSpec[];
  readonly click?: () => void;
}

/** The menu's interface language. */
export type MenuLanguage = 'zh-CN' | 'en';

/** What the menu is built from. */
export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Development build: adds Reload and Developer Tools. */
  readonly isDev: boolean;
  readonly language: MenuLanguage;
  readonly recent: readonly RecentEntry[];
  /** Sends a command to the renderer. */
  readonly send: (command: AppCommand) => void;
  /** Opens a recent entry (main loads it, then sends the result). */
  readonly openRecent: (entry: RecentEntry) => void;
  readonly clearRecent: () => void;
}

/** The export formats of File ▸ Export, with the format id the renderer's export code expects. */
export const EXPORT_MENU: readonly {
  readonly format: string;
  readonly en: string;
  readonly zh: string;
}[] = [
  { format: 'txt', en: 'Canonical text (.txt)', zh: '定本文本 (.txt)' },
  { format: 'md', en: 'Canonical Markdown (.md)', zh: '定本 Markdown (.md)' },
  { format: 'docx', en: 'Canonical Word (.docx)', zh: '定本 Word (.docx)' },
  {
    format: 'redline',
    en: 'Redline with tracked changes (.docx)',
    zh: '修订稿（修订痕迹）(.docx)',
  },
  { format: 'tei', en: 'TEI apparatus (.xml)', zh: 'TEI 校勘记 (.xml)' },
  { format: 'csv', en: 'Report (.csv)', zh: '校对报告 (.csv)' },
  { format: 'html', en: 'Report (.html)', zh: '校对报告 (.html)' },
  { format: 'json', en: 'Report (.json)', zh: '校对报告 (.json)' },
];

/** How many recent entries File ▸ Open Recent lists: more than this is a list, not a menu. */
const RECENT_IN_MENU = 10;

/** What every menu's builder reads: the options, their labels, and a click that sends a command. */
interface MenuContext {
  readonly options: MenuOptions;
  readonly t: MenuLabels;
  readonly isMac: boolean;
  readonly send: (command: AppCommand) => () => void;
}

/** Builds the whole application menu. */
export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const isMac = options.platform === 'darwin';
  const c: MenuContext = {
    options,
    t: MENU_LABELS[options.language],
    isMac,
    send: (command) => () => options.send(command),
  };
  return [
    ...(isMac ? [macAppMenu(c)] : []),
    fileMenu(c),
    editMenu(c),
    viewMenu(c),
    ...(isMac ? [windowMenu(c)] : []),
    helpMenu(c),
  ];
}

/** File ▸ Open Recent: the latest entries, or a disabled line saying there are none. */
function openRecentMenu({ options, t }: MenuContext): MenuItemSpec {
  const recentItems: MenuItemSpec[] = options.recent.slice(0, RECENT_IN_MENU).map((entry) => ({
    label: entry.kind === 'project' ? `${entry.name} — ${entry.path}` : entry.path,
    click: () => options.openRecent(entry),
  }));
  return {
    id: 'open-recent',
    label: t.openRecent,
    submenu: [
      ...(recentItems.length > 0 ? recentItems : [{ label: t.noRecent, enabled: false }]),
      { type: 'separator' },
      { label: t.clearRecent, enabled: recentItems.length > 0, click: options.clearRecent },
    ],
  };
}

/** File: open, Recent, the project, Export and (but on the Mac) Quit. */
function fileMenu(c: MenuContext): MenuItemSpec {
  const { options, t, isMac, send } = c;
  return {
    id: 'file',
    label: t.file,
    submenu: [
      {
        id: 'open-variants',
        label: t.openVariants,
        accelerator: 'CmdOrCtrl+O',
        click: send({ type: 'open-variants' }),
      },
      {
        id: 'open-folder',
        label: t.openFolder,
        accelerator: 'CmdOrCtrl+Shift+O',
        click: send({ type: 'open-folder' }),
      },
      openRecentMenu(c),
      { type: 'separator' },
      { id: 'open-project', label: t.openProject, click: send({ type: 'open-project' }) },
      {
        id: 'save',
        label: t.save,
        accelerator: 'CmdOrCtrl+S',
        click: send({ type: 'save-project' }),
      },
      {
        id: 'save-as',
        label: t.saveAs,
        accelerator: 'CmdOrCtrl+Shift+S',
        click: send({ type: 'save-project-as' }),
      },
      { type: 'separator' },
      {
        id: 'export',
        label: t.export,
        submenu: EXPORT_MENU.map((item) => ({
          id: `export-${item.format}`,
          label: options.language === 'en' ? item.en : item.zh,
          click: send({ type: 'export', format: item.format }),
        })),
      },
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            { id: 'quit', label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const,
          ]),
    ],
  };
}

/** Edit: the review's undo and redo, and the clipboard roles. */
function editMenu({ t, isMac, send }: MenuContext): MenuItemSpec {
  return {
    id: 'edit',
    label: t.edit,
    submenu: [
      // Undo/redo belong to the review (decisions and hand edits), so they are commands; the keys stay
      // with the focused editor (registerAccelerator false), which forwards them itself.
      {
        id: 'undo',
        label: t.undo,
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: send({ type: 'undo' }),
      },
      {
        id: 'redo',
        label: t.redo,
        accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
        registerAccelerator: false,
        click: send({ type: 'redo' }),
      },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  };
}

/** View: theme, language, zoom, full screen, and in development Reload and Developer Tools. */
function viewMenu({ options, t, send }: MenuContext): MenuItemSpec {
  return {
    id: 'view',
    label: t.view,
    submenu: [
      {
        id: 'toggle-theme',
        label: t.theme,
        accelerator: 'CmdOrCtrl+Shift+T',
        click: send({ type: 'toggle-theme' }),
      },
      {
        id: 'language',
        label: t.language,
        submenu: [
          {
            id: 'language-zh-CN',
            label: '简体中文',
            type: 'radio',
            checked: options.language === 'zh-CN',
            click: send({ type: 'set-language', language: 'zh-CN' }),
          },
          {
            id: 'language-en',
            label: 'English',
            type: 'radio',
            checked: options.language === 'en',
            click: send({ type: 'set-language', language: 'en' }),
          },
        ],
      },
      { type: 'separator' },
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: t.fullScreen, role: 'togglefullscreen' },
      ...(options.isDev
        ? [
            { type: 'separator' } as const,
            { id: 'reload', label: t.reload, role: 'reload' } as const,
            { id: 'devtools', label: t.devTools, role: 'toggleDevTools' } as const,
          ]
        : []),
    ],
  };
}

/** Help: About. */
function helpMenu({ t, send }: MenuContext): MenuItemSpec {
  return {
    id: 'help',
    label: t.help,
    submenu: [{ id: 'about', label: t.about, click: send({ type: 'about' }) }],
  };
}

/** The Mac's application menu (About, Services, Hide, Quit), which other platforms do not have. */
function macAppMenu({ t, send }: MenuContext): MenuItemSpec {
  return {
    label: 'Variorum',
    submenu: [
      { label: t.about, click: send({ type: 'about' }) },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

/** The Mac's Window menu. */
function windowMenu({ t }: MenuContext): MenuItemSpec {
  return {
    id: 'window',
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'close', label: t.close },
    ],
  };
}

/** Finds an item by id anywhere in a template (for tests and for enabling items later). */
export function findMenuItem(
  template: readonly MenuItemSpec[],
  id: string,
): MenuItemSpec | undefined {
  for (const item of template) {
    if (item.id === id) return item;
    const inner = item.submenu ? findMenuItem(item.submenu, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
