#!/usr/bin/env node
// Thin entry: answer --version without loading anything, cache compiled code
// where Node supports it, then hand over to the real CLI.
import { readFileSync } from 'node:fs';
import module from 'node:module';

// A reader that stops early (`cohort schema | head -1`) closes stdout: what is left to print has nowhere to go, which is no failure.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  module.enableCompileCache?.();
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(args);
}
