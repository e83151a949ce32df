import { codeOfConductFile } from '../../onboard/code-of-conduct.js';
import type { Rule } from '../rule.js';

export const refFile: Rule = {
  id: 'ref/file',
  severity: 'error',
  description: "The program's codeOfConduct names a readable file inside the program folder (links followed), as onboard needs.",
  check(ctx) {
    const program = ctx.model.program;
    const rel = program?.value.spec.codeOfConduct;
    if (program === undefined || rel === undefined) return;
    // onboard's own checks, short of reading the text: it stops on these (exit 1); said here, CI catches them before anyone onboards.
    const found = codeOfConductFile(ctx.model.root, rel);
    if ('message' in found) ctx.report({ doc: program.source, path: ['spec', 'codeOfConduct'], message: found.message, hint: found.hint });
  },
};
