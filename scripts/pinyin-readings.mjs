/**
 * pinyin-pro's readings of the Han characters, as one string the bin carries instead of loading
 * pinyin-pro for them. The classifier asks `polyphonic(ch, { toneType: 'none', type: 'array' })`
 * of one character at a time (app/classify/sounds.ts); loading pinyin-pro builds all its
 * dictionaries first, 35-90 ms of a two-file compare and of every collation worker. The table is
 * made from pinyin-pro itself when the bin is built (scripts/build-cli.mjs), so its answers are
 * the library's (pinyin-readings.test.ts compares every character); any other call goes to the
 * library.
 */

/** The code points the table covers: the Han ranges of app/lexicon/characters.ts. */
export const TABLE_RANGES = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

const OPTIONS = { toneType: 'none', type: 'array' };

/**
 * The table: for each character of TABLE_RANGES that `polyphonic` reads (it gives any other
 * character back as itself), the character, its readings joined by ',', and ';'. Readings are
 * Latin letters, so a character is found in the table by indexOf.
 * @param {(text: string, options: object) => string[][]} polyphonic pinyin-pro's
 * @returns {string}
 */
export function readingsTable(polyphonic) {
  let table = '';
  for (const [first, last] of TABLE_RANGES)
    for (let cp = first; cp <= last; cp++) {
      const ch = String.fromCodePoint(cp);
      const found = polyphonic(ch, OPTIONS);
      const readings = found[0] ?? [];
      if (found.length === 1 && readings.length === 1 && readings[0] === ch) continue;
      if (found.length !== 1 || readings.some((r) => /[,;]/.test(r) || !/^[\x21-\u024f]+$/.test(r)))
        throw new Error(`pinyin-readings: pinyin-pro reads ${ch} as ${JSON.stringify(found)}`);
      table += `${ch}${readings.join(',')};`;
    }
  return table;
}

/**
 * `polyphonic` answered from `table` (readingsTable) for one character of TABLE_RANGES with the
 * classifier's options, and by `fallback` (pinyin-pro, loaded then) for anything else.
 * @param {string} table
 * @param {(text: string, options?: object) => string[][]} fallback
 * @returns {(text: string, options?: object) => string[][]}
 */
export function tablePolyphonic(table, fallback) {
  return (text, options) => {
    const cp = text.codePointAt(0) ?? 0;
    const one = text.length === (cp > 0xffff ? 2 : 1);
    const covered = TABLE_RANGES.some(([first, last]) => cp >= first && cp <= last);
    if (
      !one ||
      !covered ||
      options?.toneType !== OPTIONS.toneType ||
      options?.type !== OPTIONS.type ||
      Object.keys(options).length !== 2
    )
      return fallback(text, options);
    const at = table.indexOf(text);
    if (at < 0) return [[text]];
    const start = at + text.length;
    return [table.slice(start, table.indexOf(';', start)).split(',')];
  };
}
