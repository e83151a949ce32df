import { describe, expect, it } from 'vitest';
import { SlotGrid, formGroups } from '../../src/plan/grouping.js';
import { type AssignLeadsInput, COMMUNITY_COSTS, LEAD_COSTS, assignCommunity, assignLeads, awayShare, capacityLedger } from '../../src/plan/matching.js';
import type { PlanMentor, PlanParticipant } from '../../src/plan/types.js';
import { TUESDAY, ZONE, day, mentor, participant, prng } from './people.js';

const START = day('2026-03-02');
const END = day('2026-06-28');
const COMPETENCIES = ['app-building', 'data-modeling'];
const ALL_SKILLS = { skills: COMPETENCIES };

const group = (id: string, ...members: PlanParticipant[]) => ({ id, members });
const berliners = (prefix: string, n: number, options: Parameters<typeof participant>[1] = {}) =>
  Array.from({ length: n }, (_, i) => participant(`${prefix}-${i + 1}`, options));

function leadsInput(groups: AssignLeadsInput['groups'], leads: PlanMentor[], extra: Partial<AssignLeadsInput> = {}): AssignLeadsInput {
  return {
    cohortId: 'spring',
    curriculumId: 'foundations',
    competencies: COMPETENCIES,
    groups,
    leads,
    remaining: new Map(),
    cohortRange: { start: START, end: END },
    sampleDay: TUESDAY,
    zone: ZONE,
    duration: 30,
    ...extra,
  };
}

describe('assignLeads', () => {
  // g1 can meet either lead; g2 (an early shift) only the one who starts early.
  const early = group('g1', ...berliners('day', 3));
  const shift = group('g2', ...berliners('early', 3, { hours: ['06:00', '11:00'] }));
  const amelia = mentor('amelia', ALL_SKILLS);
  const bruno = mentor('bruno', { ...ALL_SKILLS, hours: ['12:00', '20:00'] });

  it('finds the optimal assignment where greedy by group order does not', () => {
    const input = leadsInput([early, shift], [amelia, bruno]);
    const { assignment, costs, problems } = assignLeads(input);
    expect(assignment).toEqual({ g1: 'bruno', g2: 'amelia' });
    expect(costs.g1!.total + costs.g2!.total).toBe(0);
    expect(problems).toEqual([]);

    // Greedy: g1 takes its cheapest lead (amelia, by id on a tie), g2 gets bruno, who shares no hour with it.
    const greedy = assignLeads({ ...input, pins: [{ group: 'g1', lead: 'amelia' }] });
    expect(greedy.assignment).toEqual({ g1: 'amelia', g2: 'bruno' });
    expect(greedy.costs.g2).toEqual({ skills: 0, hours: 3 * LEAD_COSTS.hoursMember + LEAD_COSTS.hoursGroup, rotation: 0, availability: 0, load: 0, total: 4000 });
  });

  it('reports every cost term by name', () => {
    const away = { from: START, to: START + 59 };
    const lead = mentor('carla', { skills: ['app-building'], lastCurriculum: 'foundations', unavailable: [away] });
    const { costs } = assignLeads(leadsInput([early], [lead], { remaining: new Map([['carla', 1]]) }));
    const share = awayShare(lead, { start: START, end: END });
    expect(costs.g1).toEqual({
      skills: LEAD_COSTS.skill,
      hours: 0,
      rotation: LEAD_COSTS.rotation,
      availability: Math.round(LEAD_COSTS.availability * share),
      load: 0,
      total: LEAD_COSTS.skill + LEAD_COSTS.rotation + Math.round(LEAD_COSTS.availability * share),
    });
    expect(share).toBeCloseTo(60 / 119);
  });

  it('rotates: prefers a lead who did not just mentor this curriculum', () => {
    const again = mentor('a-again', { ...ALL_SKILLS, lastCurriculum: 'foundations' });
    const other = mentor('b-other', { ...ALL_SKILLS, lastCurriculum: 'automation' });
    expect(assignLeads(leadsInput([early], [again, other])).assignment).toEqual({ g1: 'b-other' });
  });

  it('prefers skills that cover the competencies, over rotation', () => {
    const again = mentor('a-again', { ...ALL_SKILLS, lastCurriculum: 'foundations' });
    const partial = mentor('b-partial', { skills: ['app-building'] });
    expect(assignLeads(leadsInput([early], [again, partial])).assignment).toEqual({ g1: 'a-again' });
    const none = mentor('a-none');
    const full = mentor('b-full', ALL_SKILLS);
    expect(assignLeads(leadsInput([early], [none, full])).assignment).toEqual({ g1: 'b-full' });
  });

  it('avoids a lead who is away for much of the cohort', () => {
    const away = mentor('a-away', { ...ALL_SKILLS, unavailable: [{ from: START, to: START + 30 }] });
    const here = mentor('b-here', ALL_SKILLS);
    expect(assignLeads(leadsInput([early], [away, here])).assignment).toEqual({ g1: 'b-here' });
  });

  it('spreads groups over leads, counting what they lead in overlapping cohorts', () => {
    const a = mentor('a', { ...ALL_SKILLS, capacity: 3 });
    const b = mentor('b', { ...ALL_SKILLS, capacity: 3 });
    const groups = [group('g1', ...berliners('x', 2)), group('g2', ...berliners('y', 2))];
    expect(assignLeads(leadsInput(groups, [a, b])).assignment).toEqual({ g1: 'a', g2: 'b' });
    // a already leads 2 groups elsewhere at the time: both go to b, whose second group costs less than a's third.
    const busy = assignLeads(leadsInput(groups, [a, b], { remaining: new Map([['a', 1]]) }));
    expect(busy.assignment).toEqual({ g1: 'b', g2: 'b' });
    expect(Object.values(busy.costs).map((c) => c.load)).toEqual([0, LEAD_COSTS.load]);
  });

  it('keeps pins, even over a cheaper choice or beyond capacity (with a warning)', () => {
    const pinned = assignLeads(leadsInput([early, shift], [amelia, bruno], { pins: [{ group: 'g2', lead: 'bruno' }] }));
    expect(pinned.assignment).toEqual({ g1: 'amelia', g2: 'bruno' });
    expect(pinned.problems).toEqual([]);

    const full = assignLeads(leadsInput([early, shift], [amelia, bruno], { pins: [{ group: 'g1', lead: 'bruno' }], remaining: new Map([['bruno', 0]]) }));
    expect(full.assignment).toEqual({ g1: 'bruno', g2: 'amelia' });
    expect(full.problems).toEqual([
      {
        severity: 'warning',
        cohort: 'spring',
        message: 'bruno is pinned to lead g1 but has no lead capacity left from 2026-03-02 to 2026-06-28 (capacity 1, 1 taken)',
        hint: "raise bruno's capacity, or remove the pin",
      },
    ]);
  });

  it('ignores pins of unknown groups and of mentors who are not leads', () => {
    const helper = mentor('helper', { tier: 'community' });
    const { assignment, problems } = assignLeads(
      leadsInput([early], [amelia, helper], {
        pins: [
          { group: 'g7', lead: 'amelia' },
          { group: 'g1', lead: 'helper' },
          { group: 'g1', lead: 'ghost' },
        ],
      }),
    );
    expect(assignment).toEqual({ g1: 'amelia' });
    expect(problems.map((p) => p.message)).toEqual([
      'the pin of lead amelia to g7 is ignored: the cohort has 1 group (g1…g1)',
      'the pin of helper to lead g1 is ignored: helper is not a lead mentor',
      'the pin of ghost to lead g1 is ignored: no mentor ghost on the roster',
    ]);
  });

  it('keeps a published lead over a cheaper one', () => {
    const result = assignLeads(leadsInput([early, shift], [amelia, bruno], { lock: { g1: 'amelia' } }));
    expect(result.assignment).toEqual({ g1: 'amelia', g2: 'bruno' });
    expect(result.problems).toEqual([]);
  });

  it('re-assigns and reports a published lead who left, changed tier or has no capacity', () => {
    const demoted = mentor('bruno', { tier: 'community' });
    const result = assignLeads(leadsInput([early, shift], [amelia, demoted, mentor('carla', { ...ALL_SKILLS, hours: ['12:00', '20:00'] })], { lock: { g1: 'bruno', g2: 'dora' } }));
    expect(result.assignment).toEqual({ g1: 'carla', g2: 'amelia' });
    expect(result.problems.map((p) => p.message)).toEqual([
      'g1: lead changes from bruno to carla: bruno is no longer a lead mentor',
      'g2: lead changes from dora to amelia: dora is no longer on the mentor roster',
    ]);
    const full = assignLeads(leadsInput([early], [amelia, bruno], { lock: { g1: 'amelia' }, remaining: new Map([['amelia', 0]]) }));
    expect(full.assignment).toEqual({ g1: 'bruno' });
    expect(full.problems.map((p) => p.message)).toEqual(['g1: lead changes from amelia to bruno: amelia has no lead capacity left from 2026-03-02 to 2026-06-28']);
  });

  it('reads a roster array changed in place afresh', () => {
    const roster = [amelia];
    expect(assignLeads(leadsInput([shift], roster)).assignment).toEqual({ g2: 'amelia' });
    roster[0] = mentor('amelia', { ...ALL_SKILLS, hours: ['12:00', '20:00'] });
    roster.push(mentor('zoe', ALL_SKILLS));
    expect(assignLeads(leadsInput([shift], roster)).assignment).toEqual({ g2: 'zoe' });
  });

  it('says what is missing when the roster cannot lead every group', () => {
    const groups = ['g1', 'g2', 'g3', 'g10'].map((id) => group(id, participant(`${id}-p`)));
    const result = assignLeads(leadsInput(groups, [mentor('a', { capacity: 2 }), mentor('b', { capacity: 3 })], { remaining: new Map([['b', 0]]) }));
    expect(Object.keys(result.assignment)).toHaveLength(2);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        cohort: 'spring',
        message: `needs 4 lead slots, roster offers 2 (2026-03-02 to 2026-06-28): ${groups.map((g) => g.id).filter((id) => !result.assignment[id]).join(' and ')} have no lead mentor`,
        hint: 'add lead mentors, raise capacity, or raise groups.max',
      },
    ]);
  });

  it('with no leads at all, every group is named', () => {
    const result = assignLeads(leadsInput([early], []));
    expect(result.assignment).toEqual({});
    expect(result.problems[0]!.message).toBe('needs 1 lead slot, roster offers 0 (2026-03-02 to 2026-06-28): g1 has no lead mentor');
  });

  it('is optimal on random instances (brute force)', () => {
    const random = prng(3);
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
    for (let trial = 0; trial < 40; trial++) {
      const groups = Array.from({ length: 1 + random.int(4) }, (_, g) =>
        group(`g${g + 1}`, ...Array.from({ length: 2 }, (_, i) => participant(`p${g}-${i}`, { timezone: zones[random.int(3)]! }))),
      );
      const leads = Array.from({ length: 1 + random.int(4) }, (_, m) =>
        mentor(`m${m}`, {
          capacity: 1 + random.int(2),
          timezone: zones[random.int(3)]!,
          skills: COMPETENCIES.filter(() => random.int(2) === 0),
          ...(random.int(3) === 0 ? { lastCurriculum: 'foundations' } : {}),
        }),
      );
      const result = assignLeads(leadsInput(groups, leads));
      const total = Object.values(result.costs).reduce((sum, c) => sum + c.total, 0);
      const best = bruteForceLeads(groups, leads);
      expect({ assigned: Object.keys(result.assignment).length, total }, `trial ${trial}`).toEqual(best);
    }
  });

  /** Every assignment within capacity, most groups first, priced with assignLeads' own terms via pins. */
  function bruteForceLeads(groups: AssignLeadsInput['groups'], leads: PlanMentor[]): { assigned: number; total: number } {
    let best = { assigned: -1, total: Infinity };
    const choice: string[] = [];
    const walk = (g: number) => {
      if (g === groups.length) {
        const pins = choice.map((lead, i) => ({ group: groups[i]!.id, lead })).filter((p) => p.lead !== '');
        const counts = new Map<string, number>();
        for (const p of pins) counts.set(p.lead, (counts.get(p.lead) ?? 0) + 1);
        if ([...counts].some(([id, n]) => n > leads.find((l) => l.id === id)!.capacity)) return;
        const priced = assignLeads(leadsInput(groups.filter((_, i) => choice[i] !== ''), leads, { pins }));
        const total = Object.values(priced.costs).reduce((sum, c) => sum + c.total, 0);
        if (pins.length > best.assigned || (pins.length === best.assigned && total < best.total)) best = { assigned: pins.length, total };
        return;
      }
      for (const lead of ['', ...leads.map((l) => l.id)]) {
        choice[g] = lead;
        walk(g + 1);
      }
    };
    walk(0);
    return best;
  }
});

describe('capacityLedger', () => {
  it('counts the busiest day of a range', () => {
    const ledger = capacityLedger();
    ledger.reserve('omar', 0, 49, 2);
    ledger.reserve('omar', 60, 99, 1);
    ledger.reserve('omar', 90, 120, 1);
    const load = (from: number, to: number) => ledger.loads(from, to).get('omar') ?? 0;
    expect(load(40, 59)).toBe(2);
    expect(load(50, 59)).toBe(0);
    expect(load(50, 95)).toBe(2);
    expect(load(100, 200)).toBe(1);
    expect(ledger.loads(0, 1000).has('lena')).toBe(false);
    expect(load(0, 1000)).toBe(2);
  });

  it('adds up reservations of the same range, one unit at a time', () => {
    const ledger = capacityLedger();
    for (let i = 0; i < 7; i++) ledger.reserve('ana', 10, 20, 1);
    ledger.reserve('ana', 15, 30, 2);
    expect(ledger.loads(0, 100).get('ana')).toBe(9);
    expect(ledger.loads(21, 40).get('ana')).toBe(2);
  });

  it('carries lead capacity across two cohorts that overlap in time', () => {
    const ledger = capacityLedger();
    const omar = mentor('omar', { ...ALL_SKILLS, capacity: 2 });
    const lena = mentor('lena', { ...ALL_SKILLS, capacity: 2 });
    const leads = [omar, lena];
    const cohortA = { start: START, end: START + 55 };
    const cohortB = { start: START + 28, end: START + 83 };
    const cohortC = { start: START + 56, end: START + 111 };
    const plan = (range: { start: number; end: number }, groups: AssignLeadsInput['groups'], extra: Partial<AssignLeadsInput> = {}) => {
      const loads = ledger.loads(range.start, range.end);
      const remaining = new Map(leads.map((m) => [m.id, Math.max(0, m.capacity - (loads.get(m.id) ?? 0))]));
      const result = assignLeads(leadsInput(groups, leads, { cohortRange: range, remaining, ...extra }));
      const counts = new Map<string, number>();
      for (const lead of Object.values(result.assignment)) counts.set(lead, (counts.get(lead) ?? 0) + 1);
      for (const [lead, n] of counts) ledger.reserve(lead, range.start, range.end, n);
      return result;
    };
    const two = [group('g1', participant('a1')), group('g2', participant('a2'))];
    expect(plan(cohortA, two, { pins: [{ group: 'g1', lead: 'omar' }, { group: 'g2', lead: 'omar' }] }).assignment).toEqual({ g1: 'omar', g2: 'omar' });
    // Cohort B overlaps A: omar is full, so lena leads both of B's groups.
    const b = plan(cohortB, two);
    expect(b.assignment).toEqual({ g1: 'lena', g2: 'lena' });
    expect(b.problems).toEqual([]);
    // Cohort C starts when A has ended but overlaps B: only omar is free again.
    const c = plan(cohortC, two);
    expect(c.assignment).toEqual({ g1: 'omar', g2: 'omar' });
    // A third group in C is more than the roster offers then.
    const three = plan(cohortC, [...two, group('g3', participant('a3'))]);
    expect(three.problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/^needs 3 lead slots, roster offers 0 /) });
  });
});

describe('assignCommunity', () => {
  const learners = (n: number, options: Parameters<typeof participant>[1] = {}, prefix = 'p') =>
    Array.from({ length: n }, (_, i) => participant(`${prefix}${i + 1}`, options));
  const community = (id: string, options: Parameters<typeof mentor>[1] = {}) => mentor(id, { tier: 'community', ...options });
  const input = (participants: PlanParticipant[], communityMentors: PlanMentor[], extra: Partial<Parameters<typeof assignCommunity>[0]> = {}) => ({
    cohortId: 'spring',
    participants,
    communityMentors,
    remaining: new Map<string, number>(),
    competencies: COMPETENCIES,
    sampleDay: TUESDAY,
    zone: ZONE,
    ...extra,
  });
  const loads = (assignment: Record<string, string>) => {
    const counts: Record<string, number> = {};
    for (const m of Object.values(assignment)) counts[m] = (counts[m] ?? 0) + 1;
    return counts;
  };

  it('spreads learners evenly', () => {
    const { assignment, problems } = assignCommunity(input(learners(7), [community('a', { capacity: 5 }), community('b', { capacity: 5 }), community('c', { capacity: 5 })]));
    expect(loads(assignment)).toEqual({ a: 3, b: 2, c: 2 });
    expect(problems).toEqual([]);
  });

  it('counts what mentors carry in overlapping cohorts', () => {
    const { assignment } = assignCommunity(input(learners(4), [community('a', { capacity: 6 }), community('b', { capacity: 6 })], { remaining: new Map([['a', 2]]) }));
    expect(loads(assignment)).toEqual({ b: 4 });
  });

  it('matches hours and skills', () => {
    const berlin = learners(2, {}, 'berlin-');
    const la = learners(2, { timezone: 'America/Los_Angeles' }, 'la-');
    const mentors = [community('a-la', { timezone: 'America/Los_Angeles', capacity: 2 }), community('b-berlin', { capacity: 2 })];
    const { assignment } = assignCommunity(input([...berlin, ...la], mentors));
    expect(assignment).toEqual({ 'berlin-1': 'b-berlin', 'berlin-2': 'b-berlin', 'la-1': 'a-la', 'la-2': 'a-la' });
    const skilled = assignCommunity(input(learners(1), [community('a', { capacity: 2 }), community('b', { ...ALL_SKILLS, capacity: 2 })]));
    expect(skilled.assignment).toEqual({ p1: 'b' });
    // A missing skill weighs less than a learner's worth of load… up to a point.
    expect(COMMUNITY_COSTS.skill).toBeGreaterThan(COMMUNITY_COSTS.load);
  });

  it('has no inherited entries: a participant called constructor, left without a mentor, has none', () => {
    const { assignment } = assignCommunity(input([{ ...learners(1)[0]!, id: 'constructor' }], []));
    expect(assignment.constructor).toBeUndefined();
  });

  it('warns about a shortage, naming how many go without', () => {
    const { assignment, problems } = assignCommunity(input(learners(5), [community('a', { capacity: 3 })]));
    expect(Object.keys(assignment)).toHaveLength(3);
    expect(problems).toEqual([
      {
        severity: 'warning',
        cohort: 'spring',
        message: '2 participants have no community mentor: 5 need one, community mentors have room for 3 at the time (p4 and p5)',
        hint: 'add community mentors or raise their capacity',
      },
    ]);
  });

  it('says nothing when the roster has no community mentors at all (the program does not offer them)', () => {
    expect(assignCommunity(input(learners(3), [])).problems).toEqual([]);
  });

  it('keeps published mentors and re-assigns those whose mentor left', () => {
    const everyone = learners(4);
    const lock = { p1: 'b', p2: 'b', p3: 'gone', p4: 'gone' };
    const { assignment, problems } = assignCommunity(input(everyone, [community('a', { capacity: 4 }), community('b', { capacity: 4 })], { lock }));
    expect(assignment).toEqual({ p1: 'b', p2: 'b', p3: 'a', p4: 'a' });
    expect(problems.map((p) => p.message)).toEqual(['2 participants change community mentor (p3 and p4): gone is no longer on the mentor roster']);
  });

  it('is optimal on random instances (brute force)', () => {
    const random = prng(17);
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
    for (let trial = 0; trial < 60; trial++) {
      const people = Array.from({ length: 1 + random.int(5) }, (_, i) => participant(`p${i}`, { timezone: zones[random.int(3)]! }));
      const mentors = Array.from({ length: 1 + random.int(3) }, (_, i) =>
        community(`c${i}`, { timezone: zones[random.int(3)]!, capacity: 1 + random.int(4), skills: COMPETENCIES.filter(() => random.int(2) === 0) }),
      );
      const remaining = new Map(mentors.map((m) => [m.id, random.int(m.capacity + 1)]));
      const grid = new SlotGrid(TUESDAY, ZONE, 30);
      const cost = (assignment: Record<string, string>) => {
        let total = 0;
        const counts = new Map<string, number>();
        for (const [pid, mid] of Object.entries(assignment)) {
          const m = mentors.find((x) => x.id === mid)!;
          const k = counts.get(mid) ?? 0;
          counts.set(mid, k + 1);
          const hours = SlotGrid.disjoint(grid.mask(people.find((x) => x.id === pid)!), grid.mask(m)) ? COMMUNITY_COSTS.hours : 0;
          total += COMMUNITY_COSTS.skill * COMPETENCIES.filter((c) => !m.skills.includes(c)).length + hours + COMMUNITY_COSTS.load * (m.capacity - remaining.get(mid)! + k);
        }
        return total;
      };
      let best = { assigned: -1, total: Infinity };
      const choice: Record<string, string> = {};
      const walk = (i: number) => {
        if (i === people.length) {
          const counts = new Map<string, number>();
          for (const mid of Object.values(choice)) counts.set(mid, (counts.get(mid) ?? 0) + 1);
          if ([...counts].some(([mid, n]) => n > remaining.get(mid)!)) return;
          const assigned = Object.keys(choice).length;
          const total = cost(choice);
          if (assigned > best.assigned || (assigned === best.assigned && total < best.total)) best = { assigned, total };
          return;
        }
        walk(i + 1);
        for (const m of mentors) {
          choice[people[i]!.id] = m.id;
          walk(i + 1);
          delete choice[people[i]!.id];
        }
      };
      walk(0);
      const { assignment } = assignCommunity(input(people, mentors, { remaining, duration: 30 }));
      expect({ assigned: Object.keys(assignment).length, total: cost(assignment) }, `trial ${trial}`).toEqual(best);
    }
  });

  it('handles a whole cohort with many mentor profiles deterministically', () => {
    const zones = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Kolkata'];
    const random = prng(11);
    const people = Array.from({ length: 200 }, (_, i) => participant(`p${String(i).padStart(3, '0')}`, { timezone: zones[random.int(4)]! }));
    const mentors = Array.from({ length: 60 }, (_, i) =>
      community(`c${String(i).padStart(2, '0')}`, { timezone: zones[random.int(4)]!, capacity: 2 + random.int(5), skills: COMPETENCIES.filter(() => random.int(2) === 0) }),
    );
    const remaining = new Map(mentors.map((m) => [m.id, random.int(m.capacity + 1)]));
    const first = assignCommunity(input(people, mentors, { remaining }));
    const counts = loads(first.assignment);
    for (const m of mentors) expect(counts[m.id] ?? 0).toBeLessThanOrEqual(remaining.get(m.id)!);
    const offered = [...remaining.values()].reduce((a, b) => a + b, 0);
    expect(Object.keys(first.assignment)).toHaveLength(Math.min(200, offered));
    expect(assignCommunity(input([...people].reverse(), [...mentors].reverse(), { remaining }))).toEqual(first);
  });
});

describe('a cohort at scale (correctness only)', () => {
  it('groups 200 participants into 34 groups and gives each one of 600 leads', () => {
    const zones = [
      { zone: 'Europe/Berlin', hours: ['09:00', '17:00'] },
      { zone: 'Europe/London', hours: ['09:00', '17:00'] },
      { zone: 'America/New_York', hours: ['08:00', '16:00'] },
      { zone: 'Asia/Kolkata', hours: ['12:30', '20:30'] },
    ] as const;
    const departments = ['Finance', 'Sales', 'HR', 'Legal', 'Operations', 'Marketing'];
    const random = prng(2026);
    const people = Array.from({ length: 200 }, (_, i) => {
      const z = zones[random.int(zones.length)]!;
      return participant(`p${String(i).padStart(3, '0')}`, { timezone: z.zone, hours: [...z.hours], department: departments[random.int(departments.length)]! });
    });
    const leads = Array.from({ length: 600 }, (_, i) => {
      const z = zones[random.int(zones.length)]!;
      return mentor(`m${String(i).padStart(3, '0')}`, {
        timezone: z.zone,
        hours: [...z.hours],
        capacity: 1 + random.int(3),
        skills: COMPETENCIES.filter(() => random.int(3) > 0),
        ...(random.int(3) === 0 ? { lastCurriculum: 'foundations' } : {}),
        ...(random.int(6) === 0 ? { unavailable: [{ from: START + random.int(60), to: START + 70 }] } : {}),
      });
    });
    const grouped = formGroups({ participants: people, min: 5, max: 6, zone: ZONE, sampleDay: TUESDAY, duration: 60, cohortId: 'spring' });
    expect(grouped.groups).toHaveLength(34);
    const sizes = grouped.groups.map((g) => g.members.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(grouped.warnings).toEqual([]);

    const byId = new Map(people.map((p) => [p.id, p]));
    const groups = grouped.groups.map((g) => ({ id: g.id, members: g.members.map((m) => byId.get(m)!) }));
    const remaining = new Map(leads.map((m) => [m.id, random.int(m.capacity + 1)]));
    const result = assignLeads(leadsInput(groups, leads, { remaining, duration: 60 }));
    expect(Object.keys(result.assignment)).toHaveLength(34);
    expect(result.problems).toEqual([]);
    const counts = new Map<string, number>();
    for (const lead of Object.values(result.assignment)) counts.set(lead, (counts.get(lead) ?? 0) + 1);
    for (const [lead, n] of counts) expect(n).toBeLessThanOrEqual(remaining.get(lead)!);
    // With this many leads, every group finds one with all skills, shared hours, fresh rotation and no absence.
    for (const cost of Object.values(result.costs)) expect(cost).toMatchObject({ skills: 0, hours: 0, rotation: 0, availability: 0 });
  });
});
