// renderStrategySvg: contact strategies side by side ("open bar", "neighbourhood bar", "private
// club"): small multiples over simulation rounds for direct reach, 2nd-degree reach, mean distance,
// sector coherence, share of contacts known and effort. Input: simulateStrategies' result shape.

import { InvalidArgumentError } from '../errors.js';
import type { StrategyRound } from '../strategies/index.js';
import { legendRow, linePanel } from './line-panel.js';
import { INK, PALETTE, formatNumber, svgDocument, text, type PictureOptions } from './svg.js';

/** One round of one strategy: the fields of `simulateStrategies`' timeline. */
export type StrategyChartRound = Pick<
  StrategyRound,
  'round' | 'direct' | 'secondDegree' | 'meanDistance' | 'coherence' | 'knownShare' | 'effort'
>;

/** What the picture needs: `{ strategies: [{ name, timeline }] }`. */
export interface StrategyChartInput {
  /** One line per strategy. */
  readonly strategies: readonly {
    /** The strategy's name, in the legend. */
    readonly name: string;
    /** Its rounds. */
    readonly timeline: readonly StrategyChartRound[];
  }[];
}

/** Options of `renderStrategySvg`. */
export interface RenderStrategySvgOptions extends PictureOptions {
  /** Panels to draw, in order (default all six). */
  metrics?: readonly (keyof Omit<StrategyChartRound, 'round'>)[];
}

const METRICS = {
  direct: { heading: 'Direct reach (1st degree)', format: (v: number) => formatNumber(Math.round(v)) },
  secondDegree: { heading: '2nd-degree reach', format: (v: number) => formatNumber(Math.round(v)) },
  meanDistance: { heading: 'Mean distance to people reached (hops)', format: (v: number) => formatNumber(v, 2) },
  coherence: { heading: 'Sector coherence of contacts', format: (v: number) => `${formatNumber(100 * v, 0)}%` },
  knownShare: { heading: 'Share of contacts really known', format: (v: number) => `${formatNumber(100 * v, 0)}%` },
  effort: { heading: 'Effort: profiles qualified', format: (v: number) => formatNumber(Math.round(v)) },
} as const;

const NAMES: Record<string, string> = {
  'open-bar': 'open bar',
  'neighbourhood-bar': 'neighbourhood bar',
  'private-club': 'private club',
};

/**
 * Draws contact strategies side by side: one small panel per metric, one line per strategy, over
 * the simulation's rounds; final values labelled at the end of each line.
 *
 * @param input - a `simulateStrategies` result (`{ strategies: [{ name, timeline }] }`).
 * @param options - `metrics`, `title`, `width`, `height`.
 * @returns the SVG document as a string.
 * @throws InvalidArgumentError when `input.strategies` is not a non-empty array with timelines.
 * @remarks Time O(s · r) for s strategies over r rounds.
 * @example
 * renderStrategySvg(simulateStrategies()); // '<svg … role="img" …'
 */
export function renderStrategySvg(input: StrategyChartInput, options: RenderStrategySvgOptions = {}): string {
  const strategies = input?.strategies;
  if (!Array.isArray(strategies) || strategies.length === 0 || strategies.some((s) => !Array.isArray(s?.timeline))) {
    throw new InvalidArgumentError(
      'renderStrategySvg',
      'input.strategies',
      'a non-empty array of { name, timeline }',
      strategies,
    );
  }
  const metrics = options.metrics ?? (Object.keys(METRICS) as (keyof typeof METRICS)[]);
  const columns = metrics.length > 4 ? 3 : Math.min(2, metrics.length);
  const rows = Math.ceil(metrics.length / columns);
  const width = options.width ?? 300 * columns + 20;
  const panelH = 210;
  const height = options.height ?? 70 + rows * panelH;
  const panelW = (width - 20) / columns;
  const colours = strategies.map((_, i) => PALETTE[i % PALETTE.length]!);
  const name = (n: string): string => NAMES[n] ?? n;
  let body = '';
  metrics.forEach((metric, i) => {
    const spec = METRICS[metric];
    const left = 10 + (i % columns) * panelW + 62;
    const top = 70 + Math.floor(i / columns) * panelH + 26;
    const series = strategies.map((s, k) => ({
      label: name(s.name),
      colour: colours[k]!,
      points: s.timeline.map((r: StrategyChartRound) => [r.round, r[metric]] as const),
    }));
    body += linePanel({ left, top, width: panelW - 112, height: panelH - 86 }, series, {
      heading: spec.heading,
      xLabel: 'round',
      yLabel: '',
      format: spec.format,
      labelEnds: true,
    });
  });
  const title = options.title ?? 'Contact strategies side by side';
  body =
    text(20, 22, title, `font-size="14" font-weight="600" fill="${INK.text}"`) +
    legendRow(
      20,
      48,
      strategies.map((s, k) => ({ label: name(s.name), colour: colours[k]! })),
      width - 10,
    ).svg +
    body;
  const desc = strategies
    .map((s) => {
      const last = s.timeline[s.timeline.length - 1];
      if (!last) return `${name(s.name)}: no rounds.`;
      return `${name(s.name)} after ${last.round} rounds: ${formatNumber(last.direct)} direct contacts, ${formatNumber(last.secondDegree)} at 2nd degree, ${formatNumber(100 * last.knownShare, 0)}% really known, ${formatNumber(last.effort)} profiles qualified.`;
    })
    .join(' ');
  return svgDocument(width, height, title, desc, body);
}
