/**
 * The parts of one time of day changed in several places are one flag: 4时30分 / 4:30 diffs as
 * 时 / : and 分 / nothing, 上午8时至下午6时 / 8:00—18:00 as three pieces. An editor checks the time
 * once, and each piece alone reads as a word (时 / :), not as the number it is part of.
 */
import { joinNeighbours, type ShapedSite } from './shapes';
import type { SiteReading } from './sites';
import { onlyTimeWords, timesOfDay, timeStretch } from '../lexicon/times';

/** Most characters between two pieces of one time (the minutes, a part of the day, a connector). */
const GAP_MAX = 6;

/**
 * Joins neighbouring sites when both, and the text between them in every variant, hold only the
 * words of times of day, and every variant reads a time there: 时 / : and 分 / nothing around 30.
 */
export function mergeTimeParts(
  sites: readonly ShapedSite[],
  texts: readonly string[],
): ShapedSite[] {
  return joinNeighbours(sites, (last, site) => {
    if (last.kind !== 'change' || site.kind !== 'change' || last.nested !== site.nested)
      return false;
    return site.readings.every((r, k) => {
      const text = texts[k] as string;
      const first = last.readings[k] as SiteReading;
      const gap = text.slice(first.end, r.start);
      return (
        gap.length <= GAP_MAX &&
        onlyTimeWords(text.slice(first.start, r.end)) &&
        timesOfDay(timeStretch(text, first.start, r.end)).length > 0
      );
    });
  });
}
