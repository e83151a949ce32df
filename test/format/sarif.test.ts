import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/format/sarif.js';

const finding = (file: string) => ({ file, line: 3, column: 5, endLine: 3, endColumn: 9, severity: 'error' as const, rule: 'ref/tool', message: 'unknown tool' });
const uriOf = (file: string) => {
  const log = JSON.parse(sarif({ diagnostics: [finding(file)], summary: { errors: 1, warnings: 0, files: 1 }, rules: [], lineText: () => '', color: false, toolVersion: '0.0.0' }));
  return log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
};

describe('sarif file locations', () => {
  it('percent-encodes each path segment, so a file name cannot read as a scheme or an escape', () => {
    expect(uriOf('cohorts/spring 2026.yaml')).toBe('cohorts/spring%202026.yaml');
    expect(uriOf('cohorts/we,ird:na me%.yaml')).toBe('cohorts/we%2Cird%3Ana%20me%25.yaml');
    expect(uriOf('cohorts/été.yaml')).toBe('cohorts/%C3%A9t%C3%A9.yaml');
    // A lone surrogate (a Windows file name may hold one) cannot be encoded: it is written as U+FFFD rather than stopping the log.
    expect(uriOf('cohorts/a\uD800b.yaml')).toBe('cohorts/a%EF%BF%BDb.yaml');
  });

  it('leaves ordinary paths as they are, and every path decodes back to the file', () => {
    expect(uriOf('program.yaml')).toBe('program.yaml');
    for (const file of ['program.yaml', 'cohorts/spring 2026.yaml', 'a/b,c/d%e.yaml']) expect(decodeURIComponent(uriOf(file))).toBe(file);
  });
});
