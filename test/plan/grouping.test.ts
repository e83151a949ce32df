import { describe, expect, it } from 'vitest';
import { type FormedGroup, type GroupingInput, SlotGrid, formGroups } from '../../src/plan/grouping.js';
import { sharedMinutes } from '../../src/plan/hours.js';
import type { PlanParticipant } from '../../src/plan/types.js';
import { TUESDAY, ZONE, day, participant } from './people.js';

const base = { min: 1, max: 4, zone: ZONE, sampleDay: TUESDAY, duration: 30, cohortId: 'spring' } satisfies Partial<GroupingInput>;

const people = (n: number, prefix = 'p', options: Parameters<typeof participant>[1] = {}) =>
  Array.from({ length: n }, (_, i) => participant(`${prefix}${String(i + 1).padStart(2, '0')}`, options));

const sizes = (groups: FormedGroup[]) => groups.map((g) => g.members.length);
const groupOf = (groups: FormedGroup[], id: string) => groups.find((g) => g.members.includes(id))?.id;
const asLock = (groups: FormedGroup[]) => Object.fromEntries(groups.flatMap((g) => g.members.map((m) => [m, g.id])));

/** Same-department pairs over all groups. */
function duplicates(groups: FormedGroup[], everyone: PlanParticipant[]): number {
  const dept = new Map(everyone.map((p) => [p.id, p.department]));
  let total = 0;
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const m of g.members) counts.set(dept.get(m)!, (counts.get(dept.get(m)!) ?? 0) + 1);
    for (const c of counts.values()) total += c - 1;
  }
  return total;
}

describe('SlotGrid', () => {
  const mixed = [
    participant('berlin'),
    participant('london', { timezone: 'Europe/London' }),
    participant('new-york', { timezone: 'America/New_York', hours: ['08:00', '16:00'] }),
    participant('kolkata', { timezone: 'Asia/Kolkata', hours: ['12:30', '20:30'] }),
    participant('tokyo', { timezone: 'Asia/Tokyo' }),
    participant('auckland', { timezone: 'Pacific/Auckland', hours: ['07:00', '19:00'], days: [0, 1, 2, 3, 4, 5] }),
    participant('night', { timezone: 'America/Los_Angeles', hours: ['00:00', '23:45'], days: [0, 1, 2, 3, 4, 5, 6] }),
  ];
  // Ordinary days and the daylight-saving changes in Europe and America.
  const days = ['2026-03-03', '2026-03-08', '2026-03-09', '2026-03-29', '2026-03-30', '2026-10-25', '2026-11-01', '2026-04-05'];

  // sharedMinutes goes through Luxon at every point, so the pairs are checked at one length only.
  it.each(days)('counts the same shared minutes as sharedMinutes on %s', (date) => {
    for (const zone of ['Europe/Berlin', 'America/New_York']) {
      for (const duration of [30, 45]) {
        const grid = new SlotGrid(day(date), zone, duration);
        for (const [i, a] of mixed.entries()) {
          expect(SlotGrid.minutes(grid.mask(a)), `${a.id} ${zone} ${duration}`).toBe(sharedMinutes([a], day(date), zone, duration));
          if (duration !== 30) continue;
          for (const b of mixed.slice(i + 1)) {
            const both = SlotGrid.minutes(SlotGrid.and(grid.mask(a), grid.mask(b)));
            expect(both, `${a.id}+${b.id} ${zone} ${duration}`).toBe(sharedMinutes([a, b], day(date), zone, duration));
          }
        }
      }
    }
  });
});

describe('formGroups', () => {
  it('makes ceil(N / max) balanced groups named g1…, everyone once', () => {
    const everyone = people(23);
    const { groups, warnings } = formGroups({ ...base, max: 6, participants: everyone, pins: [] });
    expect(groups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(sizes(groups).sort()).toEqual([5, 6, 6, 6]);
    expect(groups.flatMap((g) => g.members).sort()).toEqual(everyone.map((p) => p.id));
    for (const g of groups) expect(g.members).toEqual([...g.members].sort());
    expect(warnings).toEqual([]);
  });

  it('makes no groups for no participants', () => {
    expect(formGroups({ ...base, participants: [] })).toEqual({ groups: [], warnings: [] });
  });

  it('keeps pins and ignores a pin to a group that does not exist', () => {
    const everyone = people(10);
    const { groups, warnings } = formGroups({
      ...base,
      participants: everyone,
      pins: [
        { participant: 'p10', group: 'g1' },
        { participant: 'p01', group: 'g3' },
        { participant: 'p02', group: 'g3' },
        { participant: 'p03', group: 'g9' },
      ],
    });
    expect(groupOf(groups, 'p10')).toBe('g1');
    expect(groupOf(groups, 'p01')).toBe('g3');
    expect(groupOf(groups, 'p02')).toBe('g3');
    expect(sizes(groups).sort()).toEqual([3, 3, 4]);
    expect(warnings).toEqual([
      { severity: 'warning', cohort: 'spring', message: 'the pin of p03 to g9 is ignored: the cohort has 3 groups (g1…g3)', hint: 'pin to an existing group, or lower groups.max to make more groups' },
    ]);
  });

  it('lets a group pinned beyond its balanced size grow (up to max)', () => {
    const everyone = people(9);
    const pins = ['p01', 'p02', 'p03', 'p04'].map((participant) => ({ participant, group: 'g2' }));
    const { groups } = formGroups({ ...base, participants: everyone, pins });
    expect(groups.find((g) => g.id === 'g2')!.members.slice(0, 4)).toEqual(['p01', 'p02', 'p03', 'p04']);
    expect(sizes(groups)).toEqual([3, 4, 2]);
  });

  it('keeps people with overlapping hours together', () => {
    const everyone = [
      ...people(4, 'berlin-'),
      ...people(4, 'la-', { timezone: 'America/Los_Angeles' }),
      ...people(4, 'tokyo-', { timezone: 'Asia/Tokyo' }),
    ];
    const { groups, warnings } = formGroups({ ...base, participants: everyone });
    expect(groups.map((g) => g.members.map((m) => m.replace(/-.*/, '')))).toEqual([
      ['tokyo', 'tokyo', 'tokyo', 'tokyo'],
      ['berlin', 'berlin', 'berlin', 'berlin'],
      ['la', 'la', 'la', 'la'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives a pinned group the people whose hours match its pins', () => {
    const everyone = [...people(4, 'berlin-'), ...people(4, 'tokyo-', { timezone: 'Asia/Tokyo' })];
    const { groups, warnings } = formGroups({ ...base, participants: everyone, pins: [{ participant: 'berlin-01', group: 'g1' }] });
    expect(groups[0]!.members).toEqual(['berlin-01', 'berlin-02', 'berlin-03', 'berlin-04']);
    expect(warnings).toEqual([]);
  });

  it('mixes departments better than a naive split', () => {
    const everyone = ['finance', 'hr', 'sales'].flatMap((dept) => people(4, `${dept}-`, { department: dept }));
    const naive = [0, 1, 2, 3].map((g) => ({ id: `g${g + 1}`, members: everyone.slice(g * 3, g * 3 + 3).map((p) => p.id) }));
    const { groups } = formGroups({ ...base, max: 3, participants: everyone });
    expect(duplicates(naive, everyone)).toBe(6);
    expect(duplicates(groups, everyone)).toBe(0);
    expect(sizes(groups)).toEqual([3, 3, 3, 3]);
  });

  it('never mixes departments at the price of a shared hour', () => {
    const everyone = [...people(3, 'tokyo-', { timezone: 'Asia/Tokyo', department: 'finance' }), ...people(3, 'la-', { timezone: 'America/Los_Angeles', department: 'hr' })];
    const { groups, warnings } = formGroups({ ...base, max: 3, participants: everyone });
    expect(groups.map((g) => g.members)).toEqual([
      ['tokyo-01', 'tokyo-02', 'tokyo-03'],
      ['la-01', 'la-02', 'la-03'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('does not move pinned people to mix departments', () => {
    const everyone = people(4, 'fin-', { department: 'finance' }).concat(people(2, 'hr-', { department: 'hr' }));
    const pins = ['fin-01', 'fin-02'].map((participant) => ({ participant, group: 'g1' }));
    const { groups } = formGroups({ ...base, max: 3, participants: everyone, pins });
    expect(groups[0]!.members.filter((m) => m.startsWith('fin-01') || m.startsWith('fin-02'))).toEqual(['fin-01', 'fin-02']);
    expect(duplicates(groups, everyone)).toBe(2);
  });

  it('warns when a group has no shared slot, naming the people', () => {
    const everyone = [...people(3, 'berlin-'), participant('la-01', { timezone: 'America/Los_Angeles' })];
    const { groups, warnings } = formGroups({ ...base, participants: everyone });
    expect(groups).toHaveLength(1);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        cohort: 'spring',
        message: "g1 has no shared 30-minute slot on 2026-03-03 (Europe/Berlin) within everyone's working hours: berlin-01, berlin-02, berlin-03, la-01",
        hint: 'the others could meet without la-01 (09:00–17:00 America/Los_Angeles); pin them to a group with matching hours, or adjust workingHours',
      },
    ]);
  });

  it('fills a group the cohort grew into up to groups.min, moving as few people as that takes', () => {
    const bounds = { ...base, min: 4, max: 6 };
    const before = formGroups({ ...bounds, participants: people(24) }).groups;
    expect(sizes(before)).toEqual([6, 6, 6, 6]);
    const { groups, warnings } = formGroups({ ...bounds, participants: [...people(24), participant('zz-new')], lock: asLock(before) });
    expect(sizes(groups).sort()).toEqual([4, 5, 5, 5, 6]);
    expect(groupOf(groups, 'zz-new')).toBe('g5');
    const moved = people(24).filter((p) => groupOf(groups, p.id) !== groupOf(before, p.id));
    expect(moved.map((p) => groupOf(groups, p.id))).toEqual(['g5', 'g5', 'g5']);
    expect(warnings.map((w) => w.message)).toEqual(moved.map((p) => `${p.id} moves from ${groupOf(before, p.id)} to g5: g5 is new (the cohort grew) and needs groups.min (4) people`));
  });

  it('leaves a new group of late joiners as it is: the others have been meeting in their groups', () => {
    const bounds = { ...base, min: 4, max: 6, cohortStart: day('2026-03-02') };
    const before = formGroups({ ...bounds, participants: people(24) }).groups;
    const lateJoiner = { ...participant('zz-new'), from: day('2026-03-16') };
    const { groups, warnings } = formGroups({ ...bounds, participants: [...people(24), lateJoiner], lock: asLock(before) });
    expect(people(24).every((p) => groupOf(groups, p.id) === groupOf(before, p.id))).toBe(true);
    expect(groupOf(groups, 'zz-new')).toBe('g5');
    expect(warnings.map((w) => w.message)).toEqual(['g5 has 1 participant, fewer than groups.min (4)']);
  });

  it('judges the shared slot among the people expected on the sample day', () => {
    const joinsLater = { ...participant('la-01', { timezone: 'America/Los_Angeles' }), from: day('2026-03-09') };
    const leftEarly = { ...participant('la-02', { timezone: 'America/Los_Angeles' }), to: day('2026-03-02') };
    expect(formGroups({ ...base, participants: [...people(2, 'berlin-'), joinsLater, leftEarly] }).warnings).toEqual([]);
    // Someone there that day who cannot meet the others is still named.
    const { warnings } = formGroups({ ...base, participants: [...people(2, 'berlin-'), joinsLater, participant('la-03', { timezone: 'America/Los_Angeles' })] });
    expect(warnings.map((w) => w.message)).toEqual(["g1 has no shared 30-minute slot on 2026-03-03 (Europe/Berlin) within everyone's working hours: berlin-01, berlin-02, la-03"]);
  });

  it('warns about a group under groups.min', () => {
    const { warnings } = formGroups({ ...base, min: 3, max: 3, participants: people(4) });
    expect(warnings.map((w) => w.message)).toEqual(['g1 has 2 participants, fewer than groups.min (3)', 'g2 has 2 participants, fewer than groups.min (3)']);
  });

  it('does not depend on the order of the input', () => {
    const everyone = [
      ...people(7, 'a-', { department: 'finance' }),
      ...people(5, 'b-', { department: 'hr', timezone: 'Europe/London' }),
      ...people(6, 'c-', { department: 'sales', timezone: 'America/New_York', hours: ['08:00', '16:00'] }),
    ];
    const first = formGroups({ ...base, max: 5, participants: everyone });
    const second = formGroups({ ...base, max: 5, participants: [...everyone].reverse() });
    expect(second).toEqual(first);
  });

  describe('with a published plan (lock)', () => {
    const everyone = ['finance', 'hr', 'sales'].flatMap((dept) => people(4, `${dept}-`, { department: dept })).slice(0, 10);
    const published = formGroups({ ...base, min: 3, participants: everyone }).groups;

    it('places only a newcomer, in a group with room', () => {
      expect(sizes(published)).toEqual([4, 3, 3]);
      const newcomer = participant('newcomer', { department: 'legal' });
      const { groups, warnings } = formGroups({ ...base, min: 3, participants: [...everyone, newcomer], lock: asLock(published) });
      for (const p of everyone) expect(groupOf(groups, p.id)).toBe(groupOf(published, p.id));
      expect(['g2', 'g3']).toContain(groupOf(groups, 'newcomer'));
      expect(warnings).toEqual([]);
    });

    it('puts a newcomer where few share their department', () => {
      const lock = { 'finance-01': 'g1', 'hr-01': 'g1', 'sales-01': 'g1', 'finance-03': 'g1', 'finance-02': 'g2', 'hr-02': 'g2', 'hr-03': 'g2', 'finance-04': 'g3', 'hr-04': 'g3', 'sales-02': 'g3' };
      const newcomer = participant('newcomer', { department: 'hr' });
      const { groups } = formGroups({ ...base, min: 3, participants: [...everyone, newcomer], lock });
      expect(groupOf(groups, 'newcomer')).toBe('g3');
    });

    it('puts a newcomer where they share working hours before mixing departments', () => {
      const team = [
        participant('berlin-1', { department: 'finance' }),
        participant('berlin-2', { department: 'finance' }),
        participant('tokyo-1', { department: 'hr', timezone: 'Asia/Tokyo' }),
        participant('tokyo-2', { department: 'hr', timezone: 'Asia/Tokyo' }),
      ];
      const lock = { 'berlin-1': 'g1', 'berlin-2': 'g1', 'tokyo-1': 'g2', 'tokyo-2': 'g2' };
      const newcomer = participant('tokyo-3', { department: 'hr', timezone: 'Asia/Tokyo' });
      const { groups, warnings } = formGroups({ ...base, max: 3, participants: [...team, newcomer], lock });
      expect(groupOf(groups, 'tokyo-3')).toBe('g2');
      expect(warnings).toEqual([]);
    });

    it('moves nobody when someone leaves, and warns about a group under min', () => {
      const leaving = published[1]!.members[0]!;
      const { groups, warnings } = formGroups({ ...base, min: 3, participants: everyone.filter((p) => p.id !== leaving), lock: asLock(published) });
      for (const p of everyone) if (p.id !== leaving) expect(groupOf(groups, p.id)).toBe(groupOf(published, p.id));
      expect(sizes(groups)).toEqual([4, 2, 3]);
      expect(warnings).toEqual([
        { severity: 'warning', cohort: 'spring', message: 'g2 has 2 participants, fewer than groups.min (3)', hint: 're-plan with --fresh to rebalance the groups, or pin participants into it' },
      ]);
    });

    it('re-places the members of a group that no longer exists, and says so', () => {
      const nine = people(9);
      const plan = formGroups({ ...base, max: 3, participants: nine }).groups;
      const gone = [plan[0]!.members[0]!, plan[0]!.members[1]!, plan[1]!.members[0]!];
      const { groups, warnings } = formGroups({ ...base, max: 3, participants: nine.filter((p) => !gone.includes(p.id)), lock: asLock(plan) });
      expect(groups.map((g) => g.id)).toEqual(['g1', 'g2']);
      expect(sizes(groups)).toEqual([3, 3]);
      expect(warnings.map((w) => w.message)).toEqual(plan[2]!.members.map((m) => expect.stringMatching(new RegExp(`^${m} moves from g3 to g[12]: g3 no longer exists \\(the cohort now has 2 groups\\)$`))));
      for (const m of [...plan[0]!.members, ...plan[1]!.members]) if (!gone.includes(m)) expect(groupOf(groups, m)).toBe(groupOf(plan, m));
    });

    it('lets a new pin move someone, and reports it', () => {
      const lock = asLock(published);
      const mover = published[0]!.members[0]!;
      const { groups, warnings } = formGroups({ ...base, min: 3, participants: everyone, lock, pins: [{ participant: mover, group: 'g3' }] });
      expect(groupOf(groups, mover)).toBe('g3');
      for (const p of everyone) if (p.id !== mover) expect(groupOf(groups, p.id)).toBe(groupOf(published, p.id));
      expect(warnings).toContainEqual({ severity: 'warning', cohort: 'spring', message: `${mover} moves from g1 to g3, where a pin now puts them` });
    });

    it('moves people out of a group above a lowered max', () => {
      const { groups, warnings } = formGroups({ ...base, max: 4, participants: everyone, lock: Object.fromEntries(everyone.map((p) => [p.id, 'g1'])) });
      expect(sizes(groups)).toEqual([4, 3, 3]);
      expect(groups[0]!.members).toEqual(everyone.map((p) => p.id).sort().slice(0, 4));
      expect(warnings.filter((w) => w.message.includes('g1 is full (groups.max 4)'))).toHaveLength(6);
    });
  });
});
