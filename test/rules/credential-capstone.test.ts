import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { findingsOf, whereRule } from './reference.fixture.js';

const RULE = 'credential/capstone';
const CURRICULUM = 'curricula/basics.yaml';
/** MINIMAL's curriculum without its capstone (line 21): basics-badge's requires, with capstone: true, moves to line 23 (the value at column 65). */
const NO_CAPSTONE = edit(CURRICULUM, '  capstone: { name: Capstone, weeks: 2, prerequisites: [data] }\n', '');
const SECOND_CREDENTIAL = `      validFor: 24
    - id: basics-plus
      name: Basics plus
      requires: { attendance: 0.9, capstone: true }
`;

describe(RULE, () => {
  const cases = [
    { name: 'a credential requiring the capstone of a curriculum that has one', files: MINIMAL, expected: [] },
    { name: 'a credential requiring the capstone of a curriculum without one', files: NO_CAPSTONE, expected: [`${CURRICULUM}:23:65 ${RULE}`] },
    { name: 'capstone: false in a curriculum without one', files: edit(CURRICULUM, 'capstone: true }', 'capstone: false }', NO_CAPSTONE), expected: [] },
    { name: 'no capstone requirement in a curriculum without one', files: edit(CURRICULUM, ', capstone: true }', ' }', NO_CAPSTONE), expected: [] },
    { name: 'each credential requiring it is reported', files: edit(CURRICULUM, '      validFor: 24\n', SECOND_CREDENTIAL, NO_CAPSTONE), expected: [`${CURRICULUM}:23:65 ${RULE}`, `${CURRICULUM}:27:46 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('names the credential and the curriculum, and says how to fix it', () => {
    expect(findingsOf(RULE, NO_CAPSTONE)).toMatchObject([
      {
        severity: 'warning',
        message: 'credential basics-badge requires the capstone, but curriculum basics has none, so no cohort plans one to earn it in',
        hint: "give the curriculum a capstone ({ name, weeks }), or drop capstone: true from the credential's requires",
      },
    ]);
  });
});
