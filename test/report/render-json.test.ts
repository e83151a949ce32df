import { describe, expect, it } from 'vitest';
import { formatCriterionValue, formatTarget, roundTo } from '../../src/report/render-format.js';
import { metricsJson } from '../../src/report/render-json.js';
import type { ReportModel } from '../../src/report/types.js';
import { fixtureReport } from './report-fixture.js';

describe('metricsJson', () => {
  it('is pretty JSON with a trailing newline that parses back to the model', () => {
    const text = metricsJson(fixtureReport());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "program": {');
    const parsed = JSON.parse(text) as ReportModel;
    expect(parsed.asOf).toBe('2026-11-26');
    expect(parsed.participants).toHaveLength(6);
  });

  it('writes keys in the declared order whatever order the model built them in', () => {
    const report = fixtureReport();
    const shuffled = JSON.parse(JSON.stringify(report, (_key, value: unknown) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse());
    })) as ReportModel;
    expect(metricsJson(shuffled)).toBe(metricsJson(report));
    const parsed = JSON.parse(metricsJson(report)) as ReportModel;
    expect(Object.keys(parsed)).toEqual(['program', 'asOf', 'cohorts', 'participants', 'modules', 'mentors', 'projects', 'feedback', 'criteria']);
    expect(Object.keys(parsed.participants[0]!).slice(0, 4)).toEqual(['cohort', 'participant', 'name', 'email']);
    expect(Object.keys(parsed.cohorts[0]!.departmentMix)).toEqual(['=Ops', 'Finance']);
    expect(Object.keys(parsed.criteria[0]!.perCohort)).toEqual(['spring-2026', 'autumn-2026', 'winter-2027']);
  });

  it('sorts participants like the CSVs and mentors by id', () => {
    const parsed = JSON.parse(metricsJson(fixtureReport())) as ReportModel;
    expect(parsed.participants.map((p) => `${p.cohort}/${p.participant}`)).toEqual([
      'spring-2026/anna-schmidt',
      'spring-2026/eve-formula',
      'spring-2026/ines-costa',
      'autumn-2026/anna-schmidt',
      'autumn-2026/li-wei',
      'autumn-2026/zoe-sum',
    ]);
    expect(parsed.mentors.map((m) => m.mentor)).toEqual(['omar-haddad', 'sam-reed']);
    expect(parsed.projects.map((p) => p.project)).toEqual(['asset-tracker', 'invoice-approvals', 'travel-requests']);
  });

  it('rounds rates and averages to 4 decimals and keeps counts and nulls', () => {
    const parsed = JSON.parse(metricsJson(fixtureReport())) as ReportModel;
    expect(parsed.cohorts[0]!.attendanceRate).toBe(0.7667);
    expect(parsed.cohorts[1]!.attendanceRate).toBe(0.6123);
    expect(parsed.cohorts[2]!.attendanceRate).toBeNull();
    expect(parsed.participants.find((p) => p.participant === 'li-wei')!.attendance.rate).toBe(0.7778);
    expect(parsed.mentors[0]!.feedbackAverage).toBe(4.3333);
    expect(parsed.feedback.peer).toEqual({ count: 6, average: 4.1667 });
    expect(parsed.criteria[0]!.value).toBe(0.7996);
    expect(parsed.criteria[1]!.perCohort['spring-2026']).toBe(0.6667);
    expect(parsed.modules[1]!.averageBestScore).toBe(0.7167);
    expect(parsed.cohorts[0]!.sessions).toEqual({ planned: 30, counted: 28, unrecorded: 2 });
  });

  it('keeps a field the model gains later instead of dropping it', () => {
    const report = fixtureReport();
    report.participants[0]!.capstoneAcceptedOn = '2026-06-02';
    (report as unknown as Record<string, unknown>).extra = { b: 1, a: 2 };
    const parsed = JSON.parse(metricsJson(report)) as Record<string, unknown> & ReportModel;
    expect(parsed.participants.find((p) => p.participant === 'zoe-sum')).toHaveProperty('capstoneAcceptedOn', '2026-06-02');
    expect(JSON.stringify(parsed.extra)).toBe('{"a":2,"b":1}');
  });

  it('is byte-identical on repeated runs and does not change the model', () => {
    const report = fixtureReport();
    const before = JSON.stringify(report);
    expect(metricsJson(report)).toBe(metricsJson(fixtureReport()));
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe('number formatting', () => {
  it.each([
    [0.12345, 4, 0.1235],
    [1.00005, 4, 1.0001],
    [-0.00001, 4, 0],
    [2, 4, 2],
    [0.7777777, 3, 0.778],
  ])('roundTo(%d, %d) = %d', (value, digits, expected) => {
    expect(roundTo(value, digits)).toBe(expected);
  });

  it('returns null for non-finite numbers', () => {
    expect(roundTo(Number.NaN, 2)).toBeNull();
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBeNull();
  });

  it('writes targets and never shows a missed value as meeting its target', () => {
    expect(formatTarget({ min: 0.8, max: null })).toBe('≥ 0.8');
    expect(formatTarget({ min: null, max: 8 })).toBe('≤ 8');
    expect(formatTarget({ min: 0.5, max: 0.9 })).toBe('≥ 0.5, ≤ 0.9');
    expect(formatTarget({ min: null, max: null })).toBe('—');
    expect(formatCriterionValue({ min: 0.8, max: null, value: 0.7996 })).toBe('0.7996');
    expect(formatCriterionValue({ min: 0.8, max: null, value: 0.83333 })).toBe('0.83');
    expect(formatCriterionValue({ min: null, max: 8, value: 8.001 })).toBe('8.001');
    expect(formatCriterionValue({ min: null, max: 8, value: null })).toBe('—');
  });
});
