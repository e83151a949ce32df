import type { GlobalOptions, Io } from '../context.js';
import { packageVersion } from '../version.js';
import type { PlanWarning } from '../plan/types.js';
import { FORMATTERS, type FormatName } from '../format/index.js';
import { pathInRepository } from '../io/repository.js';
import { type OpenedProgram, type ProgramPlace, openProgram } from '../program/open.js';
import { ALL_RULES, type ValidationResult, validateProgram } from '../validate/index.js';

export interface Validated {
  program: OpenedProgram;
  result: ValidationResult;
}

/** Load and validate; the shared first step of every command that reads a program (`place` when already located). */
export function loadAndValidate(options: GlobalOptions, place?: ProgramPlace): Validated {
  const program = openProgram(options, place);
  return { program, result: validateProgram(program, { today: options.today }) };
}

/** The findings in the chosen format; --quiet keeps only errors. */
export function renderFindings({ program, result }: Validated, options: GlobalOptions, format: FormatName): string {
  const diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  return FORMATTERS[format]({
    diagnostics,
    summary: result.summary,
    rules: ALL_RULES,
    lineText: (rel, line) => program.files.find((f) => f.rel === rel)?.locator.lineText(line) ?? '',
    color: options.color,
    toolVersion: packageVersion(),
    // Only the CI formats name files from the repository root; the terminal keeps them short.
    ...(format === 'github' || format === 'sarif' ? { repositoryPath: pathInRepository(program.root) } : {}),
  });
}

/**
 * `plan`, `report` and `onboard` validate first: errors stop them (exit 1),
 * warnings are shown and do not. Returns the exit code to stop with, if any.
 */
export function stopOnErrors(validated: Validated, options: GlobalOptions, io: Io): number | undefined {
  const { summary } = validated.result;
  if (summary.errors > 0) {
    io.stderr(renderFindings(validated, options, 'pretty'));
    return 1;
  }
  if (summary.warnings > 0 && !options.quiet) io.stderr(renderFindings(validated, options, 'pretty'));
  return undefined;
}


/** The planner's warnings (and errors) on stderr, one per line with its hint; --quiet keeps errors only. */
export function reportProblems(problems: readonly PlanWarning[], options: GlobalOptions, io: Io): void {
  for (const p of problems) {
    if (options.quiet && p.severity !== 'error') continue;
    io.stderr(`${p.cohort ? `${p.cohort}: ` : ''}${p.severity} ${p.message}\n${p.hint ? `  hint: ${p.hint}\n` : ''}`);
  }
}
