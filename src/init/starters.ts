import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { yamlLib } from '../program/yaml-lib.js';

/** templates/starters/ of this package, from src/ (tests) and dist/ (the binary) alike. */
export const STARTERS_DIR = fileURLToPath(new URL('../../templates/starters/', import.meta.url));

/** Starter id (the file name without .yaml) → the file's text, in id order. */
export function readStarters(dir = STARTERS_DIR): Record<string, string> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return Object.fromEntries(files.map((f) => [f.slice(0, -'.yaml'.length), readFileSync(dir + f, 'utf8')]));
}

/** What the scaffold and the prompt need to know about a starter. */
export interface StarterInfo {
  id: string;
  /** metadata.name of the curriculum. */
  name: string;
  /** The `# starter: …` line at the top of the file. */
  description: string;
  /** Competency ids, for the placeholder mentors' skills. */
  competencies: string[];
}

export function starterInfo(id: string, text: string): StarterInfo {
  const doc = yamlLib().parse(text) as { metadata?: { name?: string }; spec?: { competencies?: Array<{ id: string }> } };
  return {
    id,
    name: doc.metadata?.name ?? id,
    description: /^# starter: *(.*)$/m.exec(text)?.[1]?.trim() ?? '',
    competencies: (doc.spec?.competencies ?? []).map((c) => c.id),
  };
}

/** The starter's text without its own header comments (`# starter:`, `# yaml-language-server:`), which the scaffold replaces. */
export function starterBody(text: string): string {
  return text.replace(/^(?:# (?:starter|yaml-language-server):.*\n)+/, '');
}
