import { MINIMAL } from '../helpers/program.js';

/**
 * A second cohort file for capacity tests. Its lines are fixed: metadata on
 * line 3, groups on line 7, so tests can assert positions.
 */
export function cohortFile(id: string, start: string, participants: number, groups = '{ min: 1, max: 3 }', curriculum = 'basics'): string {
  const people = Array.from({ length: participants }, (_, i) => `    - { id: ${id}-p${i + 1}, name: P${i + 1}, email: ${id}-p${i + 1}@acme.example }\n`);
  return `apiVersion: cohort/v1
kind: Cohort
metadata: { id: ${id}, name: ${id} }
spec:
  curriculum: ${curriculum}
  start: ${start}
  groups: ${groups}
${participants === 0 ? '  participants: []\n' : `  participants:\n${people.join('')}`}`;
}

/** MINIMAL plus extra files. */
export function withFiles(extra: Record<string, string>, base: Record<string, string> = MINIMAL): Record<string, string> {
  return { ...base, ...extra };
}

/** Files without one of them. */
export function without(files: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([file]) => file !== name));
}
