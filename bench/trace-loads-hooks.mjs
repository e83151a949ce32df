// Loader hooks for trace-loads.mjs (run in Node's loader thread).
import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  // Synchronous, so the line is written before the module is loaded.
  if (file) appendFileSync(file, `esm ${result.url}\n`);
  return result;
}
