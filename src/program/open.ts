import path from 'node:path';
import type { GlobalOptions } from '../context.js';
import { findRoot } from './discover.js';
import { type LoadedProgram, loadProgram } from './load.js';

export interface OpenedProgram extends LoadedProgram {
  /** The absolute output folder: --out (relative to the working directory), else <root>/out. */
  out: string;
}

/** Root discovery and loading as every command does it, honouring --program and --out. */
export function openProgram(options: GlobalOptions): OpenedProgram {
  const root = findRoot(options.cwd, options.program);
  const out = options.out !== undefined ? path.resolve(options.cwd, options.out) : path.join(root, 'out');
  return { ...loadProgram(root, { out }), out };
}
