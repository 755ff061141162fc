/**
 * Splits canonical text into the blocks that document formats (md, docx, redline) are built of.
 * One rule for all of them, so that a .docx read back gives the same paragraphs as the .md.
 */

/** The paragraphs of a text: its lines without line endings, leaving out blank lines. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim().length > 0);
}

/** A story as a heading and its body paragraphs. */
export interface TitledParagraphs {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/**
 * Separates the title from the body. Canonical text usually starts with the headline (the story's
 * range begins there), so when the first paragraph is the title, with or without Markdown heading
 * marks, it becomes the heading instead of being printed twice.
 */
export function splitTitle(title: string, text: string): TitledParagraphs {
  const paragraphs = paragraphsOf(text);
  const first = paragraphs[0];
  if (first !== undefined && stripHeading(first) === title.trim() && title.trim().length > 0) {
    return { title: stripHeading(first), paragraphs: paragraphs.slice(1) };
  }
  return { title: title.trim(), paragraphs };
}

/** Converts every line ending to LF or CRLF. */
export function withLineEndings(text: string, ending: 'lf' | 'crlf' = 'lf'): string {
  const lf = text.replace(/\r\n|\r/g, '\n');
  return ending === 'crlf' ? lf.replace(/\n/g, '\r\n') : lf;
}

function stripHeading(line: string): string {
  return line.replace(/^\s*#+\s*/, '').trim();
}
