/**
 * Names known by the list they stand in: items joined by 、 (or 和/与/及) and closed by 等 and a
 * word for places (蛟岭、石坂等五个镇; 北京、上海等地; 科伦坡、吉大港和蒙巴萨等港口). The closing word says
 * what every item is, so a changed character inside an item is a place's, though no suffix marks
 * the item itself and the segmenter does not know it.
 */
import { hanRun, isHan } from '../lexicon/characters';
import { alternation } from '../lexicon/newsroom';
import { PLACE_KINDS } from '../lexicon/place-suffixes';

/** What closes a list of places: 等, an optional count (五个, 6座), and a word for places. */
const CLOSES_PLACES = new RegExp(
  `^等(?:[一二两三四五六七八九十几多0-9]+[个座处])?(?:${alternation(PLACE_KINDS)})`,
  'u',
);

/** What joins two items of a list. */
const JOINS = '、和与及';

/** Fewest and most characters of an item taken for a place name (two-character names are common). */
const ITEM = { min: 2, max: 5 } as const;

/** Furthest the list's 等 may stand after the reading (code units): an item or two of five. */
const REACH = 12;

/**
 * True when [from, to) of `context` lies inside an item of a list of places: two items or more,
 * each of two to five Han characters, joined by 、和与及 and closed by 等 and a word for places. The
 * first item has no mark before it: it is taken as long as the item after it (lists hold names
 * of like length), so the words before the list are not read as part of it.
 */
export function inPlaceList(context: string, from: number, to: number): boolean {
  const close = context.indexOf('等', to);
  if (close < 0 || close - to > REACH || !CLOSES_PLACES.test(context.slice(close))) return false;
  // The items, from the last back: each ends at a joiner (or 等) and starts after the one before.
  const items: { start: number; end: number }[] = [];
  let end = close;
  for (let at = close - 1; at >= 0; at -= 1) {
    const ch = context[at] as string;
    if (JOINS.includes(ch)) {
      items.push({ start: at + 1, end });
      end = at;
    } else if (!isHan(ch)) break;
  }
  const second = items[items.length - 1];
  if (!second) return false;
  // The first item, as long as the one after it.
  items.push({ start: Math.max(0, end - (second.end - second.start)), end });
  if (items.some((i) => i.end - i.start < ITEM.min || i.end - i.start > ITEM.max)) return false;
  if (!hanRun(context.slice(items[items.length - 1]?.start ?? 0, end))) return false;
  return items.some(
    (i) => i.start <= from && to <= i.end && (from < to || (i.start < from && from < i.end)),
  );
}
