// node --import ./bench/maxrss.mjs …  (with BENCH_MAXRSS_FILE=/path/to/file)
//
// At exit, writes the process's peak resident set size in KiB
// (process.resourceUsage().maxRSS) to BENCH_MAXRSS_FILE. Works for ESM and
// CommonJS entry points alike, and for processes that call process.exit().
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
