import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { defaultCodeOfConduct, onboardingPacks, renderPacks } from '../../src/onboard/packs.js';
import { planProgram } from '../../src/plan/index.js';
import { MINIMAL, edit, editAll } from '../helpers/program.js';
import { engine, memoryModel } from './helpers.js';

/** Every page of a program's packs, rendered with the built-in templates (path → text). */
function pages(files: Record<string, string>): Map<string, string> {
  const model = memoryModel(files);
  const builtin = engine();
  const packs = onboardingPacks(planProgram(model, { locks: {} }), model, defaultCodeOfConduct(builtin, model));
  return new Map(renderPacks(packs, builtin, 'acme-academy').map((f) => [f.path, f.content as string]));
}

describe('the built-in templates count weeks in words', () => {
  it('says "1 week" for a one-week capstone, to participants and to their lead', () => {
    const out = pages(editAll('curricula/basics.yaml', [['weeks: 2', 'weeks: 1']]));
    expect(out.get('spring-2026/ana/welcome.md')).toMatch(/After the modules comes the \*\*Capstone\*\* \(1 week, /);
    expect(out.get('spring-2026/lena/check-in-agenda.md')).toContain('| 1 week | Capstone |');
  });

  it('says "1 week" for a one-week cohort, and "weeks" for longer ones', () => {
    const oneWeek = editAll('curricula/basics.yaml', [
      ['hoursPerWeek: 4', 'hoursPerWeek: 12'],
      ['  capstone: { name: Capstone, weeks: 2, prerequisites: [data] }\n', ''],
      ['capstone: true }', 'capstone: false }'],
    ]);
    const out = pages(editAll('cohorts/spring.yaml', [['      capstone: true\n', '']], oneWeek));
    expect(out.get('spring-2026/ana/welcome.md')).toContain('Over 1 week, from ');
    expect(out.get('spring-2026/lena/groups.md')).toMatch(/\(1 week, \*Basics\*\)/);
    expect(pages(MINIMAL).get('spring-2026/lena/groups.md')).toMatch(/\(\d+ weeks, \*Basics\*\)/);
  });
});

/** MINIMAL starting Monday 2026-03-09 with these touchpoints instead of its check-in. */
function withTouchpoints(touchpoints: string): Record<string, string> {
  return editAll('cohorts/spring.yaml', [
    ['start: 2026-03-02', 'start: 2026-03-09'],
    ['    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }\n', touchpoints],
  ]);
}

const DEMO = '    - { type: demo, cadence: weekly, weekday: mon, time: "16:00", duration: 1h, scope: cohort }\n';

describe('the mentor page gives a group its own sessions, not the cohort-wide ones', () => {
  it('dates the group from its own first session, not a cohort-wide one before it', () => {
    const groups = pages(withTouchpoints(`    - { type: check-in, cadence: weekly, weekday: wed, duration: 30m }\n${DEMO}`)).get('spring-2026/lena/groups.md')!;
    // The cohort-wide demo on Monday 9 March is still the mentor's first session …
    expect(groups).toContain('- **Your first session:** Mon 9 Mar 2026, 16:00–17:00 (Europe/Berlin), Demo (whole cohort)');
    // … but the group's first session is its first check-in, on the Wednesday.
    expect(groups).toMatch(/^It has 5 group sessions; the first is on Wed 11 Mar 2026, \d\d:\d\d–\d\d:\d\d \(Europe\/Berlin\)\.$/m);
    expect(groups).not.toMatch(/the first is on Mon 9 Mar/);
  });

  it('says a group without sessions of its own has none, and names no first one', () => {
    const groups = pages(withTouchpoints(DEMO)).get('spring-2026/lena/groups.md')!;
    expect(groups).toContain('\nIt has no group sessions of its own.\n');
    expect(groups).not.toMatch(/0 group sessions|the first is on/);
  });

  it('says "1 group session" for a group with one', () => {
    const oneWeek = editAll('curricula/basics.yaml', [
      ['hoursPerWeek: 4', 'hoursPerWeek: 12'],
      ['  capstone: { name: Capstone, weeks: 2, prerequisites: [data] }\n', ''],
      ['capstone: true }', 'capstone: false }'],
    ]);
    const groups = pages(editAll('cohorts/spring.yaml', [['      capstone: true\n', '']], oneWeek)).get('spring-2026/lena/groups.md')!;
    expect(groups).toMatch(/^It has 1 group session, on Tue 3 Mar 2026, \d\d:\d\d–\d\d:\d\d \(Europe\/Berlin\)\.$/m);
  });
});

describe('the mentor page of someone who also takes part in the cohort', () => {
  // Pia, a community mentor, also takes part; a monthly demo day falls on Fri 27 Mar 2026.
  const program = editAll('cohorts/spring.yaml', [
    ['    - { id: dev,', '    - { id: pia, name: Pia, email: pia@acme.example }\n    - { id: dev,'],
    ['duration: 30m }\n', 'duration: 30m }\n    - { type: demo, cadence: monthly, weekday: fri, time: "15:00", duration: 1h, scope: cohort }\n'],
  ]);
  const out = pages(program);
  const groups = out.get('spring-2026/pia/groups.md')!;
  const ownGroup = /^- \*\*Your learning group:\*\* (g\d+)$/m.exec(out.get('spring-2026/pia/welcome.md')!)![1]!;

  it('gives as first session the first one in their calendar, their own group’s', () => {
    const calendar = out.get('spring-2026/pia/pia.ics')!;
    const firstEvent = /^DTSTART;TZID=Europe\/Berlin:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)00\r$/m.exec(calendar)!;
    expect(firstEvent.slice(1, 4).join('-')).toBe('2026-03-03');
    expect(groups).toContain(`- **Your first session:** Tue 3 Mar 2026, ${firstEvent[4]}:${firstEvent[5]}–`);
    expect(groups).toMatch(new RegExp(`^- \\*\\*Your first session:\\*\\* Tue 3 Mar 2026, .*, Check in \\(group ${ownGroup}, as a participant\\)$`, 'm'));
    expect(groups).not.toMatch(/Your first session:\*\* Fri 27 Mar/);
  });

  it('says their calendar also holds their own group’s sessions', () => {
    expect(groups).toContain(`- **Your calendar:** \`pia.ics\` holds the cohort-wide sessions, the sessions of group ${ownGroup}, which you take part in as a participant, and the communities of practice.`);
    expect(out.get('spring-2026/pia/pia.ics')).toContain(`UID:spring-2026/${ownGroup}/check-in/2026-03-03@acme-academy.cohort`);
  });

  it('says nothing of taking part to a mentor who does not', () => {
    expect(out.get('spring-2026/lena/groups.md')).toContain('- **Your calendar:** `lena.ics` holds the sessions you lead, the cohort-wide sessions and the communities of practice.');
  });
});

describe('the calendar of a participant without sessions', () => {
  it('is a valid calendar: it holds the VTIMEZONE of the participant’s zone', () => {
    // Dev (Asia/Kolkata) left on the first day, before the first check-in; the program has no communities.
    const out = pages(edit('cohorts/spring.yaml', 'timezone: Asia/Kolkata }', 'timezone: Asia/Kolkata, left: 2026-03-02 }'));
    expect(out.get('spring-2026/dev/welcome.md')).toContain('- **Your first session:** none planned yet');
    const text = out.get('spring-2026/dev/dev.ics')!;
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar.getAllSubcomponents().map((c) => `${c.name}:${c.getFirstPropertyValue('tzid')}`)).toEqual(['vtimezone:Asia/Kolkata']);
    // Calendars with sessions keep only the zones their events use.
    expect(out.get('spring-2026/ana/ana.ics')).not.toContain('Asia/Kolkata');
  });
});
