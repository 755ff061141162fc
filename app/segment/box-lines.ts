/**
 * Shapes of the lines of a box a paper sets into or beside a story: a labelled heading
 * (相关链接, 小贴士, FAST FACTS, By the numbers), a short all-caps heading, and the short lines of
 * figures or labelled values under it (a chart's data rows, Worcester 26 in. | Boston 19 in.).
 * Shape alone does not make a box: app/stories/set-in-boxes.ts also asks that only one page print
 * the lines, inside or right after a story the pages share.
 */
import { visibleLength } from './classify-line';
import { isLatinLine } from './latin-lines';

/**
 * Labels that open a box in Chinese papers, alone on their line or before a colon: 相关链接：…,
 * 【小贴士】, 数据：…, ■小贴士 (a wide gap) …. A body sentence may start with the same characters
 * (数据显示，…) but is not followed by a colon, a bracket, a wide gap or the line's end.
 */
const CJK_BOX_LABEL =
  /^[【［[■●▲◆]?\s*(?:相关链接|新闻链接|知识链接|背景链接|链接|小贴士|温馨提示|延伸阅读|相关阅读|记者手记|数据|数读|图表|资料|背景资料|名词解释|数据来源|资料来源)(?:\s*(?:[】］\]]\s*[:：]?|[:：]|$)|\u3000|[ \t]{2,})/u;

/** English box headings: By the numbers, FAST FACTS, What's next, At a glance, Key facts, If you go. */
const LATIN_BOX_LABEL =
  /^(?:by the numbers|fast facts|quick facts|key facts|the facts|fact box|what's next|what’s next|at a glance|if you go|timeline|key dates|the numbers)\s*:?$/iu;

/**
 * A short heading in capitals (SNOW TOTALS): at most four words. Papers print a box's heading so;
 * a story's headline in capitals is told apart by what follows it (a box's lines, not sentences).
 */
const CAPS_HEADING = /^[\p{Lu}\d][\p{Lu}\d'’&.-]*(?:\s+[\p{Lu}\d'’&.-]+){0,3}:?$/u;

/** How a line opens a box: by a label papers use for boxes, or by the shape of a short heading. */
export type BoxHead = 'label' | 'caps';

/** The way the line opens a box, or undefined when it does not look like a box's heading. */
export function boxHead(line: string): BoxHead | undefined {
  const text = line.trim();
  if (CJK_BOX_LABEL.test(text) || LATIN_BOX_LABEL.test(text)) return 'label';
  if (isLatinLine(text) && CAPS_HEADING.test(text) && /\p{Lu}{2}/u.test(text)) return 'caps';
  return undefined;
}

/**
 * Longest box line (visible characters) with a label: a labelled value is a few words. Running
 * text is longer: the shortest story paragraphs of the samples run past 40 characters in Chinese
 * and 60 in English.
 */
const CJK_ROW_MAX = 24;
const LATIN_ROW_MAX = 60;

/**
 * A data row without a label is shorter still: a name or year and its figure (2016年 劣五类,
 * Boston 19 in.). A headline or a one-line brief with a figure (Road work begins on Route 33) has
 * more words.
 */
const CJK_FIGURE_ROW_MAX = 12;
const LATIN_FIGURE_ROW_WORDS = 4;

/** A label before a colon: a few words (Yearly cost:, 护河志愿者报名方式：). */
const LABELLED = /^[^:：。，,.!?！？]{1,24}[:：]\s*\S/u;

/**
 * True when the line looks like a line of a box's body: figures set apart by bars (a | b | c), or
 * a short line carrying a figure or a label with a colon. A sentence of running text is longer,
 * and one line of a paragraph is not a block of its own.
 */
export function isBoxRow(line: string): boolean {
  const text = line.trim();
  const parts = text.split(/\s+[|｜]\s+/u);
  if (parts.length >= 3 || (parts.length === 2 && /\d/u.test(text)))
    return parts.every((p) => p.length > 0 && p.length <= LATIN_ROW_MAX);
  const latin = isLatinLine(text);
  if (visibleLength(text) > (latin ? LATIN_ROW_MAX : CJK_ROW_MAX)) return false;
  // Several sentences are running text, however short.
  if ((text.match(/[。！？]|[.!?](?=\s+\p{Lu}|$)/gu) ?? []).length >= 2) return false;
  if (LABELLED.test(text)) return true;
  const short = latin
    ? text.split(/\s+/u).length <= LATIN_FIGURE_ROW_WORDS
    : visibleLength(text) <= CJK_FIGURE_ROW_MAX;
  return short && /\d/u.test(text);
}

/**
 * A numbered item of a list (1.巡河时请结伴而行…, ②…, （3）…): under a box's label, a tip or a
 * point of the box however long; 120 characters is longer than any box's item and shorter than
 * most paragraphs.
 */
export function isListItem(line: string): boolean {
  const text = line.trim();
  return LIST_ITEM.test(text) && visibleLength(text) <= LIST_ITEM_MAX;
}

const LIST_ITEM =
  /^(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[\u2460-\u2473]|[一二三四五六七八九十]{1,2}、|[•·▪●]\s*)/u;
const LIST_ITEM_MAX = 120;
