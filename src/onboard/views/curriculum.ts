import type { CohortCalendar } from '../../calendar/cohort.js';
import type { Doc } from '../../program/model.js';
import { formatDate } from '../../util/dates.js';
import { dateLabel } from '../time.js';
import type { CredentialView, ModuleStepView } from './types.js';

/** The modules in the order the cohort takes them (prerequisites first), with their weeks and dates. */
export function learningPath(calendar: CohortCalendar, curriculum: Doc<'Curriculum'>): ModuleStepView[] {
  const spec = curriculum.value.spec;
  const names = new Map(spec.modules.map((m) => [m.id, m.name]));
  const competencies = new Map((spec.competencies ?? []).map((c) => [c.id, c.name]));
  return calendar.modules.map(({ module, firstWeek, lastWeek, start, end }, i) => ({
    step: i + 1,
    id: module.id,
    name: module.name,
    description: module.description ?? null,
    hours: module.hours,
    mode: module.mode ?? 'self-paced',
    prerequisites: (module.prerequisites ?? []).map((id) => ({ id, name: names.get(id) ?? id })),
    first_week: firstWeek + 1,
    last_week: lastWeek + 1,
    weeks_label: firstWeek === lastWeek ? `week ${firstWeek + 1}` : `weeks ${firstWeek + 1}–${lastWeek + 1}`,
    start: formatDate(start),
    start_label: dateLabel(formatDate(start)),
    end: formatDate(end),
    end_label: dateLabel(formatDate(end)),
    assessment: module.assessment ? { type: module.assessment.type, pass_percent: percent(module.assessment.passScore) } : null,
    competencies: Object.entries(module.competencies ?? {}).map(([id, level]) => ({ id, name: competencies.get(id) ?? id, level })),
    resources: (module.resources ?? []).map((r) => ({ title: r.title, url: r.url })),
  }));
}

/** The micro-credentials of the curriculum, with what each requires in words a learner can act on. */
export function credentialsView(curriculum: Doc<'Curriculum'>): CredentialView[] {
  const names = new Map(curriculum.value.spec.modules.map((m) => [m.id, m.name]));
  return (curriculum.value.spec.credentials ?? []).map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description ?? null,
    valid_for_months: c.validFor ?? null,
    modules: (c.requires.modules ?? []).map((id) => ({ id, name: names.get(id) ?? id })),
    attendance_percent: c.requires.attendance === undefined ? null : percent(c.requires.attendance),
    capstone: c.requires.capstone === true,
  }));
}

/** 0.75 → 75, rounded to a whole percent (0.333 → 33). */
function percent(share: number): number {
  return Math.round(share * 100);
}
