// `--out /dev/stdout` (or /dev/stderr, /dev/fd/1, a path that is the file stdout is redirected
// to) names the stream the command prints its answer and progress on: the file would be written
// through a second descriptor, at its own offset, and the two would overwrite or cut into each other.

import { fstatSync, statSync } from 'node:fs';
import { UsageError } from './usage-error.js';

const sameFile = (path: string, fd: number): boolean => {
  try {
    const a = statSync(path);
    const b = fstatSync(fd);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false; // a new file, or no such descriptor
  }
};

/**
 * Refuses an output path that is this process's standard output or error.
 *
 * @param option - the option's name, for the message (`--out`).
 * @param path - the absolute output path.
 * @throws UsageError (exit 2) when `path` is the file, pipe or terminal behind stdout or stderr.
 * @remarks Time O(1): two stat calls.
 */
export function refuseOwnOutput(option: string, path: string): void {
  for (const [fd, name] of [
    [1, 'standard output'],
    [2, 'standard error'],
  ] as const)
    if (sameFile(path, fd))
      throw new UsageError(
        `${option} ${path} is this command's ${name}, where it prints too: the two would overwrite each other; give a file (${option} report.html).`,
      );
}
