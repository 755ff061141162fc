/**
 * A changed word beside a changed mark diffs as one edit when nothing between them is shared:
 * 一周” / 一个星期 (a closing quote dropped, a number word changed), ；还 / ，并 (a mark and a word),
 * 质量。/ ！ (a word dropped, a mark changed). An editor decides the mark and the word apart, and
 * they are of different kinds (punctuation against wording, number or name), so one flag over
 * both has one category wrong. This splits such a site where its readings change from marks to
 * words: a run of marks at the site's edge becomes its own site when the rest of the site is a
 * change of words too, and a site whose every reading has the same alternation of words and marks
 * is cut at each run of marks. A site where one variant prints a mark in place of another's word
 * (、 / 和, 至 / -) stays one: there the mark and the word are one choice.
 */
import { joinNeighbours, type ShapedSite } from './shapes';
import { cellsOf, trimReadings, type SiteReading } from './sites';

/**
 * Punctuation and quote or bracket marks that bound words. Not the marks that sit inside words or
 * numbers: hyphen, apostrophe, percent, middle dot of names, slash, ampersand.
 */
const MARK = /[\p{P}]/u;
const WORD_INSIDE = new Set([
  '-',
  '‐',
  "'",
  '%',
  '％',
  '‰',
  '·',
  '/',
  '&',
  '#',
  '@',
  '*',
  '_',
  '\\',
]);
const DIGIT = /[0-9]/;

/** Opening marks and the closing mark each pairs with: a word quoted or titled is one unit. */
const PAIRED: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '【': '】',
  '"': '"',
};

/** True when the reading is one quoted or titled unit: “三农”, 《红楼梦》. */
function enclosed(text: string): boolean {
  const close = PAIRED[text[0] ?? ''];
  return text.length >= 3 && close !== undefined && text.endsWith(close);
}

/**
 * Per UTF-16 unit, whether it is a mark that bounds words on its own (MARK and not WORD_INSIDE):
 * 0 not asked yet, 1 yes, 2 no. runsOf asks of every unit of every reading, and the regular
 * expression per unit was most of splitting a day's sites at their marks.
 */
const boundingUnit = new Uint8Array(0x10000);

/** MARK.test(ch) && !WORD_INSIDE.has(ch) for one code unit, remembered (see boundingUnit). */
function boundsWords(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (Number.isNaN(unit)) return false;
  let known = boundingUnit[unit] as number;
  if (known === 0) {
    const ch = String.fromCharCode(unit);
    known = MARK.test(ch) && !WORD_INSIDE.has(ch) ? 1 : 2;
    boundingUnit[unit] = known;
  }
  return known === 1;
}

/** True when the character at `at` of `text` is a mark that bounds words (a decimal point is not). */
function isMark(text: string, at: number): boolean {
  // Two hyphens are a dash typed (--), a mark; one is inside a word (well-known).
  if (text[at] === '-' && (text[at - 1] === '-' || text[at + 1] === '-')) return true;
  if (!boundsWords(text, at)) return false;
  const ch = text[at] as string;
  // 3.5, 1,200, 12.76: a point or comma between digits belongs to the number.
  if (
    (ch === '.' || ch === ',' || ch === '，') &&
    DIGIT.test(text[at - 1] ?? '') &&
    DIGIT.test(text[at + 1] ?? '')
  )
    return false;
  return true;
}

/** One run of a reading: marks or words, [start, end) in its variant's text. */
interface Run {
  readonly mark: boolean;
  readonly start: number;
  readonly end: number;
}

/** The reading cut into alternating runs of marks and of words. */
function runsOf(text: string, r: SiteReading): Run[] {
  const runs: Run[] = [];
  for (let i = r.start; i < r.end;) {
    const mark = isMark(text, i);
    let j = i + 1;
    while (j < r.end && isMark(text, j) === mark) j += 1;
    runs.push({ mark, start: i, end: j });
    i = j;
  }
  return runs;
}

/** A piece of a site: one range per variant. */
type Piece = SiteReading[];

const sliceOf = (texts: readonly string[], r: SiteReading, k: number): string =>
  (texts[k] as string).slice(r.start, r.end);

/** True when the pieces' texts differ between variants (letter case alone is no difference). */
function differs(texts: readonly string[], piece: Piece): boolean {
  const slices = piece.map((r, k) => sliceOf(texts, r, k).toLowerCase());
  return slices.some((s) => s !== slices[0]);
}

/**
 * The site cut at its leading (or trailing) run of marks into [edge, rest] (or [rest, edge]), or
 * null when the edge and the rest do not both differ, or when some variant reads only marks there
 * while another reads only words (one mark printed in place of a word).
 */
function cutEdge(texts: readonly string[], site: Piece, side: 'lead' | 'trail'): Piece[] | null {
  const runs = site.map((r, k) => runsOf(texts[k] as string, r));
  const edge: Piece = site.map((r, k) => {
    const rs = runs[k] as Run[];
    const run = side === 'lead' ? rs[0] : rs[rs.length - 1];
    // A reading all marks is its edge whole, read from the side it is cut on.
    if (!run?.mark)
      return side === 'lead' ? { start: r.start, end: r.start } : { start: r.end, end: r.end };
    return side === 'lead' ? { start: r.start, end: run.end } : { start: run.start, end: r.end };
  });
  const rest: Piece = site.map((r, k) => {
    const e = edge[k] as SiteReading;
    return side === 'lead' ? { start: e.end, end: r.end } : { start: r.start, end: e.start };
  });
  if (!differs(texts, edge) || !differs(texts, rest)) return null;
  // An abbreviation's point (St. / Saint, p.m. / pm) is part of its word: a point alone at the
  // edge splits off only where every variant has a mark there (. / , between sentences).
  const edges = edge.map((r, k) => sliceOf(texts, r, k));
  if (edges.some((e) => e === '') && edges.some((e) => /^\.+$/.test(e))) return null;
  const onlyMarks = site.some(
    (_, k) => (rest[k] as SiteReading).end === (rest[k] as SiteReading).start,
  );
  const onlyWords = site.some(
    (_, k) => (edge[k] as SiteReading).end === (edge[k] as SiteReading).start,
  );
  if (onlyMarks && onlyWords) return null;
  return side === 'lead' ? [edge, rest] : [rest, edge];
}

/**
 * The site cut at every run of marks inside it, when every reading alternates words and marks in
 * the same order with at least one run of marks between words; otherwise the site whole.
 */
function cutInside(texts: readonly string[], site: Piece): Piece[] {
  const runs = site.map((r, k) => runsOf(texts[k] as string, r));
  const shape = (rs: readonly Run[]): string => rs.map((run) => (run.mark ? 'm' : 'w')).join('');
  const first = shape(runs[0] as Run[]);
  if (!first.includes('wmw') || !runs.every((rs) => shape(rs) === first)) return [site];
  const pieces: Piece[] = [];
  for (let i = 0; i < first.length; i++) {
    const piece = runs.map((rs) => ({ start: (rs[i] as Run).start, end: (rs[i] as Run).end }));
    const last = pieces[pieces.length - 1];
    // A word whose capital alone changed after a changed mark (. The / ; the) goes with the mark.
    if (last && first[i] === 'w' && first[i - 1] === 'm' && !differs(texts, piece))
      pieces[pieces.length - 1] = last.map((r, k) => ({
        start: r.start,
        end: (piece[k] as SiteReading).end,
      }));
    else pieces.push(piece);
  }
  return pieces;
}

/** A figure: digits, or the numerals of a Chinese number (两, 十一, 三百). */
const FIGURE = /[0-9零〇一二三四五六七八九十百千万亿两]/;

/** Start of the run of figures that ends the reading (a point or comma between digits included). */
function figureTailStart(text: string, r: SiteReading): number {
  let at = r.end;
  while (
    at > r.start &&
    (FIGURE.test(text[at - 1] as string) ||
      (/[.,]/.test(text[at - 1] as string) &&
        DIGIT.test(text[at] ?? '') &&
        DIGIT.test(text[at - 2] ?? '')))
  )
    at -= 1;
  return at;
}

/**
 * The piece cut before the figure that ends it in every variant (达到52 / 突破52 / 达到25, 经两 /
 * 两 / 经一: a word changed beside a number changed), or null: each variant must end in a figure
 * and both the words and the figures must differ.
 */
function cutFigureTail(texts: readonly string[], piece: Piece): Piece[] | null {
  const at = piece.map((r, k) => figureTailStart(texts[k] as string, r));
  if (piece.some((r, k) => (at[k] as number) === r.end)) return null;
  const rest = piece.map((r, k) => ({ start: r.start, end: at[k] as number }));
  const figure = piece.map((r, k) => ({ start: at[k] as number, end: r.end }));
  return differs(texts, rest) && differs(texts, figure) ? [rest, figure] : null;
}

/**
 * Joins two neighbouring changes with only digits between them, when the first ends and the second
 * starts inside the number (达到[5]2 / 突破[5]2 / 达到2[5]: 52 / 25 read as two edits around the
 * shared 2): the number is one unit, so that cutFigureTail can then split the word from it.
 */
export function joinAcrossFigures(
  sites: readonly ShapedSite[],
  texts: readonly string[],
): ShapedSite[] {
  const plain = (s: ShapedSite): boolean => s.kind === 'change' && !s.nested;
  return joinNeighbours(
    sites,
    (last, site) =>
      plain(last) &&
      plain(site) &&
      site.readings.every((r, k) => {
        const gap = (texts[k] as string).slice((last.readings[k] as SiteReading).end, r.start);
        return /^[0-9]{1,4}$/.test(gap);
      }) &&
      last.readings.some(
        (r, k) => r.end > r.start && DIGIT.test((texts[k] as string)[r.end - 1] ?? ''),
      ) &&
      site.readings.some(
        (r, k) => r.end > r.start && DIGIT.test((texts[k] as string)[r.start] ?? ''),
      ),
  );
}

/** A stretch set off by a pair of like commas or dashes: ", which seats forty," / " — built in 1911 —". */
const SET_OFF = /^\s*([,，、]|—+|--|–)[^]*\S\1\s*$/u;

/**
 * True when a clause was dropped with the commas or dashes that set it off: some variant prints
 * only a space there, and every other prints a stretch set off by a like pair. That is one change
 * of words, not two marks and a clause.
 */
function droppedAside(texts: readonly string[], site: Piece): boolean {
  const slices = site.map((r, k) => sliceOf(texts, r, k));
  const blank = (t: string): boolean => /^[ \t\u3000]*$/u.test(t);
  return slices.some(blank) && slices.every((t) => blank(t) || SET_OFF.test(t));
}

/**
 * The site as it is, or its pieces split at the changes between marks and words (in text order,
 * each trimmed to its disagreement). Only a change every variant reads text in is split; an
 * omission keeps its marks.
 */
export function splitAtMarks(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
): ShapedSite[] {
  if (site.kind !== 'change' || site.nested || site.readings.some((r) => r.end === r.start))
    return [site];
  if (droppedAside(texts, site.readings)) return [site];
  // “三农” / 农业农村: the quoted term was reworded, marks and all (one wording flag).
  if (site.readings.some((r, k) => enclosed(sliceOf(texts, r, k)))) return [site];
  let pieces: Piece[] = [site.readings];
  const lead = cutEdge(texts, site.readings, 'lead');
  if (lead) pieces = lead;
  const restAt = lead ? 1 : 0;
  const trail = cutEdge(texts, pieces[restAt] as Piece, 'trail');
  if (trail) pieces.splice(restAt, 1, ...trail);
  pieces = pieces.flatMap((p) => (p.some((r) => r.end === r.start) ? [p] : cutInside(texts, p)));
  pieces = pieces.flatMap((p) => cutFigureTail(texts, p) ?? [p]);
  if (pieces.length === 1) return [site];
  const out: ShapedSite[] = [];
  for (const piece of pieces) {
    const trimmed = trimReadings(texts, piece);
    if (!trimmed) continue;
    out.push({ ...site, ...cellsOf(trimmed[baseK] as SiteReading), readings: trimmed });
  }
  return out.length > 0 ? out : [site];
}

/** Fewest characters of the passage after the stop for a cut to be taken as one. */
const PASSAGE_MIN = 8;

/**
 * A printing that ends where the others go on, with another stop (in May! / in May. Twelve women …):
 * one site holds the changed stop and the passage the cut printing lacks, so the passage's
 * differences among the printings that carry it are lost. This cuts the site in two — the stop
 * (each printing's leading run of marks) and the passage (empty in the printing that is all marks)
 * — so that the passage is an omission collated inside. Otherwise the site whole.
 */
export function splitMarkBeforePassage(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
): ShapedSite[] {
  if (site.kind !== 'change' || site.nested) return [site];
  const runs = site.readings.map((r, k) => runsOf(texts[k] as string, r));
  const allMarks = (rs: readonly Run[]): boolean => rs.length === 1 && rs[0]?.mark === true;
  const cut = runs.filter(allMarks);
  const rest = runs.filter((rs) => !allMarks(rs));
  if (cut.length === 0 || rest.length < 2) return [site];
  const passage = (rs: readonly Run[]): boolean =>
    rs.length >= 2 &&
    rs[0]?.mark === true &&
    (rs[rs.length - 1]?.end ?? 0) - (rs[1]?.start ?? 0) >= PASSAGE_MIN;
  if (!rest.every(passage)) return [site];
  const stop: Piece = runs.map((rs) => ({
    start: (rs[0] as Run).start,
    end: (rs[0] as Run).end,
  }));
  const after: Piece = runs.map((rs, k) => {
    const r = site.readings[k] as SiteReading;
    return allMarks(rs) ? { start: r.end, end: r.end } : { start: (rs[0] as Run).end, end: r.end };
  });
  if (!differs(texts, stop)) return [site];
  return [stop, after].map((piece) => ({
    ...site,
    ...cellsOf(piece[baseK] as SiteReading),
    readings: piece,
  }));
}
