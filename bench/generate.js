// Deterministic generators of synthetic cohort/v1 programs for benchmarks.
//
//   generateProgram(dir, { cohorts, participantsPerCohort, mentors })
//   generateSingleCohort(dir, participants)
//   ensureProgram(baseDir, params) / ensureSingleCohort(baseDir, participants)
//     (cached: regenerate only when the folder for these parameters is missing)
//
// No Math.random: every choice comes from a seeded PRNG, so the same
// parameters always give byte-identical files. The programs are meant to be
// *valid* (the happy path): ids and emails are unique program-wide, every
// reference resolves, group sizes split, and the lead mentors' capacity
// covers the groups of the cohorts that run on every single day (checked
// here, before writing, with the calendar rules of FORMAT.md).
//
// Dates are written quoted ("2026-01-05"). cohort reads both forms the same
// way (YAML 1.2 core), but ajv-cli's js-yaml 3 turns unquoted dates into Date
// objects; quoting keeps the two validators looking at identical data.

import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generated output changes, so cached folders are regenerated. */
export const GENERATOR_VERSION = 4;
const MARKER = '.bench-generated';
const DOMAIN = 'northwind.example';
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------- PRNG ----

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

function seedOf(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------- data ----

// [display, ascii slug part]
const FIRST = [
  ['Anna', 'anna'], ['Inês', 'ines'], ['Jonas', 'jonas'], ['Priya', 'priya'], ['Łukasz', 'lukasz'], ['Emily', 'emily'],
  ['Søren', 'soren'], ['Zoë', 'zoe'], ['Fatima', 'fatima'], ['Mateo', 'mateo'], ['Hannah', 'hannah'], ['Rahul', 'rahul'],
  ['Olivia', 'olivia'], ['Tom', 'tom'], ['Aisha', 'aisha'], ['Lars', 'lars'], ['Chloé', 'chloe'], ['Kenji', 'kenji'],
  ['Marta', 'marta'], ['Noah', 'noah'], ['Sofia', 'sofia'], ['Tariq', 'tariq'], ['Meera', 'meera'], ['Ben', 'ben'],
  ['Lena', 'lena'], ['Rafael', 'rafael'], ['Amara', 'amara'], ['Vikram', 'vikram'], ['Jessica', 'jessica'], ['Omar', 'omar'],
  ['Julia', 'julia'], ['Paul', 'paul'], ['Grace', 'grace'], ['Ivan', 'ivan'], ['Nora', 'nora'], ['Felix', 'felix'],
];
const LAST = [
  ['Schmidt', 'schmidt'], ['Carvalho', 'carvalho'], ['Becker', 'becker'], ['Raman', 'raman'], ['Nowak', 'nowak'],
  ['Carter', 'carter'], ['Madsen', 'madsen'], ['Laurent', 'laurent'], ['Al-Sayed', 'al-sayed'], ['García', 'garcia'],
  ['Weber', 'weber'], ['Mehta', 'mehta'], ['Bennett', 'bennett'], ['Schäfer', 'schafer'], ['Okafor', 'okafor'],
  ['Lindqvist', 'lindqvist'], ['Dubois', 'dubois'], ['Tanaka', 'tanaka'], ['Kowalska', 'kowalska'], ['Fischer', 'fischer'],
  ['Ribeiro', 'ribeiro'], ['Hussain', 'hussain'], ['Krishnan', 'krishnan'], ['Oliveira', 'oliveira'], ['Vogel', 'vogel'],
  ['Costa', 'costa'], ['Nwosu', 'nwosu'], ['Desai', 'desai'], ['Moore', 'moore'], ['Haddad', 'haddad'],
];
const DEPARTMENTS = [
  'Finance', 'Operations', 'Customer Service', 'Procurement', 'Sales', 'Marketing', 'HR', 'Legal', 'Logistics',
  'Facilities', 'Research', 'Quality', 'Supply Chain', 'Internal Audit',
];

/**
 * Time zones and working hours. Hours are chosen so that a cohort-wide demo
 * at 14:30–15:30 Europe/Berlin sits inside everyone's day all year round
 * (New York 08:00–16:00 and Kolkata 12:30–20:30 in their own zones).
 * weight: share of people; wh: explicit workingHours (else the program's).
 */
const ZONES = [
  { zone: null, weight: 50 }, // the cohort's (Europe/Berlin)
  { zone: null, weight: 5, wh: ['08:00', '16:00'] },
  { zone: 'Europe/London', weight: 12 },
  { zone: 'Europe/Lisbon', weight: 8 },
  { zone: 'Europe/Warsaw', weight: 5 },
  { zone: 'America/New_York', weight: 10, wh: ['08:00', '16:00'] },
  { zone: 'Asia/Kolkata', weight: 10, wh: ['12:30', '20:30'] },
];
const ZONE_TABLE = ZONES.flatMap((z) => Array(z.weight).fill(z));

/** Three tracks. Module hours and capstone weeks decide each cohort's length. */
const CURRICULA = [
  {
    id: 'foundations', name: 'Citizen Developer Foundations', level: 'foundation', entry: 'deep', hoursPerWeek: 4, capstoneWeeks: 3,
    competencies: ['app-building', 'data-modeling', 'process-thinking', 'governance'],
    modules: [
      ['intro', 'Low-code fundamentals', 4, 'self-paced', [], 'quiz'],
      ['process-mapping', 'Mapping a business process', 6, 'workshop', ['intro'], 'review'],
      ['data-basics', 'Working with data safely', 6, 'collaborative', ['intro'], 'project'],
      ['governance-essentials', 'Governance and safety essentials', 4, 'self-paced', ['data-basics'], 'quiz'],
      ['first-app', 'Your first canvas app', 10, 'collaborative', ['process-mapping', 'data-basics'], 'project'],
      ['first-flow', 'Automating one step', 6, 'workshop', ['first-app'], 'quiz'],
    ],
  },
  {
    id: 'data-apps', name: 'Data-driven Apps', level: 'practitioner', entry: 'deep', hoursPerWeek: 5, capstoneWeeks: 3,
    competencies: ['data-modeling', 'reporting', 'security', 'app-building'],
    modules: [
      ['relational-modeling', 'Relational modelling', 8, 'collaborative', [], 'project'],
      ['reporting-basics', 'Reports and dashboards', 8, 'workshop', ['relational-modeling'], 'quiz'],
      ['model-driven', 'Model-driven apps', 12, 'collaborative', ['relational-modeling'], 'project'],
      ['row-security', 'Row-level security', 6, 'self-paced', ['model-driven'], 'quiz'],
      ['data-quality', 'Data quality in practice', 8, 'workshop', ['reporting-basics'], 'review'],
      ['publishing', 'Publishing to a team', 8, 'collaborative', ['row-security', 'data-quality'], 'project'],
    ],
  },
  {
    id: 'automation', name: 'Process Automation', level: 'advanced', entry: 'short', hoursPerWeek: 4, capstoneWeeks: 4,
    competencies: ['flow-design', 'integration', 'process-thinking', 'governance'],
    modules: [
      ['flow-patterns', 'Flow design patterns', 8, 'workshop', [], 'quiz'],
      ['connectors', 'Connectors and APIs', 10, 'collaborative', ['flow-patterns'], 'project'],
      ['error-handling', 'Error handling and alerts', 8, 'self-paced', ['flow-patterns'], 'quiz'],
      ['approvals', 'Approval workflows', 8, 'workshop', ['connectors'], 'review'],
      ['monitoring', 'Monitoring and ownership', 6, 'self-paced', ['error-handling'], 'quiz'],
      ['handover', 'Handover to operations', 8, 'collaborative', ['approvals', 'monitoring'], 'project'],
    ],
  },
];

// --------------------------------------------------------------- dates ----

function dayOf(text) {
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}
function fmt(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function yearOf(day) {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Cohort length per FORMAT.md: ceil(module hours / hoursPerWeek) weeks plus the capstone. */
function curriculumWeeks(c) {
  const hours = c.modules.reduce((sum, m) => sum + m[2], 0);
  return Math.ceil(hours / c.hoursPerWeek) + c.capstoneWeeks;
}

/** Fixed-date holidays per year, plus a year-end break (Dec 24 – Jan 1). */
function holidaysFor(firstYear, lastYear) {
  const list = [{ date: `${firstYear}-01-01`, name: "New Year's Day" }];
  for (let y = firstYear; y <= lastYear; y++) {
    list.push({ date: `${y}-05-01`, name: 'Labour Day' });
    list.push({ date: `${y}-10-03`, name: 'German Unity Day' });
    list.push({ from: `${y}-12-24`, to: `${y + 1}-01-01`, name: 'Year-end break' });
  }
  return list;
}

function holidayDays(holidays) {
  const days = new Set();
  for (const h of holidays) {
    if (h.date) days.add(dayOf(h.date));
    else for (let d = dayOf(h.from); d <= dayOf(h.to); d++) days.add(d);
  }
  return days;
}

// ---------------------------------------------------------------- yaml ----

const q = (s) => `"${s}"`; // for dates and clock times (no escaping needed)

function yamlHeader(kind, id, name) {
  return `apiVersion: cohort/v1\nkind: ${kind}\nmetadata:\n  id: ${id}\n  name: ${name}\nspec:\n`;
}

// -------------------------------------------------------------- people ----

class People {
  constructor(rng) {
    this.rng = rng;
    this.n = 0;
  }
  /** A new person with a program-wide unique id and email. */
  next(prefix = '') {
    const r = this.rng;
    const [first, firstSlug] = r.pick(FIRST);
    const [last, lastSlug] = r.pick(LAST);
    const n = ++this.n;
    const tag = `${prefix}${String(n).padStart(5, '0')}`;
    const z = r.pick(ZONE_TABLE);
    return {
      id: `${firstSlug}-${lastSlug}-${tag}`,
      name: `${first} ${last}`,
      email: `${firstSlug}.${lastSlug}.${tag}@${DOMAIN}`,
      department: r.pick(DEPARTMENTS),
      zone: z.zone,
      wh: z.wh,
    };
  }
}

function participantYaml(p, out) {
  out.push(`    - id: ${p.id}`, `      name: ${p.name}`, `      email: ${p.email}`, `      department: ${p.department}`);
  if (p.zone) out.push(`      timezone: ${p.zone}`);
  if (p.wh) out.push(`      workingHours: { start: ${q(p.wh[0])}, end: ${q(p.wh[1])} }`);
  if (p.joined) out.push(`      joined: ${q(p.joined)}`);
  if (p.left) out.push(`      left: ${q(p.left)}`);
  if (p.track) out.push(`      track: ${p.track}`);
}

function makeMentors(people, rng, { leads, leadCapacity, community, communityCapacity, curricula, startDay }) {
  const known = [...new Set(curricula.flatMap((c) => c.competencies))];
  const mentors = [];
  for (let i = 0; i < leads + community; i++) {
    const lead = i < leads;
    const m = people.next('m');
    m.tier = lead ? 'lead' : 'community';
    m.capacity = lead ? leadCapacity : communityCapacity;
    m.department = lead ? rng.pick(['IT', 'IT', 'Data & Analytics', 'Enterprise Architecture']) : m.department;
    // Skills must be competencies of the program's curricula (ref/competency).
    const skills = new Set();
    const k = Math.min(known.length, 2 + rng.int(3));
    while (skills.size < k) skills.add(rng.pick(known));
    m.skills = [...skills];
    if (rng.chance(0.15)) {
      const from = startDay + 14 + rng.int(300);
      m.unavailable = [{ from: fmt(from), to: fmt(from + 2 + rng.int(10)) }];
    }
    if (rng.chance(0.3)) m.history = [{ cohort: `autumn-2025-${rng.int(4) + 1}`, curriculum: rng.pick(curricula).id }];
    mentors.push(m);
  }
  return mentors;
}

function mentorsYaml(mentors) {
  const out = [`# Generated by bench/generate.js: ${mentors.length} mentors.`, yamlHeader('MentorRoster', 'mentors', 'Northwind mentor roster').trimEnd(), '  mentors:'];
  for (const m of mentors) {
    out.push(`    - id: ${m.id}`, `      name: ${m.name}`, `      email: ${m.email}`, `      tier: ${m.tier}`, `      department: ${m.department}`);
    out.push(`      timezone: ${m.zone ?? 'Europe/Berlin'}`);
    out.push(`      skills: [${m.skills.join(', ')}]`, `      capacity: ${m.capacity}`);
    if (m.wh) out.push(`      workingHours: { start: ${q(m.wh[0])}, end: ${q(m.wh[1])} }`);
    if (m.unavailable) out.push(`      unavailable: [${m.unavailable.map((u) => `{ from: ${q(u.from)}, to: ${q(u.to)} }`).join(', ')}]`);
    if (m.history) out.push(`      history: [${m.history.map((h) => `{ cohort: ${h.cohort}, curriculum: ${h.curriculum} }`).join(', ')}]`);
  }
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------ documents ----

function programYaml({ holidays, communityHosts }) {
  const out = [
    '# Generated by bench/generate.js.',
    yamlHeader('Program', 'northwind-academy', 'Northwind Citizen Developer Academy').trimEnd(),
    '  timezone: Europe/Berlin',
    `  workingHours: { start: "09:00", end: "17:00", days: [mon, tue, wed, thu, fri] }`,
    '  holidays:',
  ];
  for (const h of holidays) {
    if (h.from) out.push(`    - { from: ${q(h.from)}, to: ${q(h.to)}, name: ${h.name} }`);
    else out.push(`    - { date: ${q(h.date)}, name: ${h.name} }`);
  }
  out.push(
    '  sponsors:',
    `    - { name: Margarethe Lindqvist, email: margarethe.lindqvist@${DOMAIN}, role: Chief Operating Officer }`,
    `    - { name: David Okonkwo, email: david.okonkwo@${DOMAIN}, role: Chief Information Officer }`,
    '  channels:',
    '    support: "#citizen-dev-help"',
    `    incidents: security@${DOMAIN}`,
    '  badges:',
    `    issuer: { name: Northwind Academy, url: https://academy.${DOMAIN}, email: academy@${DOMAIN} }`,
    `    baseUrl: https://academy.${DOMAIN}/badges`,
    '  glossary:',
    '    - { term: Connector, definition: A packaged integration with another system. }',
    '    - { term: Flow, definition: An automation that runs a sequence of actions when a trigger fires. }',
    '  communities:',
    '    - id: low-code-clinic',
    '      name: Low-code Clinic',
    '      cadence: biweekly',
    '      weekday: wed',
    '      time: "14:00"',
    '      duration: 1h',
    `      host: ${communityHosts[0]}`,
    `      location: https://meet.${DOMAIN}/low-code-clinic`,
    '      formats: [clinic, show-and-tell]',
    '    - id: data-circle',
    '      name: Data and Reporting Circle',
    '      cadence: monthly',
    '      weekday: thu',
    '      time: "15:00"',
    '      duration: 1h',
    `      host: ${communityHosts[1] ?? communityHosts[0]}`,
    '      formats: [lightning-talks]',
    '  successCriteria:',
    '    - { metric: attendance_rate, min: 0.8 }',
    '    - { metric: credential_rate, min: 0.7 }',
    '    - { metric: on_time_delivery, min: 0.75 }',
    '    - { metric: peer_feedback_avg, min: 4.0 }',
    '    - { metric: mentor_load_max, max: 10 }',
    '  atRisk: { attendanceBelow: 0.7 }',
    '  records: records/',
  );
  return `${out.join('\n')}\n`;
}

function curriculumYaml(c) {
  const out = [
    '# Generated by bench/generate.js.',
    yamlHeader('Curriculum', c.id, c.name).trimEnd(),
    `  level: ${c.level}`,
    `  entry: ${c.entry}`,
    `  hoursPerWeek: ${c.hoursPerWeek}`,
    '  competencies:',
    ...c.competencies.map((id) => `    - { id: ${id}, name: ${id.replace(/-/g, ' ')} }`),
    '  modules:',
  ];
  c.modules.forEach(([id, name, hours, mode, prereqs, assessment], i) => {
    out.push(`    - id: ${id}`, `      name: ${name}`, `      hours: ${hours}`, `      mode: ${mode}`);
    if (prereqs.length) out.push(`      prerequisites: [${prereqs.join(', ')}]`);
    out.push(`      competencies: { ${c.competencies[i % c.competencies.length]}: ${1 + (i % 3)} }`);
    out.push(`      assessment: { type: ${assessment}, passScore: 0.7 }`);
    out.push(`      resources:`, `        - { title: ${name} handbook, url: https://learn.${DOMAIN}/${c.id}/${id} }`);
  });
  const last = c.modules.at(-1)[0];
  out.push(
    '  capstone:',
    `    name: ${c.name} capstone`,
    `    weeks: ${c.capstoneWeeks}`,
    `    prerequisites: [${last}]`,
    '  credentials:',
    `    - id: ${c.id}-badge`,
    `      name: ${c.name}`,
    '      requires:',
    `        modules: [${c.modules.map((m) => m[0]).join(', ')}]`,
    '        attendance: 0.75',
    '        capstone: true',
    '      validFor: 24',
  );
  return `${out.join('\n')}\n`;
}

function governanceYaml(approvers) {
  return `# Generated by bench/generate.js.
${yamlHeader('Governance', 'governance', 'Northwind citizen development policy')}  lastReviewed: "2026-09-15"
  reviewEvery: 6
  dataClasses:
    - { id: public }
    - { id: internal }
    - { id: confidential, requiresApproval: true }
    - { id: restricted, allowed: false }
  tools:
    - { id: power-apps, name: Power Apps, dataClasses: [public, internal, confidential] }
    - { id: power-automate, name: Power Automate, dataClasses: [public, internal, confidential] }
    - { id: sharepoint-lists, name: SharePoint Lists, dataClasses: [public, internal] }
  approvers: [${approvers.join(', ')}]
  roles:
    - id: participant
      must: [Pass the data-handling module before working with internal data]
      mayNot: [Share passwords or connection credentials in apps or flows]
    - id: lead-mentor
      must: [Hold a weekly check-in with the group, Review each project before its demo]
      mayNot: [Approve a project in which they are a team member]
    - id: community-mentor
      must: [Answer questions in the support channel within two working days]
`;
}

/**
 * One cohort document. `people` yields participants; projects use members of
 * this cohort only; pins put one participant and one lead into g1.
 */
function cohortYaml({ id, name, curriculum, startDay, endDay, groupsMax, groupsMin, count, people, rng, pinLead, approver }) {
  const out = [
    '# Generated by bench/generate.js.',
    yamlHeader('Cohort', id, name).trimEnd(),
    `  curriculum: ${curriculum.id}`,
    `  start: ${q(fmt(startDay))}`,
    '  timezone: Europe/Berlin',
    `  groups: { min: ${groupsMin}, max: ${groupsMax} }`,
    '  touchpoints:',
    '    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }',
    '    - { type: code-review, cadence: biweekly, weekday: thu, duration: 1h }',
    `    - { type: demo, cadence: monthly, weekday: fri, time: "14:30", duration: 1h, scope: cohort, title: Demo day, location: "Atrium / https://meet.${DOMAIN}/demo-day" }`,
    '  participants:',
  ];
  const ids = [];
  for (let i = 0; i < count; i++) {
    const p = people.next();
    const roll = rng.next();
    if (roll < 0.02) p.joined = fmt(startDay + 7);
    else if (roll < 0.04) p.left = fmt(Math.min(endDay, startDay + 35));
    if (curriculum.entry === 'deep' && rng.chance(0.1)) p.track = 'short';
    participantYaml(p, out);
    ids.push(p.id);
  }
  out.push('  pins:', `    - { participant: ${ids[0]}, group: g1 }`);
  if (pinLead) out.push(`    - { group: g1, lead: ${pinLead} }`);
  out.push('  projects:');
  const projects = Math.min(4, Math.floor(count / 3));
  for (let k = 0; k < projects; k++) {
    const team = ids.slice(1 + k * 3, 4 + k * 3);
    if (team.length === 0) break;
    const confidential = k === 1;
    out.push(
      `    - id: ${id}-project-${k + 1}`,
      `      title: ${rng.pick(['Invoice approvals', 'Onboarding checklist', 'Supplier register', 'Incident tracker', 'Travel requests', 'Asset inventory'])} ${k + 1}`,
      `      team: [${team.join(', ')}]`,
      `      sponsor: margarethe.lindqvist@${DOMAIN}`,
      `      tools: [${k % 2 === 0 ? 'power-apps' : 'power-automate'}]`,
      `      dataClasses: [${confidential ? 'confidential' : 'internal'}]`,
      '      capstone: true',
    );
    if (confidential) out.push(`      approval: { by: ${approver}, on: ${q(fmt(startDay + 21))}, ref: GOV-${1000 + k} }`);
  }
  return `${out.join('\n')}\n`;
}

// ----------------------------------------------------------- programs ----

function prepareDir(dir) {
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(`refusing to overwrite ${dir}: not empty and not made by bench/generate.js`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(path.join(dir, 'cohorts'), { recursive: true });
  mkdirSync(path.join(dir, 'curricula'), { recursive: true });
}

function finish(dir, info) {
  writeFileSync(path.join(dir, MARKER), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

/** Highest number of `load` units running on any one day; spans are inclusive [start, end]. */
function peakConcurrent(spans) {
  const events = [];
  for (const s of spans) events.push([s.start, s.load], [s.end + 1, -s.load]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, delta] of events) {
    now += delta;
    peak = Math.max(peak, now);
  }
  return peak;
}

/**
 * A program of `cohorts` cohorts (one file each) of `participantsPerCohort`
 * people, `mentors` mentors (60 % lead with capacity 2, 40 % community with
 * capacity 10), three curricula, governance, and a program.yaml with holidays.
 * Cohorts start every `staggerDays` days from `start` (a Monday), moved a
 * week on when a start falls in a holiday. Throws when the lead mentors
 * could not cover the running groups on some day.
 */
export function generateProgram(dir, { cohorts = 100, participantsPerCohort = 200, mentors = 1000, start = '2026-01-05', staggerDays = 14, groupsMax = 8, seed = 1 } = {}) {
  const rng = prng(seedOf(`program:${cohorts}:${participantsPerCohort}:${mentors}:${start}:${staggerDays}:${groupsMax}:${seed}`));
  const people = new People(rng);
  const firstDay = dayOf(start);
  const longest = Math.max(...CURRICULA.map(curriculumWeeks)) * 7;
  const lastYear = yearOf(firstDay + cohorts * staggerDays + longest + 60);
  const holidays = holidaysFor(yearOf(firstDay), lastYear);
  const blocked = holidayDays(holidays);

  const plan = [];
  for (let i = 0; i < cohorts; i++) {
    let day = firstDay + i * staggerDays;
    while (blocked.has(day)) day += 7;
    const curriculum = CURRICULA[i % CURRICULA.length];
    const end = day + curriculumWeeks(curriculum) * 7 - 1;
    plan.push({ i, curriculum, start: day, end, groups: Math.ceil(participantsPerCohort / groupsMax) });
  }

  const leads = Math.round(mentors * 0.6);
  const community = mentors - leads;
  const leadCapacity = 2;
  const communityCapacity = 10;
  const peakGroups = peakConcurrent(plan.map((c) => ({ start: c.start, end: c.end, load: c.groups })));
  const peakLearners = peakConcurrent(plan.map((c) => ({ start: c.start, end: c.end, load: participantsPerCohort })));
  if (peakGroups > leads * leadCapacity) {
    throw new Error(`generateProgram: ${peakGroups} groups run at once but ${leads} leads × ${leadCapacity} cover only ${leads * leadCapacity}; add mentors or stagger more`);
  }
  const groupsMin = Math.min(4, Math.floor(participantsPerCohort / Math.ceil(participantsPerCohort / groupsMax)));

  prepareDir(dir);
  const roster = makeMentors(people, rng, { leads, leadCapacity, community, communityCapacity, curricula: CURRICULA, startDay: firstDay });
  const leadIds = roster.filter((m) => m.tier === 'lead').map((m) => m.id);
  const approvers = [...leadIds.slice(0, 5), `data.steward@${DOMAIN}`];
  const hosts = roster.filter((m) => m.tier === 'community').slice(0, 2).map((m) => m.id);

  writeFileSync(path.join(dir, 'program.yaml'), programYaml({ holidays, communityHosts: hosts.length ? hosts : leadIds.slice(0, 2) }));
  writeFileSync(path.join(dir, 'governance.yaml'), governanceYaml(approvers));
  writeFileSync(path.join(dir, 'mentors.yaml'), mentorsYaml(roster));
  for (const c of CURRICULA) writeFileSync(path.join(dir, 'curricula', `${c.id}.yaml`), curriculumYaml(c));

  const width = String(cohorts).length;
  for (const c of plan) {
    const no = String(c.i + 1).padStart(Math.max(3, width), '0');
    const id = `c${no}-${c.curriculum.id}`;
    const text = cohortYaml({
      id,
      name: `Cohort ${no} (${c.curriculum.name}, ${fmt(c.start)})`,
      curriculum: c.curriculum,
      startDay: c.start,
      endDay: c.end,
      groupsMax,
      groupsMin,
      count: participantsPerCohort,
      people,
      rng,
      // Each lead is pinned at most once, to g1 of one cohort.
      pinLead: c.i < leadIds.length ? leadIds[c.i] : undefined,
      approver: approvers[c.i % 5] ?? approvers[0],
    });
    writeFileSync(path.join(dir, 'cohorts', `${id}.yaml`), text);
  }
  return finish(dir, {
    generator: GENERATOR_VERSION,
    kind: 'program',
    cohorts,
    participants: cohorts * participantsPerCohort,
    mentors: roster.length,
    leads,
    leadCapacity: leads * leadCapacity,
    peakGroups,
    communityCapacity: community * communityCapacity,
    peakLearners,
    firstStart: fmt(plan[0].start),
    lastEnd: fmt(Math.max(...plan.map((c) => c.end))),
    bytes: folderBytes(dir),
  });
}

/**
 * A minimal valid program around one cohort file of `participants` people:
 * program.yaml, the foundations curriculum, governance, and a roster with
 * enough lead capacity (4 groups each) for ceil(participants / 6) groups and
 * community mentors (20 learners each) for everyone.
 */
export function generateSingleCohort(dir, participants, { seed = 1 } = {}) {
  const rng = prng(seedOf(`single:${participants}:${seed}`));
  const people = new People(rng);
  const curriculum = CURRICULA[0];
  const startDay = dayOf('2026-03-02');
  const endDay = startDay + curriculumWeeks(curriculum) * 7 - 1;
  const groupsMax = 6;
  const groups = Math.ceil(participants / groupsMax);
  const groupsMin = Math.min(4, Math.floor(participants / groups));
  const leadCapacity = 4;
  const leads = Math.max(2, Math.ceil((groups / leadCapacity) * 1.2));
  const communityCapacity = 20;
  const community = Math.max(2, Math.ceil(participants / communityCapacity));
  const holidays = holidaysFor(2026, 2027);

  prepareDir(dir);
  const roster = makeMentors(people, rng, { leads, leadCapacity, community, communityCapacity, curricula: [curriculum], startDay });
  const leadIds = roster.filter((m) => m.tier === 'lead').map((m) => m.id);
  const approvers = [...leadIds.slice(0, 3), `data.steward@${DOMAIN}`];
  const hosts = roster.filter((m) => m.tier === 'community').slice(0, 2).map((m) => m.id);
  writeFileSync(path.join(dir, 'program.yaml'), programYaml({ holidays, communityHosts: hosts }));
  writeFileSync(path.join(dir, 'governance.yaml'), governanceYaml(approvers));
  writeFileSync(path.join(dir, 'mentors.yaml'), mentorsYaml(roster));
  writeFileSync(path.join(dir, 'curricula', `${curriculum.id}.yaml`), curriculumYaml(curriculum));
  const id = 'spring-2026-all-hands';
  writeFileSync(
    path.join(dir, 'cohorts', `${id}.yaml`),
    cohortYaml({ id, name: `Spring 2026 all-hands (${participants} people)`, curriculum, startDay, endDay, groupsMax, groupsMin, count: participants, people, rng, pinLead: leadIds[0], approver: approvers[0] }),
  );
  return finish(dir, {
    generator: GENERATOR_VERSION,
    kind: 'single-cohort',
    cohorts: 1,
    participants,
    groups,
    mentors: roster.length,
    leads,
    leadCapacity: leads * leadCapacity,
    communityCapacity: community * communityCapacity,
    bytes: folderBytes(dir),
    cohortFileBytes: statSync(path.join(dir, 'cohorts', `${id}.yaml`)).size,
  });
}

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return total;
}

// -------------------------------------------------------------- caching ----

function cached(dir, make) {
  if (existsSync(path.join(dir, MARKER))) return { dir, generated: false };
  make(dir);
  return { dir, generated: true };
}

/** generateProgram into `<baseDir>/program-…` named by its parameters, unless already there. */
export function ensureProgram(baseDir, params) {
  const p = { cohorts: 100, participantsPerCohort: 200, mentors: 1000, ...params };
  const name = `program-c${p.cohorts}-p${p.participantsPerCohort}-m${p.mentors}${p.seed ? `-s${p.seed}` : ''}-g${GENERATOR_VERSION}`;
  return cached(path.join(baseDir, name), (dir) => generateProgram(dir, p));
}

/** generateSingleCohort into `<baseDir>/single-…` named by its parameters, unless already there. */
export function ensureSingleCohort(baseDir, participants) {
  return cached(path.join(baseDir, `single-p${participants}-g${GENERATOR_VERSION}`), (dir) => generateSingleCohort(dir, participants));
}
