import { describe, expect, it } from 'vitest';
import { att, person, report, small } from './program.js';

describe('attendance', () => {
  it('the small program plans cleanly', () => {
    expect(small().errors).toEqual([]);
  });

  it('excused leaves the denominator; a counted session without a row is absent', async () => {
    const { report: r, warnings } = await report(
      {
        attendance: [
          att('ana', '2026-03-03', 'check-in', 'present'),
          att('ben', '2026-03-03', 'check-in', 'excused'),
          att('ana', '2026-03-10', 'check-in', 'present'),
          // ben has no row on 03-10: the session counts, so he is absent
        ],
      },
      '2026-03-12',
    );
    expect(warnings).toEqual([]);
    expect(person(r, 'spring-2026', 'ana').attendance).toEqual({ present: 2, expected: 2, excused: 0, rate: 1 });
    expect(person(r, 'spring-2026', 'ben').attendance).toEqual({ present: 0, expected: 1, excused: 1, rate: 0 });
  });

  it('does not count sessions nobody recorded, and reports them as unrecorded', async () => {
    const { report: r } = await report({ attendance: [att('ana', '2026-03-03', 'check-in', 'present')] }, '2026-03-12');
    // g2 recorded nothing, and nobody recorded 03-10: only g1's 03-03 counts
    expect(person(r, 'spring-2026', 'cleo').attendance).toEqual({ present: 0, expected: 0, excused: 0, rate: null });
    expect(person(r, 'spring-2026', 'ana').attendance.expected).toBe(1);
    const spring = r.cohorts.find((c) => c.cohort === 'spring-2026')!;
    expect(spring.sessions).toEqual({ planned: 4, counted: 1, unrecorded: 3 });
    expect(spring.unrecordedSessions).toEqual(['spring-2026/g2/check-in/2026-03-03', 'spring-2026/g1/check-in/2026-03-10', 'spring-2026/g2/check-in/2026-03-10']);
  });

  it('expects nothing before joined or after left', async () => {
    const rows = ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24'].flatMap((d) => [att('cleo', d, 'check-in', 'present'), att('dev', d, 'check-in', 'present')]);
    const { report: r, warnings } = await report({ attendance: [...rows, att('cleo', '2026-03-27', 'demo', 'present')] }, '2026-03-31');
    expect(warnings).toEqual([]);
    // cleo joined 03-09: 03-10, 03-17, 03-24 and the demo; dev left 03-15: 03-03 and 03-10
    expect(person(r, 'spring-2026', 'cleo').attendance).toMatchObject({ present: 4, expected: 4 });
    expect(person(r, 'spring-2026', 'dev').attendance).toMatchObject({ present: 2, expected: 2 });
    expect(person(r, 'spring-2026', 'dev').left).toBe('2026-03-15');
    // ana is expected at the demo (counted by cleo's row) and absent from it
    expect(person(r, 'spring-2026', 'ana').attendance).toEqual({ present: 0, expected: 1, excused: 0, rate: 0 });
  });

  it('keeps one status per session from duplicate rows: present over excused over absent', async () => {
    const { report: r } = await report(
      {
        attendance: [
          att('ana', '2026-03-03', 'check-in', 'absent'),
          att('ana', '2026-03-03', 'check-in', 'present'),
          att('ana', '2026-03-03', 'check-in', 'excused'),
          att('ben', '2026-03-03', 'check-in', 'absent'),
          att('ben', '2026-03-03', 'check-in', 'excused'),
          att('ben', '2026-03-03', 'check-in', 'absent'),
        ],
      },
      '2026-03-04',
    );
    expect(person(r, 'spring-2026', 'ana').attendance).toEqual({ present: 1, expected: 1, excused: 0, rate: 1 });
    expect(person(r, 'spring-2026', 'ben').attendance).toEqual({ present: 0, expected: 0, excused: 1, rate: null });
  });

  it('takes the group from the plan, matches cohort-wide sessions, and accepts a row naming the own group', async () => {
    const { report: r, warnings } = await report(
      {
        attendance: [
          att('cleo', '2026-03-10', 'check-in', 'present'),
          att('cleo', '2026-03-17', 'check-in', 'present', { group: 'g2', cohort: 'spring-2026' }),
          att('cleo', '2026-03-27', 'demo', 'present', { group: 'g2' }),
          att('cleo', '2026-03-24', 'check-in', 'present', { group: 'all' }),
        ],
      },
      '2026-03-28',
    );
    expect(warnings.map((w) => w.message)).toEqual(['no planned check-in for all on 2026-03-24']);
    expect(person(r, 'spring-2026', 'cleo').attendance).toMatchObject({ present: 3, expected: 3 });
  });

  it('warns about a row matching no planned session, with its file and line, and leaves it out', async () => {
    const stray = att('cleo', '2026-03-05', 'check-in', 'present');
    const other = att('ana', '2026-03-10', 'check-in', 'present', { group: 'g2' });
    const unknown = att('zed', '2026-03-10', 'check-in', 'present');
    const wrongCohort = att('eve', '2026-03-10', 'check-in', 'present', { cohort: 'spring-2026' });
    const { report: r, warnings } = await report({ attendance: [stray, other, unknown, wrongCohort] }, '2026-03-12');
    expect(warnings).toEqual([
      { severity: 'warning', file: 'records/attendance.csv', line: stray.source.line, column: 'date', message: 'no planned check-in for g2 on 2026-03-05', hint: 'the nearest planned check-in is on 2026-03-03' },
      { severity: 'warning', file: 'records/attendance.csv', line: other.source.line, column: 'group', message: 'ana is in group g1 of spring-2026, not g2' },
      { severity: 'warning', file: 'records/attendance.csv', line: unknown.source.line, column: 'participant', message: 'unknown participant "zed"' },
      { severity: 'warning', file: 'records/attendance.csv', line: wrongCohort.source.line, column: 'cohort', message: 'eve is not a participant of spring-2026' },
    ]);
    expect(r.cohorts.find((c) => c.cohort === 'spring-2026')!.sessions.counted).toBe(0);
  });

  it('matches rows without a cohort by date for a participant in two cohorts; warns when still ambiguous', async () => {
    const ambiguous = att('ana', '2026-03-31', 'check-in', 'present');
    const { report: r, warnings } = await report(
      {
        attendance: [
          att('ana', '2026-03-10', 'check-in', 'present'), // only spring runs
          att('ana', '2026-04-07', 'check-in', 'present'), // only summer runs
          att('ana', '2026-03-27', 'demo', 'present'),
          ambiguous, // both run and both plan a check-in for ana's group that day
          att('ana', '2026-03-31', 'check-in', 'absent', { cohort: 'summer-2026' }),
          att('ana', '2026-06-30', 'check-in', 'present'), // after today: left out silently
        ],
      },
      '2026-04-08',
    );
    expect(warnings).toEqual([
      {
        severity: 'warning',
        file: 'records/attendance.csv',
        line: ambiguous.source.line,
        column: 'cohort',
        message: 'ana is in spring-2026 and summer-2026, and the row names no cohort: it could be either on 2026-03-31',
        hint: 'add a cohort column to the row',
      },
    ]);
    expect(person(r, 'spring-2026', 'ana').attendance).toMatchObject({ present: 2, expected: 2 });
    expect(person(r, 'summer-2026', 'ana').attendance).toMatchObject({ present: 1, expected: 2 });
  });

  it('warns when a two-cohort participant has a row on a day neither cohort runs, or neither planned', async () => {
    const row = att('ana', '2026-02-10', 'check-in', 'present');
    const neither = att('ana', '2026-04-01', 'check-in', 'present');
    const { warnings } = await report({ attendance: [row, neither] }, '2026-04-08');
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [row.source.line, 'ana is in spring-2026 and summer-2026, none of which runs on 2026-02-10'],
      [neither.source.line, 'no planned check-in for g1 on 2026-04-01'],
    ]);
  });

  it('pools rates per group, cohort and program over counted participant-sessions', async () => {
    const { report: r } = await report(
      {
        attendance: [
          att('ana', '2026-03-03', 'check-in', 'present'),
          att('ben', '2026-03-03', 'check-in', 'absent'),
          att('cleo', '2026-03-10', 'check-in', 'present'),
          att('dev', '2026-03-10', 'check-in', 'present'),
          att('dev', '2026-03-03', 'check-in', 'present'),
        ],
      },
      '2026-03-12',
    );
    const spring = r.cohorts.find((c) => c.cohort === 'spring-2026')!;
    expect(spring.groups.map((g) => [g.group, g.lead, g.participants, g.attendanceRate])).toEqual([
      ['g1', 'lena', 2, 0.5],
      ['g2', 'omar', 2, 1],
    ]);
    expect(spring.attendanceRate).toBe(4 / 5);
    expect(r.criteria.find((c) => c.metric === 'attendance_rate')).toMatchObject({ value: 0.8, status: 'met', perCohort: { 'spring-2026': 0.8, 'summer-2026': null } });
  });
});
