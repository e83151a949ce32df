import type { RuleInfo } from '../format/types.js';

/**
 * Findings of the reading and schema stages. They carry rule ids like every
 * finding, but they are always errors: a file that cannot be read, or a
 * document of the wrong shape, leaves nothing trustworthy to check further.
 */
export const STAGE_RULES: readonly RuleInfo[] = [
  { id: 'yaml/syntax', severity: 'error', description: 'The file is not well-formed YAML (including tab indentation).' },
  { id: 'yaml/duplicate-key', severity: 'error', description: 'A mapping has the same key twice.' },
  { id: 'yaml/directive', severity: 'error', description: 'A %YAML or %TAG directive; cohort reads YAML 1.2 core only.' },
  { id: 'yaml/tag', severity: 'error', description: 'An explicit tag such as !!binary or !custom; program values are plain YAML 1.2 core values.' },
  { id: 'yaml/alias', severity: 'error', description: 'An alias that refers to its own container or to no anchor before it, or more alias expansions than a program needs (an alias bomb).' },
  { id: 'yaml/too-deep', severity: 'error', description: 'Nesting deeper than any program document needs.' },
  { id: 'yaml/too-large', severity: 'error', description: 'A file over the size limit for program documents.' },
  { id: 'yaml/encoding', severity: 'error', description: 'The file is not UTF-8.' },
  { id: 'yaml/empty', severity: 'error', description: 'A YAML file below the program root holds no document.' },
  { id: 'load/not-a-document', severity: 'error', description: 'A YAML file below the program root is not a cohort document (no apiVersion and kind).' },
  { id: 'schema/api-version', severity: 'error', description: 'apiVersion is missing or not a version this cohort reads.' },
  { id: 'schema/kind', severity: 'error', description: 'kind is missing or not one of Program, Curriculum, Cohort, MentorRoster, Governance.' },
  { id: 'schema/unknown-field', severity: 'error', description: 'A field the format does not have (often a typo).' },
  { id: 'schema/required', severity: 'error', description: 'A required field is missing.' },
  { id: 'schema/type', severity: 'error', description: 'A value has the wrong type (text, number, list, mapping, true/false).' },
  { id: 'schema/enum', severity: 'error', description: 'A value is not one of the allowed words.' },
  { id: 'schema/format', severity: 'error', description: 'A value does not have the expected form (id, date, time, duration, email).' },
  { id: 'schema/range', severity: 'error', description: 'A number or list is outside its allowed range or length.' },
  { id: 'schema/unique', severity: 'error', description: 'A list holds the same item twice.' },
  { id: 'schema/shape', severity: 'error', description: 'A value matches none of the forms allowed at that place.' },
  { id: 'schema/invalid', severity: 'error', description: 'A value breaks another constraint of the schema.' },
  { id: 'config/unknown-rule', severity: 'warning', description: 'Program.spec.rules names a rule that does not exist, or a reading or schema rule (yaml/*, load/*, schema/*, config/*), whose severity never changes.' },
];
