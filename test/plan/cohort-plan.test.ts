import { describe, expect, it } from 'vitest';
import { planProgram } from '../../src/plan/index.js';
import { NewPeople, jobFiles } from '../../src/plan/write-job.js';
import { loadFromMemory } from '../../src/program/memory.js';
import { validateProgram } from '../../src/validate/index.js';
import { MINIMAL, TODAY, edit, editAll } from '../helpers/program.js';

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

describe('a fixed time the clocks skip', () => {
  // Europe/Berlin skips 02:00–03:00 on Sunday 2026-03-29, inside spring-2026.
  const everyDay = edit('program.yaml', '  timezone: Europe/Berlin', '  timezone: Europe/Berlin\n  workingHours: { start: "00:00", end: "23:59", days: [mon, tue, wed, thu, fri, sat, sun] }');
  const checkIn = '    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }';
  const files = edit('cohorts/spring.yaml', checkIn, `${checkIn}\n    - { type: night-demo, cadence: weekly, weekday: sun, time: "02:30", duration: 1h, scope: cohort }`, everyDay);
  const plan = planOf(files);
  const demo = (date: string) => plan.cohorts[0]!.sessions.find((s) => s.type === 'night-demo' && s.date === date)!;

  it('writes the time the session really starts and ends, and warns', () => {
    expect(demo('2026-03-29')).toMatchObject({ start: '03:30', end: '04:30', startUtc: '2026-03-29T01:30:00Z', endUtc: '2026-03-29T02:30:00Z' });
    expect(plan.problems.map((p) => p.message)).toContain('night-demo on 2026-03-29: 02:30 does not exist that day in Europe/Berlin (the clocks skip it); the session starts at 03:30');
  });

  it('keeps the written time on the other Sundays', () => {
    expect(demo('2026-03-22')).toMatchObject({ start: '02:30', end: '03:30', startUtc: '2026-03-22T01:30:00Z' });
    expect(demo('2026-04-05')).toMatchObject({ start: '02:30', end: '03:30', startUtc: '2026-04-05T00:30:00Z' });
    expect(plan.problems.filter((p) => p.message.includes('skip'))).toHaveLength(1);
  });
});

describe('someone who takes part and mentors under one id', () => {
  // ben becomes pia, who is also a community mentor, with another spelling of her name.
  const files = editAll('cohorts/spring.yaml', [
    ['{ id: ben, name: Ben, email: ben@acme.example,', '{ id: pia, name: Pia Participant, email: pia@acme.example,'],
    ['team: [ana, ben]', 'team: [ana, pia]'],
  ]);

  it('is named alike on pages written as cohorts are planned and on pages written from the whole plan (--check)', () => {
    const { model } = validateProgram(loadFromMemory(files), { today: TODAY });
    const asPlanned: string[] = [];
    let named: NewPeople | undefined;
    const people = {};
    const plan = planProgram(model, {
      locks: {},
      onPlanned: (p, find) => {
        named ??= new NewPeople(find);
        Object.assign(people, named.of(p));
        asPlanned.push(...jobFiles({ plan: p, people, programId: 'acme', prefix: 0 }).map((f) => String(f.content)));
      },
    });
    const whole = plan.cohorts.flatMap((p) => jobFiles({ plan: p, people: plan.people, programId: 'acme', prefix: 0 }).map((f) => String(f.content)));
    expect(whole.join('').includes('pia')).toBe(true);
    expect(asPlanned).toEqual(whole);
  });

  it('is never their own community mentor, and the others still get one', () => {
    const spring = planOf(files).cohorts[0]!;
    expect(spring.communityMentor['pia']).toBeUndefined();
    expect(Object.entries(spring.communityMentor)).toEqual([
      ['ana', 'pia'],
      ['cleo', 'pia'],
      ['dev', 'pia'],
    ]);
  });
});

describe('a participant who also leads a group', () => {
  // ben becomes omar, a lead mentor, pinned as a participant to g1; omar leads g2 (lena is pinned to g1).
  // Everyone works in Berlin, so both groups would like the same hour.
  const files = editAll('cohorts/spring.yaml', [
    ['{ id: ben, name: Ben, email: ben@acme.example,', '{ id: omar, name: Omar, email: omar@acme.example,'],
    ['team: [ana, ben]', 'team: [ana, omar]'],
    [', timezone: Asia/Kolkata }', ' }'],
    ['    - { participant: ana, group: g1 }', '    - { participant: ana, group: g1 }\n    - { participant: omar, group: g1 }'],
  ]);
  const plan = planOf(files);
  const spring = plan.cohorts[0]!;
  // One group of four with omar in it, and no lead pinned.
  const oneGroup = editAll(
    'cohorts/spring.yaml',
    [
      ['groups: { min: 2, max: 3 }', 'groups: { min: 1, max: 4 }'],
      ['    - { group: g1, lead: lena }\n', ''],
    ],
    files,
  );

  it('never has their own group meet while they lead another', () => {
    expect(spring.groups.find((g) => g.id === 'g1')?.members).toContain('omar');
    const theirs = spring.sessions.filter((s) => s.group === 'g1');
    const leading = spring.sessions.filter((s) => s.lead === 'omar');
    expect(theirs.length).toBeGreaterThan(0);
    expect(leading.length).toBeGreaterThan(0);
    for (const a of theirs) for (const b of leading) expect(a.startUtc < b.endUtc && b.startUtc < a.endUtc, `${a.id} and ${b.id}`).toBe(false);
  });

  it('a pin of them as lead of their own group is ignored, with a warning', () => {
    const pinned = planOf(edit('cohorts/spring.yaml', '    - { group: g1, lead: lena }', '    - { group: g1, lead: omar }', files));
    const g1 = pinned.cohorts[0]!.groups.find((g) => g.id === 'g1')!;
    expect(g1.members).toContain('omar');
    expect(g1.lead).not.toBe('omar');
    expect(pinned.problems.map((p) => p.message)).toContain('the pin of omar to lead g1 is ignored: omar takes part in g1');
  });

  it('a published plan where they lead their own group is changed, saying why', () => {
    const unpinned = edit('cohorts/spring.yaml', '    - { group: g1, lead: lena }\n', '', files);
    const { model } = validateProgram(loadFromMemory(unpinned), { today: TODAY });
    const plan = planProgram(model, { locks: { 'spring-2026': { groups: {}, leads: { g1: 'omar' }, community: {} } } });
    const g1 = plan.cohorts[0]!.groups.find((g) => g.id === 'g1')!;
    expect(g1.members).toContain('omar');
    expect(g1.lead).not.toBe('omar');
    expect(plan.problems.map((p) => p.message)).toContain(`g1: lead changes from omar to ${g1.lead}: omar is now a member of g1`);
  });

  it('says so when the only lead with room takes part in the group left without one', () => {
    // lena becomes a community mentor: omar is the only lead.
    const onlyOmar = edit('mentors.yaml', 'email: lena@acme.example, tier: lead,', 'email: lena@acme.example, tier: community,', oneGroup);
    const error = planOf(onlyOmar).problems.find((p) => p.severity === 'error');
    expect(error?.message).toMatch(/: g1 has no lead mentor \(omar has room but takes part in g1\)$/);
    expect(error?.hint).toBe('move those leads to another group with a participant pin, or add lead mentors');
  });

  it('never leads their own group, even as the best-skilled lead', () => {
    // omar gets every skill and lena loses one, so the matcher would otherwise choose omar.
    const roster = editAll(
      'mentors.yaml',
      [
        ['{ id: omar, name: Omar, email: omar@acme.example, tier: lead, capacity: 1, skills: [app-building] }', '{ id: omar, name: Omar, email: omar@acme.example, tier: lead, capacity: 1, skills: [app-building, data-modeling] }'],
        ['{ id: lena, name: Lena, email: lena@acme.example, tier: lead, capacity: 1, skills: [app-building, data-modeling] }', '{ id: lena, name: Lena, email: lena@acme.example, tier: lead, capacity: 1, skills: [app-building] }'],
      ],
      oneGroup,
    );
    const [group] = planOf(roster).cohorts[0]!.groups;
    expect(group!.members).toContain('omar');
    expect(group!.lead).toBe('lena');
  });
});

describe('capacity kept by the published plan of a later cohort', () => {
  // summer-2026 starts a week after spring-2026 and overlaps it; pia, the only community mentor, has room for one learner.
  const summer = `apiVersion: cohort/v1
kind: Cohort
metadata: { id: summer-2026, name: Summer 2026 }
spec:
  curriculum: basics
  start: 2026-03-09
  groups: { max: 3 }
  participants:
    - { id: zoe, name: Zoe, email: zoe@acme.example }
`;
  const files = {
    ...editAll('mentors.yaml', [
      ['tier: lead, capacity: 1, skills: [app-building, data-modeling]', 'tier: lead, capacity: 3, skills: [app-building, data-modeling]'],
      ['tier: community, capacity: 6', 'tier: community, capacity: 1'],
    ]),
    'cohorts/summer.yaml': summer,
  };
  const planWith = (locks: Parameters<typeof planProgram>[1]['locks']) => {
    const { model } = validateProgram(loadFromMemory(files), { today: TODAY });
    return planProgram(model, { locks });
  };

  it('stays with the later cohort when an earlier one gains people', () => {
    const plan = planWith({ 'summer-2026': { groups: { zoe: 'g1' }, leads: { g1: 'lena' }, community: { zoe: 'pia' } } });
    const mentorOf = (cohort: string, id: string) => plan.cohorts.find((c) => c.cohort === cohort)!.communityMentor[id];
    expect(mentorOf('summer-2026', 'zoe')).toBe('pia');
    expect(['ana', 'ben', 'cleo', 'dev'].map((id) => mentorOf('spring-2026', id))).toEqual([undefined, undefined, undefined, undefined]);
    expect(plan.problems.map((p) => p.message)).not.toContainEqual(expect.stringMatching(/change.? community mentor/));
  });

  it('never displaces a kept assignment of the earlier cohort: held capacity binds new assignments only', () => {
    // Both published plans give pia away (as a lead's hand edit may): the earlier one keeps her.
    const plan = planWith({
      'spring-2026': { groups: {}, leads: {}, community: { ana: 'pia' } },
      'summer-2026': { groups: { zoe: 'g1' }, leads: { g1: 'lena' }, community: { zoe: 'pia' } },
    });
    const mentorOf = (cohort: string, id: string) => plan.cohorts.find((c) => c.cohort === cohort)!.communityMentor[id];
    expect(mentorOf('spring-2026', 'ana')).toBe('pia');
    expect(mentorOf('summer-2026', 'zoe')).toBeUndefined();
    expect(plan.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^1 participant changes community mentor \(zoe\): pia has no capacity left/));
  });

  it('goes to the earlier cohort when nothing is published', () => {
    const plan = planWith({});
    expect(Object.values(plan.cohorts.find((c) => c.cohort === 'spring-2026')!.communityMentor)).toEqual(['pia']);
  });
});

describe('someone in two cohorts at once', () => {
  // twin-2026 runs alongside spring-2026, and ana, who works only 10:00–12:00, takes part in both, with lena leading her group in one and kai in the other.
  const twin = `apiVersion: cohort/v1
kind: Cohort
metadata: { id: twin-2026, name: Twin 2026 }
spec:
  curriculum: basics
  start: 2026-03-02
  groups: { max: 3 }
  touchpoints:
    - { type: check-in, cadence: weekly, weekday: tue, duration: 1h }
  participants:
    - { id: ana, name: Ana, email: ana@acme.example, workingHours: { start: "10:00", end: "12:00" } }
    - { id: zed, name: Zed, email: zed@acme.example }
  pins:
    - { group: g1, lead: kai }
`;
  const files = {
    ...editAll('cohorts/spring.yaml', [
      ['{ id: ana, name: Ana, email: ana@acme.example, department: Finance }', '{ id: ana, name: Ana, email: ana@acme.example, department: Finance, workingHours: { start: "10:00", end: "12:00" } }'],
      ['duration: 30m }', 'duration: 1h }'],
    ]),
    'mentors.yaml': MINIMAL['mentors.yaml']!.replace('    - { id: pia,', '    - { id: kai, name: Kai, email: kai@acme.example, tier: lead, capacity: 2, skills: [app-building] }\n    - { id: pia,'),
    'cohorts/twin.yaml': twin,
  };

  it('never has two of their sessions at once', () => {
    const plan = planOf(files);
    const ana = plan.cohorts.flatMap((c) => c.sessions.filter((s) => s.group === c.groups.find((g) => g.members.includes('ana'))!.id));
    const byDate = new Map<string, typeof ana>();
    for (const s of ana) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
    expect(byDate.size).toBeGreaterThan(0);
    for (const [date, sessions] of byDate) {
      expect(sessions.length, date).toBe(2);
      const [a, b] = sessions.map((s) => [Date.parse(s.startUtc), Date.parse(s.endUtc)] as const);
      expect(a![1] <= b![0] || b![1] <= a![0], `${date}: ${sessions.map((s) => `${s.cohort} ${s.start}`).join(', ')}`).toBe(true);
    }
  });
});
