import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** A regular file, links followed: not a folder, a pipe, a socket or a device, nor a link that points nowhere. */
export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A folder, links followed (a link that points nowhere, or cannot be followed, is not one). */
export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest folder from `from` upwards (itself included) that holds an entry `name`, as git finds `.git`; undefined at the top. */
export function nearestFolderWith(from: string, name: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, name))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A relative path with forward slashes, as findings and files name paths on every system. */
export function posixPath(relative: string): string {
  return relative.split(path.sep).join('/');
}
