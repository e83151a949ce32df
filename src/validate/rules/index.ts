import type { Rule } from '../rule.js';
import { CONSISTENCY_RULES } from './consistency-rules.js';
import { REFERENCE_RULES } from './reference-rules.js';

/** Every cross-reference and consistency rule; a test fails when a rule file is missing here. */
export const RULES: readonly Rule[] = [...REFERENCE_RULES, ...CONSISTENCY_RULES];
