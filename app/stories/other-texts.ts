/**
 * The other papers' text of a story, as each carrier's story-edge rules ask it: "do the others
 * print this?" (app/stories/story-edges.ts, carried-parts.ts). Joining the other carriers' plain
 * texts anew for every carrier cost O(carriers² × length) per story — a story 150 pages print
 * joined 149 texts 150 times. Here every carrier's plain text is joined once, and a carrier's
 * question skips its own part of the join.
 */

/** Text that can be asked whether it contains a string (a plain string is one). */
export interface ContainsText {
  includes(text: string): boolean;
}

/**
 * For carrier k, the other carriers' plain texts as `plains.filter((_, i) => i !== k).join('|')`
 * would answer `includes` — without building that string. Plain texts hold letters and digits only.
 */
export function othersOf(plains: readonly string[]): (k: number) => ContainsText {
  let all: string | null = null;
  const starts: number[] = [];
  const ends: number[] = [];
  const joined = (): string => {
    if (all === null) {
      let at = 0;
      for (const text of plains) {
        starts.push(at);
        ends.push(at + text.length);
        at += text.length + 1;
      }
      all = plains.join('|');
    }
    return all;
  };
  return (k) => ({
    includes(text: string): boolean {
      // A separator in the question could span two texts: ask the join itself (never the case for plain text).
      if (text.includes('|'))
        return plains
          .filter((_, i) => i !== k)
          .join('|')
          .includes(text);
      const whole = joined();
      const at = whole.indexOf(text);
      if (at < 0) return false;
      const start = starts[k];
      const end = ends[k];
      if (start === undefined || end === undefined || at < start || at >= end) return true;
      // Found only in carrier k's own part so far: an occurrence cannot cross a separator, so look past it.
      return whole.indexOf(text, end) >= 0;
    },
  });
}
