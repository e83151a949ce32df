import type { Rule } from '../rule.js';

/** Every cross-reference and consistency rule; a test fails when a rule file is missing here. */
export const RULES: readonly Rule[] = [];
