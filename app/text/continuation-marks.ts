/**
 * The one recogniser of continuation marks, the lines and brackets that say a story is split over
 * pages: Chinese (上接第1版), (紧接01版), （接A1）, 续第一版 — it comes from elsewhere — and （下转第4版）,
 * (转A3), 下接第5版 — it goes on elsewhere —, with or without brackets, 第 and 版, in either width;
 * English jump lines: "From Page A1", "BUDGET From Page A1", "Continued from A1" and "See BUDGET,
 * Page A9", "Continued on A12", "Turn to Page 3", "Jump to Page B3". Segmentation (a line that is a
 * mark), the finder (which part of a story a page carries, and which page it points at) and folding
 * (marks are furniture, not text) all ask here.
 */

import { parseChineseNumeral } from '../lexicon/numerals';

/** One continuation mark. */
export interface ContinuationMark {
  /** `from`: the story comes from another page (上接, From Page); `to`: it goes on there (下转, See … Page). */
  readonly direction: 'from' | 'to';
  /** The page it names as a token (pageToken): 1, 12, A3, 1A. */
  readonly page: string;
  /** The slug of an English jump line, in capitals (BUDGET), when it names one. */
  readonly slug?: string;
  /** Where the mark is in the text searched (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/**
 * A page as a token for pairing the halves of a split story: digits without leading zeros,
 * Chinese numerals as digits (十二 → 12), letter codes in upper case, full width made ASCII.
 */
export function pageToken(raw: string): string {
  const page = raw.normalize('NFKC');
  // Read by the one numeral parser (app/lexicon/numerals.ts), not a copy of its own.
  if (/^[一二三四五六七八九十]+$/u.test(page)) return String(parseChineseNumeral(page) ?? page);
  return page.replace(/^([A-Za-z]?)0+(\d)/u, '$1$2').toUpperCase();
}

/** The verbs of a Chinese mark; those with 转 or 下接 send the story on. */
const VERB = '上接|紧接|下接|下转|接|转|续';
/** A page: digits (either width) with an optional letter code, or Chinese numerals. */
const PAGE = '[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** A letter code alone (A3), which a bracketed mark may give without 版. */
const CODE = '[A-ZＡ-Ｚ][0-9０-９]{1,2}';
/** Brackets a mark is set in. */
const OPEN = '[（(【［[]';
const CLOSE = '[）)】］\\]]';

/** In brackets: the verb, 第 or 本报, the page and 版 (and a few words), or a letter code alone. */
const BRACKETED_SOURCE = `${OPEN}\\s*(${VERB})\\s*(?:第|本报)?\\s*(${PAGE})\\s*版[^（()）【】［］\\[\\]\\n]{0,12}${CLOSE}|${OPEN}\\s*(${VERB})\\s*(${CODE})\\s*${CLOSE}`;
/** A line that is one bracketed mark. */
const BRACKETED_LINE = new RegExp(`^(?:${BRACKETED_SOURCE})$`, 'u');
/** A whole line: 下转第4版, 上接A1版, or one whose bracket OCR lost on one side ((下转第4版). */
const BARE_CHINESE = new RegExp(
  `^${OPEN}?\\s*(${VERB})\\s*(?:第|本报)?\\s*(${PAGE})\\s*版\\s*${CLOSE}?$`,
  'u',
);
/** Without brackets at a line's start (上接第1版 记者…) or end (…完工。下转第4版). */
const BARE_AT_START = new RegExp(`^(${VERB})\\s*(?:第|本报)?\\s*(${PAGE})\\s*版(?=\\s)`, 'u');
const BARE_AT_END = new RegExp(
  `(?<=[\\s。！？”])(${VERB})\\s*(?:第|本报)?\\s*(${PAGE})\\s*版$`,
  'u',
);

const EN_PAGE = String.raw`(?:[A-Z]?\d{1,2}|\d{1,2}[A-Z])`;
const SLUG = String.raw`[A-Z][A-Z'’-]*(?:\s[A-Z][A-Z'’-]*)*`;
/** What sets a slug off from the rest of a jump line: a comma, or a bar, slash or dash between spaces. */
const SLUG_END = String.raw`(?:,?\s*|\s+[|｜/·•–—-]\s+)`;
/** See BUDGET, Page A9 / Please see BUDGET on Page 4 / Continued on A12 / Turn to Page 3 / Jump to B3. */
const EN_TO = new RegExp(
  String.raw`^(?:(?:[Pp]lease\s+)?[Ss]ee\s+(${SLUG})${SLUG_END}|[Cc]ontinued\s+|[Tt]urn\s+|[Jj]ump(?:s|ed)?\s+)(?:on|to)?\s*(?:[Pp]age\s+)?(${EN_PAGE})\.?$`,
  'u',
);
/** BUDGET From Page A1 / From Page 1A / Continued from A1 / Jump from Page B1: a slug in capitals or "Page", so "Prices from 25" is no mark. */
const EN_FROM = new RegExp(
  String.raw`^(?:(${SLUG}),?\s+[Ff]rom\s+[Pp]age\s+|(${SLUG})\s+[|｜/·•–—-]\s+(?:[Ff]rom\s+[Pp]age|[Cc]ontinued\s+from(?:\s+[Pp]age)?)\s+|[Ff]rom\s+[Pp]age\s+|(?:[Cc]ontinued|[Jj]ump(?:s|ed)?)\s+from\s+(?:[Pp]age\s+)?)(${EN_PAGE})\.?$`,
  'u',
);

function chineseMark(m: RegExpExecArray, at: number): ContinuationMark {
  const verb = (m[1] ?? m[3]) as string;
  return {
    direction: /转|下接/u.test(verb) ? 'to' : 'from',
    page: pageToken((m[2] ?? m[4]) as string),
    start: at + m.index,
    end: at + m.index + m[0].length,
  };
}

/** An English jump line as a mark, `t` trimmed and without brackets round it. */
function englishMark(t: string, start: number, end: number): ContinuationMark | undefined {
  const to = EN_TO.exec(t);
  const from = to ? null : EN_FROM.exec(t);
  const m = to ?? from;
  if (!m) return undefined;
  // EN_FROM has two slug groups (before "From Page", before a bar); the page is the last group.
  const slug = m[1] ?? (from ? m[2] : undefined);
  return {
    direction: to ? 'to' : 'from',
    page: pageToken(m[m.length - 1] as string),
    ...(slug !== undefined ? { slug: slug.toUpperCase() } : {}),
    start,
    end,
  };
}

/** The line as a whole is one continuation mark (white space round it aside), or undefined. */
export function lineMark(line: string): ContinuationMark | undefined {
  const lead = line.length - line.trimStart().length;
  const t = line.trim();
  const start = lead;
  const end = lead + t.length;
  const bare = BARE_CHINESE.exec(t);
  if (bare) return { ...chineseMark(bare, start), start, end };
  const bracketed = BRACKETED_LINE.exec(t);
  if (bracketed) return chineseMark(bracketed, start);
  // An English jump line, or one in brackets: (Continued on Page 6).
  const inner = /^\((.*)\)$/u.exec(t)?.[1]?.trim() ?? t;
  return englishMark(inner, start, end);
}

/** A slug alone on its line: one to three words in capitals (FERRY, CITY BUDGET). */
const SLUG_LINE = new RegExp(`^${SLUG}$`, 'u');

/**
 * True when `line` is the slug of the jump line right under it (`next`, the following line): a
 * continued part set as FERRY over "From Page A1", which then names no slug itself. The two lines
 * are one mark.
 */
export function isJumpSlug(line: string, next: string | undefined): boolean {
  if (next === undefined || !SLUG_LINE.test(line.trim())) return false;
  const mark = lineMark(next);
  return mark?.direction === 'from' && mark.slug === undefined;
}

/**
 * The continuation marks of one line, in order: Chinese marks in brackets wherever they stand, or
 * without them at the line's start or after its last sentence, and the line itself when it is a
 * mark as a whole. Running text such as 转第4版 inside a sentence is none.
 */
export function marksIn(line: string): ContinuationMark[] {
  const whole = lineMark(line);
  if (whole) return [whole];
  const out: ContinuationMark[] = [];
  const first = BARE_AT_START.exec(line);
  if (first) out.push(chineseMark(first, 0));
  for (const m of line.matchAll(new RegExp(BRACKETED_SOURCE, 'gu'))) out.push(chineseMark(m, 0));
  const last = BARE_AT_END.exec(line);
  if (last) out.push(chineseMark(last, 0));
  return out;
}

/**
 * Marks a story's text carries in brackets that are the page's, not the story's, for folding: the
 * continuation marks, a pointer to another page ((见第3版)) and the end mark of a wire story
 * ((完), 【全文完】). One reprint keeps them, another drops them.
 */
const FOLDED_EXTRA = new RegExp(
  `${OPEN}\\s*见\\s*第?\\s*(?:${PAGE})\\s*版[^（()）【】［］\\[\\]\\n]{0,12}${CLOSE}|${OPEN}\\s*(?:全文)?完\\s*${CLOSE}`,
  'gu',
);

/** An opening bracket: every mark bracketedMarks finds starts with one. */
const OPENING = new RegExp(OPEN, 'u');

/** Where `text` has continuation marks, pointers or end marks in brackets, in order. */
export function bracketedMarks(text: string): { start: number; end: number }[] {
  // Folding asks this of every line; most have no bracket, and then neither pattern can match.
  if (!OPENING.test(text)) return [];
  const out = [
    ...text.matchAll(new RegExp(BRACKETED_SOURCE, 'gu')),
    ...text.matchAll(FOLDED_EXTRA),
  ].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return out.sort((a, b) => a.start - b.start);
}
