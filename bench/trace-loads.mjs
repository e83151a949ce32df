// node --import ./bench/trace-loads.mjs …  (with BENCH_TRACE_FILE=/path/to/list)
//
// Records every module the process loads, one per line:
//   esm <url>   each URL the ESM resolver returned (module.register resolve
//               hook; it runs in the loader thread, Node ≥ 20.6)
//   cjs <path>  each file in the CommonJS cache at exit (require() calls made
//               inside CommonJS packages do not pass through ESM hooks)
// Without BENCH_TRACE_FILE it does nothing.
import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.BENCH_TRACE_FILE;
if (file) {
  writeFileSync(file, '');
  register('./trace-loads-hooks.mjs', import.meta.url, { data: { file } });
  process.on('exit', () => {
    const cache = createRequire(import.meta.url).cache;
    const lines = Object.keys(cache).map((p) => `cjs ${p}\n`);
    if (lines.length > 0) appendFileSync(file, lines.join(''));
  });
}
