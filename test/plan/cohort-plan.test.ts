import { describe, expect, it } from 'vitest';
import { planProgram } from '../../src/plan/index.js';
import { loadFromMemory } from '../../src/program/memory.js';
import { validateProgram } from '../../src/validate/index.js';
import { MINIMAL, TODAY, edit } from '../helpers/program.js';

function planOf(files: Record<string, string>) {
  const { model, diagnostics } = validateProgram(loadFromMemory(files), { today: TODAY });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return planProgram(model, { locks: {} });
}

const benWorks = (days: string) =>
  edit('cohorts/spring.yaml', 'department: HR }', `department: HR, workingHours: { start: "09:00", end: "17:00", days: [${days}] } }`);

describe('groups judged on the day they meet', () => {
  // spring-2026 starts on Monday 2026-03-02; its groups meet on Tuesdays, the first on 2026-03-03.
  it('does not warn about someone who does not work on the first day of the cohort but does on meeting days', () => {
    const plan = planOf(benWorks('tue, wed, thu, fri, sat'));
    expect(plan.problems.filter((p) => p.message.includes('no shared'))).toEqual([]);
  });

  it('warns, with the first meeting date, about someone who never works on the meeting weekday', () => {
    const plan = planOf(benWorks('wed, thu, fri'));
    expect(plan.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^g\d has no shared 30-minute slot on 2026-03-03 \(Europe\/Berlin\).*\bben\b/));
  });
});
