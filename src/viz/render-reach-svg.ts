// renderReachSvg: the reach curve — how many people are within 1, 2, 3… degrees — for one person,
// a team, or an estimate, as a standalone accessible SVG. Accepts reachByDegree / groupReach /
// estimateReach results (anything with `byDegree`), several on one chart.

import { InvalidArgumentError } from '../errors.js';
import { legendRow, linePanel, type PanelSeries } from './line-panel.js';
import type { PageLang } from './page-words.js';
import { reportWords } from './report-words.js';
import { INK, PALETTE, svgDocument, textLines, wrapLines, type PictureOptions } from './svg.js';
import { LABEL_MAX, shownName } from './shown-name.js';

/** One curve: people at each degree (`byDegree[d]`, `byDegree[0]` the person or team itself). */
export interface ReachSeries {
  /** People at distance exactly d. */
  readonly byDegree: readonly number[];
  /** Name in the legend (default `source` when present, else 'reach'). */
  readonly label?: string;
  /** The source key, used as a default label. */
  readonly source?: string;
  /** Draw dashed (an estimate rather than a measure). */
  readonly estimate?: boolean;
}

/** Options of `renderReachSvg`. */
export interface RenderReachSvgOptions extends PictureOptions {
  /** Draw a dashed line at this total (the network's size) labelled "everyone". */
  total?: number;
  /** Language of the chart's words and numbers (default `'en'`). */
  lang?: PageLang;
}

/**
 * Draws reach curves: for each degree d, the people within ≤ d degrees (the person or team itself
 * excluded), one line per series, values labelled.
 *
 * @param input - one series or several (`reachByDegree`, `groupReach`, `estimateReach` results fit).
 * @param options - `total`, `lang`, `title`, `width`, `height`.
 * @returns the SVG document as a string.
 * @throws InvalidArgumentError when a series has no `byDegree` array of non-negative numbers.
 * @remarks Time O(s · D) for s series of D degrees.
 * @example
 * renderReachSvg({ label: 'Ada', byDegree: [1, 12, 80, 301] }); // '<svg … role="img" …'
 */
export function renderReachSvg(
  input: ReachSeries | readonly ReachSeries[],
  options: RenderReachSvgOptions = {},
): string {
  const series = (Array.isArray(input) ? input : [input]) as readonly ReachSeries[];
  for (const s of series) {
    if (!s || !Array.isArray(s.byDegree) || s.byDegree.some((c) => typeof c !== 'number' || !(c >= 0))) {
      throw new InvalidArgumentError('renderReachSvg', 'byDegree', 'an array of non-negative counts', s?.byDegree);
    }
  }
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const w = reportWords(options.lang);
  const lines = series.map((s, i) => {
    let within = 0;
    const points: [number, number][] = [];
    s.byDegree.forEach((c, d) => {
      if (d === 0) return;
      within += c;
      points.push([d, within]);
    });
    return {
      label: shownName(s.label ?? s.source ?? (s.estimate ? w.estimatedReach : w.reachLabel), LABEL_MAX),
      colour: PALETTE[i % PALETTE.length]! as string,
      points,
      dashed: s.estimate ?? false,
    };
  });
  const all: PanelSeries[] = [...lines];
  if (options.total !== undefined) {
    const maxD = Math.max(1, ...lines.map((l) => l.points.length));
    all.push({
      label: w.everyone(options.total),
      colour: INK.muted,
      points: [
        [1, options.total],
        [maxD, options.total],
      ],
      dashed: true,
      plain: true,
    });
  }
  // Title and legend wrap on narrow pictures; the plot takes the room left below them.
  const title = options.title ?? w.reachSvgTitle;
  const heading = wrapLines(title, width - 30, 14, true);
  let body = textLines(14, 20, heading, 18, `font-size="14" font-weight="600" fill="${INK.text}"`);
  const legend = legendRow(14, 20 + heading.length * 18 + 6, all, width - 10);
  const top = legend.bottom + 30;
  const left = width < 480 ? 58 : 72;
  const frame = { left, top, width: width - left - 28, height: height - top - (width < 480 ? 70 : 56) };
  body +=
    legend.svg +
    linePanel(frame, all, {
      xLabel: w.reachXLabel,
      yLabel: w.reachYLabel,
      labelPoints: lines.length <= 2,
      xFormat: w.degree,
      format: (v) => w.num(v),
      pointTitle: w.reachPoint,
    });
  const desc = lines
    .map((l) => {
      const first = l.points[0]?.[1] ?? 0;
      const last = l.points[l.points.length - 1];
      return w.reachDesc(l.label, first, last?.[1] ?? 0, last?.[0] ?? 1);
    })
    .join(' ');
  return svgDocument(width, height, title, desc || w.noReach, body);
}
