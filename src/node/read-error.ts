// The error of a file that cannot be read (missing, a directory, no permission, a symlink loop): a READ_ERROR
// naming the reader, the path and the reason in words, with the system error as `cause`.

import { HandshakesError, message } from '../errors.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a loop of symbolic links',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error (a damaged disk or a network drive that went away?)',
};

/** The READ_ERROR for `path`, which `where` could not open or read. */
export function readError(where: string, path: string, error: unknown): HandshakesError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why = (code !== undefined && REASONS[code]) || (error as Error).message.split('\n')[0];
  return new HandshakesError('READ_ERROR', message(where, `cannot read ${path}: ${why}.`), { cause: error });
}
