import { MAX_WEEKS, curriculumWeeks } from '../../calendar/cohort.js';
import type { PathSegment } from '../../program/locate.js';
import type { CurriculumSpec } from '../../program/model.js';
import { parseDate } from '../../util/dates.js';
import type { Rule, RuleContext } from '../rule.js';
import { cohortSpans } from './timeline.js';

export const timeLength: Rule = {
  id: 'time/length',
  severity: 'error',
  description: `A curriculum runs at most ${MAX_WEEKS} weeks (modules at hoursPerWeek, then the capstone): a longer one is a typo in hours, hoursPerWeek or capstone weeks; and no cohort ends after 9999-12-31.`,
  check(ctx) {
    checkCurricula(ctx);
    checkCohortEnds(ctx);
  },
};

function checkCurricula(ctx: RuleContext): void {
  for (const curriculum of ctx.model.curricula) {
    const spec = curriculum.value.spec;
    const weeks = curriculumWeeks(spec);
    if (weeks.total <= MAX_WEEKS) continue;
    ctx.report({
      doc: curriculum.source,
      path: culprit(spec, weeks),
      message: `the curriculum runs ${describe(weeks.total)} (${describe(weeks.modules)} of modules at ${spec.hoursPerWeek} hours a week${weeks.capstone > 0 ? `, then ${describe(weeks.capstone)} of capstone` : ''}); at most ${MAX_WEEKS} weeks`,
      hint: 'check the modules\' hours, hoursPerWeek and the capstone\'s weeks',
    });
  }
}

/** The last date a calendar can hold: past it, dates stop having four-digit years. */
const LAST_DAY = parseDate('9999-12-31')!;

/** A cohort whose calendar would run past 9999-12-31 (a start year typed as 9999, say). */
function checkCohortEnds(ctx: RuleContext): void {
  for (const span of cohortSpans(ctx.model)) {
    if (span.end > LAST_DAY) ctx.report({ doc: span.doc.source, path: ['spec', 'start'], message: 'the cohort would end after 9999-12-31', hint: 'check the start year' });
  }
}

/** Where the length comes from: a module whose hours alone are too many, else the larger share (capstone weeks, or the pace of the modules). */
function culprit(spec: CurriculumSpec, weeks: { modules: number; capstone: number }): PathSegment[] {
  const longest = spec.modules.reduce((best, m, i) => (m.hours > (spec.modules[best]?.hours ?? -1) ? i : best), 0);
  if (Math.ceil(spec.modules[longest]!.hours / spec.hoursPerWeek) > MAX_WEEKS) return ['spec', 'modules', longest, 'hours'];
  return weeks.capstone >= weeks.modules ? ['spec', 'capstone', 'weeks'] : ['spec', 'hoursPerWeek'];
}

function describe(weeks: number): string {
  if (!Number.isFinite(weeks) || weeks > 1e9) return 'more than a billion weeks';
  return `${weeks.toLocaleString('en-US')} week${weeks === 1 ? '' : 's'}`;
}
