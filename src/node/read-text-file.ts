// Reads a whole text file for the Node readers, turning file-system failures into a
// HandshakesError that names the function and the path.

import { readFile, writeFile } from 'node:fs/promises';
import { HandshakesError, message } from '../errors.js';
import { readError } from './read-error.js';

/** Reads a file's bytes, or throws a HandshakesError (`READ_ERROR`) naming `where` and the path. */
export async function readBytes(where: string, path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw readError(where, path, error);
  }
}

/** Writes UTF-8 text to a file, or throws a HandshakesError naming `where` and the path. */
export async function writeText(where: string, path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new HandshakesError('INVALID_ARGUMENT', message(where, `cannot write ${path}: ${(error as Error).message}`), { cause: error });
  }
}
