import type { InitAnswers } from './answers.js';
import { COHORT_PACKAGE, yamlString } from './yaml-text.js';

/** The files around the program documents: package, CI, records, READMEs. */

export function packageJson(a: InitAnswers, version: string): string {
  const pkg = {
    name: a.id,
    version: '0.0.0',
    private: true,
    description: `${a.name}: a citizen-developer academy run as code with cohort`,
    scripts: {
      validate: 'cohort validate',
      plan: 'cohort plan',
      report: 'cohort report',
      onboard: 'cohort onboard',
    },
    // Pinned here so CI, editors (the $schema lines) and every teammate use the same cohort.
    devDependencies: { [COHORT_PACKAGE]: `^${version}` },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * The CI workflow. `repoFolder` is the program's folder relative to the root
 * of the git repository it lies in, when that is not the program itself:
 * the workflow then runs there, and says it belongs in the root's
 * .github/workflows/ (GitHub runs no other).
 */
export function workflow(repoFolder?: string): string {
  const where =
    repoFolder === undefined
      ? `    # If this program is a folder inside a larger repository, move this file to
    # that repository's .github/workflows/ and name the folder here.
`
      : `    # This program is the folder ${repoFolder}/ of its repository. GitHub runs only the
    # workflows in the repository root's .github/workflows/: move this file there.
`;
  return `# Checks the academy on every pull request with the cohort version pinned in
# package.json; findings show inline on the changed lines.
name: cohort

on:
  pull_request:

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
${where}    defaults:
      run:
        working-directory: ${repoFolder === undefined ? '.' : yamlString(repoFolder)}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx cohort validate --format github
`;
}

export const GITIGNORE = `node_modules/
out/
`;

/** FORMAT.md "Records": each file's required columns, then its optional ones. */
export const RECORD_COLUMNS = {
  attendance: ['participant', 'date', 'type', 'status', 'cohort', 'group', 'minutes'],
  assessments: ['participant', 'module', 'score', 'date', 'assessor'],
  projects: ['project', 'status', 'date', 'planned_days', 'actual_days', 'rework_count', 'satisfaction'],
  feedback: ['from', 'to', 'rating', 'date', 'comment', 'kind'],
} as const;

/** Header only, with a BOM so a spreadsheet opens it as UTF-8 and names such as Inês survive a save. */
export function recordCsv(columns: readonly string[]): string {
  return `\uFEFF${columns.join(',')}\n`;
}

export const TEMPLATES_README = `# Onboarding templates

\`cohort onboard\` renders an onboarding pack for every participant and mentor
from its built-in templates. To change one, copy it from
\`node_modules/${COHORT_PACKAGE}/templates/onboarding/\` into this folder under the same
name and edit the copy: a file here takes the place of the built-in one with
that name; templates you do not copy stay built-in. The variables each
template receives are listed in cohort's README.

Files in this folder are never read as program documents.
`;

export function readme(a: InitAnswers, cohortFile: string, curriculumFile: string, repoFolder?: string): string {
  const move =
    repoFolder === undefined
      ? ''
      : `\n\nThis program is the folder \`${repoFolder}/\` of a larger repository, and\nGitHub runs only the workflows in the repository root's \`.github/workflows/\`:\nmove the file there (it already runs \`cohort\` in \`${repoFolder}/\`).`;
  return `# ${a.name}

This folder is a citizen-developer academy run as code with \`cohort\`:
curricula, cohorts, mentors and governance as YAML, checked on every pull
request.

## Start here

\`\`\`sh
npm install              # installs the cohort version pinned in package.json; commit package-lock.json
npx cohort validate      # schema and cross-reference checks
npx cohort plan          # schedules, groups and mentors under out/plan/
\`\`\`

Then replace the placeholders: the example participants in
\`${cohortFile}\`, the example mentors in \`mentors.yaml\`, and every
\`example.com\` address. Adapt the starter curriculum in
\`${curriculumFile}\` to your academy, add your holidays to \`program.yaml\`,
and list your approved tools in \`governance.yaml\`.

## What is where

| path | holds |
|---|---|
| \`program.yaml\` | the academy: time zone, working hours, holidays, communities, success criteria |
| \`curricula/\` | the skill ladder: modules, assessments, capstone, credentials |
| \`cohorts/\` | one file per cohort: start, touchpoints, participants, projects |
| \`mentors.yaml\` | lead and community mentors, their skills and capacity |
| \`governance.yaml\` | data classes, approved tools, approvers, role rules |
| \`records/\` | attendance, assessment, project and feedback CSVs for \`cohort report\` |
| \`templates/\` | your overrides of the onboarding templates |
| \`out/\` | generated plans, reports and onboarding packs (not committed) |

## Commands

| command | does |
|---|---|
| \`npm run validate\` | checks every document; run it before you push |
| \`npm run plan\` | module calendar, learning groups, mentors and meeting times |
| \`npm run report\` | metrics from \`records/\`, success criteria and earned credentials |
| \`npm run onboard\` | an onboarding pack for every participant and mentor |

Add \`-- --today YYYY-MM-DD\` to work as of a given date.

## Editors

Each YAML file starts with a \`# yaml-language-server: $schema=…\` line
pointing at the schemas in \`node_modules/${COHORT_PACKAGE}\`. After \`npm install\`, an
editor with the YAML language server (VS Code's YAML extension by Red Hat,
for example) completes fields and shows their descriptions on hover.

## Continuous integration

\`.github/workflows/cohort.yml\` runs \`cohort validate --format github\` on
every pull request. It installs with \`npm ci\`, so commit
\`package-lock.json\`.${move}
`;
}
