import type { InitAnswers } from './answers.js';
import type { StarterInfo } from './starters.js';
import { schemaLine, yamlString } from './yaml-text.js';

/*
 * The program documents of a new academy. Text templates rather than a YAML
 * serializer, so the files keep the comments that explain each section to
 * the person who edits them next. User input is quoted by yamlString, and
 * only in block context.
 */

export const LEADS = ['lead-mentor-1', 'lead-mentor-2'] as const;
export const COMMUNITY_MENTOR = 'community-mentor-1';

export function programYaml(a: InitAnswers, file: string): string {
  const year = a.start.slice(0, 4);
  return `${schemaLine(file, 'program.schema.json')}apiVersion: cohort/v1
kind: Program
metadata:
  id: ${a.id}
  name: ${yamlString(a.name)}
spec:
  timezone: ${a.timezone}
  workingHours: { start: "09:00", end: "17:00", days: [mon, tue, wed, thu, fri] }

  # No touchpoint is held on a holiday: it moves to the nearest earlier working
  # day of the same week, or is dropped. Add your public holidays and closures.
  # holidays:
  #   - ${year}-12-25
  #   - { date: ${year}-05-01, name: Labour Day }
  #   - { from: ${year}-12-24, to: ${Number(year) + 1}-01-01, name: Year-end break }

  # sponsors:
  #   - { name: Dana Whitfield, email: dana.whitfield@example.com, role: Chief Information Officer }

  channels:
    support: "#citizen-dev-help"
    incidents: security@example.com

  # codeOfConduct: docs/code-of-conduct.md   # default: a built-in text

  glossary:
    - { term: Citizen developer, definition: Someone outside IT who builds apps and automations for their own team with approved low-code tools. }
    - { term: Data class, definition: "The sensitivity label of a piece of data (public, internal, confidential, restricted); it decides which tools may touch it." }
    - { term: Capstone, definition: "The final project of a curriculum, built for a real business sponsor and shown on demo day." }

  # Communities of practice: program-wide, open to every cohort and alumni.
  communities:
    - id: low-code-clinic
      name: Low-code Clinic
      cadence: monthly
      weekday: wed
      time: "14:00"
      duration: 1h
      host: ${COMMUNITY_MENTOR}
      formats: [clinic, show-and-tell]

  # Targets that \`cohort report\` scores.
  successCriteria:
    - { metric: attendance_rate, min: 0.8 }
    - { metric: credential_rate, min: 0.6 }
    - { metric: on_time_delivery, min: 0.7 }
    - { metric: peer_feedback_avg, min: 4.0 }
    - { metric: mentor_load_max, max: 8 }

  atRisk: { attendanceBelow: 0.7 }
  records: records/
`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `foundations-2026-03`: sorts by start and stays unique as later cohorts of other curricula are added. */
export function cohortId(a: InitAnswers): string {
  return `${a.curriculum}-${a.start.slice(0, 7)}`;
}

const PARTICIPANTS = ['Finance', 'Operations', 'Customer Service', 'HR'];

export function cohortYaml(a: InitAnswers, starter: StarterInfo, file: string): string {
  const month = `${MONTHS[Number(a.start.slice(5, 7)) - 1]} ${a.start.slice(0, 4)}`;
  const people = PARTICIPANTS.map((department, i) => `    - { id: participant-${i + 1}, name: Example Participant ${i + 1}, email: participant.${i + 1}@example.com, department: ${department} }`);
  return `${schemaLine(file, 'cohort.schema.json')}apiVersion: cohort/v1
kind: Cohort
metadata:
  id: ${cohortId(a)}
  name: ${yamlString(`${month} (${starter.name})`)}
spec:
  curriculum: ${a.curriculum}
  start: ${a.start}
  # timezone: ${a.timezone}   # default: the program's
  groups: { min: 3, max: 6 }   # people per learning group; each group has one lead mentor

  # Recurring sessions, on these weekdays in the cohort's time zone. Without a
  # time, \`cohort plan\` chooses one per group inside everyone's working hours.
  touchpoints:
    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }
    - { type: code-review, cadence: biweekly, weekday: thu, duration: 1h }
    - { type: demo, cadence: monthly, weekday: fri, time: "15:00", duration: 1h, scope: cohort, title: Demo day }

  # EXAMPLE PARTICIPANTS: replace them with your learners. Ids are yours to
  # choose (records refer to people by id or email); a person may also have
  # timezone, workingHours, joined, left and track (short | deep).
  participants:
${people.join('\n')}

  # Projects, with the tools and data classes they use (see governance.yaml):
  # projects:
  #   - id: expense-approvals
  #     title: Expense pre-approval app
  #     team: [participant-1, participant-2]
  #     sponsor: finance.lead@example.com
  #     tools: [app-platform]
  #     dataClasses: [internal]
  #     capstone: true
`;
}

export function mentorsYaml(starter: StarterInfo, file: string): string {
  const skills = `[${starter.competencies.join(', ')}]`;
  return `${schemaLine(file, 'mentor-roster.schema.json')}apiVersion: cohort/v1
kind: MentorRoster
metadata:
  id: mentors
  name: Mentor roster
spec:
  # EXAMPLE MENTORS: replace them with your people. Skills are competency ids
  # from the curricula; the planner prefers leads whose skills cover the track.
  mentors:
    # Lead mentors guide one learning group each; capacity = groups at a time.
    - id: ${LEADS[0]}
      name: Example Lead Mentor 1
      email: lead.mentor.1@example.com
      tier: lead
      department: IT
      skills: ${skills}
      capacity: 2
    - id: ${LEADS[1]}
      name: Example Lead Mentor 2
      email: lead.mentor.2@example.com
      tier: lead
      department: IT
      skills: ${skills}
      capacity: 2

    # Community mentors are alumni and power users who give peer support;
    # capacity = learners at a time.
    - id: ${COMMUNITY_MENTOR}
      name: Example Community Mentor
      email: community.mentor.1@example.com
      tier: community
      department: Operations
      skills: ${skills}
      capacity: 6
`;
}

export function governanceYaml(today: string, file: string): string {
  return `${schemaLine(file, 'governance.schema.json')}apiVersion: cohort/v1
kind: Governance
metadata:
  id: governance
  name: Citizen development policy
spec:
  lastReviewed: ${today}
  reviewEvery: 6   # months; cohort validate warns when a review is overdue
  dataClasses:
    - { id: public, name: Public }
    - { id: internal, name: Internal }
    - { id: confidential, name: Confidential, requiresApproval: true }   # a project needs an approval
    - { id: restricted, name: Restricted, allowed: false }               # no citizen project may use it
  # The tools your organisation approves (Power Apps, Power Automate, AppSheet, …)
  # and the data classes each may touch.
  tools:
    - { id: app-platform, name: Low-code app platform, dataClasses: [public, internal, confidential] }
    - { id: automation-platform, name: Workflow automation, dataClasses: [public, internal] }
  # Who may approve projects that use data needing approval: mentor ids or emails.
  approvers: [${LEADS[0]}, data.steward@example.com]
  roles:
    - id: participant
      must:
        - Pass the data-handling module before working with internal data
        - Build in your personal or team environment, never directly in production
        - Get a governance approval before a project touches confidential data
      mayNot:
        - Share passwords or connection credentials in apps, flows or chats
        - Use restricted data in any citizen tool
    - id: lead-mentor
      must:
        - Hold a weekly check-in with the group
        - Review each project before its demo
        - Report governance incidents to security@example.com the same day
      mayNot:
        - Approve a project in which they are a team member
    - id: community-mentor
      must:
        - Answer questions in the support channel within two working days
        - Point learners to their lead mentor for decisions on data and scope
      mayNot:
        - Grant access to environments or data
`;
}
