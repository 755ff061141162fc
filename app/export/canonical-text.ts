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

/**
 * Plain UTF-8 text: each story's canonical as drafted, stories separated by a blank line,
 * ending with one line break.
 */
export function canonicalTxt(stories: readonly ResolvedStory[], options: ExportOptions = {}): string {
  const body = stories.map((s) => styledCanonical(s, options).replace(/\s+$/u, '')).join('\n\n');
  return withLineEndings(`${body}\n`, options.lineEnding);
}

/** Markdown: each story's title as a level-1 heading, then its paragraphs separated by blank lines. */
export function canonicalMarkdown(stories: readonly ResolvedStory[], options: ExportOptions = {}): string {
  const blocks: string[] = [];
  for (const resolved of stories) {
    const { title, paragraphs } = splitTitle(resolved.story.title, styledCanonical(resolved, options));
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
