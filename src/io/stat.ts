import { statSync } from 'node:fs';

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
