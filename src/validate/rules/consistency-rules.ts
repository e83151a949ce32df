import type { Rule } from '../rule.js';
import { capacityCommunityMentors } from './capacity-community-mentors.js';
import { capacityGroups } from './capacity-groups.js';
import { capacityLeadMentors } from './capacity-lead-mentors.js';
import { capacityLeadPins } from './capacity-lead-pins.js';
import { credentialAssessed } from './credential-assessed.js';
import { credentialCapstone } from './credential-capstone.js';
import { governanceApproval } from './governance-approval.js';
import { governanceForbiddenDataClass } from './governance-forbidden-data-class.js';
import { governanceReviewOverdue } from './governance-review-overdue.js';
import { governanceToolDataClass } from './governance-tool-data-class.js';
import { pinsConflict } from './pins-conflict.js';
import { programCriteria } from './program-criteria.js';
import { timeClock } from './time-clock.js';
import { timeDate } from './time-date.js';
import { timeDuration } from './time-duration.js';
import { timeLength } from './time-length.js';
import { timeRange } from './time-range.js';
import { timeSamePerson } from './time-same-person.js';
import { timeTimezone } from './time-timezone.js';

/** Rules about dates, time zones, governance, pins, capacity, criteria and credentials. */
export const CONSISTENCY_RULES: readonly Rule[] = [
  governanceForbiddenDataClass,
  governanceApproval,
  governanceToolDataClass,
  governanceReviewOverdue,
  timeTimezone,
  timeDate,
  timeRange,
  timeClock,
  timeDuration,
  timeLength,
  timeSamePerson,
  capacityGroups,
  pinsConflict,
  capacityLeadMentors,
  capacityLeadPins,
  capacityCommunityMentors,
  programCriteria,
  credentialAssessed,
  credentialCapstone,
];
