// The fuzz suite of #13: real exports, edge lists, XML, JSON and graph files, damaged at random.
// Every outcome is a result whose counts add up, or a HandshakesError with a code: never another
// error type, never past the time budget, never a silent change of a checksummed graph file.
import { fc, test } from '@fast-check/vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import {
  HandshakesError,
  mergeConnectionExports,
  parseEdgeList,
  parseGexf,
  parseGraphJson,
  parseGraphml,
  parseLinkedInConnections,
  separation,
  toGexf,
  toGraphJson,
  toGraphml,
  type Csr,
} from '../../src/index.js';
import { loadGraph, saveGraph } from '../../src/node.js';
import { Checksum, layout, readHeader } from '../../src/node/graph-file-format.js';
import { mutate, mutations } from './mutations.js';
import { tempDir } from '../temp-dir.js';

const BUDGET_MS = 2000;
const EXPORT = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../examples/data/odile-marchetti/Connections.csv')).subarray(0, 6000),
);
const EDGES = new TextEncoder().encode('# friends\nsource target\n0 1\n1 2\n2 3\n3 0\n4 5\nada bob\n');
const dir = tempDir('handshakes-fuzz-');

/** Runs `read`: a result passes `check`, an error must be a HandshakesError with a code. */
function survives<T>(read: () => T, check: (result: T) => void): void {
  const started = performance.now();
  let result: T;
  try {
    result = read();
  } catch (error) {
    if (!(error instanceof HandshakesError)) throw error;
    expect(error.code).toMatch(/^[A-Z_]+$/);
    expect(error.message).not.toContain('\n');
    return;
  } finally {
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  }
  check(result);
}

function validCsr(csr: Csr): void {
  expect(csr.offsets[0]).toBe(0);
  expect(csr.offsets[csr.order]).toBe(csr.targets.length);
  for (let u = 0; u < csr.order; u++) expect(csr.offsets[u + 1]!).toBeGreaterThanOrEqual(csr.offsets[u]!);
  for (const v of csr.targets) expect(v >= 0 && v < csr.order).toBe(true);
}

describe('fuzz: readers survive damaged real inputs', () => {
  test.prop([mutations()])('a LinkedIn export: rows read = imported + skipped, or a HandshakesError', (list) => {
    survives(
      () => parseLinkedInConnections(mutate(EXPORT, list), { owner: 'https://www.linkedin.com/in/odile-marchetti' }),
      ({ people, skipped, report }) => {
        expect(report.rowsRead).toBe(report.imported + report.skipped);
        expect(people.length).toBe(report.imported);
        expect(skipped.length).toBe(report.skipped);
        const { graph } = mergeConnectionExports([{ owner: 'https://www.linkedin.com/in/odile-marchetti', people }]);
        expect(graph.order).toBe(new Set(people.map((p) => p.key)).size + 1);
      },
    );
  });

  test.prop([mutations(), fc.constantFrom<'error' | 'skip'>('error', 'skip')])(
    'an edge list: lines add up, a valid index, or a HandshakesError',
    (list, invalidLines) => {
      survives(
        () => parseEdgeList(mutate(EDGES, list), { invalidLines }),
        ({ csr, report }) => {
          expect(report.lines).toBe(
            report.edges + report.comments + report.blank + report.skipped.length + (report.header === null ? 0 : 1),
          );
          validCsr(csr);
        },
      );
    },
  );

  //   a ── b ── c, with attributes
  const xmlGraph = parseGraphJson(
    '{"options":{"type":"undirected"},"nodes":[{"key":"a","attributes":{"name":"Ada"}},{"key":"b"},{"key":"c"}],"edges":[{"source":"a","target":"b","attributes":{"w":1}},{"source":"b","target":"c"}]}',
  );
  const documents: [string, Uint8Array, (text: string) => { order: number; size: number }][] = [
    ['GEXF', new TextEncoder().encode(toGexf(xmlGraph)), (t) => parseGexf(t)],
    ['GraphML', new TextEncoder().encode(toGraphml(xmlGraph)), (t) => parseGraphml(t)],
    ['graphology JSON', new TextEncoder().encode(toGraphJson(xmlGraph)), (t) => parseGraphJson(t)],
  ];
  for (const [name, bytes, parse] of documents) {
    test.prop([mutations()])(`${name}: a graph or a HandshakesError`, (list) => {
      survives(
        () => parse(new TextDecoder().decode(mutate(bytes, list))),
        (g) => expect(g.order).toBeGreaterThanOrEqual(0),
      );
    });
  }
});

describe('fuzz: graph files', async () => {
  const path = join(dir, 'base.hsg');
  await saveGraph(parseEdgeList('a b\nb c\nc d\nd a\ne f\n').csr, path);
  const base = new Uint8Array(readFileSync(path));
  const original = await loadGraph(path);
  let counter = 0;

  test.prop([mutations(3)])('damaged bytes: the same graph, or CorruptFileError', async (list) => {
    const p = join(dir, `m${counter++}.hsg`);
    const bytes = mutate(base, list);
    writeFileSync(p, bytes);
    const loaded = await loadGraph(p).catch((e: unknown) => e);
    if (loaded instanceof HandshakesError) expect(loaded.code).toBe('CORRUPT_FILE');
    else if (loaded instanceof Error) throw loaded;
    else {
      expect(Buffer.from(bytes).equals(Buffer.from(base))).toBe(true); // any accepted change would be silent
      expect((loaded as Csr).order).toBe(original.order);
    }
  });

  test.prop([mutations(3)])(
    'crafted bytes under a valid checksum: a valid index that answers, or CorruptFileError',
    async (list) => {
      const p = join(dir, `s${counter++}.hsg`);
      const bytes = mutate(
        base,
        list.map((m) => ({ ...m, kind: 'replace' as const })),
      ); // keep the layout's length
      const view = new DataView(bytes.buffer);
      const at = layout(readHeader(view));
      if (at.total === bytes.length && at.checksum % 4 === 0) {
        const sum = new Checksum();
        sum.update(new Int32Array(bytes.buffer, 0, at.checksum >>> 2));
        view.setInt32(at.checksum, sum.h1, true);
        view.setInt32(at.checksum + 4, sum.h2, true);
      }
      writeFileSync(p, bytes);
      const loaded = await loadGraph(p).catch((e: unknown) => e);
      if (loaded instanceof HandshakesError) expect(loaded.code).toBe('CORRUPT_FILE');
      else if (loaded instanceof Error) throw loaded;
      else {
        validCsr(loaded as Csr);
        expect(separation(loaded as Csr).distribution.reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(0);
      }
    },
  );
});
