import type { Doc, SuccessCriterion } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';

export const programCriteria: Rule = {
  id: 'program/criteria',
  severity: 'error',
  description: 'Success criteria bounds fit their metric (shares 0..1, ratings 1..5, mentor_load_max a positive whole number) and min is at most max.',
  check(ctx) {
    const program = ctx.model.program;
    for (const [i, criterion] of (program?.value.spec.successCriteria ?? []).entries()) checkCriterion(ctx, program!, i, criterion);
  },
};

type Metric = SuccessCriterion['metric'];

/** What values a metric takes, and how to say so. */
interface Scale {
  fits(value: number): boolean;
  says: string;
  hint(value: number): string;
}

const SHARE: Scale = {
  fits: (v) => v >= 0 && v <= 1,
  says: 'a share from 0 to 1',
  // 80 almost always means 80 %.
  hint: (v) => (v > 1 && v <= 100 ? `write ${v / 100} for ${v} %` : 'write a share such as 0.8 for 80 %'),
};
const RATING: Scale = { fits: (v) => v >= 1 && v <= 5, says: 'a rating from 1 to 5', hint: () => 'write a rating such as 4 or 4.5' };
const LEARNERS: Scale = { fits: (v) => Number.isInteger(v) && v > 0, says: 'a positive whole number of learners', hint: () => 'write a whole number such as 8' };

function scaleOf(metric: Metric): Scale {
  if (metric === 'mentor_load_max') return LEARNERS;
  return metric.endsWith('_avg') ? RATING : SHARE;
}

function checkCriterion(ctx: RuleContext, program: Doc<'Program'>, i: number, criterion: SuccessCriterion): void {
  const scale = scaleOf(criterion.metric);
  const at = (bound: 'min' | 'max') => ({ doc: program.source, path: ['spec', 'successCriteria', i, bound] });
  for (const bound of ['min', 'max'] as const) {
    const value = criterion[bound];
    if (value === undefined || scale.fits(value)) continue;
    ctx.report({ ...at(bound), message: `${criterion.metric} is ${scale.says}; ${bound} ${value} is outside it`, hint: scale.hint(value) });
  }
  const { min, max } = criterion;
  if (min !== undefined && max !== undefined && min > max) {
    ctx.report({ ...at('min'), message: `min (${min}) is greater than max (${max}), so no value can meet ${criterion.metric}`, hint: 'swap min and max, or drop one of them' });
  }
}
