import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ParseError, createPeopleGraph, toGexf } from '../../src/index.js';
import { readGexf, readLinkedInConnections } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-gzip-');
const CSV =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,L,https://www.linkedin.com/in/ada,,Acme,P,15 Mar 2021\n';

describe('gzip inputs of the whole-file readers (#13)', () => {
  it('reads a gzipped Connections.csv', async () => {
    const path = join(dir, 'Connections.csv.gz');
    writeFileSync(path, gzipSync(CSV));
    const { report } = await readLinkedInConnections(path);
    expect(report).toMatchObject({ rowsRead: 1, imported: 1 });
  });

  it('reads a gzipped GEXF', async () => {
    const g = createPeopleGraph();
    g.mergeEdge('a', 'b');
    const path = join(dir, 'g.gexf.gz');
    writeFileSync(path, gzipSync(toGexf(g)));
    expect((await readGexf(path)).size).toBe(1);
  });

  it('refuses a file that inflates past the limit, and damaged gzip, with a ParseError naming it', async () => {
    const bomb = join(dir, 'bomb.csv.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(2 << 20, 0x41))); // 2 MiB of 'A' in about 2 KB
    const error = await readLinkedInConnections(bomb, { maxInflatedBytes: 1 << 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/bomb\.csv\.gz: the gzip file inflates to more than 1048576 bytes/);
    const damaged = join(dir, 'damaged.csv.gz');
    writeFileSync(damaged, gzipSync(CSV).subarray(0, 20));
    await expect(readLinkedInConnections(damaged)).rejects.toThrow(/damaged\.csv\.gz: damaged gzip data/);
  });
});
