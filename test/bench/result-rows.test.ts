// The bench tables' reader and the before/after verdict of bench/ab.ts and bench/compare.ts:
// rows keyed by their naming cells, CPU columns read as rows of their own, repeated keys dropped,
// and "within noise" exactly when the two sides' ranges overlap.
import { describe, expect, it } from 'vitest';
import { resultRows, rowSpreads, rowsOnlyAfter, showTime } from '../../bench/result-rows.js';

const SCALE = `## Scale

| step | wall time | CPU time | peak RSS | note |
| --- | --- | --- | --- | --- |
| saveGraph | 21.0 ms | 22.5 ms | 140 MB | 8 MiB |
| reachByDegree, same person again | 2.69 ms | 2.70 ms | 140 MB | cached engine |
| index size |  |  | 140 MB | 8 bytes per edge |

| kernels | runs | best | CPU ratio |
| --- | --- | --- | --- |
| JavaScript | 1 | 1.32 s | 1.0× |
| twice | 1 | 5 µs | 1.0× |
| twice | 1 | 6 µs | 1.0× |
`;

describe('resultRows', () => {
  it('keys rows by their naming cells, reads wall and CPU times, drops repeated keys', () => {
    const rows = resultRows(SCALE);
    expect([...rows.keys()]).toEqual([
      'saveGraph · 8 MiB',
      'saveGraph · 8 MiB (CPU)',
      'reachByDegree, same person again · cached engine',
      'reachByDegree, same person again · cached engine (CPU)',
      'JavaScript · 1',
    ]);
    expect(rows.get('saveGraph · 8 MiB')).toBeCloseTo(0.021, 12);
    expect(rows.get('saveGraph · 8 MiB (CPU)')).toBeCloseTo(0.0225, 12);
    expect(rows.get('JavaScript · 1')).toBe(1.32); // "CPU ratio" is not a CPU time column
  });

  it('does not take a ratio for a name (rows whose ratio differs between runs still pair)', () => {
    const run = (ratio: string, share: string): string =>
      `| query | pairs | median | vs baseline | share |\n| --- | --- | --- | --- | --- |\n| connection | 300 | 0.064 ms | ${ratio} | ${share} |`;
    expect([...resultRows(run('26× faster than BFS', '3%')).keys()]).toEqual(['connection · 300']);
    expect([...resultRows(run('1×', '12 %')).keys()]).toEqual(['connection · 300']);
  });

  it('names a row by its parameters, decimals included, and leaves empty cells out of the name', () => {
    const generators = `| generator | median | baseline | ratio |
| --- | --- | --- | --- |
| Watts–Strogatz n=10,000, k=10, p=0.1 → Csr | 12.2 ms | 214.7 ms as a graphology graph | 0.06× |
| professional network, 10,000 people → two Csr layers | 115.3 ms | 512.2 ms as a graph | 0.23× |`;
    expect([...resultRows(generators).keys()]).toEqual([
      'Watts–Strogatz n=10,000, k=10, p=0.1 → Csr',
      'professional network, 10,000 people → two Csr layers',
    ]);
    const blank = '| step | wall time | note |\n| --- | --- | --- |\n| loadGraph | 60.4 ms |  |';
    expect([...resultRows(blank).keys()]).toEqual(['loadGraph']);
    // a measured decimal still is a measurement, not a name
    expect([...resultRows('| q | t | mean |\n| --- | --- | --- |\n| bfs | 2.0 ms | 3.42 hops |').keys()]).toEqual([
      'bfs',
    ]);
  });

  it('reads nothing from text without tables', () => {
    expect(resultRows('no table here\n\n- 3 ms').size).toBe(0);
  });
});

describe('rowSpreads', () => {
  const runs = (...xs: number[]): Map<string, number>[] => xs.map((x) => new Map([['q', x]]));

  it.each([
    { before: [1, 2, 3], after: [2.5, 4, 5], verdict: 'within noise' },
    { before: [1, 2, 3], after: [3, 4], verdict: 'within noise' }, // touching ranges overlap
    { before: [1, 2, 3], after: [3.1, 4], verdict: 'slower' },
    { before: [3, 4, 5], after: [1, 2.9], verdict: 'faster' },
    { before: [1], after: [2, 3], verdict: 'one run' },
  ])('$before against $after: $verdict', ({ before, after, verdict }) => {
    expect(rowSpreads(runs(...before), runs(...after)).get('q')?.verdict).toBe(verdict);
  });

  it('gives medians, ranges and the ratio of the medians', () => {
    const r = rowSpreads(runs(4, 1, 2, 3), runs(6, 3, 9))!.get('q')!;
    expect(r.median).toEqual([2.5, 6]);
    expect(r.range).toEqual([
      [1, 4],
      [3, 9],
    ]);
    expect(r.ratio).toBeCloseTo(2.4, 12);
  });

  it('leaves out rows missing from a run of either side', () => {
    const before = [new Map([['q', 1]]), new Map([['r', 1]])];
    const after = [new Map([['q', 1]]), new Map([['q', 2]])];
    expect(rowSpreads(before, after).size).toBe(0);
  });

  it('lists the rows only the runs after have, with their median and range', () => {
    const before = [new Map([['q', 1]]), new Map([['q', 2]])];
    const after = [
      new Map([
        ['q', 1],
        ['warm', 3],
        ['flaky', 1],
      ]),
      new Map([
        ['q', 2],
        ['warm', 5],
      ]),
      new Map([
        ['q', 2],
        ['warm', 4],
      ]),
    ];
    expect([...rowsOnlyAfter(before, after)]).toEqual([['warm', { median: 4, range: [3, 5] }]]);
    expect(rowsOnlyAfter(after, before).size).toBe(0);
  });

  it('shows times as the tables do', () => {
    expect([showTime(0.0015), showTime(0.523), showTime(1.3)]).toEqual(['1.50 ms', '523 ms', '1.30 s']);
  });
});
