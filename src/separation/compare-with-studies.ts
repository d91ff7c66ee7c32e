// compareWithStudies: places a graph's separation beside the published small-world measurements,
// each converted to both conventions — hops (mean distance) and degrees of separation
// (intermediaries = hops − 1) — and marked with the one its authors reported. STUDIES, SIX_DEGREES,
// studyFigure and CONVENTION_NOTE are the one source every citation (report, histogram, CLI,
// docs) takes its figures and words from; test/separation/study-citations.test.ts reads them all.

import { InvalidArgumentError } from '../errors.js';

/** One published measurement, in both conventions. */
export interface Study {
  /** Short name: `'Travers & Milgram 1969'`… */
  study: string;
  /** Year of publication. */
  year: number;
  /** What was measured. */
  network: string;
  /** People in the network (approximate, as published). */
  people: number;
  /** Mean distance in hops. */
  meanDistance: number;
  /** Mean number of intermediaries, meanDistance − 1. */
  degreesOfSeparation: number;
  /** The convention of the published figure, and the figure itself. */
  reported: {
    /** `'hops'` (a mean distance) or `'intermediaries'` (degrees of separation). */
    convention: 'hops' | 'intermediaries';
    /** The published figure, in that convention. */
    value: number;
  };
  /** The reference (DOI or URL). */
  source: string;
  /** Caveats worth a footnote. */
  note: string;
}

/** A study beside the graph: the difference in hops (graph − study). */
export interface StudyComparison extends Study {
  /** graph meanDistance − study meanDistance (negative: the graph is "smaller"). */
  differenceInHops: number;
}

/** Result of `compareWithStudies`. */
export interface StudiesComparison {
  /** The graph's own figures, in both conventions. */
  graph: {
    /** People in the graph, when the summary says. */
    people: number | null;
    /** Mean distance in hops. */
    meanDistance: number;
    /** Mean number of intermediaries, meanDistance − 1. */
    degreesOfSeparation: number;
  };
  /** The studies, oldest first. */
  studies: StudyComparison[];
}

/** The published measurements, oldest first. */
export const STUDIES: readonly Study[] = Object.freeze([
  {
    study: 'Travers & Milgram 1969',
    year: 1969,
    network: 'letters forwarded hand to hand from Nebraska and Boston to a Boston stockbroker (64 completed chains)',
    people: 200e6,
    meanDistance: 6.2,
    degreesOfSeparation: 5.2,
    reported: { convention: 'intermediaries', value: 5.2 },
    source:
      'Travers, Milgram, "An Experimental Study of the Small World Problem", Sociometry 32(4), 1969, doi:10.2307/2786545',
    note: 'completed chains only; long chains break more often, so the true mean is larger',
  },
  {
    study: 'Leskovec & Horvitz 2008',
    year: 2008,
    network: 'MSN Messenger conversations, June 2006',
    people: 180e6,
    meanDistance: 6.6,
    degreesOfSeparation: 5.6,
    reported: { convention: 'hops', value: 6.6 },
    source:
      'Leskovec, Horvitz, "Planetary-Scale Views on a Large Instant-Messaging Network", WWW 2008, doi:10.1145/1367497.1367620',
    note: 'estimated from sampled BFS sources; 90% effective diameter 7.8',
  },
  {
    study: 'Backstrom et al. 2012',
    year: 2012,
    network: 'Facebook friendships, May 2011 (69 billion links)',
    people: 721e6,
    meanDistance: 4.74,
    degreesOfSeparation: 3.74,
    reported: { convention: 'hops', value: 4.74 },
    source:
      'Backstrom, Boldi, Rosa, Ugander, Vigna, "Four Degrees of Separation", WebSci 2012, doi:10.1145/2380718.2380723',
    note: 'HyperANF over the whole graph',
  },
  {
    study: 'Edunov et al. 2016',
    year: 2016,
    network: 'Facebook friendships, 2016',
    people: 1.59e9,
    meanDistance: 4.57,
    degreesOfSeparation: 3.57,
    reported: { convention: 'intermediaries', value: 3.57 },
    source:
      'Edunov, Diuk, Filiz, Bhagat, Burke, "Three and a half degrees of separation", Facebook Research, 2016, https://research.facebook.com/blog/2016/2/three-and-a-half-degrees-of-separation/',
    note: 'the headline "3.57 degrees" counts intermediaries: a mean distance of 4.57 hops',
  },
]);

/** The popular phrase "six degrees of separation" in the same convention: six intermediaries, seven hops. */
export const SIX_DEGREES = Object.freeze({
  /** The phrase itself. */
  phrase: 'six degrees',
  /** Six intermediaries. */
  degreesOfSeparation: 6,
  /** Seven hops. */
  meanDistance: 7,
});

/**
 * How a study's figure is cited everywhere: the published figure in its own convention, then the
 * other one — `'5.2 degrees = 6.2 hops'` (Travers & Milgram 1969), `'4.74 hops = 3.74 degrees'`.
 *
 * @param study - one of `STUDIES` (or any `Study`).
 * @returns the figure in both conventions, published one first.
 * @remarks Time O(1).
 * @example
 * studyFigure(STUDIES[3]!); // '3.57 degrees = 4.57 hops' (Edunov et al. 2016)
 */
export function studyFigure(study: Study): string {
  const degrees = `${round(study.degreesOfSeparation)} degrees`;
  const hops = `${round(study.meanDistance)} hops`;
  return study.reported.convention === 'intermediaries' ? `${degrees} = ${hops}` : `${hops} = ${degrees}`;
}

/** The convention in one sentence, with every study's figure: printed by the CLI and the report, quoted by the docs. */
export const CONVENTION_NOTE =
  `Degrees of separation count intermediaries, hops − 1: "${SIX_DEGREES.phrase}" is ${SIX_DEGREES.meanDistance} hops; ` +
  `${STUDIES.map((s) => `${s.study}: ${studyFigure(s)}`).join('; ')}.`;

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/**
 * Places a graph's mean distance beside the published small-world studies, each in both
 * conventions: hops (mean distance) and degrees of separation (intermediaries, hops − 1).
 *
 * @param summary - a `separation()` result, or any `{ meanDistance, people? }`.
 * @returns the graph's figures and one row per study with the difference in hops.
 * @throws InvalidArgumentError when `meanDistance` is not a number.
 * @remarks Time O(1).
 * @see Backstrom et al., WebSci 2012, doi:10.1145/2380718.2380723 (the intermediaries convention).
 * @example
 * compareWithStudies(separation(graph)).studies.map((s) => [s.study, s.differenceInHops]);
 * // [['Travers & Milgram 1969', -2.5], …]
 */
export function compareWithStudies(summary: { meanDistance: number; people?: number }): StudiesComparison {
  if (typeof summary !== 'object' || summary === null || typeof summary.meanDistance !== 'number') {
    throw new InvalidArgumentError('compareWithStudies', 'summary.meanDistance', 'a number', summary?.meanDistance);
  }
  const mean = summary.meanDistance;
  return {
    graph: { people: summary.people ?? null, meanDistance: mean, degreesOfSeparation: mean - 1 },
    studies: STUDIES.map((s) => ({ ...s, reported: { ...s.reported }, differenceInHops: mean - s.meanDistance })),
  };
}
