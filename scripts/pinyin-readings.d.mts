/** Types of scripts/pinyin-readings.mjs (plain JavaScript, run by the bin's build). */

/** pinyin-pro's `polyphonic`, as the table is made from it and falls back to it. */
type Polyphonic = (text: string, options?: object) => string[][];

/** The code points the table covers: the Han ranges of app/lexicon/characters.ts. */
export declare const TABLE_RANGES: readonly (readonly [number, number])[];

/** The table of every Han character pinyin-pro reads, made from `polyphonic`. */
export declare function readingsTable(polyphonic: Polyphonic): string;

/** `polyphonic` answered from `table`, and by `fallback` for any other question. */
export declare function tablePolyphonic(table: string, fallback: Polyphonic): Polyphonic;
