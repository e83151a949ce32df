import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose } from '../helpers/program.js';

describe('the minimal rule-test program', () => {
  it('is valid, so each rule test changes exactly one thing', () => {
    expect(diagnose(MINIMAL)).toEqual([]);
  });
});
