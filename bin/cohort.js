#!/usr/bin/env node
// Thin entry: answer --version without loading anything, cache compiled code
// where Node supports it, then hand over to the real CLI.
import { readFileSync } from 'node:fs';
import module from 'node:module';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  module.enableCompileCache?.();
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(args);
}
