import { loadFromMemory } from '../../src/program/memory.js';
import { validateProgram } from '../../src/validate/index.js';

/**
 * A small, valid program that rule tests change one thing in. Each file is
 * plain text, so a test can replace a line and assert the line and column.
 */
export const MINIMAL: Record<string, string> = {
  'program.yaml': `apiVersion: cohort/v1
kind: Program
metadata: { id: acme-academy, name: Acme Academy }
spec:
  timezone: Europe/Berlin
  holidays: [2026-04-03]
`,
  'curricula/basics.yaml': `apiVersion: cohort/v1
kind: Curriculum
metadata: { id: basics, name: Basics }
spec:
  hoursPerWeek: 4
  competencies:
    - { id: app-building, name: Building apps }
    - { id: data-modeling, name: Data modelling }
  modules:
    - id: intro
      name: Intro
      hours: 4
      competencies: { app-building: 1 }
      assessment: { type: quiz, passScore: 0.7 }
    - id: data
      name: Data
      hours: 8
      prerequisites: [intro]
      competencies: { data-modeling: 1 }
  capstone: { name: Capstone, weeks: 2, prerequisites: [data] }
  credentials:
    - id: basics-badge
      name: Basics badge
      requires: { modules: [intro], attendance: 0.75, capstone: true }
      validFor: 24
`,
  'cohorts/spring.yaml': `apiVersion: cohort/v1
kind: Cohort
metadata: { id: spring-2026, name: Spring 2026 }
spec:
  curriculum: basics
  start: 2026-03-02
  groups: { min: 2, max: 3 }
  touchpoints:
    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }
  participants:
    - { id: ana, name: Ana, email: ana@acme.example, department: Finance }
    - { id: ben, name: Ben, email: ben@acme.example, department: HR }
    - { id: cleo, name: Cleo, email: cleo@acme.example, department: Sales }
    - { id: dev, name: Dev, email: dev@acme.example, department: Finance, timezone: Asia/Kolkata }
  pins:
    - { participant: ana, group: g1 }
    - { group: g1, lead: lena }
  projects:
    - id: expenses
      title: Expense flow
      team: [ana, ben]
      tools: [power-apps]
      dataClasses: [confidential]
      capstone: true
      approval: { by: lena, on: 2026-03-20 }
`,
  'mentors.yaml': `apiVersion: cohort/v1
kind: MentorRoster
metadata: { id: mentors, name: Mentors }
spec:
  mentors:
    - { id: lena, name: Lena, email: lena@acme.example, tier: lead, capacity: 1, skills: [app-building, data-modeling] }
    - { id: omar, name: Omar, email: omar@acme.example, tier: lead, capacity: 1, skills: [app-building] }
    - { id: pia, name: Pia, email: pia@acme.example, tier: community, capacity: 6, skills: [data-modeling] }
`,
  'governance.yaml': `apiVersion: cohort/v1
kind: Governance
metadata: { id: governance, name: Policy }
spec:
  lastReviewed: 2026-01-15
  reviewEvery: 6
  dataClasses:
    - { id: public }
    - { id: confidential, requiresApproval: true }
    - { id: restricted, allowed: false }
  tools:
    - { id: power-apps, name: Power Apps, dataClasses: [public, confidential] }
    - { id: forms, name: Forms, dataClasses: [public] }
  approvers: [lena, steward@acme.example]
`,
};

/** A date on which MINIMAL's governance review is not overdue. */
export const TODAY = '2026-03-01';

/** MINIMAL with exact text replacements in one file; fails loudly when the text is not there. */
export function edit(file: string, from: string, to: string, base: Record<string, string> = MINIMAL): Record<string, string> {
  const text = base[file];
  if (text === undefined || !text.includes(from)) throw new Error(`test setup: "${from}" not found in ${file}`);
  return { ...base, [file]: text.replace(from, to) };
}

/** `edit` for several replacements in one file, applied in order. */
export function editAll(file: string, replacements: ReadonlyArray<readonly [string, string]>, base: Record<string, string> = MINIMAL): Record<string, string> {
  return replacements.reduce((program, [from, to]) => edit(file, from, to, program), base);
}

export function diagnose(files: Record<string, string>, today = TODAY) {
  return validateProgram(loadFromMemory(files), { today }).diagnostics;
}

/** Findings as `file:line:col rule` strings, for compact table assertions. */
export function where(files: Record<string, string>, today = TODAY): string[] {
  return diagnose(files, today).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
}
