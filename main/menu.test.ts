import { describe, expect, it } from 'vitest';
import type { AppCommand, RecentEntry } from '../app/ipc/contract';
import { EXPORT_FORMATS } from '../app/export/types';
import {
  buildMenuTemplate,
  EXPORT_MENU,
  findMenuItem,
  type MenuItemSpec,
  type MenuOptions,
} from './menu';

const recent: RecentEntry[] = [
  { path: '/p/page-1.txt', name: 'page-1.txt', kind: 'variant', openedAt: '2026-03-05T08:00:00Z' },
  {
    path: '/p/review.variorum.json',
    name: 'review.variorum.json',
    kind: 'project',
    openedAt: '2026-03-05T07:00:00Z',
  },
];

function build(overrides: Partial<MenuOptions> = {}): {
  template: MenuItemSpec[];
  sent: AppCommand[];
  opened: RecentEntry[];
  cleared: number[];
} {
  const sent: AppCommand[] = [];
  const opened: RecentEntry[] = [];
  const cleared: number[] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    language: 'en',
    recent,
    send: (c) => sent.push(c),
    openRecent: (e) => opened.push(e),
    clearRecent: () => cleared.push(1),
    ...overrides,
  });
  return { template, sent, opened, cleared };
}

function item(template: MenuItemSpec[], id: string): MenuItemSpec {
  const found = findMenuItem(template, id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Linux and Windows', () => {
    expect(build().template.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'help']);
    expect(build({ platform: 'win32' }).template.map((m) => m.id)).toEqual([
      'file',
      'edit',
      'view',
      'help',
    ]);
  });

  it('adds the macOS application and Window menus, and moves Quit there', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.label).toBe('Variorum');
    expect(findMenuItem(template, 'window')).toBeDefined();
    expect(findMenuItem(template, 'quit')).toBeUndefined();
  });

  it('sends the right command from each File item, with the usual accelerators', () => {
    const { template, sent } = build();
    const expected: [string, string | undefined, AppCommand][] = [
      ['open-variants', 'CmdOrCtrl+O', { type: 'open-variants' }],
      ['open-folder', 'CmdOrCtrl+Shift+O', { type: 'open-folder' }],
      ['open-project', undefined, { type: 'open-project' }],
      ['save', 'CmdOrCtrl+S', { type: 'save-project' }],
      ['save-as', 'CmdOrCtrl+Shift+S', { type: 'save-project-as' }],
    ];
    for (const [id, accelerator, command] of expected) {
      const entry = item(template, id);
      expect(entry.accelerator).toBe(accelerator);
      entry.click?.();
      expect(sent.at(-1)).toEqual(command);
    }
    expect(item(template, 'quit').role).toBe('quit');
  });

  it('offers every export format', () => {
    const { template, sent } = build();
    const exportMenu = item(template, 'export').submenu ?? [];
    expect(exportMenu).toHaveLength(EXPORT_MENU.length);
    for (const entry of exportMenu) entry.click?.();
    expect(sent.map((c) => (c.type === 'export' ? c.format : ''))).toEqual([...EXPORT_FORMATS]);
  });

  it('lists recent entries that open on click, and a clear item', () => {
    const { template, opened, cleared } = build();
    const submenu = item(template, 'open-recent').submenu ?? [];
    submenu[0]?.click?.();
    submenu[1]?.click?.();
    expect(opened.map((e) => e.path)).toEqual(['/p/page-1.txt', '/p/review.variorum.json']);
    submenu.at(-1)?.click?.();
    expect(cleared).toHaveLength(1);
  });

  it('shows a disabled placeholder when nothing was opened recently', () => {
    const submenu = item(build({ recent: [] }).template, 'open-recent').submenu ?? [];
    expect(submenu[0]).toMatchObject({ enabled: false });
    expect(submenu.at(-1)).toMatchObject({ enabled: false });
  });

  it('leaves undo/redo keys to the editor but sends the commands from the menu', () => {
    const { template, sent } = build();
    item(template, 'undo').click?.();
    item(template, 'redo').click?.();
    expect(sent).toEqual([{ type: 'undo' }, { type: 'redo' }]);
    expect(item(template, 'undo').registerAccelerator).toBe(false);
    const roles = (findMenuItem(template, 'edit')?.submenu ?? [])
      .map((m) => m.role)
      .filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('switches theme and language, marking the current language', () => {
    const { template, sent } = build({ language: 'zh-CN' });
    item(template, 'toggle-theme').click?.();
    item(template, 'language-en').click?.();
    expect(sent).toEqual([{ type: 'toggle-theme' }, { type: 'set-language', language: 'en' }]);
    expect(item(template, 'language-zh-CN').checked).toBe(true);
    expect(item(template, 'file').label).toBe('文件(&F)');
  });

  it('offers Reload and Developer Tools only in development', () => {
    expect(findMenuItem(build().template, 'devtools')).toBeUndefined();
    expect(findMenuItem(build().template, 'reload')).toBeUndefined();
    const dev = build({ isDev: true }).template;
    expect(item(dev, 'devtools').role).toBe('toggleDevTools');
    expect(item(dev, 'reload').role).toBe('reload');
  });

  it('sends About from Help', () => {
    const { template, sent } = build();
    item(template, 'about').click?.();
    expect(sent).toEqual([{ type: 'about' }]);
  });
});
