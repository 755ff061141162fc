/**
 * Traditional → simplified folding (繁/简) for comparison: a Hong Kong or Taiwan reprint of a
 * Xinhua story prints the same words in the other script, which is style, not hundreds of flags.
 *
 * Library choice: opencc-js (OpenCC's dictionaries). Measured before adopting it (Node 20, this
 * machine): the t2cn dictionaries load in ~7 ms and build their trie in ~25 ms (once, lazily),
 * convert 138k characters in ~7 ms, add ~0.1 MB to the core's bundle (the t2cn preset; the 1 MB
 * s→t phrase table is not imported), change none of the 22k characters of the simplified sample
 * pages and read a test paragraph exactly (穿著→穿着 beside 著名→著名, 乾燥→干燥, 宣佈→宣布).
 *
 * Offsets must stay exact, so only dictionary entries that keep the length in code points are
 * loaded (all 5,526 of the t2cn set do today; an entry that did not would be dropped, not
 * trusted): the folded text then has one code point per original code point.
 */
import { ConverterFactory, type DictGroup, type DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';
import { HAN, hanRegExp } from '../lexicon/characters';

type Convert = (text: string) => string;

let converter: Convert | null = null;

/**
 * Per code point, what the loaded entries say of it: IN_ENTRY when some entry has it on either
 * side, CHANGING when some entry changes it (a typed array: looked up for every character of
 * every text the finder reads, where a Set of code points was most of toSimplified's time).
 *
 * CHANGING: the source's character where it differs from the replacement at the same position. A
 * text with none of them reads the same after conversion — whatever entry matches replaces it by
 * an identical string — so it is returned without running the converter: simplified pages,
 * nearly all of a day's pages, skip the trie walk (2.4 s of a 150-page compare went there before
 * this check).
 *
 * IN_ENTRY: no entry can match across a character outside this set, and none writes one, so the
 * converter's output is the concatenation of its output for the runs between such characters:
 * only runs with a CHANGING character are converted.
 */
let marks: Uint8Array | null = null;
const IN_ENTRY = 1;
const CHANGING = 2;

/**
 * The dictionary with only the entries whose replacement has as many code points as the source.
 * Both sides are walked code point by code point, side by side, without arrays of characters:
 * every thread that folds text reads all 5,526 entries once, and spreading each into arrays took
 * 15-35 ms of a two-file compare's start (issue 15).
 */
function lengthKeeping(dict: DictLike, into: Uint8Array): DictLike {
  const kept = lengthKeepingEntries(dict);
  for (const [from, to] of kept) {
    for (let i = 0, j = 0; i < from.length && j < to.length;) {
      const a = from.codePointAt(i) as number;
      const b = to.codePointAt(j) as number;
      into[a] = (into[a] as number) | IN_ENTRY | (a === b ? 0 : CHANGING);
      into[b] = (into[b] as number) | IN_ENTRY;
      i += a > 0xffff ? 2 : 1;
      j += b > 0xffff ? 2 : 1;
    }
  }
  return kept;
}

function lengthKeepingEntries(dict: DictLike): (readonly [string, string])[] {
  const entries: (readonly [string, string])[] =
    typeof dict === 'string'
      ? dict.split('|').map((line) => {
          const [from = '', to = ''] = line.split(' ');
          return [from, to] as const;
        })
      : dict.map((pair) => [pair[0], pair[1]] as const);
  return entries.filter(
    ([from, to]) =>
      from.length > 0 && to.length > 0 && countCodePoints(from) === countCodePoints(to),
  );
}

/** The chain the converter is built from, once `marks` is set. */
let chain: DictGroup[] | null = null;

/**
 * Hong Kong and Taiwan variant forms first (着/著 as the region writes them), then traditional →
 * simplified; each dictionary with only its length-keeping entries, whose characters are marked
 * in `marks`. Reading the entries is cheap; building the converter's trie is not, and is left to
 * the first text that has a CHANGING character.
 */
function loadEntries(): Uint8Array {
  const into = new Uint8Array(0x110000);
  const keep = (group: DictGroup): DictGroup => group.map((dict) => lengthKeeping(dict, into));
  const hk = configs['hk2s']?.conversionChain ?? [];
  const tw = configs['tw2s']?.conversionChain ?? [];
  const groups: DictGroup[] = [];
  if (hk[0]) groups.push(keep(hk[0]));
  if (tw[0]) groups.push(keep(tw[0]));
  const ts = hk[1] ?? tw[1];
  if (ts) groups.push(keep(ts));
  chain = groups;
  marks = into;
  return into;
}

/** The converter over the loaded entries (see loadEntries). */
function getConverter(): Convert {
  if (converter === null) {
    if (chain === null) loadEntries();
    const convert = ConverterFactory(chain ?? []);
    converter = (text) => {
      let out = converted.get(text);
      if (out === undefined) {
        if (converted.size >= CONVERTED_MAX) converted.clear();
        out = convert(text);
        converted.set(text, out);
      }
      return out;
    };
  }
  return converter;
}

/**
 * Runs already converted, by their text. Conversion is a function of the run alone, and a day's
 * pages print the same sentences again and again (every edition of a page, every page of a
 * story that is folded once for the finder, once for segmentation and once for alignment): the
 * trie walk was 0.3-0.5 s of a 150-page compare (issue 15). Fewer than 1,000 runs of a 150-page day
 * are converted, so the cap (emptied when full) bounds the memory to well under 1 MB.
 */
const converted = new Map<string, string>();
const CONVERTED_MAX = 5_000;

/** True when the text has an ideograph outside ASCII/Latin (a quick skip for English pages). */
const IDEOGRAPH = hanRegExp(`[${HAN}]`);

/**
 * The simplified reading of `text`, with exactly one code point per code point of `text`
 * (surrogate pairs may become single units and back, so index by code point, not by unit).
 */
export function toSimplified(text: string): string {
  if (!IDEOGRAPH.test(text)) return text;
  const marked = marks ?? loadEntries();
  if (!hasChanging(text, marked)) return text;
  const convert = getConverter();
  const out = IDEOGRAPHIC_DESCRIPTION.test(text)
    ? convert(text)
    : convertRuns(convert, text, marked);
  // Guard: every loaded entry keeps its length, so this holds; if a future dictionary broke it,
  // comparing in the printed script is safer than offsets that point at the wrong character.
  return countCodePoints(out) === countCodePoints(text) ? out : text;
}

/**
 * Ideographic description characters (⿰…): the converter keeps a whole description sequence as
 * one unconverted unit, so a text with one is converted in one piece.
 */
const IDEOGRAPHIC_DESCRIPTION = /[\u2ff0-\u2fff]/u;

/**
 * `convert(text)` computed run by run (see `marks`): only the runs of entry characters that hold
 * a changing character are converted; the rest is copied. Simplified pages carry a changing
 * character (台, 群, 才 as variant forms) in some sentences, so whole pages went through the trie.
 */
function convertRuns(convert: Convert, text: string, marked: Uint8Array): string {
  let out = '';
  let copied = 0;
  let runStart = -1;
  let runChanges = false;
  const endRun = (end: number): void => {
    if (runStart >= 0 && runChanges) {
      out += text.slice(copied, runStart) + convert(text.slice(runStart, end));
      copied = end;
    }
    runStart = -1;
    runChanges = false;
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const mark = marked[cp] as number;
    if (mark & IN_ENTRY) {
      if (runStart < 0) runStart = i;
      if (mark & CHANGING) runChanges = true;
    } else endRun(i);
    i += cp > 0xffff ? 2 : 1;
  }
  endRun(text.length);
  return copied === 0 ? text : out + text.slice(copied);
}

/** The converter run over the whole text in one piece: what toSimplified's run-by-run path must equal. */
export function convertWhole(text: string): string {
  return getConverter()(text);
}

/** True when the text has a character some entry changes (see `marks`). */
function hasChanging(text: string, marked: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if ((marked[text.codePointAt(i) ?? c] as number) & CHANGING) return true;
    if (c >= 0xd800 && c <= 0xdbff) i += 1;
  }
  return false;
}

function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n += 1;
    else {
      const d = text.charCodeAt(i + 1);
      n += 1;
      if (d >= 0xdc00 && d <= 0xdfff) i += 1;
    }
  }
  return n;
}

/** A line break (with the indent of the next line) between two ideographs: a wrap inside a phrase. */
const WRAP_IN_HAN = hanRegExp(`(?<=[${HAN}])\\r?\\n[ \\t\\u3000]*(?=[${HAN}])`, 'g');

/**
 * toSimplified of `slice` as if its lines ran on where a wrap falls between two ideographs: a
 * phrase the converter knows (怎么, which keeps 么) is read as that phrase even when a line ends
 * inside it, not as characters alone (么 alone reads 幺). The wraps stay where they are.
 */
function simplifiedAcrossWraps(slice: string): string {
  // A text that reads the same line by line is left alone (nearly every simplified page).
  const plain = toSimplified(slice);
  WRAP_IN_HAN.lastIndex = 0;
  if (plain === slice || !WRAP_IN_HAN.test(slice)) return plain;
  // The slice without those wraps, and for each of its units the unit of the slice it came from.
  const from: number[] = [];
  let joined = '';
  let at = 0;
  WRAP_IN_HAN.lastIndex = 0;
  for (const m of slice.matchAll(WRAP_IN_HAN)) {
    for (let i = at; i < m.index; i++) from.push(i);
    joined += slice.slice(at, m.index);
    at = m.index + m[0].length;
  }
  for (let i = at; i < slice.length; i++) from.push(i);
  joined += slice.slice(at);
  const converted = toSimplified(joined);
  // A width change of a surrogate pair would shift the units: read line by line then, as before.
  if (converted.length !== joined.length) return plain;
  const units = slice.split('');
  for (let i = 0; i < converted.length; i++) units[from[i] as number] = converted[i] as string;
  return units.join('');
}

/**
 * A lookup from original UTF-16 offset (at a code point start) to the simplified code point
 * there, for one range of a text. Returns null when the range reads the same in both scripts.
 */
export function simplifiedLookup(
  text: string,
  start: number,
  end: number,
): ((at: number) => string) | null {
  const slice = text.slice(start, end);
  const out = simplifiedAcrossWraps(slice);
  if (out === slice) return null;
  if (out.length === slice.length) {
    // No surrogate pair changed width (the common case): same unit offsets.
    return (at) => {
      const i = at - start;
      const c = out.charCodeAt(i);
      return c >= 0xd800 && c <= 0xdbff ? out.slice(i, i + 2) : out.charAt(i);
    };
  }
  // Per unit of the slice, the simplified code point of the code point starting there (-1 inside
  // a surrogate pair): a typed array, where a Map of every offset cost a long line seconds.
  const byOffset = new Int32Array(slice.length).fill(-1);
  let o = 0;
  for (let i = 0; i < slice.length;) {
    const cp = slice.codePointAt(i) ?? 0;
    const oc = out.codePointAt(o) ?? 0;
    byOffset[i] = oc;
    i += cp > 0xffff ? 2 : 1;
    o += oc > 0xffff ? 2 : 1;
  }
  return (at) => {
    const oc = at >= start && at < end ? (byOffset[at - start] as number) : -1;
    return String.fromCodePoint(oc >= 0 ? oc : (text.codePointAt(at) ?? 0));
  };
}
