// A file that cannot be read is a READ_ERROR naming the reader, the path and why (no such file,
// a directory), never a PARSE_ERROR: nothing was parsed.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandshakesError } from '../../src/index.js';
import {
  loadGraph,
  readEdgeList,
  readGexf,
  readGraphJson,
  readGraphml,
  readLinkedInConnections,
  readLinkedInInvitations,
} from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-read-');

const READERS: [string, (path: string) => Promise<unknown>][] = [
  ['readEdgeList', readEdgeList],
  ['readLinkedInConnections', (p) => readLinkedInConnections(p)],
  ['readLinkedInInvitations', readLinkedInInvitations],
  ['readGexf', readGexf],
  ['readGraphml', readGraphml],
  ['readGraphJson', readGraphJson],
  ['loadGraph', (p) => loadGraph(p)],
];

describe('reading a file that is not there', () => {
  it.each(READERS)('%s: READ_ERROR, "no such file", the path', async (name, read) => {
    const missing = join(dir, 'nope.txt');
    const error = await read(missing).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HandshakesError);
    expect(error).toMatchObject({
      code: 'READ_ERROR',
      message: `handshakes/${name}: cannot read ${missing}: no such file.`,
    });
  });

  it.each(READERS)('%s: READ_ERROR for a directory', async (name, read) => {
    const error = await read(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'READ_ERROR',
      message: `handshakes/${name}: cannot read ${dir}: it is a directory, not a file.`,
    });
  });

  // was "ELOOP: too many symbolic links encountered, stat '…'", Node's words
  it.each(READERS)('%s: READ_ERROR for a loop of symbolic links, in words', async (name, read) => {
    const loop = join(dir, `loop-${name}`);
    symlinkSync(`${loop}-b`, loop);
    symlinkSync(loop, `${loop}-b`);
    const error = await read(loop).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'READ_ERROR',
      message: `handshakes/${name}: cannot read ${loop}: a loop of symbolic links.`,
    });
  });
});
