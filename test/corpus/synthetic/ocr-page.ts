/**
 * The page that OCR cases transcribe: a running header, three corpus stories (two Chinese, one
 * English) and a photo caption, as blocks of base text. Every site and line operation of the OCR
 * generator is placed in base offsets of this page.
 */
import { CORPUS, type CorpusStory } from './corpus';
import { hasHan } from '../../../app/lexicon/characters';

/** What a block of the page is: headers and titles are one OCR line, the rest wrap. */
export type OcrBlockKind = 'header' | 'title' | 'paragraph' | 'caption';

/** One block of the page, with its offset in the base page text. */
export interface OcrBlock {
  readonly kind: OcrBlockKind;
  readonly text: string;
  /** Offset of the block in the base text (blocks joined by one newline). */
  readonly start: number;
  /** Which story of the page the block belongs to (-1 for the header and caption). */
  readonly story: number;
}

/** A page: its blocks and the proper nouns that occur in it. */
export interface OcrPage {
  readonly blocks: readonly OcrBlock[];
  readonly names: readonly string[];
  readonly text: string;
}

const CJK_STORIES = CORPUS.filter((s) => hasHan(s.title));
const LATIN_STORIES = CORPUS.filter((s) => !hasHan(s.title));

/** Builds page `index`: the header, stories `index` and `index + 1` of the Chinese corpus, an English story, a caption. */
export function buildOcrPage(index: number): OcrPage {
  const first = CJK_STORIES[index % CJK_STORIES.length] as CorpusStory;
  const second = CJK_STORIES[(index + 1) % CJK_STORIES.length] as CorpusStory;
  const english = LATIN_STORIES[index % LATIN_STORIES.length] as CorpusStory;
  const parts: { kind: OcrBlockKind; text: string; story: number }[] = [
    {
      kind: 'header',
      text: `城市新闻\u3000\u30002026年3月${12 + index}日\u3000星期四\u3000\u3000第${5 + index}版`,
      story: -1,
    },
  ];
  [first, second, english].forEach((s, story) => {
    parts.push({ kind: 'title', text: s.title, story });
    for (const p of s.paragraphs) parts.push({ kind: 'paragraph', text: p, story });
    // A caption under the first story's photo; written for this bench, not from any newspaper.
    if (story === 0)
      parts.push({
        kind: 'caption',
        text: '图为当地居民在新落成的服务点前合影留念。（本报记者 摄）',
        story: -1,
      });
  });
  let at = 0;
  const blocks = parts.map((p) => {
    const block = { ...p, start: at };
    at += p.text.length + 1;
    return block;
  });
  return {
    blocks,
    names: [...first.names, ...second.names, ...english.names],
    text: blocks.map((b) => `${b.text}\n`).join(''),
  };
}
