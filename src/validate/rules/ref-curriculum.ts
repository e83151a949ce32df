import type { Rule } from '../rule.js';
import { checkReference } from './lookup.js';

export const refCurriculum: Rule = {
  id: 'ref/curriculum',
  severity: 'error',
  description: "A cohort's curriculum must name a Curriculum document.",
  check(ctx) {
    const known = ctx.model.curricula.map((c) => c.value.metadata.id);
    for (const cohort of ctx.model.cohorts) {
      checkReference(ctx, { doc: cohort, path: ['spec', 'curriculum'] }, cohort.value.spec.curriculum, 'curriculum', known, ctx.model.declaredIds.Curriculum, 'name the metadata.id of a Curriculum document');
    }
  },
};
