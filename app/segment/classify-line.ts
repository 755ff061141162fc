/**
 * Classifies one trimmed line of a newspaper page by its shape alone. Context (the lines around
 * it) is applied afterwards by segment-page.ts.
 */
import type { BlockKind } from './block-types';
import { isRuleLine, isRunningHead, undoOcrSpacing } from './page-furniture';
import {
  isLatinLine,
  LATIN_BYLINE,
  LATIN_CONTRIBUTORS,
  LATIN_CAPTIONS,
  LATIN_DATELINE_LEAD,
  LATIN_NOTICE,
  latinFragment,
  latinTitleFits,
} from './latin-lines';
import { FULL_STOPS, HAN, hanRegExp, SEMICOLONS } from '../lexicon/characters';
import { lineMark } from '../text/continuation-marks';
import { toSimplified } from '../text/script-fold';
import { isLatinStamp, isStampRow } from './latin-stamps';
import { isAppeal, isWireServiceLine } from './outlet-lines';

/** What a line looks like on its own. */
export interface LineShape {
  readonly kind: BlockKind;
  readonly direction?: 'from' | 'to';
  readonly opensStory?: boolean;
  readonly closesStory?: boolean;
  /** A notice headline (…公告, 遗失声明): the lines under it in the same chunk belong to the notice. */
  readonly noticeHead?: boolean;
}

/**
 * A sentence end: final punctuation, optionally followed by closing quotes or brackets (。” / ？）).
 * A closing quote alone does not end a sentence: 管理服务向“新” is a headline, not a sentence.
 * The ASCII full stop ends English sentences (a headline has none).
 */
const FINAL = new RegExp(`[${FULL_STOPS}…：:${SEMICOLONS}.][”’"」』）)】》]*$|[）)]$`, 'u');

/** True when the line ends a sentence (or a quotation / bracket that closes one). */
export function endsSentence(line: string): boolean {
  return FINAL.test(line.trimEnd());
}

/**
 * A gap inside a printed line wide enough to stand between two columns that text extraction kept
 * side by side: two ideographic spaces, three ordinary ones, or a tab. Running text has single
 * spaces at most (between CJK and Latin, English words, a headline's two parts). Global: use
 * with matchAll.
 */
export const COLUMN_GAP = /\u3000{2,}|[ \u00a0]{3,}|\t+/gu;

/** Number of non-white-space characters. */
export function visibleLength(line: string): number {
  return line.replace(/\s/gu, '').length;
}

/** News agencies and papers whose datelines and bylines appear in reprints. */
const SOURCE = '(?:新华社|新华网|中新社|中新网|人民日报|央视新闻|本报|本刊)';

// A dateline alone on its line, optionally "据…", optionally in brackets, optionally with reporters
// after it: （新华社吉隆坡1月25日电 记者 王嘉伟 程一恒）. 40 characters of place and date is more
// than any real dateline carries and keeps sentences that merely mention 新华社 out.
const DATELINE_LINE = new RegExp(
  `^[（(]?\\s*(?:据)?${SOURCE}[^。！？]{0,40}?电(?:\\s*[（(]\\s*(?:记者|通讯员)[^。（()）]{0,40}[)）]|\\s+(?:记者|通讯员)[^。（()）]{0,40})?\\s*[)）]?$|^[（(]?\\s*据${SOURCE}[^。]{0,20}报道\\s*[)）]?$`,
  'u',
);

// A paragraph that opens with a dateline: 新华社广州1月25日电（记者毛鑫 王瑞平）1月25日… (also 本报讯, 【本报讯】, 本报杭州3月1日讯).
const DATELINE_LEAD = new RegExp(
  `^(?:据)?${SOURCE}[^。，,！？]{0,24}?电(?:\\s*[（(][^）)]{0,40}[)）])?|^【?本报(?:[^。，,！？]{0,20}?)讯】?(?:\\s*[（(][^）)]{0,40}[)）])?`,
  'u',
);

// Bylines: ■新华社记者, 新华社记者 谢希瑶 黄韬铭, 本报记者 张三, 记者 X X, （记者 X X）. Names are short
// runs of CJK separated by spaces; 40 characters fits five reporters.
const BYLINE = new RegExp(
  `^[■●▲◆□]?\\s*[（(]?\\s*(?:${SOURCE}\\s*)?(?:特约|首席)?(?:记者|通讯员|特派记者)[\\s\\u3000]*[${HAN}·\\s、]{0,40}[)）]?$`,
  'u',
);

/** Photo captions and credits. */
const CAPTION_PATTERNS: readonly RegExp[] = [
  /摄[)）]?[。.]?$/u, // …新华社记者 X X 摄 / (孟德龙 摄)
  /^新华社发/u,
  hanRegExp(String.raw`^(?:新华社|本报)?(?:记者|通讯员)?\s*[${HAN}\s]{0,12}(?:摄|供图)$`),
  /^图为/u,
  /^[（(](?:无人机照片|资料图片|资料照片|新华社发|图片来源[^）)]*)[)）][。.]?$/u,
  /[（(](?:无人机照片|资料图片|资料照片)[)）][。.]?$/u,
  /^这是.{0,80}拍摄的/u,
  /^(?:上图|下图|左图|右图|图\d|图片)[:：]/u,
  /[。，\s]\S{2,24}供图[)）]?[。.]?$/u, // …（局部）。四川省文物考古研究院供图: a caption ending in its credit
];

/** True when the line, as printed or with OCR's spacing undone (图 为…), has a caption's shape. */
function isCaption(line: string): boolean {
  if (CAPTION_PATTERNS.some((re) => re.test(line))) return true;
  const printed = undoOcrSpacing(line);
  return printed !== line && CAPTION_PATTERNS.some((re) => re.test(printed));
}

/** Advertisements and notices, recognised by a heading or by contact details. */
const NOTICE_HEAD =
  /(?:公告|声明|启事|通告|告知书|公示|拍卖会?)$|^(?:遗失声明|声明作废|作废声明|注销公告|减资公告)/u;
const NOTICE_LINE =
  /遗失声明|声明作废|作废声明|广告热线|广告电话|咨询电话|联系电话|联系人[:：]|电话[:：]|热线[:：]|地址[:：]|邮编[:：]|特此公告|特此声明|寻人启事/u;

/** Page furniture: the date header, editors' credits, page numbers. */
const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]/u,
  /^(?:第\s*)?[A-Z]?\d{1,2}\s*版?$/u,
  /^[-—–]\s*\d{1,2}\s*[-—–]$/u,
  // An end mark set between dashes under a story (— END —, —— 完 ——, -End-): the page's sign
  // that the article ends, never a deck.
  /^[-—–─]{1,3}\s*(?:END|End|end|THE END|完|全文完|终)\s*[-—–─]{1,3}$/u,
];

/**
 * A line of a box drawn with box-drawing characters (┌ 今日导读 ──┐, │ 2版 … │, └──┘): an index or
 * a panel the page sets apart, never a story's headline or text.
 */
const BOX_DRAWN = /^\s*[\u2500-\u257f]/u;

/**
 * Editors' credits: 责任编辑：王晓 美术编辑：林禾 校对：张三, also in brackets under a story
 * (（责任编辑：王晓）). A credit line names three or four people with their roles, which takes up to
 * 60 characters.
 */
const EDITOR_CREDIT =
  /^[■●▲◆□【［[（(]?\s*(?:[A-Z]?\d{1,2}版?)?(?:责任编辑|责编|本版编辑|本版责编|版式|版式设计|美编|美术编辑|校对|图片编辑|编辑|制图)[:：\s]/u;
const EDITOR_CREDIT_MAX = 60;

/**
 * A web page's posting line: a numeric date and time with or without the source, the source with or
 * without them (2026-04-01 18:20:05 来源：新华社, 来源：新华社 2026-04-01 16:40, 发布时间：2026-04-01).
 * A date in digits with dashes or slashes and a time, or a 来源/发布时间 label, on a short line
 * without a sentence end, is the page's, not the story's.
 */
function isPostedLine(line: string): boolean {
  if (visibleLength(line) > 50 || /[。！？!?]$/u.test(line)) return false;
  const stamp = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/u;
  const label = /(?:^|\s)(?:来源|發布時間|发布时间|发稿时间|時間|时间)[:：]\s*\S{1,16}/u;
  if (!stamp.test(line) && !label.test(line)) return false;
  const rest = line
    .replace(stamp, '')
    .replace(label, '')
    .replace(/[\s|｜·]+/gu, '');
  return rest.length <= 4;
}

/**
 * A web page's tool bar: two or more labelled fields set apart by wide gaps, each a short label
 * with a colon and at most a few symbols after it (字号：A+ A-  分享：  打印：). No sentence has that
 * shape: its fields carry no words after their labels.
 */
const TOOL_BAR_FIELD = hanRegExp(String.raw`^[${HAN}]{1,4}[:：][^${HAN}]{0,12}$`);

function isToolBar(line: string): boolean {
  const parts = line.split(/\s{2,}|\u3000+/u).filter((f) => f.trim().length > 0);
  if (parts.length >= 2 && parts.every((f) => TOOL_BAR_FIELD.test(f.trim()))) return true;
  return SIZE_SWITCH.test(line.trim());
}

/**
 * A web page's text-size switch, in brackets or not: a label of a few characters, then two or more
 * options of one character each (【字号 大 中 小】, 字体：大 中 小). No headline or sentence is a
 * label followed by single characters set apart by spaces.
 */
const SIZE_SWITCH = hanRegExp(
  String.raw`^[【［\[]?[${HAN}]{2,4}(?:[:：]\s*|[\s\u3000]+)[${HAN}A-Za-z][+-]?(?:[\s\u3000]+[${HAN}A-Za-z][+-]?){1,3}[】］\]]?$`,
);

/**
 * A web page's breadcrumb: two or more short fields joined by a spaced > › » or / (WORLD NEWS >
 * EUROPE, Home / News / Regional, 首页 > 要闻 > 社会). Each field is a section name of a few words,
 * with no sentence mark; a headline with a slash (Red / Blue: a city divided) has one.
 */
function isBreadcrumb(line: string): boolean {
  const parts = line.split(/\s+[>›»/]\s+|\s*[>›»]\s*/u);
  if (parts.length < 2) return false;
  return parts.every((f) => isSectionField(f.trim()));
}

/**
 * A web page's share bar: a share label (分享到：, Share this:) and the names of a few services,
 * each a word or two (微博 微信 QQ空间, Facebook X Email). A headline about sharing goes on in words.
 */
const SHARE_BAR =
  /^(?:分享到|分享|Share(?:\s+this(?:\s+story)?)?(?:\s+on)?)\s*[:：]\s*(?:[\p{L}\p{N}+【】[\]]{1,10}(?:\s*[|｜]\s*|\s+|$)){1,10}$/u;

/**
 * A share bar without a colon: Share and the services set apart by wide gaps or bars (Share
 * Copy Link    Email, Share on Facebook | Share on X). A headline (Share the road) has single spaces.
 */
const SHARE_ROW =
  /^Share(?:\s+on\s+\p{L}+)?(?:(?:\s{2,}|\s*[|｜]\s*)(?:Share\s+on\s+)?[\p{L}\p{N}+]{1,12}(?:\s[\p{L}\p{N}+]{1,12}){0,2}){1,10}$/u;

/** A web page's tool field in brackets: a short label, a colon and its settings (【字体：大 中 小】). */
const TOOL_GROUP = /【[^】:：]{1,6}[:：][^】]{0,12}】/gu;

/**
 * A web page's tool row: tool fields in brackets, then other bracketed tools (【打印】) or a share
 * bar. A bracketed label alone (【编者按】) has no field with a colon and is no tool row.
 */
function isToolRow(line: string): boolean {
  if (line.match(TOOL_GROUP) === null) return false;
  const rest = line
    .replace(TOOL_GROUP, ' ')
    .replace(/【[^】]{1,4}】/gu, ' ')
    .trim();
  return rest === '' || SHARE_BAR.test(rest);
}

/**
 * A web page's teaser for a video, a gallery or a related story set between a story's paragraphs:
 * a label in capitals and a colon (WATCH:, RELATED:, READ MORE:). The page's, not the story's.
 */
const LATIN_TEASER =
  /^(?:WATCH|VIDEO|LISTEN|PHOTOS|GALLERY|RELATED|READ MORE|MORE|ALSO READ|SEE ALSO)\s*:\s*\S/u;

/** Fewest sections of a site's navigation bar; a headline or a list of three names has fewer bars. */
const NAV_FIELDS = 4;

/**
 * A web site's navigation bar: four or more short section names between bars (Home | World |
 * Politics | Sports, 首页｜要闻｜社会｜财经). Each field is a name of a few words with no sentence mark.
 */
function isNavigationBar(line: string): boolean {
  const parts = line.split(/\s*[|｜]\s*/u);
  return parts.length >= NAV_FIELDS && parts.every((f) => isSectionField(f.trim()));
}

/** A section name as one field of a breadcrumb or a navigation bar: a few words, no sentence mark. */
function isSectionField(field: string): boolean {
  const words = field.split(/\s+/u).length;
  return (
    /^[\p{L}\p{N}][\p{L}\p{N}.&'’ -]*$/u.test(field) && words <= 3 && visibleLength(field) <= 16
  );
}

/**
 * A copyright line: it opens with ©, (c), Copyright or 版权所有, or names the rights reserved
 * (All rights reserved, 未经授权禁止转载) without being a sentence of the story about copyright.
 */
function isCopyright(line: string): boolean {
  return (
    /^(?:©|\(c\)\s*\d{4}|Copyright\s+(?:©\s*)?\d{4}|版权所有)/iu.test(line) ||
    (/All rights reserved|未经(?:授权|许可)[^。]{0,6}(?:转载|使用)/u.test(line) &&
      visibleLength(line) <= 200)
  );
}

/** An editor's note a paper sets above or into a story: 编者按：…, 【编者按】…, 编者的话. */
const EDITORS_NOTE = /^[【［[（(]?\s*编者(?:按|的话)/u;

/**
 * Column labels that open a reporter's sidebar (记者手记 …): shaped like a byline (记者 and two
 * characters) but a heading, not a credit.
 */
const REPORTER_COLUMN = /^[【［[]?\s*记者(?:手记|札记|观察|调查|再访|追踪|感言|点评)\s*[】］\]]?$/u;

/** True for a pointer line from a teaser to its story (详见第3版). */
export function isPointer(line: string): boolean {
  return POINTER_LINE.test(line);
}

/** The agency alone in brackets under a story it supplied: （新华社）, (中新社). */
const AGENCY_CREDIT = new RegExp(`^[（(]\\s*${SOURCE}\\s*[)）]$`, 'u');

/**
 * A source credit closing a reprinted story: （转载自《瞭望》2026年第4期）, （来源：人民日报）, （摘自《半月谈》）.
 * It closes the story above it as a bracketed dateline does; 40 characters hold a title and issue.
 */
const SOURCE_CREDIT =
  /^[（(]\s*(?:转载自|转自|摘自|摘编自|原载|选自|(?:本文|稿件)?来源[:：]|据)\s*《?[^（()）]{1,40}[)）]$/u;

/**
 * A pointer from a teaser to the story it announces: 详见第3版, （见第二版）, 请看A5版. The text above
 * it is a teaser (导读) that repeats the story's lead, not the story.
 */
const POINTER_LINE =
  /^[（(【]?\s*(?:详见|参见|请看|见)\s*(?:第|本报)?\s*(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版[^）)】]{0,8}[)）】]?$/u;

/** The longest line (non-white-space characters) still taken for a headline when it lacks final punctuation. */
export const TITLE_MAX = 40;

/**
 * Classifies a trimmed line (heading marks already removed). A line in traditional characters
 * (a Hong Kong or Taiwan page: 新華社香港6月2日電, （新華社）, 本報訊) is read in simplified script,
 * where the shapes below are written; toSimplified returns a simplified line as it is.
 */
export function classifyLine(line: string, headingLevel: number | undefined): LineShape {
  return classifyPrinted(toSimplified(line), headingLevel);
}

/** classifyLine of a line in simplified script. */
function classifyPrinted(line: string, headingLevel: number | undefined): LineShape {
  const len = visibleLength(line);
  const mark = lineMark(line);
  if (mark) return { kind: 'continuation', direction: mark.direction };
  if (isPointer(line)) return { kind: 'note' };
  if (FURNITURE_PATTERNS.some((re) => re.test(line)) && len <= 30) return { kind: 'furniture' };
  if (
    EDITOR_CREDIT.test(line) &&
    len <= EDITOR_CREDIT_MAX &&
    (!endsSentence(line) ||
      /^[【［[].*[】］\]]$/u.test(line) ||
      /^[（(][^。！？!?]*[）)]$/u.test(line))
  )
    return { kind: 'furniture' };
  if (
    isPostedLine(line) ||
    isToolBar(line) ||
    isBreadcrumb(line) ||
    isNavigationBar(line) ||
    SHARE_BAR.test(line) ||
    SHARE_ROW.test(line) ||
    isLatinStamp(line, len) ||
    isStampRow(line, len) ||
    isToolRow(line) ||
    isCopyright(line) ||
    isAppeal(line, len) ||
    isWireServiceLine(line)
  )
    return { kind: 'furniture' };
  if (isRuleLine(line) || isRunningHead(line, false) || BOX_DRAWN.test(line))
    return { kind: 'furniture' };
  if (SOURCE_CREDIT.test(line) || AGENCY_CREDIT.test(line))
    return { kind: 'dateline', closesStory: true };
  if (len <= 70 && DATELINE_LINE.test(line)) {
    // A bracketed dateline, or one that carries reporters, closes the story above it.
    const closes = /^[（(]|[)）]$/u.test(line) || /^据/u.test(line);
    return { kind: 'dateline', closesStory: closes };
  }
  if (REPORTER_COLUMN.test(line)) return { kind: 'title' };
  if (EDITORS_NOTE.test(line)) return { kind: 'note' };
  if (len <= 45 && BYLINE.test(line) && !/摄[)）]?$/u.test(line)) return { kind: 'byline' };
  // A line that opens with a dateline is a story's lead, whatever it ends with: a hard wrap may
  // end it on the 摄 of 摄氏度, which a credit also ends with.
  if (len <= 120 && isCaption(line) && !DATELINE_LEAD.test(line)) return { kind: 'caption' };
  if (isLatinLine(line)) {
    if (LATIN_BYLINE.test(line) || LATIN_CONTRIBUTORS.test(line)) return { kind: 'byline' };
    if (LATIN_TEASER.test(line) && len <= 150) return { kind: 'note' };
    if (LATIN_NOTICE.test(line) && len <= 400) return { kind: 'notice' };
    if (len <= 400 && LATIN_CAPTIONS.some((re) => re.test(line))) return { kind: 'caption' };
  }
  if (len <= 30 && NOTICE_HEAD.test(line) && headingLevel === undefined)
    return { kind: 'notice', noticeHead: true };
  if (NOTICE_LINE.test(line) && len <= 200) return { kind: 'notice' };
  if (/^[—─-]{1,2}/u.test(line) && len <= 60) return { kind: 'subtitle' };
  if (headingLevel !== undefined) return { kind: 'title' };
  if (DATELINE_LEAD.test(line) || LATIN_DATELINE_LEAD.test(line))
    return { kind: 'paragraph', opensStory: true };
  if (isLatinLine(line))
    return latinTitleFits(line) && !endsSentence(line) && !latinFragment(line)
      ? { kind: 'title' }
      : { kind: 'paragraph' };
  if (len <= TITLE_MAX && !endsSentence(line) && !looksLikeFragment(line)) return { kind: 'title' };
  return { kind: 'paragraph' };
}

/**
 * A short line without final punctuation that is more likely the first half of a sentence broken
 * by a column than a headline: it carries an enumeration comma, an unbalanced quotation mark, or
 * digits followed by a measure word. Headlines with one comma (工作重心下沉，国家治理…) stay titles;
 * the samples show both shapes and these cues separate them there.
 */
function looksLikeFragment(line: string): boolean {
  if (/、/u.test(line)) return true;
  // Headlines carry at most one comma; two mark a sentence.
  if ((line.match(/[，,]/gu) ?? []).length >= 2) return true;
  const opens = (line.match(/[“「『]/gu) ?? []).length;
  const closes = (line.match(/[”」』]/gu) ?? []).length;
  if (opens !== closes) return true;
  if (/[，,]/u.test(line) && /\d/u.test(line)) return true;
  // A headline does not stop on a verb of saying or a dangling preposition.
  return /(?:说|表示|认为|指出|在|和|与|的|了|将|是|等|为|对|从|向|把|被)$/u.test(line);
}
