/**
 * A tiny hand-written schema checker: each schema tests an unknown JSON value and reports the first
 * problem with the path of the field at fault ("variants[2].sha256: expected a string"). Written
 * by hand rather than pulled in as a dependency because the project file is one small schema.
 */

/** A problem found in a value, at a JSON path. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** Checks an unknown value; returns the first issue, or null when the value conforms. */
export type Schema = (value: unknown, path: string) => SchemaIssue | null;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 30 ? `a string ("${value.slice(0, 30)}…")` : `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function issue(path: string, expected: string, value: unknown): SchemaIssue {
  return { path, message: `expected ${expected}, found ${describe(value)}` };
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any string. */
export const str: Schema = (v, p) => (typeof v === 'string' ? null : issue(p, 'a string', v));

/** A boolean. */
export const bool: Schema = (v, p) => (typeof v === 'boolean' ? null : issue(p, 'true or false', v));

/** A non-negative integer (offsets, sizes, counts). */
export const count: Schema = (v, p) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : issue(p, 'a non-negative integer', v);

/** A finite number or null. */
export const numberOrNull: Schema = (v, p) =>
  v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : issue(p, 'a number or null', v);

/** One of the given literal values. */
export function oneOf(...values: readonly (string | number)[]): Schema {
  return (v, p) => (values.includes(v as string | number) ? null : issue(p, `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v));
}

/** A string or null. */
export const strOrNull: Schema = (v, p) => (v === null || typeof v === 'string' ? null : issue(p, 'a string or null', v));

/** An array whose every element passes `item`. */
export function arrayOf(item: Schema): Schema {
  return (v, p) => {
    if (!Array.isArray(v)) return issue(p, 'an array', v);
    for (let i = 0; i < v.length; i++) {
      const found = item(v[i], `${p}[${i}]`);
      if (found) return found;
    }
    return null;
  };
}

/** An object whose every value passes `item` (a map keyed by id). */
export function recordOf(item: Schema): Schema {
  return (v, p) => {
    if (!isObject(v)) return issue(p, 'an object', v);
    for (const [key, value] of Object.entries(v)) {
      const found = item(value, `${p}.${key}`);
      if (found) return found;
    }
    return null;
  };
}

/** An object with required and optional fields; fields it does not name are allowed (kept as is). */
export function objectOf(required: Readonly<Record<string, Schema>>, optional: Readonly<Record<string, Schema>> = {}): Schema {
  return (v, p) => {
    if (!isObject(v)) return issue(p, 'an object', v);
    for (const [key, schema] of Object.entries(required)) {
      const at = p === '' ? key : `${p}.${key}`;
      if (!(key in v)) return { path: at, message: 'is missing' };
      const found = schema(v[key], at);
      if (found) return found;
    }
    for (const [key, schema] of Object.entries(optional)) {
      if (!(key in v) || v[key] === undefined) continue;
      const found = schema(v[key], p === '' ? key : `${p}.${key}`);
      if (found) return found;
    }
    return null;
  };
}
