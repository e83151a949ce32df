import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { damagedLocks, pickLocks, readAllLocks, readLock, readLocks } from '../../src/plan/lock.js';

function planDirWith(cohort: string, groupsCsv: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-lock-'));
  mkdirSync(path.join(dir, cohort));
  writeFileSync(path.join(dir, cohort, 'groups.csv'), groupsCsv);
  return dir;
}

const HEADER = 'cohort,group,role,person,name,email,department,timezone,community_mentor';

describe('readLock', () => {
  it('reads groups, leads and community mentors back from a published groups.csv', async () => {
    const csv = [
      `\uFEFF${HEADER}`,
      'spring,g1,lead,lena,"Lena, Lead",lena@example.com,IT,Europe/Berlin,',
      'spring,g1,community,omar,Omar,omar@example.com,HR,Europe/Berlin,',
      // A formula-looking id comes back without the guard the writer added; a name may hold a line break.
      `spring,g1,participant,'=ann,"Ann ""A""\nSmith",ann@example.com,Sales,Europe/Berlin,omar`,
      'spring,g2,participant,bo,Bo,bo@example.com,Sales,Europe/Berlin,',
      '',
    ].join('\r\n');
    expect(await readLock(planDirWith('spring', csv), 'spring')).toEqual({
      groups: { '=ann': 'g1', bo: 'g2' },
      leads: { g1: 'lena' },
      community: { '=ann': 'omar' },
    });
  });

  it("finds columns by name and skips another cohort's rows", async () => {
    const csv = `role,person,group,cohort\nparticipant,ann,g2,spring\nparticipant,bo,g1,autumn\n`;
    expect(await readLock(planDirWith('spring', csv), 'spring')).toEqual({ groups: { ann: 'g2' }, leads: {}, community: {} });
  });

  it('marks a file it cannot read as CSV as damaged, with the line; a cohort without one has no lock', async () => {
    const dir = planDirWith('spring', `${HEADER}\nspring,g1,participant,"ann,Ann\n`);
    const lock = await readLock(dir, 'spring');
    expect(lock).toMatchObject({ groups: {}, leads: {}, community: {}, damage: { file: path.join(dir, 'spring', 'groups.csv'), line: 2 } });
    expect(lock?.damage?.message).toMatch(/quote/);
    const locks = await readLocks(dir, ['spring', 'autumn']);
    expect(locks.autumn).toBeUndefined();
    expect(damagedLocks(locks)).toEqual([lock!.damage]);
  });

  it('marks a file without a group, role or person column as damaged', async () => {
    const dir = planDirWith('spring', `cohort,team,role,person\nspring,g1,participant,ann\n`);
    expect((await readLock(dir, 'spring'))?.damage).toMatchObject({ line: 1, message: 'the header has no group column' });
  });
});

describe('readAllLocks and pickLocks', () => {
  it('reads every cohort folder under the plan folder, and keeps the cohorts asked for', async () => {
    const dir = planDirWith('spring', `${HEADER}\nspring,g1,participant,ann,Ann,ann@example.com,Sales,Europe/Berlin,\n`);
    mkdirSync(path.join(dir, 'autumn'));
    writeFileSync(path.join(dir, 'autumn', 'groups.csv'), `${HEADER}\nautumn,g2,participant,bo,Bo,bo@example.com,Sales,Europe/Berlin,\n`);
    writeFileSync(path.join(dir, 'README.md'), 'not a cohort');
    const all = await readAllLocks(dir);
    expect(Object.keys(all).sort()).toEqual(['autumn', 'spring']);
    expect(pickLocks(all, ['spring', 'winter'])).toEqual({ spring: { groups: { ann: 'g1' }, leads: {}, community: {} }, winter: undefined });
  });

  it('reads nothing, without failing, from a plan folder that is missing or is a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cohort-lock-'));
    writeFileSync(path.join(dir, 'plan'), 'a file');
    expect(await readAllLocks(path.join(dir, 'plan'))).toEqual({});
    expect(await readAllLocks(path.join(dir, 'missing'))).toEqual({});
  });
});
