import { describe, expect, it } from 'vitest';
import type { LoadedFile } from '../../app/ipc/contract';
import { mergeFiles } from './variants-slice';

const file = (name: string): LoadedFile => ({
  path: `/x/${name}`,
  name,
  encoding: 'utf-8',
  text: name,
  size: 1,
  sha256: '',
});

describe('mergeFiles', () => {
  it('numbers files v1, v2, … with distinct colours on replace', () => {
    const merged = mergeFiles([], [file('a'), file('b'), file('c')], 'replace');
    expect(merged.map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
    expect(new Set(merged.map((v) => v.colour)).size).toBe(3);
  });

  it('adds without reusing ids and replaces a file opened again', () => {
    const first = mergeFiles([], [file('a'), file('b')], 'replace');
    const added = mergeFiles(first, [file('b'), file('c')], 'add');
    expect(added.map((v) => `${v.id}:${v.name}`)).toEqual(['v1:a', 'v2:b', 'v3:c']);
  });
});
