import type { CohortPlan, PlannedSession } from '../../src/plan/types.js';
import type { PeopleIndex } from '../../src/render/plan-pages.js';
import { parseDate } from '../../src/util/dates.js';

const day = (text: string) => parseDate(text)!;

function session(group: string, type: string, date: string, start: string, end: string, startUtc: string, endUtc: string, extra: Partial<PlannedSession> = {}): PlannedSession {
  return {
    id: `spring-2026/${group}/${type}/${date}`,
    cohort: 'spring-2026',
    group,
    type,
    title: `${type} ${group}`,
    date,
    start,
    end,
    timezone: 'Europe/Berlin',
    lead: group === 'g1' ? 'omar-haddad' : group === 'g2' ? 'ana-lopez' : '',
    module: date < '2026-03-16' ? 'foundations' : date < '2026-03-30' ? 'flows' : '',
    location: 'Teams',
    startUtc,
    endUtc,
    ...extra,
  };
}

/** Two groups in Europe/Berlin across the 2026-03-29 DST change; sessions deliberately out of order. */
export function fixturePlan(): CohortPlan {
  return {
    cohort: 'spring-2026',
    name: 'Spring 2026 | Citizen Devs',
    timezone: 'Europe/Berlin',
    calendar: {
      start: day('2026-03-02'),
      end: day('2026-04-12'),
      weeks: 6,
      modules: [
        { module: { id: 'foundations', name: 'Foundations: apps & data', hours: 8 }, firstWeek: 0, lastWeek: 1, start: day('2026-03-02'), end: day('2026-03-15') },
        { module: { id: 'flows', name: 'Automation #1; flows', hours: 8 }, firstWeek: 2, lastWeek: 3, start: day('2026-03-16'), end: day('2026-03-29') },
      ],
      capstone: { firstWeek: 4, weeks: 2, start: day('2026-03-30'), end: day('2026-04-12') },
    },
    groups: [
      { id: 'g2', lead: 'ana-lopez', members: ['raj-patel', 'eve-formula'], community: ['sam-reed'] },
      { id: 'g1', lead: 'omar-haddad', members: ['li-wei', 'ines-costa'], community: ['sam-reed'] },
    ],
    sessions: [
      session('g1', 'check-in', '2026-03-31', '10:00', '11:00', '2026-03-31T08:00:00Z', '2026-03-31T09:00:00Z'),
      session('all', 'demo', '2026-03-27', '15:00', '16:00', '2026-03-27T14:00:00Z', '2026-03-27T15:00:00Z', {
        title: 'Demo day, "show & tell"; bring\nyour app',
        lead: '',
        location: 'Room 4.01, HQ',
      }),
      session('g2', 'code-review', '2026-03-05', '14:00', '15:00', '2026-03-05T13:00:00Z', '2026-03-05T14:00:00Z'),
      session('g2', 'check-in', '2026-03-03', '10:00', '11:00', '2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z'),
      session('g1', 'check-in', '2026-03-03', '10:00', '11:00', '2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z'),
      session('g1', 'check-in', '2026-03-24', '10:00', '11:00', '2026-03-24T09:00:00Z', '2026-03-24T10:00:00Z'),
    ],
    milestones: [
      { date: '2026-04-12', title: 'Capstone: demo #2' },
      { date: '2026-03-15', title: 'Foundations done' },
    ],
    communityMentor: { 'ines-costa': 'sam-reed', 'li-wei': 'sam-reed', 'raj-patel': 'sam-reed', 'eve-formula': 'sam-reed' },
  };
}

export const people: PeopleIndex = {
  'omar-haddad': { name: 'Omar Haddad', email: 'omar@example.org', department: 'Finance', timezone: 'Europe/Berlin' },
  'ana-lopez': { name: 'Ana López', email: 'ana@example.org', department: 'HR', timezone: 'Europe/Madrid' },
  'sam-reed': { name: 'Sam Reed', email: 'sam@example.org', department: 'IT', timezone: 'America/New_York' },
  'ines-costa': { name: 'Inês Costa', email: 'ines@example.org', department: 'Sales, LATAM', timezone: 'America/Sao_Paulo' },
  'li-wei': { name: 'Li Wei', email: 'li@example.org', department: 'Ops', timezone: 'Asia/Kolkata' },
  'raj-patel': { name: 'Raj Patel', email: 'raj@example.org', department: '-Ops', timezone: 'Pacific/Auckland' },
  'eve-formula': { name: '=HYPERLINK("http://x")', email: 'eve@example.org', department: 'R&D | Labs', timezone: 'Europe/Berlin' },
};
