import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { damagedLocks, pickLocks, publishedStartKey, readAllLocks, readLock, readLocks } from '../../src/plan/lock.js';
import { parseDate } from '../../src/util/dates.js';

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

describe('published session times', () => {
  const SCHEDULE = 'session_id,cohort,group,type,title,date,start,end,timezone,lead,module,location';
  it("are read per group touchpoint from schedule.csv: each session's, and the most common (ties: the earliest); cohort-wide rows are left out", async () => {
    const dir = planDirWith('spring', `${HEADER}\nspring,g1,participant,ann,Ann,ann@example.com,Sales,Europe/Berlin,\n`);
    const rows = [
      `\uFEFF${SCHEDULE}`,
      'x,spring,g1,check-in,Check in,2026-03-03,10:00,10:30,Europe/Berlin,lena,intro,',
      'x,spring,g1,check-in,Check in,2026-03-10,11:00,11:30,Europe/Berlin,lena,intro,',
      'x,spring,g1,check-in,Check in,2026-03-17,11:00,11:30,Europe/Berlin,lena,intro,',
      'x,spring,g2,check-in,Check in,2026-03-03,14:00,14:30,Europe/Berlin,omar,intro,',
      'x,spring,g2,check-in,Check in,2026-03-10,09:00,09:30,Europe/Berlin,omar,intro,',
      'x,spring,all,demo,Demo,2026-03-06,15:00,16:00,Europe/Berlin,,,',
    ];
    writeFileSync(path.join(dir, 'spring', 'schedule.csv'), `${rows.join('\n')}\n`);
    const starts = (await readLock(dir, 'spring'))!.starts!;
    expect(Object.keys(starts).sort()).toEqual([publishedStartKey('g1', 'check-in'), publishedStartKey('g2', 'check-in')]);
    expect(starts[publishedStartKey('g1', 'check-in')]).toEqual({ usual: 660, byDay: new Map([[parseDate('2026-03-03')!, 600], [parseDate('2026-03-10')!, 660], [parseDate('2026-03-17')!, 660]]) });
    expect(starts[publishedStartKey('g2', 'check-in')]!.usual).toBe(540);
  });

  it('are none when schedule.csv lacks a column it needs (a preference, never a failure)', async () => {
    const dir = planDirWith('spring', `${HEADER}\nspring,g1,participant,ann,Ann,ann@example.com,Sales,Europe/Berlin,\n`);
    writeFileSync(path.join(dir, 'spring', 'schedule.csv'), 'session_id,group,type,date\nx,g1,check-in,2026-03-03\n');
    const lock = await readLock(dir, 'spring');
    expect(lock?.groups).toEqual({ ann: 'g1' });
    expect(lock?.starts).toBeUndefined();
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
