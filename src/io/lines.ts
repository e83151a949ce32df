import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The text of a line of a file under `root`, for code frames; files are read once, on first use. */
export function readLines(root: string): (rel: string, line: number) => string {
  const cache = new Map<string, string[]>();
  return (rel, line) => {
    let lines = cache.get(rel);
    if (!lines) {
      try {
        lines = readFileSync(path.join(root, rel), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
      } catch {
        lines = [];
      }
      cache.set(rel, lines);
    }
    return lines[line - 1] ?? '';
  };
}
