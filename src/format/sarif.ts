import { inRepository } from '../io/repository.js';
import type { Formatter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const PROGRAM_ROOT = { id: 'PROGRAMROOT', description: 'The program root (the folder holding program.yaml)' };
const REPOSITORY_ROOT = { id: 'SRCROOT', description: 'The root of the repository holding the program' };

/** SARIF 2.1.0 for code-scanning upload: one run, rule metadata, physical locations. */
export const sarif: Formatter = ({ diagnostics, rules, toolVersion, repositoryPath }) => {
  const ruleIds = rules.map((r) => r.id);
  // Code scanning reads relative URIs from the repository root: inside one, files are named from there.
  const base = repositoryPath === undefined ? PROGRAM_ROOT : REPOSITORY_ROOT;
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cohort',
            version: toolVersion,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: r.severity },
            })),
          },
        },
        originalUriBaseIds: { [base.id]: { description: { text: base.description } } },
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(ruleIds.includes(d.rule) ? { ruleIndex: ruleIds.indexOf(d.rule) } : {}),
          level: d.severity,
          message: { text: d.hint ? `${d.message}. ${d.hint}` : d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativeUri(inRepository(d.file, repositoryPath)), uriBaseId: base.id },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A relative path (forward slashes) as a URI reference: each segment percent-encoded, so spaces, `%`, `:` and `,` cannot change its meaning. */
function relativeUri(file: string): string {
  // A lone surrogate (possible in Windows file names) would make encodeURIComponent throw: it becomes U+FFFD.
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')))
    .join('/');
}
