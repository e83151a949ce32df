import type { InitAnswers } from './answers.js';
import { cohortId, cohortYaml, governanceYaml, mentorsYaml, programYaml } from './documents.js';
import { GITIGNORE, RECORD_COLUMNS, TEMPLATES_README, packageJson, readme, recordCsv, workflow } from './project-files.js';
import { starterBody, starterInfo } from './starters.js';
import { schemaLine } from './yaml-text.js';

export interface ScaffoldContext {
  /** cohort's own version, pinned in the new package.json. */
  version: string;
  /** YYYY-MM-DD: the governance policy counts as reviewed today. */
  today: string;
  /** Starter id → text of templates/starters/<id>.yaml. */
  starters: Record<string, string>;
  /**
   * The program's folder relative to the root of the git repository it lies
   * in (forward slashes), when that root is a folder above it: the CI
   * workflow is written to run there.
   */
  repoFolder?: string;
}

export interface ScaffoldFile {
  /** Relative to the new program's root, with forward slashes. */
  path: string;
  content: string;
}

/** The files whose names depend on the answers (the chosen curriculum, the first cohort). */
export function namedByAnswers(file: string): boolean {
  return file.startsWith('curricula/') || file.startsWith('cohorts/');
}

/** Every file of a new program, in a fixed order; pure, so it is tested by validating its output in memory. */
export function scaffold(answers: InitAnswers, context: ScaffoldContext): ScaffoldFile[] {
  const text = context.starters[answers.curriculum];
  if (text === undefined) throw new Error(`no starter curriculum "${answers.curriculum}"`);
  const starter = starterInfo(answers.curriculum, text);
  const curriculumFile = `curricula/${answers.curriculum}.yaml`;
  const cohortFile = `cohorts/${cohortId(answers)}.yaml`;
  const curriculum = `${schemaLine(curriculumFile, 'curriculum.schema.json')}# From cohort's "${starter.id}" starter: adapt modules, hours and credentials to your academy.\n${starterBody(text)}`;
  return [
    { path: 'program.yaml', content: programYaml(answers, 'program.yaml') },
    { path: curriculumFile, content: curriculum },
    { path: cohortFile, content: cohortYaml(answers, starter, cohortFile) },
    { path: 'mentors.yaml', content: mentorsYaml(starter, 'mentors.yaml') },
    { path: 'governance.yaml', content: governanceYaml(context.today, 'governance.yaml') },
    ...Object.entries(RECORD_COLUMNS).map(([name, columns]) => ({ path: `records/${name}.csv`, content: recordCsv(columns) })),
    { path: 'templates/README.md', content: TEMPLATES_README },
    { path: 'package.json', content: packageJson(answers, context.version) },
    { path: '.github/workflows/cohort.yml', content: workflow(context.repoFolder) },
    { path: '.gitignore', content: GITIGNORE },
    { path: 'README.md', content: readme(answers, cohortFile, curriculumFile, context.repoFolder) },
  ];
}
