// Fuzzing the Connections.csv parser: arbitrary bytes, mutated real rows, and a model-based round
// trip through the CSV writer. Any failure must be a HandshakesError naming a line; rows read =
// imported + skipped always.
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { HandshakesError, ParseError, normalizeProfileUrl, parseLinkedInConnections, toCsv } from '../../src/index.js';
import { SHARED } from '../shared-data.js';

const SAMPLE = readFileSync(join(import.meta.dirname, '../../examples/data/odile-marchetti/Connections.csv'), 'utf8');
const REAL = [
  SAMPLE,
  ...(SHARED
    ? [
        'connections_2021_excel-resaved_preamble-padded_names-removed__importJL.csv',
        'connections_fictitious_non-verbatim-preamble_missing-date__flashesofbrilliance.csv',
      ].map((f) => readFileSync(join(SHARED!, 'data', 'linkedin', f), 'utf8'))
    : []),
];

/** Parses, and checks the invariants whether it returns or throws. */
function check(input: string | Uint8Array): void {
  let result: ReturnType<typeof parseLinkedInConnections>;
  try {
    result = parseLinkedInConnections(input, { source: 'fuzz.csv' });
  } catch (error) {
    expect(error).toBeInstanceOf(HandshakesError);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).line).toBeGreaterThanOrEqual(1);
    expect((error as Error).message).toMatch(/^handshakes\/parseLinkedInConnections: fuzz\.csv, line \d+: /);
    return;
  }
  const { people, skipped, report } = result;
  expect(report.rowsRead).toBe(report.imported + report.skipped);
  expect(people).toHaveLength(report.imported);
  expect(skipped).toHaveLength(report.skipped);
  expect(report.duplicates + report.ownerRows + report.malformed).toBe(report.skipped);
  expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
  for (const s of skipped) expect(s.line).toBeGreaterThan(report.headerLine);
}

const MUTATION = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('"', ',', '\n', '\r\n', ';', '\t', '""', '\uFEFF', '%', 'é', ',,,,,,,'),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat(), length: fc.constant(0) }),
);
type Mutation = typeof MUTATION extends fc.Arbitrary<infer M> ? M : never;
function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = m.at % (t.length + 1);
    if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else {
      const lines = t.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      t = lines.join('\n');
    }
  }
  return t;
}

const CELL = fc.stringMatching(/^[a-zA-Zé ,"\n;@=+-]{0,12}$/);
const ROW = fc.record({
  first: CELL,
  last: CELL,
  slug: fc.option(fc.stringMatching(/^[a-z0-9é-]{1,10}$/), { nil: null }),
  company: CELL,
  position: CELL,
  day: fc.integer({ min: 1, max: 28 }),
});

describe('parseLinkedInConnections under fuzzing', () => {
  test.prop([fc.uint8Array({ maxLength: 400 })])(
    'arbitrary bytes: a result with balanced counts, or a ParseError naming the line',
    (bytes) => check(bytes),
  );

  test.prop([
    fc.string({
      unit: fc.constantFrom(
        'a',
        ',',
        ';',
        '\t',
        '"',
        '\n',
        '\r',
        ' ',
        'First Name',
        'Last Name',
        'Company',
        'Connected On',
        'URL',
        '15 Mar 2021',
        'https://www.linkedin.com/in/x',
      ),
      maxLength: 60,
    }),
  ])('CSV-shaped noise around header words', (text) => check(text));

  test.prop([fc.constantFrom(...REAL.keys()), fc.array(MUTATION, { minLength: 1, maxLength: 6 })])(
    'mutated real exports',
    (which, mutations) => check(mutate(REAL[which]!, mutations)),
  );

  test.prop([fc.array(ROW, { maxLength: 25 }), fc.boolean(), fc.boolean(), fc.boolean()])(
    'model round trip: every row written by the CSV writer is read back, field by field',
    (rows, preamble, crlf, bom) => {
      const header = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
      const cells = rows.map((r) => [
        r.first,
        r.last,
        r.slug === null ? '' : `https://www.linkedin.com/in/${encodeURIComponent(r.slug)}`,
        '',
        r.company,
        r.position,
        `${String(r.day).padStart(2, '0')} Mar 2021`,
      ]);
      const body = toCsv(header, cells, { formulaGuard: false, newline: crlf ? '\r\n' : '\n' });
      const text = `${bom ? '\uFEFF' : ''}${preamble ? 'Notes:\n"Some fields, like emails, may be missing."\n\n' : ''}${body}`;
      const { people, report } = parseLinkedInConnections(text);
      const seen = new Set<string>();
      const expected = rows.filter((r) => {
        const key = r.slug === null ? null : normalizeProfileUrl(`https://www.linkedin.com/in/${r.slug}`);
        if (key === null) return true;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      expect(report.rowsRead).toBe(rows.length);
      expect(report.duplicates).toBe(rows.length - expected.length);
      expect(people.map((p) => [p.firstName ?? '', p.lastName ?? '', p.company ?? '', p.position ?? ''])).toEqual(
        expected.map((r) => [r.first.trim(), r.last.trim(), r.company.trim(), r.position.trim()]),
      );
      expect(people.map((p) => p.connectedOn)).toEqual(
        expected.map((r) => `2021-03-${String(r.day).padStart(2, '0')}`),
      );
    },
  );
});
