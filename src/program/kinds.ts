/** The document kinds of cohort/v1 and the schema file that defines each. */
export const API_VERSION = 'cohort/v1';

export const KINDS = {
  Program: 'program.schema.json',
  Curriculum: 'curriculum.schema.json',
  Cohort: 'cohort.schema.json',
  MentorRoster: 'mentor-roster.schema.json',
  Governance: 'governance.schema.json',
} as const;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];
export const COMMON_SCHEMA = 'common.schema.json';

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** `cohort schema mentor-roster` and `cohort schema MentorRoster` both work. */
export function kindFromName(name: string): Kind | undefined {
  const plain = name.toLowerCase().replace(/[-_]/g, '');
  return KIND_NAMES.find((kind) => kind.toLowerCase() === plain);
}
