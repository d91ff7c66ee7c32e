// compareWithStudies keeps both conventions straight (hops = intermediaries + 1) and
// estimateSeparation's Fronczak formula predicts the measured mean distance of random graphs.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, STUDIES, compareWithStudies, estimateSeparation, separation } from '../../src/index.js';
import { erdosRenyi } from './graphs.js';

describe('compareWithStudies', () => {
  it('lists the four studies with their conventions', () => {
    const c = compareWithStudies({ meanDistance: 4, people: 10 });
    expect(c.graph).toEqual({ people: 10, meanDistance: 4, degreesOfSeparation: 3 });
    expect(
      c.studies.map((s) => [s.study, s.meanDistance, s.degreesOfSeparation, s.reported.convention, s.reported.value]),
    ).toEqual([
      ['Travers & Milgram 1969', 6.2, 5.2, 'intermediaries', 5.2],
      ['Leskovec & Horvitz 2008', 6.6, 5.6, 'hops', 6.6],
      ['Backstrom et al. 2012', 4.74, 3.74, 'hops', 4.74],
      ['Edunov et al. 2016', 4.57, 3.57, 'intermediaries', 3.57],
    ]);
    for (const s of c.studies) {
      expect(s.meanDistance - s.degreesOfSeparation).toBeCloseTo(1, 12);
      expect(s.reported.value).toBe(s.reported.convention === 'hops' ? s.meanDistance : s.degreesOfSeparation);
      expect(s.differenceInHops).toBeCloseTo(4 - s.meanDistance, 12);
    }
    c.studies[0]!.reported.value = 0;
    expect(STUDIES[0]!.reported.value).toBe(5.2);
  });

  it('takes a separation summary', () => {
    const s = separation(erdosRenyi(200, 600, 1), { component: 'largest' });
    expect(compareWithStudies(s).graph.people).toBe(s.people);
  });
});

describe('estimateSeparation', () => {
  it('gives ln N / ln k and the Fronczak et al. formula', () => {
    const e = estimateSeparation({ people: 1e6, averageConnections: 10 });
    expect(e.simpleMeanDistance).toBeCloseTo(6, 12);
    expect(e.meanDistance).toBeCloseTo((Math.log(1e6) - 0.5772156649015329) / Math.log(10) + 0.5, 12);
    expect(e.degreesOfSeparation).toBeCloseTo(e.meanDistance - 1, 12);
  });

  it('predicts the mean distance of G(n, m) within 3%', () => {
    const n = 4000;
    const k = 12;
    const measured = separation(erdosRenyi(n, (n * k) / 2, 7), { component: 'largest' }).meanDistance;
    expect(
      Math.abs(estimateSeparation({ people: n, averageConnections: k }).meanDistance - measured) / measured,
    ).toBeLessThan(0.03);
  });

  it.each([
    ['people', { people: 1, averageConnections: 5 }],
    ['averageConnections', { people: 100, averageConnections: 1 }],
    ['averageConnections', { people: 100, averageConnections: Number.NaN }],
  ])('rejects a bad %s', (argument, input) => {
    expect(() => estimateSeparation(input)).toThrow(InvalidArgumentError);
    expect(() => estimateSeparation(input)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument }));
  });

  it('rejects a summary without meanDistance', () => {
    expect(() => compareWithStudies({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
