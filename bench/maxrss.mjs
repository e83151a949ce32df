// node --import ./bench/maxrss.mjs …
//
// At exit, writes the process's peak resident set size in KiB
// (process.resourceUsage().maxRSS) to the file named by BENCH_MAXRSS_FILE,
// and/or {"maxRSS": KiB, "user": µs, "system": µs} (its CPU time) as JSON to
// the file named by BENCH_USAGE_FILE. Works for ESM and CommonJS entry points
// alike, and for processes that end with process.exit().
import { writeFileSync } from 'node:fs';

const rssFile = process.env.BENCH_MAXRSS_FILE;
const usageFile = process.env.BENCH_USAGE_FILE;
if (rssFile || usageFile) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    if (rssFile) writeFileSync(rssFile, `${usage.maxRSS}\n`);
    if (usageFile) writeFileSync(usageFile, `${JSON.stringify({ maxRSS: usage.maxRSS, user: usage.userCPUTime, system: usage.systemCPUTime })}\n`);
  });
}
