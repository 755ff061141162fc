/**
 * A TEI P5 parallel-segmentation apparatus of the chosen stories, the form CollateX and Juxta
 * export: the header lists every variant as a witness, the text runs as the canonical reads, and
 * each flag becomes an `<app>` whose `<lem>` is the canonical's text there (type = the decision's
 * status, or "open") and whose `<rdg wit="#v1 #v3">` group the other variants by what they read.
 */
import type { Flag } from '../model/types';
import type { StoryReview } from '../review/types';
import { decisionOf, usableAnchors, type ResolvedStory } from './story-texts';
import { escapeXml as esc, xmlId } from './xml-escape';
import type { ExportOptions, ExportVariant } from './types';

/** One piece of a story's text: plain canonical text, or the apparatus of one flag. */
type Piece = { readonly text: string } | { readonly flag: Flag; readonly canonical: string };

/** The TEI document as a string (UTF-8 when saved). */
export function teiDocument(
  stories: readonly ResolvedStory[],
  variants: readonly ExportVariant[],
  options: ExportOptions & { readonly title?: string } = {},
): string {
  const title = options.title ?? stories[0]?.story.title ?? 'Variorum';
  const editors = [
    ...new Set(stories.flatMap((s) => Object.values(s.review.decisions).map((d) => d.editor))),
  ];
  const witnesses = variants
    .map((v) => `          <witness xml:id="${xmlId(v.id)}">${esc(v.name)}</witness>`)
    .join('\n');
  const resp = editors
    .map(
      (e, i) =>
        `        <respStmt xml:id="editor-${i + 1}"><resp>reviewed by</resp><name>${esc(e)}</name></respStmt>`,
    )
    .join('\n');
  const date = options.now ?? new Date().toISOString();
  const body = stories.map((s) => storyDiv(s, editors)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>${esc(title)}</title>
${resp ? `${resp}\n` : ''}      </titleStmt>
      <publicationStmt>
        <p>Exported by Variorum on <date when="${esc(date)}">${esc(date)}</date>.</p>
      </publicationStmt>
      <sourceDesc>
        <listWit>
${witnesses}
        </listWit>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <variantEncoding method="parallel-segmentation" location="internal"/>
    </encodingDesc>
  </teiHeader>
  <text>
    <body>
${body}
    </body>
  </text>
</TEI>
`;
}

function storyDiv({ story, review }: ResolvedStory, editors: readonly string[]): string {
  const pieces = piecesOf(review, story.flags);
  const placed = new Set(pieces.flatMap((p) => ('flag' in p ? [p.flag.id] : [])));
  const unplaced = story.flags.filter((f) => !placed.has(f.id));
  const paragraphs = paragraphsOfPieces(pieces, review, editors);
  if (unplaced.length > 0) {
    // A flag whose anchor a hand edit removed still belongs in the apparatus, after the text.
    const apps = unplaced.map((f) => app(f, null, review, editors)).join(' ');
    paragraphs.push(`<p type="unplaced">${apps}</p>`);
  }
  return [
    `      <div type="story" xml:id="${xmlId(story.id)}">`,
    `        <head>${esc(story.title)}</head>`,
    ...paragraphs.map((p) => `        ${p}`),
    '      </div>',
  ].join('\n');
}

function piecesOf(review: StoryReview, flags: readonly Flag[]): Piece[] {
  const byId = new Map(flags.map((f) => [f.id, f]));
  const pieces: Piece[] = [];
  let at = 0;
  for (const anchor of usableAnchors(review)) {
    const flag = byId.get(anchor.flagId);
    if (!flag) continue;
    if (anchor.start > at) pieces.push({ text: review.canonical.slice(at, anchor.start) });
    pieces.push({ flag, canonical: review.canonical.slice(anchor.start, anchor.end) });
    at = anchor.end;
  }
  if (at < review.canonical.length) pieces.push({ text: review.canonical.slice(at) });
  return pieces;
}

/** Splits the pieces into `<p>`s at the line breaks of the plain text; breaks inside an `<app>` become `<lb/>`. */
function paragraphsOfPieces(
  pieces: readonly Piece[],
  review: StoryReview,
  editors: readonly string[],
): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim()) paragraphs.push(`<p>${current.trim()}</p>`);
    current = '';
  };
  for (const piece of pieces) {
    if ('text' in piece) {
      const lines = piece.text.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (i > 0) flush();
        current += esc(line);
      });
    } else {
      current += app(piece.flag, piece.canonical, review, editors);
    }
  }
  flush();
  return paragraphs;
}

function app(
  flag: Flag,
  canonical: string | null,
  review: StoryReview,
  editors: readonly string[],
): string {
  const decision = decisionOf(review, flag.id);
  const groups = new Map<string, string[]>();
  for (const reading of flag.readings) {
    const text = normalise(reading.text);
    groups.set(text, [...(groups.get(text) ?? []), reading.variant]);
  }
  // The lemma is what the canonical reads here (the decision's text once decided), so reading
  // every lemma in order gives the canonical; an open flag's lemma is the draft's provisional
  // reading (the majority), marked type="open".
  const lemSource = canonical ?? decision?.text ?? null;
  const lemText = lemSource === null ? null : normalise(lemSource);
  const parts: string[] = [];
  if (lemText !== null) {
    const wit = groups.get(lemText);
    const respIndex = decision ? editors.indexOf(decision.editor) : -1;
    const attrs = [
      wit ? ` wit="${witList(wit)}"` : '',
      respIndex >= 0 ? ` resp="#editor-${respIndex + 1}"` : '',
      // att.textCritical's type: how the editor arrived at the lemma (accepted, picked, edited…) or open.
      ` type="${decision ? decision.status : 'open'}"`,
    ].join('');
    parts.push(element('lem', attrs, lemText));
    groups.delete(lemText);
  }
  for (const [text, wit] of groups) parts.push(element('rdg', ` wit="${witList(wit)}"`, text));
  const note = decision?.note ?? flag.note;
  if (note) parts.push(`<note>${esc(note)}</note>`);
  return `<app type="${flag.category}" xml:id="${xmlId(flag.id)}">${parts.join('')}</app>`;
}

function element(name: string, attrs: string, text: string): string {
  if (!text) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${text.split('\n').map(esc).join('<lb/>')}</${name}>`;
}

function witList(variants: readonly string[]): string {
  return variants.map((v) => `#${xmlId(v)}`).join(' ');
}

function normalise(text: string): string {
  return text.replace(/\r\n|\r/g, '\n');
}
