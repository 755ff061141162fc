/**
 * The diff colours of the editor's two themes, apart from Monaco so that the contrast test can
 * check them in plain Node (renderer/styles/contrast.test.ts).
 */

/** Monaco's default text colour in each base theme (vs, vs-dark): what the diff fills sit under. */
export const EDITOR_FOREGROUND = { light: '#000000', dark: '#D4D4D4' } as const;

/** Editor background and diff fills per theme, as Monaco colour ids. */
export const DIFF_COLOURS = {
  light: {
    'editor.background': '#FFFFFF',
    // Softer diff fills than Monaco's defaults: flags carry the strong colour, the diff the faint one.
    'diffEditor.insertedTextBackground': '#2E7D3226',
    'diffEditor.removedTextBackground': '#C6282826',
    'diffEditor.insertedLineBackground': '#2E7D320D',
    'diffEditor.removedLineBackground': '#C628280D',
  },
  dark: {
    'editor.background': '#1B1D21',
    // A clear red and green (GitHub's dark diff hues): the earlier pale pink at 25% blended with the
    // grey background into a muddy brown that read as "disabled", not "deleted". Text on them keeps
    // over 7:1 (tested).
    'diffEditor.insertedTextBackground': '#3FB95038',
    'diffEditor.removedTextBackground': '#F8514940',
    'diffEditor.insertedLineBackground': '#3FB95014',
    'diffEditor.removedLineBackground': '#F851491A',
  },
} as const;
