import { describe, expect, it } from 'vitest';
import {
  argsOf,
  arrayOf,
  checkSchema,
  conforms,
  count,
  either,
  instanceOf,
  objectOf,
  oneOf,
  optional,
  recordOf,
  refine,
  str,
  type Infer,
  type Schema,
} from './schema';

const entry = objectOf({ id: str, at: count }, { note: str });
const book = objectOf({ kind: oneOf('a', 'b'), entries: arrayOf(entry), byId: recordOf(entry) });

describe('the schema mechanism', () => {
  it('accepts a conforming value and keeps fields it does not name', () => {
    const value = { kind: 'a', entries: [{ id: 'x', at: 0, extra: true }], byId: {} };
    expect(checkSchema(book, value)).toBeNull();
    expect(conforms(book, value)).toBe(true);
  });

  it('names the first field at fault with its JSON path', () => {
    const value = {
      kind: 'a',
      entries: [
        { id: 'x', at: 0 },
        { id: 'y', at: -1 },
      ],
      byId: {},
    };
    expect(checkSchema(book, value)).toEqual({
      path: 'entries[1].at',
      message: 'expected a non-negative integer, found number -1',
    });
    expect(checkSchema(book, { kind: 'a', entries: [], byId: { k: { id: 'k' } } })).toEqual({
      path: 'byId.k.at',
      message: 'is missing',
    });
    expect(checkSchema(book, { kind: 'c', entries: [], byId: {} })?.message).toBe(
      'expected one of "a", "b", found "c"',
    );
    expect(checkSchema(entry, { id: 'x', at: 1, note: 5 }, 'root')?.path).toBe('root.note');
  });

  it('skips an optional field that is absent or undefined, checks it when present', () => {
    expect(checkSchema(entry, { id: 'x', at: 1, note: undefined })).toBeNull();
    expect(checkSchema(entry, { id: 'x', at: 1, note: null })?.path).toBe('note');
  });

  it('checks argument lists: arity with trailing undefined, optional arguments, limits, bytes', () => {
    const args = argsOf(arrayOf(str, 2), optional(str));
    expect(checkSchema(args, [['a', 'b']])).toBeNull();
    expect(checkSchema(args, [['a'], undefined, undefined])).toBeNull();
    expect(checkSchema(args, [['a'], 's', 'extra'])?.message).toBe(
      'expected at most 2 argument(s), got 3',
    );
    expect(checkSchema(args, [['a', 'b', 'c']])?.message).toBe('expected at most 2 items, found 3');
    expect(checkSchema(args, [[7]], 'arguments')?.path).toBe('arguments[0][0]');
    const data = refine(
      either(str, instanceOf(Uint8Array, 'bytes'), 'a string or bytes'),
      (d) => d.length <= 3,
      'too long',
    );
    expect(checkSchema(data, new Uint8Array(2))).toBeNull();
    expect(checkSchema(data, 'abcd')?.message).toBe('too long');
    expect(checkSchema(data, [1, 2])?.message).toBe('expected a string or bytes, found an array');
  });

  it('infers the type it checks, and a hand-written type is held to its schema', () => {
    const value: Infer<typeof entry> = { id: 'x', at: 2 };
    expect(conforms(entry, value)).toBe(true);
    // @ts-expect-error a schema that accepts any string does not describe a number
    const wrong: Schema<number> = str;
    expect(wrong).toBe(str);
  });
});
