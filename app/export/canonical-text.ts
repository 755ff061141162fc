/**
 * The canonical text of the chosen stories as plain text (.txt) and Markdown (.md). Both take
 * the editor's canonical draft verbatim except for line endings and, when asked, the house style.
 */
import { applyHouseStyle } from './house-style';
import type { ResolvedStory } from './story-texts';
import { splitTitle, withLineEndings } from './text-blocks';
import type { ExportOptions } from './types';

/** The canonical of one story as exported: the draft, in house style when asked. */
export function styledCanonical(resolved: ResolvedStory, options: ExportOptions = {}): string {
  const text = resolved.review.canonical;
  const style = options.houseStyle;
  if (!style) return text;
  return applyHouseStyle(text, style === true ? {} : style);
}

/** The line between two stories of a plain-text export of several stories. */
export const STORY_SEPARATOR = '* * *';

/**
 * A story's canonical under its title: the title line, a blank line, then the canonical as drafted
 * without its own first line when that line is the title (with or without heading marks).
 */
export function titledCanonical(title: string, canonical: string): string {
  const { title: heading } = splitTitle(title, canonical);
  const lines = canonical.replace(/^\s*\n/u, '').split(/\r\n|\r|\n/);
  const first = (lines[0] ?? '').replace(/^\s*#+\s*/u, '').trim();
  const body = first === heading && heading !== '' ? lines.slice(1).join('\n') : lines.join('\n');
  const trimmed = body.replace(/^\s*\n/u, '').replace(/\s+$/u, '');
  return heading ? `${heading}\n\n${trimmed}` : trimmed;
}

/**
 * Plain UTF-8 text, ending with one line break. One story: its canonical as drafted. Several
 * ("Every story"): each story under its title, with a separator line between stories, so a desk
 * can tell where one ends and the next begins.
 */
export function canonicalTxt(
  stories: readonly ResolvedStory[],
  options: ExportOptions = {},
): string {
  const texts = stories.map((s) => styledCanonical(s, options).replace(/\s+$/u, ''));
  const body =
    stories.length > 1
      ? stories
          .map((s, i) => titledCanonical(s.story.title, texts[i] ?? ''))
          .join(`\n\n${STORY_SEPARATOR}\n\n`)
      : texts.join('');
  return withLineEndings(`${body}\n`, options.lineEnding);
}

/** Markdown: each story's title as a level-1 heading, then its paragraphs separated by blank lines. */
export function canonicalMarkdown(
  stories: readonly ResolvedStory[],
  options: ExportOptions = {},
): string {
  const blocks: string[] = [];
  for (const resolved of stories) {
    const { title, paragraphs } = splitTitle(
      resolved.story.title,
      styledCanonical(resolved, options),
    );
    if (title) blocks.push(`# ${title}`);
    for (const paragraph of paragraphs) blocks.push(escapeMarkdownLine(paragraph.trim()));
  }
  return withLineEndings(`${blocks.join('\n\n')}\n`, options.lineEnding);
}

/**
 * Escapes what would turn a line of prose into Markdown structure: a leading heading mark, quote,
 * list bullet or number, and inline emphasis or code characters.
 */
export function escapeMarkdownLine(line: string): string {
  const inline = line.replace(/([\\`*_[\]<>|])/g, '\\$1');
  return inline.replace(/^(#{1,6}\s|[-+]\s|>|\d+[.)]\s)/, (m) => `\\${m}`);
}
