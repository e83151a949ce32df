import type { SuccessCriterion } from '../program/model.js';
import { holdsCredential, passedAll, pooledRate, share } from './cohorts.js';
import type { CohortReport, CriterionResult, ParticipantReport, ProjectReport } from './types.js';

/**
 * Success criteria (FORMAT.md "Criteria"), program-wide and per cohort.
 * A metric without data is n/a: neither met nor missed.
 */
export interface MetricInputs {
  cohorts: readonly CohortReport[];
  participants: readonly ParticipantReport[];
  projects: readonly ProjectReport[];
  /** Peer ratings: all of them, and per cohort id (the cohort of the person rated). */
  peer: { value: number | null; perCohort: Map<string, number | null> };
  /** Most learners one mentor serves at a time: over the plan, and within each cohort id. */
  mentorLoad: { value: number | null; perCohort: Map<string, number | null> };
}

type Metric = SuccessCriterion['metric'];
type Value = (participants: readonly ParticipantReport[], projects: readonly ProjectReport[]) => number | null;

const ended = (cohorts: readonly CohortReport[]) => new Set(cohorts.filter((c) => c.state === 'ended').map((c) => c.cohort));
const mean = (values: number[]): number | null => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Metrics computed the same way over everyone and over one cohort. */
function pooled(metric: Metric, endedCohorts: Set<string>): Value | undefined {
  switch (metric) {
    case 'attendance_rate':
      return (people) => pooledRate(people);
    case 'credential_rate':
      return (people) => share(people.filter((p) => endedCohorts.has(p.cohort)), holdsCredential);
    case 'completion_rate':
      return (people) => share(people.filter((p) => endedCohorts.has(p.cohort)), passedAll);
    case 'on_time_delivery':
      return (_, projects) => share(projects.filter((p) => p.onTime !== null), (p) => p.onTime === true);
    case 'stakeholder_satisfaction_avg':
      return (_, projects) => mean(projects.flatMap((p) => (p.satisfaction !== null ? [p.satisfaction] : [])));
    default:
      return undefined;
  }
}

export function metricValues(metric: Metric, inputs: MetricInputs): { value: number | null; perCohort: Record<string, number | null> } {
  const perCohort: Record<string, number | null> = {};
  const fromPlan = metric === 'peer_feedback_avg' ? inputs.peer : metric === 'mentor_load_max' ? inputs.mentorLoad : undefined;
  if (fromPlan) {
    for (const c of inputs.cohorts) perCohort[c.cohort] = fromPlan.perCohort.get(c.cohort) ?? null;
    return { value: fromPlan.value, perCohort };
  }
  const compute = pooled(metric, ended(inputs.cohorts));
  if (!compute) {
    for (const c of inputs.cohorts) perCohort[c.cohort] = null;
    return { value: null, perCohort };
  }
  for (const c of inputs.cohorts) {
    perCohort[c.cohort] = compute(
      inputs.participants.filter((p) => p.cohort === c.cohort),
      inputs.projects.filter((p) => p.cohort === c.cohort),
    );
  }
  return { value: compute(inputs.participants, inputs.projects), perCohort };
}

export function scoreCriteria(criteria: readonly SuccessCriterion[], inputs: MetricInputs): CriterionResult[] {
  return criteria.map((criterion) => {
    const { value, perCohort } = metricValues(criterion.metric, inputs);
    const min = criterion.min ?? null;
    const max = criterion.max ?? null;
    return { metric: criterion.metric, min, max, value, status: judge(value, min, max), perCohort };
  });
}

export function judge(value: number | null, min: number | null, max: number | null): CriterionResult['status'] {
  if (value === null) return 'n/a';
  return (min === null || value >= min) && (max === null || value <= max) ? 'met' : 'missed';
}
