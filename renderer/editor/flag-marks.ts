/**
 * Where each flag lies in a pane and what its hover says: pure data the Monaco decoration code
 * turns into decorations. Kept free of Monaco so it is tested in Node.
 */
import type { Category, Flag, Reading } from '../../app/model/types';
import type { CanonicalAnchor } from '../../app/review/types';
import { translate } from '../i18n/translate';
import type { StoryView } from './story-view';

/** A flag's range in one pane (model offsets, end exclusive; empty for absent text). */
export interface FlagMark {
  readonly flagId: string;
  readonly category: Category;
  readonly start: number;
  readonly end: number;
}

/** Category colours for the overview ruler (Monaco needs real colours there, not CSS variables); the same as the palette's --cat-* (tested). */
export const CATEGORY_COLOURS: Readonly<Record<Category, { light: string; dark: string }>> = {
  name: { light: '#C2185B', dark: '#F48FB1' },
  number: { light: '#1565C0', dark: '#90CAF9' },
  punctuation: { light: '#6D4C41', dark: '#BCAAA4' },
  wording: { light: '#B34D00', dark: '#FFB74D' },
  omission: { light: '#6A1B9A', dark: '#CE93D8' },
};

/** The marks of the flags in a variant's pane. */
export function variantMarks(flags: readonly Flag[], variant: string, view: StoryView): FlagMark[] {
  const marks: FlagMark[] = [];
  for (const flag of flags) {
    const reading = flag.readings.find((r) => r.variant === variant);
    if (!reading) continue;
    marks.push({
      flagId: flag.id,
      category: flag.category,
      start: view.toView(reading.start, 'start'),
      end: Math.max(view.toView(reading.start, 'start'), view.toView(reading.end, 'end')),
    });
  }
  return marks;
}

/** The marks of the flags in the canonical pane, from the review's anchors. */
export function canonicalMarks(
  flags: readonly Flag[],
  anchors: readonly CanonicalAnchor[],
): FlagMark[] {
  const byId = new Map(anchors.map((a) => [a.flagId, a]));
  const marks: FlagMark[] = [];
  for (const flag of flags) {
    const anchor = byId.get(flag.id);
    if (anchor)
      marks.push({
        flagId: flag.id,
        category: flag.category,
        start: anchor.start,
        end: anchor.end,
      });
  }
  return marks;
}

/** Escapes text for Monaco's Markdown (HTML is on for the colour chips, so escape both). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Longest reading shown in a hover; an omitted paragraph is cut with an ellipsis. */
const HOVER_READING_MAX = 80;

function shown(reading: Reading, language: 'zh-CN' | 'en'): string {
  if (reading.text.length === 0) return translate(language, 'hover.absent');
  const flat = reading.text.replace(/\s+/g, ' ');
  const cut = flat.length > HOVER_READING_MAX ? `${flat.slice(0, HOVER_READING_MAX)}…` : flat;
  return `「${escapeMarkdown(cut)}」`;
}

/** The hover of a flag: its category and every variant's reading, majority marked. */
export function flagHover(
  flag: Flag,
  variants: readonly { id: string; name: string; colour: string }[],
  language: 'zh-CN' | 'en',
): string {
  const lines = [
    `**${escapeMarkdown(translate(language, `category.${flag.category}`))}** · ${translate(language, 'hover.readings')}`,
    '',
  ];
  for (const reading of flag.readings) {
    const variant = variants.find((v) => v.id === reading.variant);
    const isMajority = flag.majority !== null && reading.text.trim() === flag.majority.trim();
    const chip = `<span style="color:${variant?.colour ?? '#888888'};">■</span>`;
    const majority = isMajority ? ` *(${translate(language, 'hover.majority')})*` : '';
    lines.push(
      `- ${chip} ${escapeMarkdown(variant?.name ?? reading.variant)}: ${shown(reading, language)}${majority}`,
    );
  }
  if (flag.note) lines.push('', escapeMarkdown(flag.note));
  return lines.join('\n');
}
