import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { selectPacks } from '../../src/onboard/select.js';
import { edit } from '../helpers/program.js';
import { memoryModel, packsOf } from './helpers.js';

/** MINIMAL with Zoe (lead) and Yara (community) on the roster, away all spring: neither leads a group, mentors anyone or covers a session. */
const model = memoryModel(
  edit(
    'mentors.yaml',
    '    - { id: pia,',
    '    - { id: zoe, name: Zoe, email: zoe@acme.example, tier: lead, capacity: 1, skills: [app-building], unavailable: [{ from: 2026-01-01, to: 2026-12-31 }] }\n    - { id: yara, name: Yara, email: yara@acme.example, tier: community, capacity: 1, skills: [], unavailable: [{ from: 2026-01-01, to: 2026-12-31 }] }\n    - { id: pia,',
  ),
);
const packs = packsOf(model);
/** The roster as onboard passes it: every mentor, serving or not. */
const roster = new Map(model.rosters.flatMap((r) => r.value.spec.mentors).map((m) => [m.id, m.tier] as const));

function usageError(options: { cohort?: string; person?: string }): UsageError {
  try {
    selectPacks(packs, options, roster);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${JSON.stringify(options)}`);
}

describe('--person for a mentor who serves no cohort', () => {
  it('says they are on the roster but have no pack, and how a lead mentor gets one', () => {
    expect(packs.some((p) => p.person === 'zoe')).toBe(false);
    const error = usageError({ person: 'zoe' });
    expect(error.message).toBe('"zoe" is on the mentor roster but has no onboarding pack: they serve no cohort');
    expect(error.hint).toBe("pin them as a group's lead (`{ group: g1, lead: zoe }` under a cohort's pins), or they get a pack once the plan gives them a group");
  });

  it('names the cohort asked about, and gives a community mentor a hint without a pin', () => {
    const error = usageError({ cohort: 'spring-2026', person: 'yara' });
    expect(error.message).toBe('"yara" is on the mentor roster but has no onboarding pack in cohort "spring-2026": they serve no cohort');
    expect(error.hint).toBe("they get a pack once the plan makes them a participant's community mentor");
  });

  it('still says an id on no list names no one, with a suggestion', () => {
    expect(usageError({ person: 'zeo' }).message).toMatch(/^no participant or mentor "zeo"/);
    expect(usageError({ person: 'lenna' }).message).toBe('no participant or mentor "lenna" (did you mean "lena"?)');
  });

  it('selects a serving mentor as before', () => {
    expect(selectPacks(packs, { person: 'lena' }, roster).targets).toEqual(['spring-2026/lena']);
  });
});
