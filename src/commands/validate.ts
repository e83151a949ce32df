import type { GlobalOptions, Io } from '../context.js';
import { EXIT } from '../errors.js';
import type { FormatName } from '../format/index.js';
import type { ValidationResult } from '../validate/index.js';
import { loadAndValidate, renderFindings } from './validate-first.js';

export interface ValidateCommandOptions extends GlobalOptions {
  format: FormatName;
  maxWarnings?: number;
}

/** `cohort validate`: pretty findings on stderr, machine formats on stdout; exit 1 on errors. */
export async function validateCommand(options: ValidateCommandOptions, io: Io): Promise<number> {
  const validated = loadAndValidate(options);
  const text = renderFindings(validated, options, options.format);
  if (options.format !== 'pretty') io.stdout(text);
  else if (!options.quiet || validated.result.summary.errors > 0) io.stderr(text);
  return exitCode(validated.result, options.maxWarnings);
}

export function exitCode(result: ValidationResult, maxWarnings: number | undefined): number {
  if (result.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
