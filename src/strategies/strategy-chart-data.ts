// strategyChartData: a simulation report reshaped for charts, one panel per metric with one line
// per strategy and the final values for bar charts (the viz layer's renderStrategySvg draws it).

import { InvalidArgumentError } from '../errors.js';
import type { SimulateStrategiesResult } from './simulate-strategies.js';
import type { StrategyRound } from './simulation-run.js';

/** A metric of the simulation timeline. */
export type StrategyMetric = Exclude<keyof StrategyRound, 'round'>;

/** One chart panel: a metric over rounds, one series per strategy. */
export interface StrategyChartPanel {
  /** The metric's field name in the timeline. */
  metric: StrategyMetric;
  /** Axis label in domain words. */
  label: string;
  /** Whether the metric is a share in [0, 1] (draw as a percentage). */
  share: boolean;
  /** One line per strategy: `[round, value]` points, rounds from 1 (NaN values dropped). */
  series: {
    /** The strategy. */
    name: string;
    /** `[round, value]` pairs. */
    points: [number, number][];
  }[];
  /** The last round's value per strategy, for a bar chart. */
  final: {
    /** The strategy. */
    name: string;
    /** The metric after the last round. */
    value: number;
  }[];
}

/** Labels of the metrics, in display order. */
export const STRATEGY_METRICS: readonly {
  /** The field of a round. */
  metric: StrategyMetric;
  /** The panel's title. */
  label: string;
  /** A share between 0 and 1 (drawn as a percentage). */
  share: boolean;
}[] = [
  { metric: 'direct', label: 'Direct reach (1st-degree contacts)', share: false },
  { metric: 'secondDegree', label: '2nd-degree reach', share: false },
  { metric: 'meanDistance', label: 'Mean distance to people reached (hops)', share: false },
  { metric: 'coherence', label: 'Contacts in my sector', share: true },
  { metric: 'knownShare', label: 'Contacts I really know', share: true },
  { metric: 'effort', label: 'Profiles qualified (effort)', share: false },
];

/**
 * Reshapes a `simulateStrategies` report into chart panels, one per metric.
 *
 * @param report - the simulation report.
 * @param metrics - which metrics, in order (default all six).
 * @returns panels `{ metric, label, share, series: [{ name, points: [[round, value]] }], final }`.
 * @throws InvalidArgumentError on an unknown metric.
 * @remarks Time O(S·R) for S strategies and R rounds.
 * @example
 * const panels = strategyChartData(simulateStrategies());
 * panels[0].final; // [{ name: 'open-bar', value: 82.3 }, …]
 */
export function strategyChartData(
  report: SimulateStrategiesResult,
  metrics: readonly StrategyMetric[] = STRATEGY_METRICS.map((m) => m.metric),
): StrategyChartPanel[] {
  return metrics.map((metric) => {
    const meta = STRATEGY_METRICS.find((m) => m.metric === metric);
    if (!meta)
      throw new InvalidArgumentError(
        'strategyChartData',
        'metrics',
        `a list of ${STRATEGY_METRICS.map((m) => m.metric).join(', ')}`,
        metric,
      );
    return {
      metric,
      label: meta.label,
      share: meta.share,
      series: report.strategies.map((s) => ({
        name: s.name,
        points: s.timeline.filter((r) => !Number.isNaN(r[metric])).map((r): [number, number] => [r.round, r[metric]]),
      })),
      final: report.strategies.map((s) => ({ name: s.name, value: s.final[metric] })),
    };
  });
}
