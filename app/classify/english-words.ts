/**
 * English words as a spelling dictionary knows them, supplied by the host: the Hunspell en_US
 * dictionary of the `dictionary-en` package (its `.dic` text), registered by the Node hosts
 * (main/services/english-words.ts) and the Web Worker. The core reads no file. The dictionary
 * prints common words in lower case (local, crew, police) and proper nouns capitalised (Delgado,
 * Monday), so it tells a capitalised word at a sentence's start that is an ordinary word (Local
 * fishermen…) from a name (Rosalind planted…) where the story gives no evidence of its own.
 * Without a dictionary every such word is taken as ordinary, as before one was used.
 *
 * Measured (07 Dec, Node 20, 2 cores, load ~8): 38,798 lower-case stems and 10,667 capitalised
 * ones, parsed in 13–20 ms on the first question, +11 MB; 551 KB of text in the Worker bundle.
 */

/**
 * What the dictionary says of a word: only a lower-case entry holds it (common), both kinds do
 * (both: rose / Rose, smith / Smith), only a capitalised one (proper), or none (unknown).
 */
export type EnglishWordKind = 'common' | 'both' | 'proper' | 'unknown';

/** The dictionary's stems: lower-case entries, and capitalised ones lower-cased. */
interface Stems {
  readonly common: ReadonlySet<string>;
  readonly proper: ReadonlySet<string>;
}

let source: (() => string) | undefined;
let stems: Stems | undefined;

/**
 * Registers the Hunspell `.dic` text every later comparison reads (undefined removes it). The text
 * is asked for and parsed on the first question, so a comparison of Chinese text pays nothing.
 */
export function registerEnglishWords(dic: (() => string) | undefined): void {
  source = dic;
  stems = undefined;
}

/** The stems of a `.dic` text: one entry a line (`word/FLAGS`), after a first line with the count. */
function parse(text: string): Stems {
  const common = new Set<string>();
  const proper = new Set<string>();
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const slash = text.indexOf('/', start);
    const word = text.slice(start, slash >= 0 && slash < end ? slash : end).trim();
    if (word !== '') {
      const lower = word.toLowerCase();
      (word === lower ? common : proper).add(lower);
    }
    start = end + 1;
  }
  return { common, proper };
}

/**
 * The stems an inflected word may come from, itself first (residents → resident, carries →
 * carry, closed → close / clos, burning → burn / burne, farmers → farmer / farm, quickly → quick).
 * The dictionary lists stems with affix flags; stripping the regular endings is enough to find
 * them, and a wrong stem only makes a word common that a name seldom is.
 */
function stemsOf(lower: string): string[] {
  const out = [lower];
  const strip = (end: string, add = ''): void => {
    if (lower.length > end.length + 2 && lower.endsWith(end))
      out.push(lower.slice(0, -end.length) + add);
  };
  strip("'s");
  strip('s');
  strip('es');
  strip('ies', 'y');
  strip('ed');
  strip('d');
  strip('ied', 'y');
  strip('ing');
  strip('ing', 'e');
  strip('er');
  strip('ers');
  strip('ly');
  return out;
}

/**
 * What the registered dictionary says of a word: common when its lower-case form or a regular
 * inflection of it is a lower-case entry (Residents, Police) and no capitalised one, both when a
 * capitalised entry holds it too (Rose, Smith), proper when only a capitalised entry does
 * (Delgado), unknown when none does (Rosalynd, Wexcombe); undefined with no dictionary registered.
 */
export function englishWordKind(word: string): EnglishWordKind | undefined {
  if (!source) return undefined;
  stems ??= parse(source());
  // A host that could not read its dictionary gives no text: no evidence, as with none registered.
  if (stems.common.size === 0) return undefined;
  const forms = stemsOf(word.toLowerCase());
  const found = stems;
  const proper = forms.some((f) => found.proper.has(f));
  if (forms.some((f) => found.common.has(f))) return proper ? 'both' : 'common';
  return proper ? 'proper' : 'unknown';
}
