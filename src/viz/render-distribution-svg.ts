// renderDistributionSvg: the distance histogram of a graph — share of connected pairs at each
// distance — with the two famous marks (Travers & Milgram 1969: 5.2 degrees = 6.2 hops; Edunov et
// al. 2016: 3.57 degrees = 4.57 hops, both from STUDIES) and the graph's own mean distance, as a
// standalone accessible SVG.

import { InvalidArgumentError } from '../errors.js';
import { STUDIES, studyFigure } from '../separation/compare-with-studies.js';
import { INK, PALETTE, formatNumber, px, svgDocument, text, yAxis, niceTicks, type PictureOptions } from './svg.js';

/** What the histogram needs: `distribution[d]` = pairs at distance d (any separation summary fits). */
export interface DistributionInput {
  /** Pairs at each distance, index = hops (`distribution[0]` is ignored). */
  readonly distribution: readonly number[];
  /** Mean distance over connected pairs (computed from `distribution` when absent). */
  readonly meanDistance?: number;
}

/** Options of `renderDistributionSvg`. */
export interface RenderDistributionSvgOptions extends PictureOptions {
  /** Draw the published marks (default true): Travers & Milgram 1969 at 6.2 hops, Edunov et al. 2016 at 4.57 hops. */
  marks?: boolean;
  /** What the pairs are, for the subtitle (default 'this network'). */
  name?: string;
}

// The two famous measurements: Milgram's letters, behind "six degrees", and Facebook's "3.57 degrees".
const MARKS = ([[1969, PALETTE[5]], [2016, PALETTE[3]]] as const).map(([year, colour]) => {
  const study = STUDIES.find((s) => s.year === year)!;
  return { at: study.meanDistance, label: `${study.study}: ${studyFigure(study)}`, colour };
});

/**
 * Draws the distance histogram: for each distance d ≥ 1 (in hops), the share of connected pairs
 * at that distance, with the Travers & Milgram 1969 and Edunov et al. 2016 marks and this graph's mean.
 *
 * Degrees of separation are hops − 1; the marks are placed in hops (6.2 hops for Milgram's letters,
 * 5.2 intermediaries; 4.57 hops for Facebook's 3.57 degrees) and labelled with both conventions.
 *
 * @param input - a `{ distribution, meanDistance? }` (a separation summary fits) or the bare array.
 * @param options - `marks`, `name`, `title`, `width`, `height`.
 * @returns the SVG document as a string.
 * @throws InvalidArgumentError when the distribution is not an array of non-negative numbers.
 * @remarks Time O(D) for the D distances.
 * @example
 * renderDistributionSvg({ distribution: [0, 20, 44, 26] }); // '<svg … role="img" …'
 */
export function renderDistributionSvg(input: DistributionInput | readonly number[], options: RenderDistributionSvgOptions = {}): string {
  const distribution = Array.isArray(input) ? (input as readonly number[]) : (input as DistributionInput).distribution;
  if (!Array.isArray(distribution) || distribution.some((c) => typeof c !== 'number' || !(c >= 0))) {
    throw new InvalidArgumentError('renderDistributionSvg', 'distribution', 'an array of non-negative pair counts', distribution);
  }
  const counts = distribution.slice(1);
  const total = counts.reduce((a, b) => a + b, 0);
  const mean = (Array.isArray(input) ? undefined : (input as DistributionInput).meanDistance) ?? (total > 0 ? counts.reduce((a, c, i) => a + c * (i + 1), 0) / total : NaN);
  const marks = options.marks ?? true;
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const lastX = Math.max(counts.length, marks ? 7 : 1, Number.isFinite(mean) ? Math.ceil(mean) : 1);
  const frame = { left: 60, top: 96, width: width - 84, height: height - 152 };
  const shares = counts.map((c) => (total > 0 ? (100 * c) / total : 0));
  const { svg: axis, y: Y } = yAxis(frame, niceTicks(Math.max(...shares, 1), 4), 'share of connected pairs (%)', (v) => `${formatNumber(v)}%`);
  const slot = frame.width / lastX;
  const X = (hops: number): number => frame.left + (hops - 0.5) * slot;
  let body = axis;
  shares.forEach((s, i) => {
    const d = i + 1;
    const barW = slot * 0.7;
    body += `<rect x="${px(X(d) - barW / 2)}" y="${px(Y(s))}" width="${px(barW)}" height="${px(frame.top + frame.height - Y(s))}" fill="${PALETTE[0]}" fill-opacity="0.85"><title>${d} hops (${d - 1} degrees of separation): ${formatNumber(counts[i]!)} pairs, ${formatNumber(s, 1)}%</title></rect>`;
    if (s > 0) body += text(X(d), Y(s) - 4, `${formatNumber(s, s < 1 ? 2 : 1)}%`, `text-anchor="middle" font-size="10" fill="${INK.text}"`);
  });
  for (let d = 1; d <= lastX; d++) body += text(X(d), frame.top + frame.height + 16, String(d), `text-anchor="middle" fill="${INK.muted}"`);
  body += text(frame.left + frame.width / 2, frame.top + frame.height + 36, 'distance in hops (degrees of separation = hops − 1)', `text-anchor="middle" fill="${INK.muted}"`);
  // Each mark: a vertical line at its distance, its value on top, its meaning in the legend rows.
  const vline = (at: number, colour: string, label: string, row: number, dash: string): string =>
    `<line x1="${px(X(at))}" x2="${px(X(at))}" y1="${px(frame.top - 8)}" y2="${px(frame.top + frame.height)}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>` +
    text(X(at), frame.top - 11, formatNumber(at), `fill="${colour}" font-size="10" font-weight="600" text-anchor="middle"`) +
    `<line x1="${frame.left}" x2="${frame.left + 22}" y1="${30 + row * 15}" y2="${30 + row * 15}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>` +
    text(frame.left + 28, 34 + row * 15, label, `fill="${colour}" font-size="11" font-weight="600"`);
  if (marks) MARKS.forEach((m, i) => (body += vline(m.at, m.colour, m.label, i, '5 4')));
  if (Number.isFinite(mean)) body += vline(mean, INK.text, `${options.name ?? 'this network'}: mean ${formatNumber(mean)} hops = ${formatNumber(mean - 1)} degrees`, 2, '0');
  const title = options.title ?? 'How far apart are people? Distance distribution';
  body = text(frame.left, 18, title, `font-size="14" font-weight="600" fill="${INK.text}"`) + body;
  const peak = shares.indexOf(Math.max(...shares)) + 1;
  const desc = total === 0
    ? 'No connected pairs: the histogram is empty.'
    : `${formatNumber(total)} connected pairs. Most pairs are ${peak} hops apart (${formatNumber(Math.max(...shares), 1)}%). ` +
      `Mean distance ${formatNumber(mean)} hops, that is ${formatNumber(mean - 1)} degrees of separation` +
      (marks ? `, against ${MARKS.map((m) => m.label).join(' and ')}.` : '.');
  return svgDocument(width, height, title, desc, body);
}
