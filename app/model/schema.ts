/**
 * The one schema mechanism, for project files (app/project/project-schema.ts) and IPC arguments
 * (main/ipc/validate-args.ts): a schema checks an unknown value, reports the first problem with
 * the JSON path of the field at fault ("variants[2].sha256: expected a string, found 7"), and
 * carries the TypeScript type it describes, so types are inferred (`Infer<typeof schema>`) or a
 * hand-written type is held to its schema (`const s: Schema<CompareResult> = objectOf(…)` fails to
 * compile when a value the schema accepts would not be a CompareResult).
 *
 * Measured against zod 4 and valibot 1 on the project schema (issue 16; the commit says the
 * figures): no dependency, the smallest bundle, and the path format the editor already sees.
 * Paths are built only when a check fails, so checking a valid project allocates nothing per field.
 */

/** A problem found in a value, at a JSON path. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** A failed check: the message and the path segments from the field at fault outwards. */
interface Found {
  readonly message: string;
  readonly segments: (string | number)[];
}

/** Checks an unknown value; describes values of type T. */
export interface Schema<T> {
  /** The first problem in `value`, or null when it is a T. */
  readonly find: (value: unknown) => Found | null;
  /** The type described (never set at run time; it makes `Infer` and assignability work). */
  readonly type?: T;
}

/** The type a schema describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** The first problem in `value` with its full path below `root`, or null when it conforms. */
export function checkSchema(
  schema: Schema<unknown>,
  value: unknown,
  root = '',
): SchemaIssue | null {
  const found = schema.find(value);
  if (found === null) return null;
  let path = root;
  for (let i = found.segments.length - 1; i >= 0; i--) {
    const segment = found.segments[i] as string | number;
    path =
      typeof segment === 'number'
        ? `${path}[${segment}]`
        : path === ''
          ? segment
          : `${path}.${segment}`;
  }
  return { path, message: found.message };
}

/** True when `value` conforms to `schema` (a type guard). */
export function conforms<T>(schema: Schema<T>, value: unknown): value is T {
  return schema.find(value) === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'bytes';
  if (typeof value === 'string')
    return value.length > 30 ? `a string ("${value.slice(0, 30)}…")` : `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function expected(what: string, value: unknown): Found {
  return { message: `expected ${what}, found ${describe(value)}`, segments: [] };
}

/** A schema from a test and the words for what it expects. */
export function primitive<T>(test: (value: unknown) => value is T, what: string): Schema<T> {
  return { find: (v) => (test(v) ? null : expected(what, v)) };
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any string. */
export const str = primitive((v): v is string => typeof v === 'string', 'a string');

/** A boolean. */
export const bool = primitive((v): v is boolean => typeof v === 'boolean', 'true or false');

/** A non-negative integer (offsets, sizes, counts). */
export const count = primitive(
  (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0,
  'a non-negative integer',
);

/** A finite number or null. */
export const numberOrNull = primitive(
  (v): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v)),
  'a number or null',
);

/** A string or null. */
export const strOrNull = primitive(
  (v): v is string | null => v === null || typeof v === 'string',
  'a string or null',
);

/** One of the given literal values. */
export function oneOf<const V extends readonly (string | number)[]>(
  ...values: V
): Schema<V[number]> {
  const what = `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;
  return primitive((v): v is V[number] => values.includes(v as string | number), what);
}

/** An instance of a class (bytes across IPC: `instanceOf(Uint8Array, 'bytes')`). */
export function instanceOf<T>(kind: abstract new (...args: never[]) => T, what: string): Schema<T> {
  return primitive((v): v is T => v instanceof kind, what);
}

/** A value of either schema. */
export function either<A, B>(a: Schema<A>, b: Schema<B>, what: string): Schema<A | B> {
  return { find: (v) => (a.find(v) === null || b.find(v) === null ? null : expected(what, v)) };
}

/** A value the schema accepts and `test` holds for (a limit, a format); `why` says what failed. */
export function refine<T>(schema: Schema<T>, test: (value: T) => boolean, why: string): Schema<T> {
  return {
    find: (v) => schema.find(v) ?? (test(v as T) ? null : { message: why, segments: [] }),
  };
}

function under(found: Found, segment: string | number): Found {
  found.segments.push(segment);
  return found;
}

/** An array whose every element passes `item`, with at most `max` elements when given. */
export function arrayOf<T>(item: Schema<T>, max = Infinity): Schema<readonly T[]> {
  return {
    find: (v) => {
      if (!Array.isArray(v)) return expected('an array', v);
      if (v.length > max)
        return { message: `expected at most ${max} items, found ${v.length}`, segments: [] };
      for (let i = 0; i < v.length; i++) {
        const found = item.find(v[i]);
        if (found) return under(found, i);
      }
      return null;
    },
  };
}

/** An object whose every value passes `item` (a map keyed by id). */
export function recordOf<T>(item: Schema<T>): Schema<Readonly<Record<string, T>>> {
  return {
    find: (v) => {
      if (!isObject(v)) return expected('an object', v);
      for (const key in v) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
        const found = item.find(v[key]);
        if (found) return under(found, key);
      }
      return null;
    },
  };
}

type Shape = Readonly<Record<string, Schema<unknown>>>;

/** The object type of required and optional field schemas (readonly, as the app's data is). */
export type ObjectOf<R extends Shape, O extends Shape> = {
  readonly [K in keyof R]: Infer<R[K]>;
} & { readonly [K in keyof O]?: Infer<O[K]> };

/** An object with required and optional fields; fields it does not name are allowed (kept as is). */
export function objectOf<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Schema<ObjectOf<R, O>> {
  const requiredFields = Object.entries(required);
  const optionalFields = Object.entries(optional ?? {});
  return {
    find: (v) => {
      if (!isObject(v)) return expected('an object', v);
      for (const [key, schema] of requiredFields) {
        if (!(key in v)) return { message: 'is missing', segments: [key] };
        const found = schema.find(v[key]);
        if (found) return under(found, key);
      }
      for (const [key, schema] of optionalFields) {
        if (!(key in v) || v[key] === undefined) continue;
        const found = schema.find(v[key]);
        if (found) return under(found, key);
      }
      return null;
    },
  };
}

/**
 * An argument list: each argument passes its schema (an omitted optional argument arrives as
 * undefined), and nothing follows but trailing undefined, which is how `...args` passes an
 * omitted optional argument. Paths name the argument by position: `[0].path`.
 */
export function argsOf<const S extends readonly Schema<unknown>[]>(
  ...items: S
): Schema<{ -readonly [K in keyof S]: Infer<S[K]> }> {
  return {
    find: (v) => {
      if (!Array.isArray(v)) return expected('an argument list', v);
      let given = v.length;
      while (given > 0 && v[given - 1] === undefined) given--;
      if (given > items.length) {
        return {
          message: `expected at most ${items.length} argument(s), got ${given}`,
          segments: [],
        };
      }
      for (let i = 0; i < items.length; i++) {
        const found = (items[i] as Schema<unknown>).find(v[i]);
        if (found) return under(found, i);
      }
      return null;
    },
  };
}

/** Undefined or a value `schema` accepts (an optional argument). */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return { find: (v) => (v === undefined ? null : schema.find(v)) };
}
