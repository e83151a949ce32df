import path from 'node:path';
import { readPublishedPlan } from './published-plan.js';
import Table from 'cli-table3';
import type { GlobalOptions, Io } from '../context.js';
import type { Diagnostic } from '../diagnostics.js';
import { EXIT, UsageError } from '../errors.js';
import { pretty } from '../format/pretty.js';
import { readLines } from '../io/lines.js';
import { replaceFolder } from '../io/output.js';
import { planProgram } from '../plan/index.js';
import type { RecordFinding } from '../records/index.js';
import { openBadges } from '../report/badges.js';
import { badgeCredentials } from '../report/credential-texts.js';
import { narrowReport } from '../report/narrow.js';
import { redact } from '../report/redact.js';
import { credentialsCsv, participantsCsv } from '../report/render-csv.js';
import { metricsJson } from '../report/render-json.js';
import { reportMarkdown } from '../report/render-markdown.js';
import { SCORECARD_HEADER, scorecardRows } from '../report/render-scorecard.js';
import { reportFromRecords } from '../report/run.js';
import type { ReportModel } from '../report/types.js';
import { didYouMean } from '../util/suggest.js';
import { packageVersion } from '../version.js';
import { loadAndValidate, stopOnErrors } from './validate-first.js';

export interface ReportCommandOptions extends GlobalOptions {
  cohort?: string;
  redact: boolean;
  failOnCriteria: boolean;
}

/**
 * `cohort report`: validate, plan (the published plan is the lock, so groups
 * match what people were told), read the records, and write report/.
 * Broken record files stop it with located errors; rows it cannot place are
 * warnings naming their file and line.
 */
export async function reportCommand(options: ReportCommandOptions, io: Io): Promise<number> {
  const validated = loadAndValidate(options);
  const stop = stopOnErrors(validated, options, io);
  if (stop !== undefined) return stop;
  const { model, today } = validated.result;
  const root = validated.program.root;
  const cohortIds = model.cohorts.map((c) => c.value.metadata.id);
  if (options.cohort !== undefined && !cohortIds.includes(options.cohort)) {
    throw new UsageError(`no cohort "${options.cohort}"${didYouMean(options.cohort, cohortIds)}`, `cohorts: ${cohortIds.join(', ')}`);
  }
  const published = await readPublishedPlan(validated.program, cohortIds, options, io);
  if ('stop' in published) return published.stop;
  const plan = planProgram(model, { locks: published.locks });
  const findings: RecordFinding[] = [];
  const full = await reportFromRecords(root, model, plan, today, findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 || (!options.quiet && findings.length > 0)) io.stderr(renderRecordFindings(findings, root, options, errors));
  if (errors > 0) return EXIT.findings;
  const report = options.cohort === undefined ? full : narrowReport(full, options.cohort);
  const shared = options.redact ? redact(report, model.program!.value.metadata.id) : report;
  const badges = openBadges(report, { programId: model.program!.value.metadata.id, badges: model.program!.value.spec.badges, credentials: badgeCredentials(model) });
  replaceFolder(path.join(validated.program.out, 'report'), [
    { path: 'participants.csv', content: participantsCsv(shared) },
    { path: 'credentials.csv', content: credentialsCsv(shared) },
    { path: 'metrics.json', content: metricsJson(shared) },
    { path: 'report.md', content: reportMarkdown(shared) },
    ...badges,
  ], io.stderr);
  if (!options.quiet) io.stdout(`${scorecard(shared)}\nwrote ${4 + badges.length} files to ${path.relative(options.cwd, path.join(validated.program.out, 'report')) || '.'}\n`);
  const missed = shared.criteria.some((c) => c.status === 'missed');
  return options.failOnCriteria && missed ? EXIT.findings : EXIT.ok;
}

function scorecard(report: ReportModel): string {
  const table = new Table({ head: [...SCORECARD_HEADER], style: { head: [], border: [] } });
  for (const row of scorecardRows(report)) table.push([row.metric, row.target, row.value, row.result]);
  return `Success criteria as of ${report.asOf}\n${table.toString()}`;
}

/** Record findings in the diagnostics shape, with the CSV line as the code frame. */
function renderRecordFindings(findings: readonly RecordFinding[], root: string, options: GlobalOptions, errors: number): string {
  const diagnostics: Diagnostic[] = findings
    .filter((f) => !options.quiet || f.severity === 'error')
    .map((f) => ({
      file: f.file,
      line: f.line,
      column: 1,
      endLine: f.line,
      endColumn: 1,
      severity: f.severity,
      rule: f.severity === 'error' ? 'records/invalid' : 'records/unmatched',
      message: f.column ? `${f.column}: ${f.message}` : f.message,
      ...(f.hint ? { hint: f.hint } : {}),
    }));
  const lines = readLines(root);
  return pretty({
    diagnostics,
    summary: { errors, warnings: diagnostics.length - errors, files: new Set(findings.map((f) => f.file)).size },
    rules: [],
    lineText: (file, line) => lines(file, line),
    color: options.color,
    toolVersion: packageVersion(),
  });
}
