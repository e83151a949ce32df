/**
 * A YAML scalar for a user-given string: plain when it reads back as the same
 * string under YAML 1.2 core, double-quoted otherwise (JSON's escapes are
 * valid in YAML double quotes).
 */
export function yamlString(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} _.,'()&+/-]*$/u.test(value) && !/ $/.test(value);
  const looksTyped = /^[-+.\d]/.test(value) || /^(true|false|null|~)$/i.test(value);
  return plain && !looksTyped ? value : JSON.stringify(value);
}

/**
 * The npm name the new program installs cohort under: its package.json pins
 * it and the $schema lines point into node_modules/<it>. A test keeps it
 * equal to the name in cohort's own package.json.
 */
export const COHORT_PACKAGE = 'cohort';

/** `# yaml-language-server: $schema=…` pointing into the program's own node_modules/cohort, relative to the file. */
export function schemaLine(filePath: string, schemaFile: string): string {
  const depth = filePath.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}node_modules/${COHORT_PACKAGE}/schemas/${schemaFile}\n`;
}
