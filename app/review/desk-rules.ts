/**
 * The editor's own rules, applied after the engine (issue 13): what this desk treats as style
 * (ignore rules: "〔 = [", a paper's own spelling) and a names book (the correct spellings of
 * names). A post-pass over the compare result and the variants' texts, pure, run in the compare
 * worker after `compareVariants`, so every view, report and export sees the same flags.
 *
 * - An ignore rule `a = b` reads b as a: a flag whose readings are all alike once every rule is
 *   applied (and style folded) is no flag; one whose readings fall into fewer groups gets its
 *   majority counted again.
 * - A flag where some pages print a names-book entry (its reading, with the text around it, spells
 *   the entry) and others do not becomes a name flag that suggests the reading with the entry.
 * - A near miss of an entry (one character changed, or one missing, for entries of three or more
 *   characters) printed where no flag is becomes a name flag suggesting the entry — even when
 *   every page prints the near miss, which no vote would ever flag.
 */
import {
  arrayOf,
  checkSchema,
  conforms,
  isObject,
  objectOf,
  str,
  type Schema,
} from '../model/schema';
import type { CompareResult, Flag, Reading, Story, VariantText } from '../model/types';
import { foldText } from '../text/fold';

/** "Treat `b` as `a`": one pair of strings this desk counts as the same. */
export interface IgnoreRule {
  readonly a: string;
  readonly b: string;
}

/** The editor's rules, saved with the project and exportable as a desk rules file. */
export interface DeskRules {
  readonly ignore: readonly IgnoreRule[];
  /** Correct spellings of names, one per entry. */
  readonly names: readonly string[];
}

/**
 * The shape of desk rules in a project file (`deskRules`): every ignore rule an object of two
 * strings `a` and `b`, every names-book entry a string. Held to DeskRules: a schema accepting
 * anything else would not compile.
 */
export const deskRulesSchema: Schema<DeskRules> = objectOf({
  ignore: arrayOf(objectOf({ a: str, b: str })),
  names: arrayOf(str),
});

/** True when two sets of rules say the same: the same ignore rules and entries, in the same order. */
export function sameDeskRules(x: DeskRules, y: DeskRules): boolean {
  return (
    x.ignore.length === y.ignore.length &&
    x.names.length === y.names.length &&
    x.ignore.every((r, i) => r.a === y.ignore[i]?.a && r.b === y.ignore[i]?.b) &&
    x.names.every((n, i) => n === y.names[i])
  );
}

/** No rules: the engine's result unchanged. */
export const NO_DESK_RULES: DeskRules = { ignore: [], names: [] };

/** Rule ids the post-pass writes on the flags it decides (as the classifier's `rule`). */
export const DESK_RULE_IDS = {
  names: 'desk.names-book',
  nearMiss: 'desk.names-book-near-miss',
} as const;

/** Shortest entry searched for near misses: a one-character change in a two-character name is too common to mean anything. */
const NEAR_MISS_MIN_LENGTH = 3;

/** A reading as this desk reads it: every ignore rule applied, then style folded. */
export function deskForm(text: string, ignore: readonly IgnoreRule[]): string {
  let out = text;
  for (const rule of ignore) if (rule.b !== '') out = out.split(rule.b).join(rule.a);
  return foldText(out).text;
}

/** The majority after the desk's rules: the first reading of the one largest group, or null on a tie. */
function deskMajority(readings: readonly Reading[], ignore: readonly IgnoreRule[]): string | null {
  const groups = new Map<string, { first: string; count: number }>();
  for (const r of readings) {
    const key = deskForm(r.text, ignore);
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { first: r.text, count: 1 });
  }
  const sorted = [...groups.values()].sort((x, y) => y.count - x.count);
  const [top, next] = sorted;
  if (!top || (next && next.count === top.count)) return null;
  return top.first;
}

function applyIgnore(flag: Flag, ignore: readonly IgnoreRule[]): Flag | null {
  if (ignore.length === 0) return flag;
  const forms = new Set(flag.readings.map((r) => deskForm(r.text, ignore)));
  if (forms.size <= 1) return null;
  const majority = deskMajority(flag.readings, ignore);
  return majority === flag.majority ? flag : { ...flag, majority };
}

/** True when the entry is printed over (or, for an empty reading, right at) the reading's place. */
function readsEntry(reading: Reading, text: string | undefined, name: string): boolean {
  if (reading.text.includes(name)) return true;
  if (text === undefined) return false;
  const from = Math.max(0, reading.start - name.length);
  for (
    let at = text.indexOf(name, from);
    at >= 0 && at <= reading.end;
    at = text.indexOf(name, at + 1)
  ) {
    const end = at + name.length;
    if (
      reading.start === reading.end
        ? at <= reading.start && reading.start <= end
        : at < reading.end && reading.start < end
    )
      return true;
  }
  return false;
}

function applyNames(
  flag: Flag,
  names: readonly string[],
  texts: ReadonlyMap<string, string>,
): Flag {
  for (const name of names) {
    const holding = flag.readings.filter((r) => readsEntry(r, texts.get(r.variant), name));
    if (holding.length === 0 || holding.length === flag.readings.length) continue;
    return {
      ...flag,
      category: 'name',
      majority: holding[0]?.text ?? flag.majority,
      rule: DESK_RULE_IDS.names,
      why: `names book: ${name}`,
    };
  }
  return flag;
}

/** True when `text` is `entry` with one character changed, or (for long entries) one left out. */
export function isNearMiss(text: string, entry: string): boolean {
  if (text === entry) return false;
  if (text.length === entry.length) {
    let differences = 0;
    for (let i = 0; i < text.length && differences < 2; i++)
      if (text[i] !== entry[i]) differences += 1;
    return differences === 1;
  }
  if (text.length !== entry.length - 1 || entry.length < NEAR_MISS_MIN_LENGTH) return false;
  for (let i = 0; i < entry.length; i++)
    if (entry.slice(0, i) + entry.slice(i + 1) === text) return true;
  return false;
}

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The near misses of an entry in a variant's story ranges, outside its exact occurrences and away
 * from every flag (a flag's place, an empty reading's point included, is that flag's to decide).
 */
function nearMissesIn(
  text: string,
  ranges: readonly { start: number; end: number }[],
  entry: string,
  taken: readonly Reading[],
): Occurrence[] {
  const out: Occurrence[] = [];
  const exact: number[] = [];
  for (const range of ranges) {
    for (
      let at = text.indexOf(entry, range.start);
      at >= 0 && at + entry.length <= range.end;
      at = text.indexOf(entry, at + 1)
    )
      exact.push(at);
  }
  const free = (start: number, end: number): boolean =>
    !exact.some((e) => start < e + entry.length && e < end) &&
    !taken.some((r) =>
      r.end > r.start ? start < r.end && r.start < end : start <= r.start && r.start <= end,
    );
  for (const range of ranges) {
    for (const length of [entry.length, entry.length - 1]) {
      for (let start = range.start; start + length <= range.end; start++) {
        const candidate = text.slice(start, start + length);
        if (
          isNearMiss(candidate, entry) &&
          free(start, start + length) &&
          !out.some((o) => start < o.end && o.start < start + length)
        ) {
          out.push({ start, end: start + length, text: candidate });
        }
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** New flags for near misses of names-book entries: the k-th occurrence of a near miss on every page that prints it. */
function nearMissFlags(
  story: Story,
  texts: ReadonlyMap<string, string>,
  names: readonly string[],
): Flag[] {
  const flags: Flag[] = [];
  const carriers = [...new Set(story.spans.map((s) => s.variant))];
  for (const name of names) {
    if (name.length < NEAR_MISS_MIN_LENGTH) continue;
    const byKey = new Map<string, Reading[]>();
    for (const variant of carriers) {
      const text = texts.get(variant);
      if (text === undefined) continue;
      const ranges = story.spans.filter((s) => s.variant === variant);
      const taken = story.flags.flatMap((f) => f.readings.filter((r) => r.variant === variant));
      const seen = new Map<string, number>();
      for (const o of nearMissesIn(text, ranges, name, taken)) {
        const k = seen.get(o.text) ?? 0;
        seen.set(o.text, k + 1);
        const key = `${o.text}#${k}`;
        byKey.set(key, [
          ...(byKey.get(key) ?? []),
          { variant, start: o.start, end: o.end, text: o.text },
        ]);
      }
    }
    for (const readings of byKey.values()) {
      flags.push({
        id: `${story.id}-n${flags.length + 1}`,
        category: 'name',
        readings,
        majority: name,
        rule: DESK_RULE_IDS.nearMiss,
        why: `names book: ${name}`,
        note: `names book: ${name}`,
      });
    }
  }
  return flags;
}

/** Puts new flags among a story's flags in reading order of the first page that prints each. */
function mergeFlags(flags: readonly Flag[], added: readonly Flag[]): Flag[] {
  const out = [...flags];
  for (const flag of added) {
    const first = flag.readings[0];
    if (!first) continue;
    const index = out.findIndex((f) => {
      const r = f.readings.find((x) => x.variant === first.variant);
      return r !== undefined && r.start >= first.end;
    });
    if (index < 0) out.push(flag);
    else out.splice(index, 0, flag);
  }
  return out;
}

/** The compare result as this desk reads it: ignore rules, then the names book, story by story. */
export function applyDeskRules(
  result: CompareResult,
  variants: readonly VariantText[],
  rules: DeskRules = NO_DESK_RULES,
): CompareResult {
  const names = rules.names.map((n) => n.trim()).filter((n) => n.length > 0);
  const ignore = rules.ignore.filter((r) => r.b !== '' && r.a !== r.b);
  if (names.length === 0 && ignore.length === 0) return result;
  const texts = new Map(variants.map((v) => [v.id, v.text]));
  const stories = result.stories.map((story) => {
    const kept = story.flags.flatMap((flag) => {
      const ignored = applyIgnore(flag, ignore);
      return ignored ? [applyNames(ignored, names, texts)] : [];
    });
    const withKept = { ...story, flags: kept };
    return { ...withKept, flags: mergeFlags(kept, nearMissFlags(withKept, texts, names)) };
  });
  return { ...result, stories };
}

/** Parses the ignore rules of a text box: one "a = b" per line; lines without "=" are left out. */
export function parseIgnoreRules(text: string): IgnoreRule[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const at = line.indexOf('=');
    if (at < 0) return [];
    const a = line.slice(0, at).trim();
    const b = line.slice(at + 1).trim();
    return a !== '' || b !== '' ? [{ a, b }] : [];
  });
}

/** The ignore rules as the text box shows them. */
export function formatIgnoreRules(rules: readonly IgnoreRule[]): string {
  return rules.map((r) => `${r.a} = ${r.b}`).join('\n');
}

/**
 * Reads a desk rules file (JSON `{ variorum: "desk-rules", ignore: [{a, b}], names: [...] }`, as
 * formatDeskRulesFile writes it), checked by deskRulesSchema; throws an error that names the field
 * at fault (`ignore[1].b: expected a string, found number 7`). A hand-written file may leave out
 * one of the two lists, not both: a JSON object with neither (a project file picked by mistake) is
 * not a rules file with no rules.
 */
export function parseDeskRulesFile(json: string): DeskRules {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data)) throw new Error('expected an object with "ignore" and "names"');
  if (!('ignore' in data) && !('names' in data))
    throw new Error('neither "ignore" rules nor "names" in it');
  const rules = { ignore: data.ignore ?? [], names: data.names ?? [] };
  if (!conforms(deskRulesSchema, rules)) {
    const issue = checkSchema(deskRulesSchema, rules);
    throw new Error(issue ? `${issue.path}: ${issue.message}` : 'not a desk rules file');
  }
  // Only the fields a rule has: a file's extra keys are not carried into the project.
  return {
    ignore: rules.ignore.map((r) => ({ a: r.a, b: r.b })),
    names: [...rules.names],
  };
}

/** A desk rules file's text. */
export function formatDeskRulesFile(rules: DeskRules): string {
  return `${JSON.stringify({ variorum: 'desk-rules', version: 1, ignore: rules.ignore, names: rules.names }, null, 2)}\n`;
}
