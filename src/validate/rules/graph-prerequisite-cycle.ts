import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';

export const graphPrerequisiteCycle: Rule = {
  id: 'graph/prerequisite-cycle',
  severity: 'error',
  description: "A curriculum's module prerequisites must not form a cycle; the message shows the cycle's path.",
  check(ctx) {
    for (const curriculum of ctx.model.curricula) checkCurriculum(ctx, curriculum);
  },
};

const OPEN = 1;
const DONE = 2;

/**
 * A depth-first walk in file order; an edge back to a module still on the
 * walk closes a cycle, reported once at that prerequisite entry. The walk
 * keeps its own stack so a long chain of modules cannot overflow the call stack.
 */
function checkCurriculum(ctx: RuleContext, curriculum: Doc<'Curriculum'>): void {
  const modules = curriculum.value.spec.modules;
  const index = new Map<string, number>();
  modules.forEach((m, i) => index.has(m.id) || index.set(m.id, i));
  const state = new Array<number>(modules.length).fill(0);
  const edges = modules.map((m) => (m.prerequisites ?? []).map((name) => index.get(name)));
  for (let start = 0; start < modules.length; start++) {
    if (state[start] !== 0) continue;
    walk(start, edges, state, (cycle, from, j) => {
      const path = cycle.map((i) => modules[i]!.id).join(' → ');
      ctx.report({ doc: curriculum.source, path: ['spec', 'modules', from, 'prerequisites', j], message: `prerequisite cycle: ${path}`, hint: 'remove one prerequisite of the cycle: modules run in prerequisite order, and a cycle has none' });
    });
  }
}

type OnCycle = (cycle: number[], from: number, entry: number) => void;

function walk(start: number, edges: Array<Array<number | undefined>>, state: number[], onCycle: OnCycle): void {
  const stack = [{ node: start, next: 0 }];
  state[start] = OPEN;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const targets = edges[top.node]!;
    if (top.next >= targets.length) {
      state[top.node] = DONE;
      stack.pop();
      continue;
    }
    const entry = top.next++;
    const target = targets[entry];
    if (target === undefined) continue; // an unknown module: ref/prerequisite reports it
    if (state[target] === OPEN) onCycle(cycleTo(stack, target), top.node, entry);
    else if (state[target] === 0) {
      state[target] = OPEN;
      stack.push({ node: target, next: 0 });
    }
  }
}

/** The modules on the walk from `target` to the top, then `target` again: the cycle as the user reads it. */
function cycleTo(stack: ReadonlyArray<{ node: number }>, target: number): number[] {
  const nodes = stack.map((frame) => frame.node);
  return [...nodes.slice(nodes.indexOf(target)), target];
}
