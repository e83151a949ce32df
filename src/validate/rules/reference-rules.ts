import type { Rule } from '../rule.js';
import { refCurriculum } from './ref-curriculum.js';

/** Rules that check names point at something that exists, and that ids are unique. */
export const REFERENCE_RULES: readonly Rule[] = [refCurriculum];
