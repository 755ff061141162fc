/**
 * Builds and packs Word documents with the settings every Variorum .docx shares. Packing goes
 * through `Packer.toArrayBuffer`, which works in Node, a Web Worker and the browser alike
 * (`toBuffer` needs Node's Buffer, `toBlob` a browser).
 */
import { Document, Packer, type Paragraph } from 'docx';

/** What a packed document says about itself in File ▸ Properties. */
export interface DocumentInfo {
  readonly title: string;
  readonly description?: string;
  readonly creator?: string;
  /** Turn on Word's "Track Changes" when the document opens (the redline). */
  readonly trackRevisions?: boolean;
}

/**
 * East Asian text gets a Song face Word has on Chinese systems and a CJK fallback elsewhere;
 * Latin text keeps Word's default so mixed text does not look odd.
 */
const EAST_ASIAN_FONT = 'SimSun';

/** Packs paragraphs into the bytes of a .docx file. */
export async function packDocx(
  info: DocumentInfo,
  paragraphs: readonly Paragraph[],
): Promise<Uint8Array> {
  const doc = new Document({
    title: info.title,
    description: info.description,
    creator: info.creator ?? 'Variorum',
    features: info.trackRevisions ? { trackRevisions: true } : undefined,
    styles: { default: { document: { run: { font: { eastAsia: EAST_ASIAN_FONT } } } } },
    sections: [{ children: [...paragraphs] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
