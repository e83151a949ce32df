import type { input as inquirerInput } from '@inquirer/prompts';
import { type Problem, nameProblem, startProblem, timezoneProblem } from './answers.js';
import type { StarterInfo } from './starters.js';

/** The four questions of `cohort init`; each receives the answer a bare Enter gives. */
export interface Ask {
  name(suggested: string): Promise<string>;
  timezone(suggested: string): Promise<string>;
  curriculum(starters: readonly StarterInfo[], suggested: string): Promise<string>;
  start(suggested: string): Promise<string>;
}

type InputConfig = Parameters<typeof inquirerInput>[0];
type PromptContext = Parameters<typeof inquirerInput>[1];

export interface SelectConfig {
  message: string;
  choices: Array<{ value: string; name: string; description: string }>;
  default: string;
}

/** The two @inquirer/prompts functions the questions use; tests pass them rendered on a fake terminal. */
export interface Prompts {
  input(config: InputConfig, context?: PromptContext): Promise<string>;
  select(config: SelectConfig, context?: PromptContext): Promise<string>;
}

/** A prompt's `validate`: true, or the problem and its fix shown under the answer. */
function valid(check: (value: string) => Problem | undefined): (value: string) => true | string {
  return (value) => {
    const problem = check(value.trim());
    return problem ? `${problem.message}: ${problem.hint}` : true;
  };
}

/**
 * The questions asked with @inquirer/prompts, which is imported here, on
 * first use, so `validate` and `init --yes` never load it.
 */
export async function inquirerAsk(options: { prompts?: Prompts; context?: PromptContext } = {}): Promise<Ask> {
  const prompts: Prompts = options.prompts ?? (await import('@inquirer/prompts'));
  const { context } = options;
  const text = async (config: InputConfig) => (await prompts.input(config, context)).trim();
  return {
    name: (suggested) => text({ message: 'Academy name', default: suggested, validate: valid(nameProblem) }),
    timezone: (suggested) => text({ message: 'Time zone (IANA, e.g. Europe/Berlin)', default: suggested, validate: valid(timezoneProblem) }),
    curriculum: (starters, suggested) =>
      prompts.select(
        {
          message: 'First curriculum',
          choices: starters.map((s) => ({ value: s.id, name: `${s.id}: ${s.name}`, description: s.description })),
          default: suggested,
        },
        context,
      ),
    start: (suggested) => text({ message: 'First cohort starts on (YYYY-MM-DD)', default: suggested, validate: valid(startProblem) }),
  };
}
