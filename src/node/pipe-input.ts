// Input from a pipe, FIFO, terminal or socket (`/dev/stdin`, `<(zcat …)`): it cannot be read by
// position nor twice, so its head is read first for detection, and the rest is either streamed
// chunk by chunk (an edge list) or drained whole (formats parsed from one text). A pipe or socket
// is read into one reused buffer (a Socket's `onread`), the next read only once the last chunk is
// parsed: a new Buffer per read, through a stream's async iterator, cost 40 MB of garbage and
// 0.6 s at 10⁷ edges (bench/pipe.bench.ts).
import { constants, createReadStream, openSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { HandshakesError, ParseError } from '../errors.js';
import { gunzipStream, inflateIfGzip } from './gzip.js';
import { readError } from './read-error.js';

/** Bytes read from a pipe at a time. */
const PIPE_CHUNK = 1 << 20;

/** A pipe's chunks, pulled one at a time: each is valid until the next `next()` (a reused buffer). */
export interface PipeReads {
  /** The next chunk, or null at the end. */
  next(): Promise<Uint8Array | null>;
  /** Stops reading and closes the input. */
  close(): void;
}

/** The first bytes of an input, whether that is all of it, and for a pipe the unread rest. */
export interface Head {
  bytes: Uint8Array;
  whole: boolean;
  /** A pipe, FIFO or terminal: the chunks after `bytes`, unread (null when it ended). */
  pipe: { rest: PipeReads | null; close: () => void } | null;
}

/** Reads a pipe until more than `headBytes` arrived (or it ended). */
export async function pipeHead(path: string, headBytes: number): Promise<Head> {
  const reads = await pipeReads(path);
  const close = (): void => reads.close();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    while (length <= headBytes) {
      const chunk = await reads.next();
      if (chunk === null) return { bytes: Buffer.concat(parts), whole: true, pipe: { rest: null, close } };
      parts.push(new Uint8Array(chunk)); // a copy: the buffer is read into again
      length += chunk.length;
    }
  } catch (error) {
    close();
    throw error;
  }
  return { bytes: Buffer.concat(parts), whole: false, pipe: { rest: reads, close } };
}

// A pipe or FIFO read through a non-blocking socket handle, not the thread pool: a blocking read
// in the pool outlives worker.terminate(), and Ctrl-C in the middle of a pipe hung the process.
// The first, blocking open waits for a FIFO's writer (a non-blocking one would read EOF at once).
async function pipeReads(path: string): Promise<PipeReads> {
  let waiting: FileHandle;
  try {
    waiting = await open(path, 'r');
  } catch (error) {
    // a socket (a program's stdin given as `pipe`) cannot be opened by name: read its descriptor
    const fd = DESCRIPTOR.exec(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || !fd) throw error;
    return socketReads(Number(fd[1] ?? fd[2] ?? 0));
  }
  try {
    if (!(await waiting.stat()).isFIFO()) return streamReads(createReadStream(path, { highWaterMark: PIPE_CHUNK }));
    return socketReads(openSync(path, constants.O_RDONLY | constants.O_NONBLOCK));
  } finally {
    await waiting.close();
  }
}
const DESCRIPTOR = /^\/dev\/stdin$|^\/dev\/fd\/(\d+)$|^\/proc\/self\/fd\/(\d+)$/;

// A descriptor read into one buffer: each read pauses the socket until the chunk is taken and the
// next one asked for.
function socketReads(fd: number): PipeReads {
  const buffer = Buffer.allocUnsafe(PIPE_CHUNK);
  let chunk: Uint8Array | null = null; // read, not yet handed out
  let handed = false; // a chunk is out: resume on the next call
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const callback = (n: number): boolean => {
    chunk = buffer.subarray(0, n);
    signal();
    return false; // pause until asked again
  };
  // (a variable, not a literal: @types/node lists `onread` for connect() only, Node takes it here too)
  const options = { fd, readable: true, writable: false, onread: { buffer, callback } };
  const socket = new Socket(options);
  socket.on('end', () => ((ended = true), signal()));
  socket.on('close', () => ((ended = true), signal()));
  socket.on('error', (error) => ((failure = error), signal()));
  return {
    async next() {
      if (handed) {
        handed = false;
        if (!ended && failure === null) socket.resume();
      }
      while (chunk === null && !ended && failure === null) await new Promise<void>((resolve) => (wake = resolve));
      if (chunk !== null) {
        const out: Uint8Array = chunk;
        chunk = null;
        handed = true;
        return out;
      }
      if (failure !== null) throw failure;
      return null;
    },
    close: () => void socket.destroy(),
  };
}

// Any other stream (a terminal): its chunks as the stream gives them.
function streamReads(stream: Readable): PipeReads {
  const it: AsyncIterator<Buffer> = stream[Symbol.asyncIterator]();
  return {
    async next() {
      const next = await it.next();
      return next.done ? null : next.value;
    },
    close: () => void stream.destroy(),
  };
}

// The rest of a pipe after its head, read whole (formats parsed from one text), inflated when gzip.
export async function drainPipe(where: string, path: string, read: Head): Promise<Uint8Array> {
  const parts: Uint8Array[] = [read.bytes];
  try {
    const rest = read.pipe!.rest;
    if (rest)
      for (let next = await rest.next(); next !== null; next = await rest.next()) parts.push(new Uint8Array(next));
  } catch (error) {
    throw readError(where, path, error);
  } finally {
    read.pipe!.close();
  }
  return inflateIfGzip(where, path, parts.length === 1 ? parts[0]! : Buffer.concat(parts));
}

// An edge list's text from a pipe, chunk by chunk (the head first), inflated when gzip: never
// whole. A chunk is valid until the next is asked for (the parser copies what it keeps).
export async function* pipeText(where: string, path: string, read: Head, gzip: boolean): AsyncGenerator<Uint8Array> {
  const { rest, close } = read.pipe!;
  async function* raw(copy: boolean): AsyncGenerator<Uint8Array> {
    yield read.bytes;
    if (rest)
      for (let next = await rest.next(); next !== null; next = await rest.next())
        yield copy ? new Uint8Array(next) : next;
  }
  try {
    // the inflater reads ahead of what it has inflated: its input chunks are copies
    if (gzip) yield* Readable.from(raw(true)).pipe(gunzipStream({ chunkSize: PIPE_CHUNK }));
    else yield* raw(false);
  } catch (error) {
    if (error instanceof HandshakesError) throw error;
    if (String((error as NodeJS.ErrnoException).code).startsWith('Z_'))
      throw new ParseError(where, `damaged gzip data (${(error as Error).message})`, { source: path });
    throw readError(where, path, error);
  } finally {
    close();
  }
}
