import { describe, expect, it } from 'vitest';
import { compareGroups, naturalCompare } from '../../src/render/order.js';
import { groupsCsv, groupsMarkdown, localTime, scheduleCsv, scheduleMarkdown } from '../../src/render/plan-pages.js';
import { fixturePlan, people } from './fixture.js';
import { parseStrict } from './strict-csv.js';

const BOM = '\uFEFF';

describe('scheduleCsv', () => {
  const csv = scheduleCsv(fixturePlan());

  it('has the contract header and one row per session in date, start, group, type order', () => {
    expect(csv.startsWith(`${BOM}session_id,cohort,group,type,title,date,start,end,timezone,lead,module,location\n`)).toBe(true);
    const records = parseStrict(csv);
    expect(records).toHaveLength(1 + fixturePlan().sessions.length);
    expect(records.slice(1).map((r) => r[0])).toEqual([
      'spring-2026/g1/check-in/2026-03-03',
      'spring-2026/g2/check-in/2026-03-03',
      'spring-2026/g2/code-review/2026-03-05',
      'spring-2026/g1/check-in/2026-03-24',
      'spring-2026/all/demo/2026-03-27',
      'spring-2026/g1/check-in/2026-03-31',
    ]);
  });

  it('writes rows with quoting only where needed', () => {
    expect(csv).toContain(
      '\nspring-2026/g1/check-in/2026-03-03,spring-2026,g1,check-in,check-in g1,2026-03-03,10:00,11:00,Europe/Berlin,omar-haddad,foundations,Teams\n',
    );
    expect(csv).toContain(
      '\nspring-2026/all/demo/2026-03-27,spring-2026,all,demo,"Demo day, ""show & tell""; bring\nyour app",2026-03-27,15:00,16:00,Europe/Berlin,,flows,"Room 4.01, HQ"\n',
    );
    expect(csv.includes('\r')).toBe(false);
  });

  it('is the same for sessions in any order', () => {
    const plan = fixturePlan();
    plan.sessions.reverse();
    expect(scheduleCsv(plan)).toBe(csv);
  });
});

describe('groupsCsv', () => {
  const csv = groupsCsv(fixturePlan(), people);

  it('lists every person per group: lead, community, participants by id', () => {
    const records = parseStrict(csv);
    expect(records[0]).toEqual(['cohort', 'group', 'role', 'person', 'name', 'email', 'department', 'timezone', 'community_mentor']);
    expect(records.slice(1).map((r) => `${r[1]} ${r[2]} ${r[3]}`)).toEqual([
      'g1 lead omar-haddad',
      'g1 community sam-reed',
      'g1 participant ines-costa',
      'g1 participant li-wei',
      'g2 lead ana-lopez',
      'g2 community sam-reed',
      'g2 participant eve-formula',
      'g2 participant raj-patel',
    ]);
  });

  it('guards formula-like text and quotes only where needed', () => {
    expect(csv.startsWith(`${BOM}cohort,group,role,person,name,email,department,timezone,community_mentor\n`)).toBe(true);
    expect(csv).toContain('\nspring-2026,g1,participant,ines-costa,Inês Costa,ines@example.org,"Sales, LATAM",America/Sao_Paulo,sam-reed\n');
    expect(csv).toContain(`\nspring-2026,g2,participant,eve-formula,"'=HYPERLINK(""http://x"")",eve@example.org,R&D | Labs,Europe/Berlin,sam-reed\n`);
    expect(csv).toContain("\nspring-2026,g2,participant,raj-patel,Raj Patel,raj@example.org,'-Ops,Pacific/Auckland,sam-reed\n");
  });

  it('keeps a person missing from the directory with empty details', () => {
    const plan = fixturePlan();
    plan.groups.find((g) => g.id === 'g2')!.members.push('zoe-unknown');
    expect(groupsCsv(plan, people)).toContain('\nspring-2026,g2,participant,zoe-unknown,,,,,\n');
  });
});

describe('scheduleMarkdown', () => {
  const md = scheduleMarkdown(fixturePlan(), { capstoneName: 'Capstone build', people });
  const lines = md.split('\n');

  it('starts with the title and the cohort facts', () => {
    expect(lines[0]).toBe('# Schedule: Spring 2026 \\| Citizen Devs');
    expect(lines).toContain('- **Dates:** Mon 2026-03-02 – Sun 2026-04-12');
    expect(lines).toContain('- **Length:** 6 weeks (4 weeks of modules, 2 of capstone)');
    expect(lines).toContain('- **Time zone:** Europe/Berlin (all times on this page)');
  });

  it('embeds the Gantt of modules, capstone and milestones', () => {
    const start = lines.indexOf('```mermaid');
    expect(lines.slice(start, lines.indexOf('```', start + 1) + 1)).toEqual([
      '```mermaid',
      'gantt',
      '    title Spring 2026 | Citizen Devs',
      '    dateFormat YYYY-MM-DD',
      '    section Modules',
      '    Foundations： apps & data :mod1, 2026-03-02, 14d',
      '    Automation ＃1； flows :mod2, 2026-03-16, 14d',
      '    section Capstone',
      '    Capstone build :cap, 2026-03-30, 14d',
      '    section Milestones',
      '    Foundations done :milestone, m1, 2026-03-15, 0d',
      '    Capstone： demo ＃2 :milestone, m2, 2026-04-12, 0d',
      '```',
    ]);
  });

  it('tables the sessions with names for leads and modules', () => {
    expect(lines).toContain('| Date | Time | Group | Type | Title | Lead | Module |');
    expect(lines).toContain('| Tue 2026-03-03 | 10:00–11:00 | g1 | check-in | check-in g1 | Omar Haddad | Foundations: apps & data |');
    expect(lines).toContain('| Fri 2026-03-27 | 15:00–16:00 | all | demo | Demo day, "show & tell"; bring<br>your app |  | Automation #1; flows |');
    expect(md.endsWith('|\n')).toBe(true);
  });

  it('is deterministic', () => {
    const plan = fixturePlan();
    plan.sessions.reverse();
    plan.milestones.reverse();
    expect(scheduleMarkdown(plan, { capstoneName: 'Capstone build', people })).toBe(md);
  });
});

describe('groupsMarkdown', () => {
  const md = groupsMarkdown(fixturePlan(), people);
  const lines = md.split('\n');

  it('has one section per group in order, with mentors and touchpoints', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Group g1', '## Group g2']);
    expect(lines).toContain('- **Lead mentor:** Omar Haddad (Finance, Europe/Berlin)');
    expect(lines).toContain('- **Community mentors:** Sam Reed (IT, America/New_York)');
    expect(lines).toContain('- **Meets:** check-in ×3 (Tue 10:00); cohort-wide: demo ×1 (Fri 15:00)');
    expect(lines).toContain('- **Meets:** check-in ×1 (Tue 10:00), code-review ×1 (Thu 14:00); cohort-wide: demo ×1 (Fri 15:00)');
    expect(lines).toContain('- **First session:** Tue 2026-03-03 10:00–11:00, check-in g1');
  });

  it("shows the group's first session in each member's own zone", () => {
    expect(lines).toContain('| Name | Role | Department | Time zone | Community mentor | First session (local) |');
    expect(lines).toContain('| Omar Haddad | lead | Finance | Europe/Berlin |  | Tue 10:00 (UTC+1) |');
    expect(lines).toContain('| Sam Reed | community | IT | America/New_York |  | Tue 04:00 (UTC-5) |');
    expect(lines).toContain('| Inês Costa | participant | Sales, LATAM | America/Sao_Paulo | Sam Reed | Tue 06:00 (UTC-3) |');
    expect(lines).toContain('| Li Wei | participant | Ops | Asia/Kolkata | Sam Reed | Tue 14:30 (UTC+5:30) |');
    expect(lines).toContain('| Raj Patel | participant | \\-Ops | Pacific/Auckland | Sam Reed | Tue 22:00 (UTC+13) |');
  });

  it('gives someone who joins late or leaves early the first session they are expected at', () => {
    const plan = fixturePlan();
    // g1 meets on 03-03, 03-24 and 03-31, everyone on 03-27 (the demo): Li Wei joins on 03-28, after the clocks change; Inês Costa leaves on 03-02.
    plan.partial = { 'li-wei': { from: '2026-03-28', to: '2026-04-12' }, 'ines-costa': { from: '2026-03-02', to: '2026-03-02' } };
    const rows = groupsMarkdown(plan, people).split('\n');
    expect(rows).toContain('| Li Wei | participant | Ops | Asia/Kolkata | Sam Reed | Tue 13:30 (UTC+5:30) |');
    expect(rows).toContain('| Inês Costa | participant | Sales, LATAM | America/Sao_Paulo | Sam Reed | none expected |');
    // The group's own first session and its lead are unchanged.
    expect(rows).toContain('- **First session:** Tue 2026-03-03 10:00–11:00, check-in g1');
    expect(rows).toContain('| Omar Haddad | lead | Finance | Europe/Berlin |  | Tue 10:00 (UTC+1) |');
  });

  it('counts cohort-wide sessions as the group\'s own: the first may be one, and a group may meet only at those', () => {
    const plan = fixturePlan();
    plan.sessions.push({ ...plan.sessions[1]!, id: 'spring-2026/all/kick-off/2026-03-02', type: 'kick-off', title: 'Kick-off', date: '2026-03-02', start: '09:00', end: '10:00', startUtc: '2026-03-02T08:00:00Z', endUtc: '2026-03-02T09:00:00Z' });
    plan.groups.push({ id: 'g3', lead: '', members: [], community: [] });
    const rows = groupsMarkdown(plan, people).split('\n');
    expect(rows.filter((l) => l.startsWith('- **First session:**'))).toEqual(Array(3).fill('- **First session:** Mon 2026-03-02 09:00–10:00, Kick-off'));
    expect(rows).toContain('| Li Wei | participant | Ops | Asia/Kolkata | Sam Reed | Mon 13:30 (UTC+5:30) |');
  });

  it('escapes text from YAML so it cannot break the table', () => {
    expect(lines).toContain('| \\=HYPERLINK("http://x") | participant | R&D \\| Labs | Europe/Berlin | Sam Reed | Tue 10:00 (UTC+1) |');
  });

  it('is deterministic', () => {
    const plan = fixturePlan();
    plan.sessions.reverse();
    plan.groups.reverse();
    plan.groups.forEach((g) => g.members.reverse());
    expect(groupsMarkdown(plan, people)).toBe(md);
  });
});

describe('helpers', () => {
  it('localTime converts an instant into a zone with its UTC offset', () => {
    expect(localTime('2026-03-03T09:00:00Z', 'Europe/Berlin')).toBe('Tue 10:00 (UTC+1)');
    expect(localTime('2026-03-31T08:00:00Z', 'Europe/Berlin')).toBe('Tue 10:00 (UTC+2)');
    expect(localTime('2026-03-03T09:00:00Z', 'UTC')).toBe('Tue 09:00 (UTC)');
    expect(localTime('2026-03-03T23:30:00Z', 'Asia/Kolkata')).toBe('Wed 05:00 (UTC+5:30)');
    expect(localTime('2026-03-03T09:00:00Z', 'Not/AZone')).toBe('Tue 09:00 (UTC)');
    expect(localTime('', 'Europe/Berlin')).toBe('');
  });

  it('orders groups naturally with cohort-wide first', () => {
    expect(['g10', 'g2', 'all', 'g1'].sort(compareGroups)).toEqual(['all', 'g1', 'g2', 'g10']);
    expect(naturalCompare('a02', 'a2')).not.toBe(0);
  });
});
