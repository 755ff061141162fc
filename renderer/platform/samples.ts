/**
 * The embedded sample set (assets/samples/<set>/*.txt), bundled into the web build as raw text so
 * that "Samples" works without a server round trip or a file system.
 */
import type { FileBytes } from '../../app/ipc/contract';

const files = import.meta.glob<string>('../../assets/samples/**/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The sample files of a set as bytes (UTF-8), sorted by name; set "zh" by default. */
export function sampleFiles(set = 'zh'): FileBytes[] {
  const encoder = new TextEncoder();
  return Object.entries(files)
    .map(([path, text]) => {
      const parts = path.split('/samples/')[1]?.split('/') ?? [];
      // Files directly in samples/ belong to the default (Chinese) set.
      const fileSet = parts.length > 1 ? parts[0] : 'zh';
      return { fileSet, name: parts[parts.length - 1] ?? path, text };
    })
    .filter((f) => f.fileSet === set)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => ({
      name: f.name,
      path: `samples/${set}/${f.name}`,
      bytes: encoder.encode(f.text),
    }));
}
