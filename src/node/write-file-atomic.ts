// Output files that are never half-written: the content goes to a temporary file in the target's
// folder (same file system, so the final rename is atomic), which replaces the target only once
// complete. On failure or cancellation the temporary file is removed and a previous file is intact.

import { randomBytes } from 'node:crypto';
import { chmod, lstat, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { throwIfAborted } from '../abort.js';
import { HandshakesError, WriteError } from '../errors.js';

/** Options of `writeFileAtomic`. */
export interface WriteFileAtomicOptions {
  /** Cancels the write: the temporary file is removed and an `AbortError` thrown. */
  signal?: AbortSignal;
  /** Told about the temporary file before it is created (`'created'`) and once it is gone (`'removed'`, `'renamed'`), e.g. to clean it up from another thread. */
  onTempFile?: (path: string, state: 'created' | 'removed' | 'renamed') => void;
  /** The function name used in error messages (default `'writeFileAtomic'`). */
  where?: string;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large (the file-size limit, ulimit -f, was reached)',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
};

/** A file-system failure as a one-line `WriteError` naming `path`; other errors pass through. */
export function writeError(where: string, path: string, error: unknown): unknown {
  // A writer's own HandshakesError names the temporary file: the system error under it is what counts.
  const cause = error instanceof HandshakesError ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (error instanceof HandshakesError && (typeof code !== 'string' || error instanceof WriteError)) return error;
  if (typeof code !== 'string') return error;
  return new WriteError(where, path, `${REASONS[code] ?? (cause as Error).message.split('\n')[0]!} (${code})`, {
    cause,
  });
}

async function statOrNull(path: string): Promise<import('node:fs').Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

const isDevice = (s: import('node:fs').Stats | null): boolean =>
  s !== null && (s.isCharacterDevice() || s.isBlockDevice());

/**
 * Writes a file so that it is either complete or absent: `write` fills a temporary file in the
 * same folder, which is then renamed over `path` (a previous file stays intact until then).
 *
 * An existing device node or named pipe (`/dev/null`, a FIFO), or a link to one (`/dev/stdout`,
 * `/dev/stderr`, `/dev/fd/N`: whatever the descriptor is, a redirected file too), is written in
 * place, as it cannot be replaced. A new file is refused in a folder of device nodes (`/dev/full.hsg` next to
 * `/dev/full`): that is always a mistyped target.
 *
 * @param path - the file to write.
 * @param write - writes the whole content to the path it is given.
 * @param options - `signal`, `onTempFile`, `where`.
 * @returns when `path` holds the new content.
 * @throws WriteError (`code: 'WRITE_ERROR'`) naming `path` for a missing folder, no permission,
 * a full disk or the file-size limit (ENOENT, EACCES, ENOSPC, EFBIG…); AbortError when `signal`
 * aborts; whatever `write` throws otherwise. The temporary file is removed in every case.
 * @remarks Time and memory are those of `write` (O(b) for b bytes written), plus O(1) for one rename. The temporary file is named
 * `.<name>.<random>.tmp`, beside the target.
 * @example
 * await writeFileAtomic('report.html', (tmp) => writeFile(tmp, html));
 */
export async function writeFileAtomic(
  path: string,
  write: (path: string) => Promise<void>,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const where = options.where ?? 'writeFileAtomic';
  const target = resolve(path);
  throwIfAborted(where, options.signal);
  const existing = await lstat(target).catch(() => null);
  if (existing?.isDirectory()) throw new WriteError(where, target, 'is a folder (EISDIR)');
  // /dev/stdout, /dev/stderr, /dev/fd/N are links to whatever the descriptor is (a terminal, a
  // pipe, a file the shell redirected to): written in place, never renamed over
  const link = existing?.isSymbolicLink() === true;
  const followed = link ? await stat(target).catch(() => null) : existing;
  const special = (s: import('node:fs').Stats): boolean => isDevice(s) || s.isFIFO() || s.isSocket();
  const descriptor = link && followed !== null && /^\/(?:dev|proc)\//.test(target);
  if (followed !== null && (special(followed) || descriptor)) {
    try {
      return await write(target);
    } catch (error) {
      throw writeError(where, target, error);
    }
  }
  const folder = dirname(target);
  const folderStat = await statOrNull(folder);
  if (folderStat === null) throw new WriteError(where, target, 'no such folder (ENOENT)');
  if (!folderStat.isDirectory()) throw new WriteError(where, target, `${folder} is not a folder (ENOTDIR)`);
  const stem = extname(target) ? target.slice(0, -extname(target).length) : null;
  if (folder === '/dev' || folder.startsWith('/dev/') || (stem !== null && isDevice(await statOrNull(stem)))) {
    throw new WriteError(
      where,
      target,
      'refusing to create a file among device nodes (did you mean the device itself?)',
    );
  }
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  options.onTempFile?.(temp, 'created');
  try {
    await write(temp);
    throwIfAborted(where, options.signal);
    if (existing !== null) await chmod(temp, existing.mode & 0o7777).catch(() => undefined);
    await rename(temp, target);
    options.onTempFile?.(temp, 'renamed');
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    options.onTempFile?.(temp, 'removed');
    throw writeError(where, target, error);
  }
}
