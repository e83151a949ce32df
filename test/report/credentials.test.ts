import { describe, expect, it } from 'vitest';
import type { Credential } from '../../src/program/model.js';
import { attendanceMet, evaluateCredential } from '../../src/report/credentials.js';
import type { ModuleResult } from '../../src/report/types.js';
import { parseDate } from '../../src/util/dates.js';
import { att, person, proj, report, score } from './program.js';

const d = (text: string) => parseDate(text)!;
const passed = (module: string, on: string): ModuleResult => ({ module, status: 'passed', bestScore: 0.9, attempts: 1, passedOn: on, passScore: 0.7, overdue: false });
const timeline = (...points: Array<[string, number, number]>) => ({ day: points.map((p) => d(p[0])), present: points.map((p) => p[1]), expected: points.map((p) => p[2]) });
const badge: Credential = { id: 'badge', name: 'Badge', requires: { modules: ['intro', 'data'], attendance: 0.75, capstone: true }, validFor: 12 };

describe('attendanceMet', () => {
  const t = timeline(['2026-03-03', 0, 1], ['2026-03-10', 1, 2], ['2026-03-17', 2, 3], ['2026-03-24', 3, 4]);
  it('is the day itself when the rate as of that day holds', () => {
    expect(attendanceMet(t, 0.75, d('2026-03-30'))).toBe(d('2026-03-30'));
  });
  it('is the first later session day on which the rate holds, when it rises', () => {
    expect(attendanceMet(t, 0.75, d('2026-03-18'))).toBe(d('2026-03-24'));
  });
  it('is undefined when the rate never holds, or nothing is recorded', () => {
    expect(attendanceMet(t, 0.8, d('2026-03-01'))).toBeUndefined();
    expect(attendanceMet(timeline(), 0.5, d('2026-03-01'))).toBeUndefined();
  });
});

describe('evaluateCredential', () => {
  const facts = {
    modules: new Map([
      ['intro', passed('intro', '2026-03-06')],
      ['data', passed('data', '2026-03-20')],
    ]),
    capstoneOn: d('2026-03-25'),
    attendance: timeline(['2026-03-03', 1, 1], ['2026-03-10', 2, 2], ['2026-03-24', 2, 3], ['2026-03-31', 3, 4]),
    cohortStart: d('2026-03-02'),
    today: d('2026-11-01'),
  };

  it('is earned on the first day every requirement holds, attendance as of that day', () => {
    // as of 03-25 (capstone accepted): 2 of 3 < 0.75; on 03-31: 3 of 4
    expect(evaluateCredential(badge, facts)).toEqual({ credential: 'badge', name: 'Badge', status: 'earned', earnedOn: '2026-03-31', expiresOn: '2027-03-31', missing: [] });
  });

  it('expires validFor months later: expired once expires_on is on or before today', () => {
    expect(evaluateCredential(badge, { ...facts, today: d('2027-03-30') }).status).toBe('earned');
    expect(evaluateCredential(badge, { ...facts, today: d('2027-03-31') })).toMatchObject({ status: 'expired', earnedOn: '2026-03-31', expiresOn: '2027-03-31' });
    expect(evaluateCredential({ ...badge, validFor: undefined } as Credential, { ...facts, today: d('2030-01-01') })).toMatchObject({ status: 'earned', expiresOn: null });
  });

  it('is not earned while no attendance is recorded', () => {
    expect(evaluateCredential(badge, { ...facts, attendance: timeline() })).toEqual({
      credential: 'badge',
      name: 'Badge',
      status: 'in-progress',
      earnedOn: null,
      expiresOn: null,
      missing: ['attendance 0.75 (none recorded yet)'],
    });
  });

  it('lists what is missing in words', () => {
    const failed: ModuleResult = { module: 'data', status: 'failed', bestScore: 0.6, attempts: 2, passedOn: null, passScore: 0.7, overdue: true };
    const result = evaluateCredential(badge, {
      ...facts,
      modules: new Map([['intro', { ...passed('intro', '2026-03-06'), status: 'missing', passedOn: null, attempts: 0, bestScore: null }], ['data', failed]]),
      capstoneOn: undefined,
      attendance: timeline(['2026-03-03', 1, 1], ['2026-03-10', 1, 2]),
    });
    expect(result).toMatchObject({ status: 'in-progress', earnedOn: null });
    expect(result.missing).toEqual(['module intro', 'module data (failed: best score 0.6, pass mark 0.7)', 'capstone accepted', 'attendance 0.5 < 0.75 (1 of 2 sessions)']);
  });
});

describe('credentials over records', () => {
  const records = {
    attendance: [
      ...['2026-03-03', '2026-03-10', '2026-03-17'].map((x) => att('ana', x, 'check-in', 'present')),
      att('ben', '2026-03-03', 'check-in', 'absent'),
      ...['2026-03-10', '2026-03-17', '2026-03-24'].map((x) => att('ben', x, 'check-in', 'present')),
    ],
    assessments: [
      score('ana', 'intro', 0.8, '2026-03-06'),
      score('ana', 'data', 0.85, '2026-03-20'),
      score('ben', 'intro', 0.9, '2026-03-06'),
      score('ben', 'data', 0.8, '2026-03-20'),
      score('cleo', 'intro', 0.75, '2026-03-13'),
      score('cleo', 'data', 0.7, '2026-03-20'),
    ],
    projects: [
      proj('expenses', 'proposed', '2026-03-02'),
      proj('expenses', 'accepted', '2026-03-11', { plannedDays: 10, actualDays: 8 }),
      // reopened later: the capstone was still accepted on 03-11
      proj('expenses', 'in-progress', '2026-03-30'),
    ],
  };

  it('earns with attendance as of the day the rest holds, rising later if need be; expires; lists what is missing', async () => {
    const { report: r } = await report(records, '2026-04-08');
    const roster = (id: string) => person(r, 'spring-2026', id).credentials.map((c) => [c.credential, c.status, c.earnedOn, c.expiresOn, c.missing]);
    expect(roster('ana')).toEqual([
      ['basics-badge', 'earned', '2026-03-20', '2027-03-20', []],
      ['intro-badge', 'expired', '2026-03-06', '2026-04-06', []],
    ]);
    // as of 03-20 ben had 2 of 3 (< 0.75); on 03-24, 3 of 4
    expect(roster('ben')).toEqual([
      ['basics-badge', 'earned', '2026-03-24', '2027-03-24', []],
      ['intro-badge', 'expired', '2026-03-06', '2026-04-06', []],
    ]);
    expect(roster('cleo')).toEqual([
      ['basics-badge', 'in-progress', null, null, ['module data (failed: best score 0.7, pass mark 0.8)', 'capstone accepted', 'attendance 0.75 (none recorded yet)']],
      ['intro-badge', 'earned', '2026-03-13', '2026-04-13', []],
    ]);
    expect(roster('dev')[0]![1]).toBe('in-progress');
    // summer's ana is another enrolment: her spring capstone and passes do not carry over
    expect(person(r, 'summer-2026', 'ana').credentials.map((c) => c.status)).toEqual(['in-progress', 'in-progress']);
  });

  it('scores credential_rate and completion_rate over ended cohorts only', async () => {
    const running = await report(records, '2026-03-31');
    expect(running.report.criteria.find((c) => c.metric === 'credential_rate')).toMatchObject({ value: null, status: 'n/a' });
    const { report: r } = await report(records, '2026-04-08');
    const spring = r.cohorts.find((c) => c.cohort === 'spring-2026')!;
    // ana, ben (earned or expired counts) and cleo hold one; dev none
    expect([spring.state, spring.credentialRate, spring.credentialHolders, spring.completionRate]).toEqual(['ended', 0.75, 3, 0.5]);
    expect(r.criteria.find((c) => c.metric === 'credential_rate')).toEqual({
      metric: 'credential_rate',
      min: 0.5,
      max: null,
      value: 0.75,
      status: 'met',
      perCohort: { 'spring-2026': 0.75, 'summer-2026': null },
    });
    expect(r.criteria.find((c) => c.metric === 'completion_rate')).toMatchObject({ min: 0.5, max: 1, value: 0.5, status: 'met' });
  });
});
