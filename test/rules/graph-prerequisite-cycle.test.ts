import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_CURRICULUM, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'graph/prerequisite-cycle';
const CURRICULUM = 'curricula/basics.yaml';

/** MINIMAL's curriculum with `extra` modules appended after data (each `id: [prerequisites]`). */
function withModules(extra: Record<string, string[]>, base = MINIMAL): Record<string, string> {
  const text = Object.entries(extra)
    .map(([id, prerequisites]) => `    - { id: ${id}, name: ${id}, hours: 2, prerequisites: [${prerequisites.join(', ')}] }\n`)
    .join('');
  return edit(CURRICULUM, '      competencies: { data-modeling: 1 }\n', `      competencies: { data-modeling: 1 }\n${text}`, base);
}

const introNeedsData = edit(CURRICULUM, '      hours: 4\n', '      hours: 4\n      prerequisites: [data]\n');
const introNeedsShip = edit(CURRICULUM, '      hours: 4\n', '      hours: 4\n      prerequisites: [ship]\n');

describe(RULE, () => {
  const cases = [
    { name: 'a chain', files: MINIMAL, expected: [] },
    { name: 'a diamond is not a cycle', files: withModules({ apps: ['intro'], ship: ['data', 'apps'] }), expected: [] },
    { name: 'an unknown prerequisite is left to ref/prerequisite', files: edit(CURRICULUM, 'prerequisites: [intro]', 'prerequisites: [intr]'), expected: [] },
    { name: 'a module that needs itself', files: edit(CURRICULUM, 'prerequisites: [intro]', 'prerequisites: [intro, data]'), expected: [`${CURRICULUM}:18:30 ${RULE}`] },
    { name: 'two modules that need each other, once', files: introNeedsData, expected: [`${CURRICULUM}:19:23 ${RULE}`] },
    { name: 'a longer cycle, once', files: withModules({ ship: ['data'] }, introNeedsShip), expected: [`${CURRICULUM}:19:23 ${RULE}`] },
    { name: 'two separate cycles', files: withModules({ a: ['b'], b: ['a'] }, introNeedsData), expected: [`${CURRICULUM}:19:23 ${RULE}`, `${CURRICULUM}:22:51 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('shows the cycle path in prerequisite order', () => {
    expect(findingsOf(RULE, introNeedsData).map((f) => f.message)).toEqual(['prerequisite cycle: intro → data → intro']);
    expect(findingsOf(RULE, withModules({ ship: ['data'] }, introNeedsShip)).map((f) => f.message)).toEqual(['prerequisite cycle: intro → ship → data → intro']);
  });

  it('walks a long chain without overflowing the stack', () => {
    // In a curriculum no cohort follows, so only the rules, not the planner, see the chain.
    const chain = Array.from({ length: 20_000 }, (_, i) => `    - { id: m${i}, name: m, hours: 1, prerequisites: [${i === 0 ? 'flows' : `m${i - 1}`}] }\n`).join('');
    const files = withFile('curricula/advanced.yaml', OTHER_CURRICULUM + chain + '    - { id: end, name: End, hours: 1, prerequisites: [m19999] }\n');
    expect(whereRule(RULE, files)).toEqual([]);
    const closed = files['curricula/advanced.yaml']!.replace('prerequisites: [flows]', 'prerequisites: [end]');
    expect(findingsOf(RULE, withFile('curricula/advanced.yaml', closed))).toHaveLength(1);
  });
});
