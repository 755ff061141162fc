/**
 * WCAG 2 contrast arithmetic on #rrggbb[aa] colours: parse, blend a translucent fill over its
 * background, relative luminance, contrast ratio, and the readable ink for a coloured chip.
 */

/** A colour as 0–255 channels and 0–1 alpha. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** WCAG AA for body text (1.4.3); large text and UI parts such as underlines need 3:1 (1.4.11). */
export const AA_TEXT = 4.5;
/** WCAG AA for graphical objects and large text. */
export const AA_NON_TEXT = 3;

/** Parses #rgb, #rrggbb or #rrggbbaa; throws on anything else so a typo in a theme fails loudly. */
export function parseColour(hex: string): Rgba {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a hex colour: ${hex}`);
  let digits = m[1];
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const channel = (i: number): number => parseInt(digits.slice(i, i + 2), 16);
  return {
    r: channel(0),
    g: channel(2),
    b: channel(4),
    a: digits.length === 8 ? channel(6) / 255 : 1,
  };
}

/** The opaque colour seen when `top` (possibly translucent) is painted over opaque `bottom`. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(colour: Rgba): number {
  const linear = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/** The WCAG contrast ratio (1–21) between two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** White or near-black, whichever reads better on a chip of this colour (light sky blue or amber need dark ink). */
export function inkOn(background: string): '#FFFFFF' | '#111111' {
  const bg = parseColour(background);
  return contrast(parseColour('#FFFFFF'), bg) >= contrast(parseColour('#111111'), bg)
    ? '#FFFFFF'
    : '#111111';
}
