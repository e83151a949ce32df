import { inRepository } from '../io/repository.js';
import type { Formatter } from './types.js';

/** GitHub Actions workflow commands: each finding shows inline on the pull request (files named from the repository root). */
export const github: Formatter = ({ diagnostics, repositoryPath }) =>
  diagnostics
    .map((d) => {
      const props = [`file=${property(inRepository(d.file, repositoryPath))}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${property(d.rule)}`];
      const text = d.hint ? `${d.message}. ${d.hint}` : d.message;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(text)}\n`;
    })
    .join('');

// Escaping as the Actions runner expects: data escapes %, CR, LF; properties also : and ,.
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
