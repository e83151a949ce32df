// Derives the TypeScript types of the program format from schemas/ (the one
// source of truth). `npm run gen:types` writes them; a test fails on drift.
import { compile } from 'json-schema-to-typescript';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
export const TYPES_FILE = fileURLToPath(new URL('../src/program/types.generated.ts', import.meta.url));

const KIND_FILES = {
  ProgramDocument: 'program.schema.json',
  CurriculumDocument: 'curriculum.schema.json',
  CohortDocument: 'cohort.schema.json',
  MentorRosterDocument: 'mentor-roster.schema.json',
  GovernanceDocument: 'governance.schema.json',
};

export async function generateTypes() {
  const properties = {};
  for (const [name, file] of Object.entries(KIND_FILES)) {
    properties[name] = { $ref: file };
  }
  const root = {
    title: 'ProgramDocuments',
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
  const body = await compile(root, 'ProgramDocuments', {
    cwd: schemaDir,
    bannerComment: '/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit by hand. */',
    additionalProperties: false,
    format: true,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(TYPES_FILE, await generateTypes());
}
