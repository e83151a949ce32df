import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../rule.js';

export const refFile: Rule = {
  id: 'ref/file',
  severity: 'error',
  description: "The program's codeOfConduct names a file inside the program folder that exists.",
  check(ctx) {
    const program = ctx.model.program;
    const rel = program?.value.spec.codeOfConduct;
    if (program === undefined || rel === undefined) return;
    // The same words as `onboard`, which stops on this (exit 1): said here, CI catches it before anyone onboards.
    const problem = problemOf(ctx.model.root, rel);
    if (problem === undefined) return;
    ctx.report({
      doc: program.source,
      path: ['spec', 'codeOfConduct'],
      message: `code of conduct "${rel}" ${problem}`,
      hint: 'write a path relative to the program root, such as docs/code-of-conduct.md, or remove codeOfConduct to use the built-in text',
    });
  },
};

/**
 * Only whether the file is there, and a path that leaves the program folder
 * on its face (absolute, or up through ..); reading it, and following links,
 * is left to `onboard`.
 */
function problemOf(root: string, rel: string): string | undefined {
  const target = path.resolve(root, rel);
  if (!existsSync(target)) return 'does not exist';
  const inside = path.relative(root, target);
  if (path.isAbsolute(rel) || inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return 'is outside the program folder';
  return undefined;
}
