import { describe, expect, it } from 'vitest';
import { durationLabel } from '../../src/onboard/views/common.js';
import type { MentorScope, ParticipantScope } from '../../src/onboard/views/types.js';
import { localTimes } from '../../src/onboard/time.js';
import { editAll } from '../helpers/program.js';
import { exampleModel, memoryModel, packOf, packsOf } from './helpers.js';

const packs = packsOf(exampleModel());
const participant = (cohort: string, id: string) => packOf(packs, cohort, id).scope as ParticipantScope;
const mentor = (cohort: string, id: string) => packOf(packs, cohort, id).scope as MentorScope;

/** Paths of values that are undefined: the contract says every key is present (null when absent). */
function undefinedPaths(value: unknown, at = ''): string[] {
  if (value === undefined) return [at];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => undefinedPaths(v, `${at}.${key}`));
}

describe('participant view model', () => {
  it('names the group, lead and community mentor the plan assigned', () => {
    const emily = participant('spring-2026', 'emily-carter');
    expect(emily.group?.id).toBe('g1');
    expect(emily.lead).toMatchObject({ id: 'lena-vogel', name: 'Lena Vogel', email: 'lena.vogel@northwind.example', department: 'IT', timezone: 'Europe/Berlin' });
    expect(emily.community_mentor?.id).toBe('ben-oliveira');
    expect(emily.group?.members.find((m) => m.is_you)?.id).toBe('emily-carter');
  });

  it('shows the first session in the participant’s own zone', () => {
    const emily = participant('spring-2026', 'emily-carter');
    expect(emily.first_session).toMatchObject({ id: 'spring-2026/g1/check-in/2026-03-03', date: '2026-03-03', start: '14:00', timezone: 'Europe/Berlin' });
    expect(emily.first_session?.when).toBe('Tue 3 Mar 2026, 08:00–08:30 (America/New_York)');
    expect(participant('spring-2026', 'priya-raman').first_session?.when).toBe('Tue 3 Mar 2026, 17:15–17:45 (Asia/Kolkata)');
  });

  it('starts sessions on the joined date and ends them on the left date', () => {
    const chloe = participant('spring-2026', 'chloe-martin');
    expect(chloe.person).toMatchObject({ joined: '2026-03-16', first_day: '2026-03-16', first_day_label: 'Mon 16 Mar 2026' });
    expect(chloe.sessions.every((s) => s.date >= '2026-03-16')).toBe(true);
    const mateo = participant('spring-2026', 'mateo-garcia');
    expect(mateo.person.last_day).toBe('2026-04-10');
    expect(mateo.sessions.every((s) => s.date <= '2026-04-10')).toBe(true);
    expect(mateo.sessions.length).toBeGreaterThan(0);
  });

  it('lists the learning path in prerequisite order, with weeks', () => {
    const path = participant('spring-2026', 'emily-carter').learning_path;
    expect(path.map((m) => m.id)).toEqual(['intro', 'process-mapping', 'data-basics', 'governance-essentials', 'first-app', 'first-flow']);
    const seen = new Set<string>();
    for (const step of path) {
      for (const p of step.prerequisites) expect(seen.has(p.id), `${step.id} after ${p.id}`).toBe(true);
      seen.add(step.id);
    }
    expect(path[0]).toMatchObject({ step: 1, weeks_label: 'week 1', start: '2026-03-02', assessment: { type: 'quiz', pass_percent: 70 } });
    expect(path[1]?.weeks_label).toBe('weeks 2–3');
  });

  it('gives the weekly commitment, credentials, track and code of conduct', () => {
    const olivia = participant('spring-2026', 'olivia-bennett');
    expect(olivia.weekly_hours).toBe(4);
    expect(olivia.person.track).toBe('short');
    expect(olivia.credentials.map((c) => [c.id, c.attendance_percent, c.capstone, c.valid_for_months])).toEqual([
      ['foundations-badge', 75, true, 24],
      ['data-safety', null, false, 12],
    ]);
    expect(olivia.code_of_conduct.source).toBe('docs/code-of-conduct.md');
  });

  it('summarises governance for the participant role', () => {
    const { governance } = participant('spring-2026', 'emily-carter');
    expect(governance.open_data_classes.map((c) => c.id)).toEqual(['public', 'internal']);
    expect(governance.approval_data_classes.map((c) => c.id)).toEqual(['confidential']);
    expect(governance.forbidden_data_classes.map((c) => c.id)).toEqual(['restricted']);
    expect(governance.approvers).toEqual([
      { id: 'lena-vogel', name: 'Lena Vogel', email: 'lena.vogel@northwind.example' },
      { id: 'amara-nwosu', name: 'Amara Nwosu', email: 'amara.nwosu@northwind.example' },
      { id: null, name: 'data.steward@northwind.example', email: 'data.steward@northwind.example' },
    ]);
    expect(governance.role.id).toBe('participant');
    expect(governance.role.may_not).toContain('Share passwords or connection credentials in apps, flows or chats');
    expect(governance.tools.find((t) => t.id === 'sharepoint-lists')?.data_classes.map((c) => c.id)).toEqual(['public', 'internal']);
  });

  it('lists the communities with their first meeting in the participant’s zone', () => {
    const emily = participant('spring-2026', 'emily-carter');
    expect(emily.communities.map((c) => [c.id, c.schedule, c.host?.id])).toEqual([
      ['low-code-clinic', 'every second Wednesday, 14:00–15:00 (Europe/Berlin)', 'tariq-hussain'],
      ['data-circle', 'on the last Thursday of each month, 15:00–16:00 (Europe/Berlin)', 'amara-nwosu'],
    ]);
    expect(emily.communities[0]?.first_session?.when).toBe('Wed 4 Mar 2026, 08:00–09:00 (America/New_York)');
  });

  it('leaves no key undefined (strict variables need every key present)', () => {
    for (const pack of packs) expect(undefinedPaths(pack.scope), `${pack.cohort}/${pack.person}`).toEqual([]);
  });
});

describe('mentor view model', () => {
  it('gives a lead their groups with members, zones and first sessions in the members’ own time', () => {
    const lena = mentor('spring-2026', 'lena-vogel');
    expect(lena.person).toMatchObject({ role: 'lead-mentor', tier: 'lead', timezone: 'Europe/Berlin' });
    expect(lena.groups.map((g) => [g.id, g.you_lead])).toEqual([['g1', true], ['g2', true]]);
    const emily = lena.groups[0]!.members.find((m) => m.id === 'emily-carter')!;
    expect(emily).toMatchObject({ timezone: 'America/New_York', first_session: 'Tue 3 Mar 2026, 08:00–08:30 (America/New_York)', mentee: false });
    expect(lena.governance.you_approve).toBe(true);
    expect(lena.governance.role.must).toContain('Hold a weekly check-in with the group');
    expect(lena.check_in?.type).toBe('check-in');
  });

  it('gives a lead who covers for another lead a pack with the sessions they cover', () => {
    const amara = mentor('spring-2026', 'amara-nwosu');
    expect(amara.groups.every((g) => !g.you_lead)).toBe(true);
    expect(amara.groups.flatMap((g) => g.covered_sessions.map((s) => s.id))).toEqual(['spring-2026/g1/check-in/2026-04-07', 'spring-2026/g2/check-in/2026-04-07']);
    const calendar = packOf(packs, 'spring-2026', 'amara-nwosu').calendar.map((s) => s.id);
    expect(calendar).toContain('spring-2026/g1/check-in/2026-04-07');
    expect(packOf(packs, 'spring-2026', 'lena-vogel').calendar.map((s) => s.id)).not.toContain('spring-2026/g1/check-in/2026-04-07');
  });

  it('gives a community mentor their mentees across groups', () => {
    const tariq = mentor('autumn-2026', 'tariq-hussain');
    expect(tariq.person.role).toBe('community-mentor');
    expect(tariq.mentees.map((m) => `${m.group}:${m.id}`)).toContain('g1:aarav-shah');
    expect(tariq.mentees.every((m) => m.mentee && m.community_mentor?.id === 'tariq-hussain')).toBe(true);
    expect(tariq.governance.role.must).toContain('Answer questions in the support channel within two working days');
  });

  it('gives every mentor who serves a cohort a pack there, and no one else', () => {
    const spring = packs.filter((p) => p.cohort === 'spring-2026' && p.role === 'mentor').map((p) => p.person);
    expect(spring).toEqual(['amara-nwosu', 'ben-oliveira', 'jessica-moore', 'lena-vogel', 'noah-fischer', 'sofia-ribeiro']);
  });
});

describe('mentor view model of groups and of mentors who take part', () => {
  const program = editAll('cohorts/spring.yaml', [
    ['start: 2026-03-02', 'start: 2026-03-09'],
    ['    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }\n', '    - { type: check-in, cadence: weekly, weekday: wed, duration: 30m }\n    - { type: demo, cadence: weekly, weekday: mon, time: "16:00", duration: 1h, scope: cohort }\n'],
    ['    - { id: dev,', '    - { id: pia, name: Pia, email: pia@acme.example }\n    - { id: dev,'],
  ]);
  const small = packsOf(memoryModel(program));

  it('gives a group its own first session and count, never a cohort-wide session', () => {
    const lena = packOf(small, 'spring-2026', 'lena').scope as MentorScope;
    expect(lena.first_session?.id).toBe('spring-2026/all/demo/2026-03-09');
    for (const group of lena.groups) {
      expect(group.first_session?.group).toBe(group.id);
      expect(group.first_session?.date).toBe('2026-03-11');
      expect(group.session_count).toBe(5);
    }
  });

  it('knows a mentor who also takes part, and counts their own group’s sessions among theirs', () => {
    const pia = small.find((p) => p.person === 'pia' && p.role === 'mentor')!;
    const scope = pia.scope as MentorScope;
    const ownGroup = (small.find((p) => p.person === 'pia' && p.role === 'participant')!.scope as ParticipantScope).group!.id;
    expect(scope.taking_part).toEqual({ group: ownGroup, first_day: '2026-03-09', first_day_label: 'Mon 9 Mar 2026', last_day: '2026-04-12', last_day_label: 'Sun 12 Apr 2026' });
    expect(scope.sessions.filter((s) => s.group === ownGroup)).toHaveLength(5);
    expect(scope.first_session?.id).toBe(pia.calendar[0]!.id);
    expect((packOf(small, 'spring-2026', 'lena').scope as MentorScope).taking_part).toBeNull();
  });
});

describe('local times', () => {
  it('writes a day, times and zone, and both days when a session crosses midnight', () => {
    expect(localTimes('2026-03-03T13:00:00Z', '2026-03-03T13:30:00Z', 'America/New_York').label).toBe('Tue 3 Mar 2026, 08:00–08:30 (America/New_York)');
    expect(localTimes('2026-03-03T18:00:00Z', '2026-03-03T19:00:00Z', 'Asia/Kolkata').label).toBe('Tue 3 Mar 2026, 23:30 – Wed 4 Mar 2026, 00:30 (Asia/Kolkata)');
    expect(localTimes('2026-03-03T18:00:00Z', '2026-03-03T19:00:00Z', 'Not/AZone').label).toBe('Tue 3 Mar 2026, 18:00–19:00 (UTC)');
  });

  it('follows daylight saving in the person’s zone', () => {
    expect(localTimes('2026-03-31T12:00:00Z', '2026-03-31T12:30:00Z', 'Europe/Berlin').start).toBe('14:00');
    expect(localTimes('2026-03-24T13:00:00Z', '2026-03-24T13:30:00Z', 'Europe/Berlin').start).toBe('14:00');
  });

  it('spells durations out', () => {
    expect(['30m', '1h', '1h30m', '2h', '1m', 'soon'].map(durationLabel)).toEqual(['30 minutes', '1 hour', '1 hour 30 minutes', '2 hours', '1 minute', 'soon']);
  });
});
