import type { LoadedProgram } from './load.js';
import { readSource } from './source.js';

/** A program from in-memory files (relative path → text), for tests and tools; no discovery rules apply. */
export function loadFromMemory(files: Record<string, string>, root = '/virtual'): LoadedProgram {
  const sources = Object.keys(files)
    .sort()
    .map((rel) => readSource(rel, `${root}/${rel}`, Buffer.from(files[rel]!, 'utf8')));
  return { root, files: sources, docs: sources.flatMap((f) => f.docs) };
}
