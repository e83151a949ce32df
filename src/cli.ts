import { Command, Option } from 'commander';
import type { GlobalOptions, Io } from './context.js';
import { UsageError } from './errors.js';
import { parseDate } from './util/dates.js';
import { packageVersion } from './version.js';


type SetExit = (code: number) => void;

/** The commander program. Each command's module is imported only when that command runs. */
export function buildCli(io: Io, cwd: string, setExit: SetExit): Command {
  const cli = new Command('cohort')
    .description('Run a citizen-developer academy as code: validate, plan, report and onboard from YAML.')
    .version(packageVersion(), '-V, --version')
    .option('--program <dir>', 'program root (default: nearest folder above holding program.yaml)')
    .option('--out <dir>', 'output folder (default: <root>/out)')
    .option('--today <date>', 'the date to work as of, YYYY-MM-DD (default: today in the program time zone)')
    .option('-q, --quiet', 'print only errors')
    .option('-v, --verbose', 'print more detail')
    .option('--debug', 'show stack traces for internal errors')
    .option('--no-color', 'never colour output (also: NO_COLOR=1)')
    .showHelpAfterError('(run cohort --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  cli
    .command('validate')
    .description('check every document against the schemas and the cross-reference rules')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'github', 'sarif']).default('pretty'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .addHelpText('after', examples(['cohort validate', 'cohort validate --program academy --format github', 'cohort validate --format sarif > cohort.sarif', 'cohort validate --max-warnings 0']))
    .action(async (options: { format: string; maxWarnings?: number }, command: Command) => {
      const { validateCommand } = await import('./commands/validate.js');
      setExit(await validateCommand({ ...globals(command, cwd), format: options.format as 'pretty', maxWarnings: options.maxWarnings }, io));
    });

  cli
    .command('plan')
    .description('plan each cohort: module calendar, learning groups, mentors and meeting times, as Markdown, CSV and iCalendar')
    .option('--cohort <id>', 'plan and write only this cohort')
    .option('--check', 'write nothing; exit 1 when the files under --out are stale, naming them')
    .option('--fresh', 're-plan from scratch instead of keeping the published groups and mentors')
    .addHelpText('after', examples(['cohort plan', 'cohort plan --cohort spring-2026', 'cohort plan --check   # in CI: is the committed plan current?', 'cohort plan --fresh --today 2026-03-01']))
    .action(async (options: { cohort?: string; check?: boolean; fresh?: boolean }, command: Command) => {
      const { planCommand } = await import('./commands/plan.js');
      setExit(await planCommand({ ...globals(command, cwd), cohort: options.cohort, check: Boolean(options.check), fresh: Boolean(options.fresh) }, io));
    });

  cli
    .command('report')
    .description('metrics from records/, success criteria and the credential roster, as Markdown, CSV, JSON and Open Badges')
    .option('--cohort <id>', 'narrow the report to one cohort')
    .option('--redact', 'replace names and emails with stable pseudonyms in every output')
    .option('--fail-on-criteria', 'exit 1 when a success criterion is missed (for CI gates)')
    .addHelpText('after', examples(['cohort report --today 2026-11-26', 'cohort report --cohort spring-2026', 'cohort report --redact --out shared', 'cohort report --fail-on-criteria']))
    .action(async (options: { cohort?: string; redact?: boolean; failOnCriteria?: boolean }, command: Command) => {
      const { reportCommand } = await import('./commands/report.js');
      setExit(await reportCommand({ ...globals(command, cwd), cohort: options.cohort, redact: Boolean(options.redact), failOnCriteria: Boolean(options.failOnCriteria) }, io));
    });

  cli
    .command('onboard')
    .description('render an onboarding pack for every participant and mentor, from templates')
    .option('--cohort <id>', 'only this cohort')
    .option('--person <id>', 'only this participant or mentor')
    .addHelpText('after', examples(['cohort onboard', 'cohort onboard --cohort spring-2026', 'cohort onboard --person anna-schmidt']))
    .action(async (options: { cohort?: string; person?: string }, command: Command) => {
      const { onboardCommand } = await import('./commands/onboard.js');
      setExit(await onboardCommand({ ...globals(command, cwd), cohort: options.cohort, person: options.person }, io));
    });

  cli
    .command('init')
    .argument('[dir]', 'folder for the new program (default: the working directory)')
    .description('start a new academy: a program that passes cohort validate, with a CI workflow')
    .option('-y, --yes', 'ask nothing; take the flags and defaults')
    .option('--force', 'overwrite files that already exist')
    .option('--name <name>', 'the academy name')
    .option('--id <id>', 'the program id (default: from the name)')
    .option('--timezone <zone>', 'IANA time zone (default: this machine\'s)')
    .option('--curriculum <starter>', 'starter curriculum (see templates/starters)')
    .option('--start <date>', 'first cohort start, YYYY-MM-DD (default: the Monday after --today)')
    .addHelpText('after', examples(['cohort init academy', 'cohort init academy --yes --name "Contoso Academy" --timezone Europe/Berlin']))
    .action(async (dir: string | undefined, options: { yes?: boolean; force?: boolean; name?: string; id?: string; timezone?: string; curriculum?: string; start?: string }, command: Command) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(await initCommand({ ...globals(command, cwd), dir, yes: Boolean(options.yes), force: Boolean(options.force), name: options.name, id: options.id, timezone: options.timezone, curriculum: options.curriculum, start: options.start }, io));
    });

  cli
    .command('schema')
    .argument('[kind]', 'Program, Curriculum, Cohort, MentorRoster or Governance (default: all, as one JSON object)')
    .description('print the JSON Schemas of the program format (for editors and other tools)')
    .addHelpText('after', examples(['cohort schema Cohort > cohort.schema.json', 'cohort schema']))
    .action(async (kind: string | undefined, _options: unknown, command: Command) => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExit(await schemaCommand({ ...globals(command, cwd), kind }, io));
    });

  return cli;
}

function globals(command: Command, cwd: string): GlobalOptions {
  const o = command.optsWithGlobals<{ program?: string; out?: string; today?: string; quiet?: boolean; verbose?: boolean; debug?: boolean; color: boolean }>();
  if (o.today !== undefined && parseDate(o.today) === undefined) {
    throw new UsageError(`--today "${o.today}" is not a date`, 'write it as YYYY-MM-DD, for example --today 2026-03-02');
  }
  const noColorEnv = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return {
    cwd,
    program: o.program,
    out: o.out,
    today: o.today,
    quiet: Boolean(o.quiet),
    verbose: Boolean(o.verbose),
    debug: Boolean(o.debug),
    color: o.color && !noColorEnv && Boolean(process.stderr.isTTY),
  };
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings "${value}" is not a whole number`, 'for example --max-warnings 0');
  return Number(value);
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
