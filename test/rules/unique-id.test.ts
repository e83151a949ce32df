import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_COHORT, OTHER_CURRICULUM, OTHER_ROSTER, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'unique/id';
const CURRICULUM = 'curricula/basics.yaml';
const COHORT = 'cohorts/spring.yaml';
const COMMUNITY = (id: string) => `    - { id: ${id}, name: Circle, cadence: monthly, time: "16:00" }\n`;

// File order decides which occurrence is first: cohorts/autumn < cohorts/spring, curricula/advanced < curricula/basics, mentors-guests < mentors.
const cases = [
  { name: 'unique ids', files: MINIMAL, expected: [] },
  { name: 'a Cohort id twice', files: withFile('cohorts/autumn.yaml', OTHER_COHORT.replace('id: autumn-2026', 'id: spring-2026')), expected: [`${COHORT}:3:17 ${RULE}`] },
  { name: 'a Curriculum id twice', files: withFile('curricula/advanced.yaml', OTHER_CURRICULUM.replace('id: advanced', 'id: basics')), expected: [`${CURRICULUM}:3:17 ${RULE}`] },
  { name: 'a MentorRoster id twice', files: withFile('mentors-guests.yaml', OTHER_ROSTER.replace('id: guests', 'id: mentors')), expected: [`mentors.yaml:3:17 ${RULE}`] },
  // In a curriculum no cohort follows: the planner does not yet survive a repeated module id.
  { name: 'a module id twice in a curriculum', files: withFile('curricula/advanced.yaml', `${OTHER_CURRICULUM}    - { id: flows, name: Again, hours: 1 }\n`), expected: [`curricula/advanced.yaml:13:13 ${RULE}`] },
  { name: 'a module id in two curricula', files: withFile('curricula/advanced.yaml', OTHER_CURRICULUM.replace('id: flows', 'id: intro')), expected: [] },
  { name: 'a competency id twice in a curriculum', files: edit(CURRICULUM, '{ id: data-modeling, name', '{ id: app-building, name'), expected: [`${CURRICULUM}:8:13 ${RULE}`] },
  { name: 'a credential id in two curricula', files: withFile('curricula/advanced.yaml', `${OTHER_CURRICULUM}  credentials:\n    - { id: basics-badge, name: Flows badge, requires: { attendance: 0.5 } }\n`), expected: [`${CURRICULUM}:22:11 ${RULE}`] },
  { name: 'a mentor id in two rosters', files: withFile('mentors-guests.yaml', OTHER_ROSTER.replace('id: zara', 'id: lena')), expected: [`mentors.yaml:6:13 ${RULE}`] },
  { name: 'a project id in two cohorts', files: withFile('cohorts/autumn.yaml', `${OTHER_COHORT}  projects:\n    - { id: expenses, title: Expenses again, team: [zoe] }\n`), expected: [`${COHORT}:19:11 ${RULE}`] },
  { name: 'a touchpoint type twice in a cohort', files: edit(COHORT, 'duration: 30m }\n', 'duration: 30m }\n    - { type: check-in, cadence: biweekly, weekday: thu, duration: 1h }\n'), expected: [`${COHORT}:10:15 ${RULE}`] },
  { name: 'a touchpoint type in two cohorts', files: withFile('cohorts/autumn.yaml', `${OTHER_COHORT}  touchpoints:\n    - { type: check-in, cadence: weekly, duration: 30m }\n`), expected: [] },
  { name: 'a tool id twice', files: edit('governance.yaml', '{ id: forms, name: Forms', '{ id: power-apps, name: Forms'), expected: [`governance.yaml:13:13 ${RULE}`] },
  { name: 'a data class id twice', files: edit('governance.yaml', '{ id: restricted,', '{ id: public,'), expected: [`governance.yaml:10:13 ${RULE}`] },
  { name: 'a cohort called communities in a program with communities', files: edit(COHORT, 'id: spring-2026', 'id: communities', edit('program.yaml', '  holidays: [2026-04-03]\n', `  holidays: [2026-04-03]\n  communities:\n${COMMUNITY('circle')}`)), expected: [`${COHORT}:3:17 ${RULE}`] },
  { name: 'a cohort called communities in a program without communities', files: edit(COHORT, 'id: spring-2026', 'id: communities'), expected: [] },
  { name: 'a community id twice', files: edit('program.yaml', '  holidays: [2026-04-03]\n', `  holidays: [2026-04-03]\n  communities:\n${COMMUNITY('circle')}${COMMUNITY('circle')}`), expected: [`program.yaml:9:13 ${RULE}`] },
];

describe(RULE, () => {
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('names where the id was first used, and every later use', () => {
    const third = '    - { id: app-building, name: Once more }\n';
    const files = edit(CURRICULUM, '{ id: data-modeling, name: Data modelling }\n', `{ id: app-building, name: Data modelling }\n${third}`);
    expect(findingsOf(RULE, files).map((f) => f.message)).toEqual([
      'competency id "app-building" is already used at curricula/basics.yaml:7',
      'competency id "app-building" is already used at curricula/basics.yaml:7',
    ]);
    expect(findingsOf(RULE, files)[0]?.hint).toBe('competency ids must be unique within a curriculum; rename one of them');
  });

  it('points across files', () => {
    const [finding] = findingsOf(RULE, withFile('mentors-guests.yaml', OTHER_ROSTER.replace('id: zara', 'id: lena')));
    expect(finding?.message).toBe('mentor id "lena" is already used at mentors-guests.yaml:6');
  });
});
