// Rewrites the rule table in README.md from the rule registry (run after
// `npm run build`). The registry test fails when the README falls behind.
import { readFileSync, writeFileSync } from 'node:fs';
import { ALL_RULES } from '../dist/validate/index.js';

const file = new URL('../README.md', import.meta.url);
const readme = readFileSync(file, 'utf8');
const rows = ALL_RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.description} |`).join('\n');
const table = `<!-- rules:start -->\n| rule | default | what it checks |\n|---|---|---|\n${rows}\n<!-- rules:end -->`;
writeFileSync(file, readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, table));
