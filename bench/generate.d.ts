// Types for the tests that build synthetic programs with generate.js.
export interface ProgramShape {
  cohorts?: number;
  participantsPerCohort?: number;
  mentors?: number;
  start?: string;
  staggerDays?: number;
  groupsMax?: number;
  seed?: number;
}
export function generateProgram(dir: string, shape?: ProgramShape): { dir: string } & Record<string, unknown>;
