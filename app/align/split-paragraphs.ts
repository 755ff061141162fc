/**
 * A changed headline and a changed dateline under it (新版…公布 / 126种…目录 then 据新华社…) share
 * nothing between them, so the diff reads one edit across the paragraph break. An editor decides a
 * headline and a dateline apart, so a site that every variant reads across exactly one paragraph
 * start is split there. A passage some variant omits altogether stays one omission.
 */
import type { FoldedText } from '../text/fold';
import type { EncodedText } from './code-points';
import type { ShapedSite } from './shapes';
import { trimReadings, type SiteReading } from './sites';

/** Paragraph starts of a folded text in encoded (one unit per code point) positions, ascending. */
export function encodedParagraphStarts(folded: FoldedText, encoded: EncodedText): number[] {
  const map = encoded.toFolded;
  if (!map) return folded.paragraphStarts.slice();
  const out: number[] = [];
  let e = 0;
  for (const p of folded.paragraphStarts) {
    while (e < map.length && (map[e] as number) < p) e += 1;
    if (e < map.length && map[e] === p) out.push(e);
  }
  return out;
}

/** The one paragraph start after a reading's start and up to its end, or -1 when none or several. */
function onlyStartWithin(starts: readonly number[], r: SiteReading): number {
  // A start at the reading's own beginning opens it; one at its end is the break after it.
  const inside = starts.filter((p) => p > r.start && p <= r.end);
  return inside.length === 1 ? (inside[0] as number) : -1;
}

/**
 * The site, or its two parts on either side of the paragraph break, each trimmed to where its
 * readings differ. Only a change every variant reads text in, with a break strictly inside at
 * least one reading (a break at both edges of every reading is no split).
 */
export function splitAtParagraph(
  site: ShapedSite,
  texts: readonly string[],
  starts: readonly (readonly number[])[],
): ShapedSite[] {
  if (site.kind !== 'change' || site.nested || site.readings.some((r) => r.end === r.start))
    return [site];
  const at = site.readings.map((r, k) => onlyStartWithin(starts[k] ?? [], r));
  if (at.some((p) => p < 0)) return splitBeforeAddedParagraph(site, texts, starts);
  if (!site.readings.some((r, k) => (at[k] as number) > r.start && (at[k] as number) < r.end))
    return [site];
  return partsAt(site, texts, at, true);
}

/**
 * The site's two parts on either side of each reading's position in `at`, the part before trimmed
 * to where its readings differ, and the part after too when `trimAfter` (an added paragraph's
 * insertion is kept as it is: its empty readings mark where the others would print it). The site
 * itself when a trimmed part has no difference left.
 */
function partsAt(
  site: ShapedSite,
  texts: readonly string[],
  at: readonly number[],
  trimAfter: boolean,
): ShapedSite[] {
  const before = trimReadings(
    texts,
    site.readings.map((r, k) => ({ start: r.start, end: at[k] as number })),
  );
  const split = site.readings.map((r, k) => ({ start: at[k] as number, end: r.end }));
  const after = trimAfter ? trimReadings(texts, split) : split;
  if (!before || !after) return [site];
  return [
    { ...site, readings: before },
    { ...site, readings: after },
  ];
}

/** Fewest code points of a paragraph, after the break, that one printing adds beside a change. */
const ADDED_PARAGRAPH_MIN = 10;

/**
 * A change at a paragraph's end glued by the diff to a paragraph that some variants print next and
 * the others do not print there (a reprint that cut a sentence and then prints a paragraph it moved
 * up from later): 六天。最难……功夫 / 至六天！¶2019年……12条. The readings that cross one paragraph
 * start are split there, the others read all of their text before it and nothing after, so the
 * added paragraph is an insertion of its own that a move can pair with its deletion elsewhere.
 */
function splitBeforeAddedParagraph(
  site: ShapedSite,
  texts: readonly string[],
  starts: readonly (readonly number[])[],
): ShapedSite[] {
  const inside = site.readings.map((r, k) =>
    (starts[k] ?? []).filter(
      (p) =>
        (p > r.start || (p === r.start && opensGluedParagraph(site, texts, starts, k))) &&
        p < r.end,
    ),
  );
  if (inside.some((xs) => xs.length > 1) || inside.every((xs) => xs.length === 0)) return [site];
  const crossing = inside.map((xs) => xs.length === 1);
  if (crossing.every(Boolean)) return [site];
  const at = site.readings.map((r, k) => inside[k]?.[0] ?? r.end);
  if (site.readings.some((r, k) => crossing[k] && r.end - (at[k] as number) < ADDED_PARAGRAPH_MIN))
    return [site];
  const parts = partsAt(site, texts, at, false);
  const added = parts[1];
  if (parts.length < 2 || !added) return parts;
  // A paragraph glued whole ends on the stop the diff shared with the cut sentence's: it is the
  // paragraph's own.
  const readings = added.readings.map((r, k) =>
    at[k] === site.readings[k]?.start && crossing[k]
      ? { ...r, end: closingStop(texts[k] ?? '', starts[k] ?? [], r.end) }
      : r,
  );
  return [parts[0] as ShapedSite, { ...added, readings }];
}

/** Sentence stops and closing quotes or brackets that end a paragraph. */
const CLOSING = /[.!?。！？…"”’'）)]/u;

/**
 * `end` moved over the stops that close the paragraph there: up to three, then the next paragraph
 * start or the text's end (a folded text keeps no blank lines; `starts` are its paragraph starts).
 */
function closingStop(text: string, starts: readonly number[], end: number): number {
  let e = end;
  while (e < text.length && e - end < 3 && CLOSING.test(text[e] ?? '')) e += 1;
  return e > end && (e === text.length || starts.includes(e)) ? e : end;
}

/** Code points of a glued paragraph's opening that another variant must print elsewhere. */
const OPENING = 12;

/**
 * True when reading `k` opens a paragraph while every other reading that reads text starts inside
 * one (the diff took the blank line before it for the space after a sentence the others print and
 * this variant cut), and another variant prints the paragraph's opening elsewhere: the paragraph
 * was moved here, and is glued to the cut as a whole.
 */
function opensGluedParagraph(
  site: ShapedSite,
  texts: readonly string[],
  starts: readonly (readonly number[])[],
  k: number,
): boolean {
  const r = site.readings[k];
  if (!r || !(starts[k] ?? []).includes(r.start)) return false;
  const others = site.readings.filter((o, j) => j !== k && o.end > o.start);
  if (others.length === 0) return false;
  if (others.some((o) => (starts[site.readings.indexOf(o)] ?? []).includes(o.start))) return false;
  const opening = (texts[k] ?? '').slice(r.start, r.start + OPENING);
  return (
    opening.length === OPENING &&
    site.readings.some((o, j) => {
      if (j === k) return false;
      const at = (texts[j] ?? '').indexOf(opening);
      return at >= 0 && (at < o.start || at >= o.end);
    })
  );
}
