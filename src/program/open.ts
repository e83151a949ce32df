import path from 'node:path';
import type { GlobalOptions } from '../context.js';
import { findRoot } from './discover.js';
import { type LoadedProgram, loadProgram } from './load.js';

export interface OpenedProgram extends LoadedProgram {
  /** The absolute output folder: --out (relative to the working directory), else <root>/out. */
  out: string;
}

/** Where a program and its outputs are, before anything is read. */
export interface ProgramPlace {
  root: string;
  out: string;
}

/** Root discovery as every command does it, honouring --program and --out. */
export function locateProgram(options: GlobalOptions): ProgramPlace {
  const root = findRoot(options.cwd, options.program);
  const out = options.out !== undefined ? path.resolve(options.cwd, options.out) : path.join(root, 'out');
  return { root, out };
}

/** Root discovery and loading (see locateProgram); `place` when already located. */
export function openProgram(options: GlobalOptions, place: ProgramPlace = locateProgram(options)): OpenedProgram {
  return { ...loadProgram(place.root, { out: place.out }), out: place.out };
}
