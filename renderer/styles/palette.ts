/**
 * The colours of the two themes, as data: main.tsx writes them into the page as CSS custom
 * properties (`--bg`, `--cat-name`, …) that app.css and review.css use, and the contrast test
 * checks every text/ground pair against WCAG AA. Kept in TypeScript rather than in app.css because
 * the unit tests cannot read CSS files (vitest empties them), and one source keeps both honest.
 */

/** The custom properties of one theme, without the leading `--`. */
export type Palette = Readonly<Record<PaletteName, string>>;

/** The names of the theme properties. */
export type PaletteName =
  | 'bg'
  | 'surface'
  | 'surface-2'
  | 'border'
  | 'text'
  | 'muted'
  | 'accent'
  | 'accent-text'
  | 'focus'
  | 'danger-bg'
  | 'danger-text'
  | 'danger-border'
  | 'warn-text'
  | 'cat-name'
  | 'cat-number'
  | 'cat-punctuation'
  | 'cat-wording'
  | 'cat-omission';

/** Both themes' colours. */
export const PALETTES: Readonly<Record<'light' | 'dark', Palette>> = {
  light: {
    bg: '#f6f7f9',
    surface: '#ffffff',
    'surface-2': '#eef0f3',
    border: '#d5d9e0',
    text: '#1d2330',
    muted: '#5c6676',
    accent: '#2a5db0',
    'accent-text': '#ffffff',
    focus: '#1a73e8',
    'danger-bg': '#fdecea',
    'danger-text': '#8a1c12',
    'danger-border': '#f2b8b5',
    'warn-text': '#8a5a00',
    'cat-name': '#c2185b',
    'cat-number': '#1565c0',
    'cat-punctuation': '#6d4c41',
    // Darker than Material orange 800 (#ef6c00, 3.1:1 on white): the badges are text and need 4.5:1.
    'cat-wording': '#b34d00',
    'cat-omission': '#6a1b9a',
  },
  dark: {
    bg: '#14161a',
    surface: '#1b1d21',
    'surface-2': '#25282e',
    border: '#363a42',
    text: '#e4e7ec',
    muted: '#9aa3b2',
    accent: '#7aa7f0',
    'accent-text': '#0d1420',
    focus: '#8ab4f8',
    'danger-bg': '#3b1d1b',
    'danger-text': '#ffb4ab',
    'danger-border': '#6b2c27',
    'warn-text': '#f0c36d',
    'cat-name': '#f48fb1',
    'cat-number': '#90caf9',
    'cat-punctuation': '#bcaaa4',
    'cat-wording': '#ffb74d',
    'cat-omission': '#ce93d8',
  },
};

/** The palettes as CSS: the light theme on `:root`, the dark one on `:root[data-theme='dark']`. */
export function paletteCss(): string {
  const block = (selector: string, palette: Palette): string =>
    `${selector} {\n${Object.entries(palette)
      .map(([name, value]) => `  --${name}: ${value};`)
      .join('\n')}\n}`;
  return `${block(':root', PALETTES.light)}\n${block(":root[data-theme='dark']", PALETTES.dark)}\n`;
}

/** Adds the palette to the document once, before the first render, so no frame shows without colours. */
export function installPalette(doc: Document): void {
  if (doc.getElementById('variorum-palette')) return;
  const style = doc.createElement('style');
  style.id = 'variorum-palette';
  style.textContent = paletteCss();
  doc.head.prepend(style);
}
