// Input from a pipe, FIFO, terminal or socket (`/dev/stdin`, `<(zcat …)`): it cannot be read by
// position nor twice, so its head is read first for detection, and the rest is either streamed
// chunk by chunk (an edge list) or drained whole (formats parsed from one text).
import { constants, createReadStream, openSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { HandshakesError, ParseError } from '../errors.js';
import { gunzipStream, inflateIfGzip } from './gzip.js';
import { readError } from './read-error.js';

/** Bytes read from a pipe at a time. */
const PIPE_CHUNK = 1 << 20;

/** The first bytes of an input, whether that is all of it, and for a pipe the unread rest. */
export interface Head {
  bytes: Uint8Array;
  whole: boolean;
  /** A pipe, FIFO or terminal: the chunks after `bytes`, unread (null when it ended). */
  pipe: { rest: AsyncIterator<Buffer> | null; close: () => void } | null;
}

/** Reads a pipe until more than `headBytes` arrived (or it ended). */
export async function pipeHead(path: string, headBytes: number): Promise<Head> {
  const source = await pipeStream(path);
  const close = (): void => void source.destroy();
  const it: AsyncIterator<Buffer> = source[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  try {
    while (length <= headBytes) {
      const next = await it.next();
      if (next.done) return { bytes: Buffer.concat(parts), whole: true, pipe: { rest: null, close } };
      parts.push(next.value);
      length += next.value.length;
    }
  } catch (error) {
    close();
    throw error;
  }
  return { bytes: Buffer.concat(parts), whole: false, pipe: { rest: it, close } };
}

// A pipe or FIFO read through a non-blocking socket handle, not the thread pool: a blocking read
// in the pool outlives worker.terminate(), and Ctrl-C in the middle of a pipe hung the process.
// The first, blocking open waits for a FIFO's writer (a non-blocking one would read EOF at once).
async function pipeStream(path: string): Promise<Readable> {
  let waiting: FileHandle;
  try {
    waiting = await open(path, 'r');
  } catch (error) {
    // a socket (a program's stdin given as `pipe`) cannot be opened by name: read its descriptor
    const fd = DESCRIPTOR.exec(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || !fd) throw error;
    return new Socket({ fd: Number(fd[1] ?? fd[2] ?? 0), readable: true, writable: false });
  }
  try {
    if (!(await waiting.stat()).isFIFO()) return createReadStream(path, { highWaterMark: PIPE_CHUNK });
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    return new Socket({ fd, readable: true, writable: false });
  } finally {
    await waiting.close();
  }
}
const DESCRIPTOR = /^\/dev\/stdin$|^\/dev\/fd\/(\d+)$|^\/proc\/self\/fd\/(\d+)$/;

// The rest of a pipe after its head, read whole (formats parsed from one text), inflated when gzip.
export async function drainPipe(where: string, path: string, read: Head): Promise<Uint8Array> {
  const parts: Uint8Array[] = [read.bytes];
  try {
    const rest = read.pipe!.rest;
    if (rest) for (let next = await rest.next(); !next.done; next = await rest.next()) parts.push(next.value);
  } catch (error) {
    throw readError(where, path, error);
  } finally {
    read.pipe!.close();
  }
  return inflateIfGzip(where, path, parts.length === 1 ? parts[0]! : Buffer.concat(parts));
}

// An edge list's text from a pipe, chunk by chunk (the head first), inflated when gzip: never whole.
export async function* pipeText(where: string, path: string, read: Head, gzip: boolean): AsyncGenerator<Uint8Array> {
  const { rest, close } = read.pipe!;
  async function* raw(): AsyncGenerator<Uint8Array> {
    yield read.bytes;
    if (rest) for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  try {
    if (gzip) yield* Readable.from(raw()).pipe(gunzipStream({ chunkSize: PIPE_CHUNK }));
    else yield* raw();
  } catch (error) {
    if (error instanceof HandshakesError) throw error;
    if (String((error as NodeJS.ErrnoException).code).startsWith('Z_'))
      throw new ParseError(where, `damaged gzip data (${(error as Error).message})`, { source: path });
    throw readError(where, path, error);
  } finally {
    close();
  }
}
