import type { Doc, ProgramModel } from '../../program/model.js';
import type { PathSegment } from '../../program/locate.js';
import { parseDuration } from '../../util/dates.js';
import type { Rule } from '../rule.js';

export const timeDuration: Rule = {
  id: 'time/duration',
  severity: 'error',
  description: 'Every touchpoint and community duration is longer than zero and shorter than a day.',
  check(ctx) {
    for (const { doc, path, text } of durations(ctx.model)) {
      const minutes = parseDuration(text);
      // The schema checked the form but admits zero ("0m", "0h0m"); that is all parseDuration rejects here.
      if (minutes === undefined) ctx.report({ doc: doc.source, path, message: `duration "${text}" is zero`, hint: 'write a length such as 30m, 1h or 1h30m' });
      else if (minutes >= 24 * 60) ctx.report({ doc: doc.source, path, message: `duration "${text}" is a day or longer`, hint: 'a session must fit within one day' });
    }
  },
};

interface Located {
  doc: Doc;
  path: PathSegment[];
  text: string;
}

function durations(model: ProgramModel): Located[] {
  const found: Located[] = [];
  for (const [i, community] of (model.program?.value.spec.communities ?? []).entries()) {
    if (community.duration !== undefined) found.push({ doc: model.program!, path: ['spec', 'communities', i, 'duration'], text: community.duration });
  }
  for (const cohort of model.cohorts) {
    for (const [i, touchpoint] of (cohort.value.spec.touchpoints ?? []).entries()) found.push({ doc: cohort, path: ['spec', 'touchpoints', i, 'duration'], text: touchpoint.duration });
  }
  return found;
}
