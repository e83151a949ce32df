import { describe, expect, it } from 'vitest';
import { cohortFiles } from '../../src/plan/files.js';
import { fixturePlan } from '../render/fixture.js';

describe('cohortFiles', () => {
  it("gives a cohort without sessions a calendar that still names the cohort's zone", () => {
    const plan = { ...fixturePlan(), sessions: [] };
    const ics = cohortFiles(plan, { programId: 'acme', people: {} }).find((f) => f.path.endsWith('schedule.ics'))!.content as string;
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});
