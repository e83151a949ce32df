import { MINIMAL, diagnose, where } from '../helpers/program.js';

/** Extra documents and helpers for the reference-rule tests; MINIMAL itself stays untouched. */

/** A second curriculum that no cohort follows, so it adds names without changing any plan. */
export const OTHER_CURRICULUM = `apiVersion: cohort/v1
kind: Curriculum
metadata: { id: advanced, name: Advanced }
spec:
  hoursPerWeek: 2
  competencies:
    - { id: automation, name: Automation }
  modules:
    - id: flows
      name: Flows
      hours: 4
      competencies: { automation: 2 }
`;

/** A second, small cohort of MINIMAL's curriculum. */
export const OTHER_COHORT = `apiVersion: cohort/v1
kind: Cohort
metadata: { id: autumn-2026, name: Autumn 2026 }
spec:
  curriculum: basics
  start: 2026-09-07
  groups: { max: 3 }
  participants:
    - { id: zoe, name: Zoe, email: zoe@acme.example }
`;

/** A second roster with one lead mentor. */
export const OTHER_ROSTER = `apiVersion: cohort/v1
kind: MentorRoster
metadata: { id: guests, name: Guest mentors }
spec:
  mentors:
    - { id: zara, name: Zara, email: zara@acme.example, tier: lead, capacity: 1 }
`;

/** OTHER_ROSTER with a schema error (capacity missing), so its mentors are unknown to the model. */
export const BROKEN_ROSTER = OTHER_ROSTER.replace(', capacity: 1', '');

export function withFile(file: string, text: string, base: Record<string, string> = MINIMAL): Record<string, string> {
  return { ...base, [file]: text };
}

export function withoutFile(file: string, base: Record<string, string> = MINIMAL): Record<string, string> {
  const { [file]: _, ...rest } = base;
  return rest;
}

/** `file:line:col rule` of one rule's findings only. */
export function whereRule(rule: string, files: Record<string, string>): string[] {
  return where(files).filter((w) => w.endsWith(` ${rule}`));
}

/** The findings of one rule, with message and hint. */
export function findingsOf(rule: string, files: Record<string, string>) {
  return diagnose(files).filter((d) => d.rule === rule);
}
