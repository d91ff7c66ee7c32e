// readLinkedInExport: a LinkedIn data export from disk — the downloaded .zip, a gzip of it, the
// extracted folder (CSV files found at any depth), or a single CSV — handed to the browser-safe
// parseLinkedInExport. Only the file system lives here.

import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HandshakesError, message } from '../errors.js';
import {
  parseLinkedInExport,
  type LinkedInExportOptions,
  type LinkedInExportResult,
} from '../io/parse-linkedin-export.js';
import { readBytes } from './read-text-file.js';

const WHERE = 'readLinkedInExport';
const MAX_DEPTH = 4;

async function csvFiles(root: string, dir: string, depth: number, into: Map<string, Uint8Array>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH && entry.name !== '__MACOSX')
      await csvFiles(root, path, depth + 1, into);
    else if (entry.isFile() && /\.(csv|zip)$/i.test(entry.name))
      into.set(relative(root, path).split('\\').join('/'), await readBytes(WHERE, path));
  }
}

/**
 * Reads a LinkedIn data export from disk: the `.zip` as downloaded, a gzip of it, the extracted
 * folder, or a lone CSV file; see `parseLinkedInExport` for what is read and returned.
 *
 * @param path - the zip, `.zip.gz`, folder or CSV file.
 * @param options - `owner` (when the export does not show it), `keepEmails`, `onProgress`, `signal`.
 * @returns `{ owner, ownerFrom, connections, invitations, messages, profile, positions, files }`.
 * @throws HandshakesError naming the path when it cannot be read, holds no Connections.csv, or the
 * owner's URL is neither given nor found; ParseError naming the file and line of a broken CSV.
 * @remarks Time O(b) for b bytes; the whole archive is held in memory (exports are tens of MB at most).
 * @example
 * const me = await readLinkedInExport('Basic_LinkedInDataExport_11-20-2026.zip');
 * me.connections.people.length;
 */
export async function readLinkedInExport(
  path: string,
  options: Omit<LinkedInExportOptions, 'source'> = {},
): Promise<LinkedInExportResult> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HandshakesError(
      'PARSE_ERROR',
      message(WHERE, `cannot read ${path}: ${code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`),
      { cause: error },
    );
  }
  if (isDirectory) {
    const files = new Map<string, Uint8Array>();
    await csvFiles(path, path, 0, files);
    // a folder of anything else (edge lists, GEXF…) is no export: say what it holds and what to give
    if (files.size === 0) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      const held =
        names.length === 0 ? 'is empty' : `holds ${names.slice(0, 3).join(', ')}${names.length > 3 ? '…' : ''}`;
      throw new HandshakesError(
        'PARSE_ERROR',
        message(
          WHERE,
          `${path}: a folder is read as a LinkedIn export, and this one has no .csv or .zip file (it ${held}); give a graph file itself.`,
        ),
      );
    }
    return parseLinkedInExport(files, { ...options, source: path });
  }
  const bytes = await readBytes(WHERE, path);
  const archive = bytes[0] === 0x50 && bytes[1] === 0x4b; // zip (readBytes has inflated a gzip of it)
  return parseLinkedInExport(archive ? bytes : new Map([[path.split(/[\\/]/).pop()!, bytes]]), {
    ...options,
    source: path,
  });
}
