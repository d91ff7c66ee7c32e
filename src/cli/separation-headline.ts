// The first lines of `handshakes stats`: people and components (always counted exactly), then the
// distribution's figures — plain when exact; when sampled or HyperBall, marked "≈" with their 95%
// intervals, under a line saying they are estimates, so an exact "1 component" never stands beside
// an estimated "90% connected" as if both were counts.

import type { Estimate } from '../separation/estimate.js';
import type { SeparationSummary } from '../separation/separation.js';
import { count } from './import-summary.js';
import { cell } from './output.js';

// ` [low–high]` of an estimate, scaled (a share in %) or rounded (a count of pairs)
const range = (e: Estimate | undefined, scale = 1, unit = '', round = false): string => {
  if (!e) return '';
  const at = (v: number): string => cell(round ? Math.round(scale * v) : scale * v);
  return ` [${at(e.low)}–${at(e.high)}${unit}]`;
};

/**
 * The headline of a separation summary, one figure per line group, ending with a blank line.
 *
 * @param s - the summary.
 * @param undirected - whether the graph (or `mode: 'all'`) is undirected: one weak component then means every pair is connected.
 * @returns the text.
 * @remarks Time O(1).
 */
export function separationHeadline(s: SeparationSummary, undirected: boolean): string {
  const people = `${count(s.people, 'person', 'people')}`;
  const components = `${count(s.components.count, 'component')} (largest ${cell(s.components.largestSize)})`;
  const method = `Method: ${s.reason ?? s.method}.\n`;
  const pairs = `${count(Math.round(s.reachablePairs), 'connected ordered pair')} (${cell(100 * s.connectedFraction)}%)`;
  const e = s.errors;
  if (!e)
    return (
      `${people}, ${pairs}, ${components}.\n${method}` +
      `Mean distance ${count(s.meanDistance, 'hop')}, that is ${count(s.degreesOfSeparation, 'degree of separation', 'degrees of separation')} (intermediaries).\n` +
      `Median ${count(s.medianDistance, 'hop')}, effective diameter (90%) ${cell(s.effectiveDiameter)}, diameter ${cell(s.diameter)}.\n\n`
    );
  const rp = e.reachablePairs;
  // the sampling engine knows the pairs exactly on undirected graphs, or when every person was a source (zero error): say so
  const pairsExact = rp.standardError === 0 && rp.low === rp.high;
  const all = s.people * (s.people - 1);
  const oneComponent = undirected && s.components.count === 1 && s.people > 1;
  const pairsLine = pairsExact
    ? `  connected ordered pairs: ${cell(Math.round(s.reachablePairs))} (${cell(100 * s.connectedFraction)}%), exact (no sampling error)\n`
    : `  connected ordered pairs ≈ ${cell(Math.round(s.reachablePairs))}${range(rp, 1, '', true)}, ≈ ${cell(100 * s.connectedFraction)}%${range(rp, 100 / Math.max(1, all), '%')} of all ${cell(all)}` +
      (oneComponent
        ? ` (one component: all ${cell(all)} are connected${Math.round(s.reachablePairs) === all ? '' : "; the difference is the estimate's error"})`
        : '') +
      '\n';
  const diameter =
    s.method === 'sample'
      ? `diameter ≥ ${cell(s.diameter)} (the farthest pair the sample saw)`
      : `diameter ≈ ${cell(s.diameter)}`;
  return (
    `${people}, ${components}: counted exactly.\n${method}` +
    `Estimated (${s.method}; 95% intervals in brackets):\n${pairsLine}` +
    `  mean distance ≈ ${count(s.meanDistance, 'hop')}${range(e.meanDistance)}, that is ≈ ${count(s.degreesOfSeparation, 'degree of separation', 'degrees of separation')} (intermediaries)${range(e.degreesOfSeparation)}\n` +
    `  median ≈ ${count(s.medianDistance, 'hop')}, effective diameter (90%) ≈ ${cell(s.effectiveDiameter)}${range(e.effectiveDiameter)}, ${diameter}\n\n`
  );
}
