import type { ProgramModel } from '../program/model.js';
import type { DayNumber } from '../util/dates.js';
import type { Finding } from './report.js';

/**
 * A rule is a unit: its id, default severity, a one-line description (shown
 * in SARIF and the README), and a check that reports findings. Checks read the
 * model only; they never print, throw on bad input, or read the clock.
 */
export interface Rule {
  id: string;
  severity: 'error' | 'warning';
  description: string;
  check(ctx: RuleContext): void;
}

export interface RuleContext {
  model: ProgramModel;
  /** The date to judge "overdue" against: --today, else today in the program's zone. */
  today: DayNumber;
  report(finding: Finding): void;
}
