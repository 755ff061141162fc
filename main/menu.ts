/**
 * The application menu as plain data: a pure function of the platform, the recent list and a few
 * callbacks, so it is tested in plain Node; only main/index.ts turns it into an Electron Menu.
 */
import type { AppCommand, RecentEntry } from '../app/ipc/contract';

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

const LABELS = {
  en: {
    file: '&File',
    openVariants: 'Open Variants…',
    openFolder: 'Open Folder…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Files',
    clearRecent: 'Clear Recently Opened',
    openProject: 'Open Project…',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    theme: 'Toggle Dark Theme',
    language: 'Language',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    window: '&Window',
    minimize: 'Minimize',
    close: 'Close',
    help: '&Help',
    about: 'About Variorum',
  },
  'zh-CN': {
    file: '文件(&F)',
    openVariants: '打开版本…',
    openFolder: '打开文件夹…',
    openRecent: '最近打开',
    noRecent: '没有最近打开的文件',
    clearRecent: '清除最近打开记录',
    openProject: '打开项目…',
    save: '保存',
    saveAs: '另存为…',
    export: '导出',
    quit: '退出',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    theme: '切换深色主题',
    language: '语言',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '切换全屏',
    reload: '重新加载',
    devTools: '开发者工具',
    window: '窗口(&W)',
    minimize: '最小化',
    close: '关闭',
    help: '帮助(&H)',
    about: '关于 Variorum',
  },
} as const;

/** How many recent entries File ▸ Open Recent lists: more than this is a list, not a menu. */
const RECENT_IN_MENU = 10;

/** Builds the whole application menu. */
export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const t = LABELS[options.language];
  const isMac = options.platform === 'darwin';
  const send = (command: AppCommand) => () => options.send(command);

  const recentItems: MenuItemSpec[] = options.recent.slice(0, RECENT_IN_MENU).map((entry) => ({
    label: entry.kind === 'project' ? `${entry.name} — ${entry.path}` : entry.path,
    click: () => options.openRecent(entry),
  }));
  const openRecent: MenuItemSpec = {
    id: 'open-recent',
    label: t.openRecent,
    submenu: [
      ...(recentItems.length > 0 ? recentItems : [{ label: t.noRecent, enabled: false }]),
      { type: 'separator' },
      { label: t.clearRecent, enabled: recentItems.length > 0, click: options.clearRecent },
    ],
  };

  const file: MenuItemSpec = {
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
      openRecent,
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

  const edit: MenuItemSpec = {
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

  const view: MenuItemSpec = {
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

  const help: MenuItemSpec = {
    id: 'help',
    label: t.help,
    submenu: [{ id: 'about', label: t.about, click: send({ type: 'about' }) }],
  };

  const macApp: MenuItemSpec[] = isMac
    ? [
        {
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
        },
      ]
    : [];
  const windowMenu: MenuItemSpec[] = isMac
    ? [
        {
          id: 'window',
          label: t.window,
          submenu: [
            { role: 'minimize', label: t.minimize },
            { role: 'close', label: t.close },
          ],
        },
      ]
    : [];

  return [...macApp, file, edit, view, ...windowMenu, help];
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
