/**
 * The blocks a newspaper page is segmented into. A block is a range of the page's decoded text
 * (UTF-16 offsets, end exclusive) with a kind; the story finder matches and chains blocks.
 */

/** What a block is on the page. */
export type BlockKind =
  /** A headline or subhead: a short line without sentence-final punctuation, or a Markdown heading. */
  | 'title'
  /** A deck under a headline, usually opened by a dash: ——我国社会工作取得新成效. */
  | 'subtitle'
  /** Body text; lines broken mid-sentence by a column or page break are rejoined into one block. */
  | 'paragraph'
  /** 新华社记者 …, ■本报记者 …, 记者 X X. */
  | 'byline'
  /** A dateline on its own line: 新华社北京1月25日电, 据新华社…电, (新华社…电 记者 …). */
  | 'dateline'
  /** A photo caption or credit: …摄, 图为…, 新华社发, (无人机照片). */
  | 'caption'
  /** Advertisements and notices: 遗失声明, 公告, 广告热线, 联系人 … */
  | 'notice'
  /**
   * A note a paper sets into or around a story: 编者按：…, 【编者的话】…, a teaser (导读) repeating a
   * story's lead with its pointer 详见第3版, or a pull quote repeating a sentence of the story near it
   * (app/stories/repeated-passages.ts), or a box only one page sets into or after a shared story
   * (相关链接, 小贴士, a chart's data rows, FAST FACTS: app/stories/set-in-boxes.ts). It is the
   * paper's, not the story's text, and it neither opens nor closes the story.
   */
  | 'note'
  /** Page furniture: the date header, 责任编辑, 版式, page numbers. */
  | 'furniture'
  /** A continuation mark: (上接01版), (紧接01版), (转第4版), (下转第2版). */
  | 'continuation';

/** One segment of a page. */
export interface Block {
  readonly kind: BlockKind;
  /** Offset of the first character that belongs to the block (heading marks and indentation excluded). */
  readonly start: number;
  /** Offset just past the last non-white-space character of the block. */
  readonly end: number;
  /** Markdown heading level (1 for `#`) when the block was written as a heading. */
  readonly level?: number;
  /** For a continuation mark: `from` = the story continues from elsewhere (上接), `to` = it goes on elsewhere (转). */
  readonly direction?: 'from' | 'to';
  /** For a paragraph: it opens with a dateline (新华社广州1月25日电（记者…）…), so a story starts here. */
  readonly opensStory?: boolean;
  /** For a dateline: it closes the story before it (a parenthesised or trailing dateline) rather than opening one. */
  readonly closesStory?: boolean;
  /**
   * For a paragraph: lines of another column that text extraction interleaved, line by line, with
   * a story other pages print whole (app/stories/interleaved-lines.ts). Never part of the story
   * around it.
   */
  readonly otherColumn?: boolean;
  /**
   * For a paragraph re-cut from an interleaved run: the column its printed lines belong to (0, 1,
   * …, one per shared story of the run). Lines of two columns follow each other on the page
   * without being one text.
   */
  readonly column?: number;
}

/** A segmented page: the text and its blocks in reading order. */
export interface SegmentedPage {
  readonly text: string;
  readonly blocks: readonly Block[];
}
