/** The canonical text as a Word document: each story's title as a heading, then its paragraphs. */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { styledCanonical } from './canonical-text';
import { packDocx } from './docx-pack';
import type { ResolvedStory } from './story-texts';
import { splitTitle } from './text-blocks';
import type { ExportOptions } from './types';

/** The .docx bytes of the canonical; read back, its paragraphs are the canonical's non-blank lines. */
export async function canonicalDocx(
  stories: readonly ResolvedStory[],
  options: ExportOptions = {},
  documentTitle?: string,
): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [];
  for (const resolved of stories) {
    const { title, paragraphs: body } = splitTitle(
      resolved.story.title,
      styledCanonical(resolved, options),
    );
    if (title)
      paragraphs.push(
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }),
      );
    for (const line of body) paragraphs.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  return packDocx(
    { title: documentTitle ?? stories[0]?.story.title ?? 'Variorum', creator: options.editor },
    paragraphs,
  );
}
