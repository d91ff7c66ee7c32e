// renderDistributionSvg: the distance histogram of a graph — share of connected pairs at each
// distance — with the two famous marks (Travers & Milgram 1969: 5.2 degrees = 6.2 hops; Edunov et
// al. 2016: 3.57 degrees = 4.57 hops, both from STUDIES) and the graph's own mean distance, as a
// standalone accessible SVG.

import { InvalidArgumentError } from '../errors.js';
import { STUDIES } from '../separation/compare-with-studies.js';
import type { PageLang } from './page-words.js';
import { textWidth } from './place-labels.js';
import { reportWords } from './report-words.js';
import {
  INK,
  PALETTE,
  px,
  svgDocument,
  text,
  textLines,
  wrapLines,
  yAxis,
  niceTicks,
  type PictureOptions,
} from './svg.js';

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
  /** Language of the chart's words and numbers (default `'en'`). */
  lang?: PageLang;
}

// The two famous measurements: Milgram's letters, behind "six degrees", and Facebook's "3.57 degrees".
const MARKS = (
  [
    [1969, PALETTE[5]],
    [2016, PALETTE[3]],
  ] as const
).map(([year, colour]) => {
  const study = STUDIES.find((s) => s.year === year)!;
  return { at: study.meanDistance, study, colour };
});

/**
 * Draws the distance histogram: for each distance d ≥ 1 (in hops), the share of connected pairs
 * at that distance, with the Travers & Milgram 1969 and Edunov et al. 2016 marks and this graph's mean.
 *
 * Degrees of separation are hops − 1; the marks are placed in hops (6.2 hops for Milgram's letters,
 * 5.2 intermediaries; 4.57 hops for Facebook's 3.57 degrees) and labelled with both conventions.
 *
 * @param input - a `{ distribution, meanDistance? }` (a separation summary fits) or the bare array.
 * @param options - `marks`, `name`, `lang`, `title`, `width`, `height`.
 * @returns the SVG document as a string.
 * @throws InvalidArgumentError when the distribution is not an array of non-negative numbers.
 * @remarks Time O(D) for the D distances.
 * @example
 * renderDistributionSvg({ distribution: [0, 20, 44, 26] }); // '<svg … role="img" …'
 */
export function renderDistributionSvg(
  input: DistributionInput | readonly number[],
  options: RenderDistributionSvgOptions = {},
): string {
  const distribution = Array.isArray(input) ? (input as readonly number[]) : (input as DistributionInput).distribution;
  if (!Array.isArray(distribution) || distribution.some((c) => typeof c !== 'number' || !(c >= 0))) {
    throw new InvalidArgumentError(
      'renderDistributionSvg',
      'distribution',
      'an array of non-negative pair counts',
      distribution,
    );
  }
  const counts = distribution.slice(1);
  const total = counts.reduce((a, b) => a + b, 0);
  const mean =
    (Array.isArray(input) ? undefined : (input as DistributionInput).meanDistance) ??
    (total > 0 ? counts.reduce((a, c, i) => a + c * (i + 1), 0) / total : NaN);
  const marks = options.marks ?? true;
  const w = reportWords(options.lang);
  const n = w.num;
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const lastX = Math.max(counts.length, marks ? 7 : 1, Number.isFinite(mean) ? Math.ceil(mean) : 1);
  // Title and legend first, wrapped to the width; the plot takes the room left below them.
  const title = options.title ?? w.distributionSvgTitle;
  const heading = wrapLines(title, width - 24, 14, true);
  let head = textLines(12, 18, heading, 18, `font-size="14" font-weight="600" fill="${INK.text}"`);
  let row = 18 + heading.length * 18 + 4;
  const legend: { at: number; colour: string; dash: string }[] = [];
  const legendItem = (at: number, colour: string, label: string, dash: string): void => {
    const lines = wrapLines(label, width - 60, 12, true);
    head += `<line x1="12" x2="34" y1="${row - 4}" y2="${row - 4}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`;
    head += textLines(40, row, lines, 15, `fill="${colour}" font-size="12" font-weight="600"`);
    row += lines.length * 15 + 3;
    legend.push({ at, colour, dash });
  };
  if (marks) for (const m of MARKS) legendItem(m.at, m.colour, w.studyMark(m.study), '5 4');
  if (Number.isFinite(mean)) legendItem(mean, INK.text, w.meanMark(options.name ?? w.thisNetwork, mean), '0');
  const left = width < 480 ? 48 : 60;
  const top = row + 22;
  const frame = { left, top, width: width - left - 20, height: height - top - 56 };
  const shares = counts.map((c) => (total > 0 ? (100 * c) / total : 0));
  const { svg: axis, y: Y } = yAxis(frame, niceTicks(Math.max(...shares, 1), 4), w.shareAxis, (v) => w.percent(v));
  const slot = frame.width / lastX;
  const X = (hops: number): number => frame.left + (hops - 0.5) * slot;
  let body = axis;
  // Bar values, where they fit: their boxes are kept so that the marks' lines break around them.
  const labelBoxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  shares.forEach((s, i) => {
    const d = i + 1;
    const barW = slot * 0.7;
    body += `<rect x="${px(X(d) - barW / 2)}" y="${px(Y(s))}" width="${px(barW)}" height="${px(frame.top + frame.height - Y(s))}" fill="${PALETTE[0]}" fill-opacity="0.85"><title>${w.barMark(d, counts[i]!, s)}</title></rect>`;
    const value = s >= 1 || slot >= 44 ? w.percent(s, slot < 44 ? 0 : s < 1 ? 2 : 1) : '';
    if (s > 0 && value && textWidth(value, 12) <= slot + 2) {
      body += text(X(d), Y(s) - 4, value, `text-anchor="middle" font-size="12" fill="${INK.text}"`);
      const w = textWidth(value, 12) / 2 + 2;
      labelBoxes.push({ x0: X(d) - w, x1: X(d) + w, y0: Y(s) - 17, y1: Y(s) - 1 });
    }
  });
  const step = slot < 22 ? 2 : 1;
  for (let d = 1; d <= lastX; d += step)
    body += text(X(d), frame.top + frame.height + 16, String(d), `text-anchor="middle" fill="${INK.muted}"`);
  body += textLines(
    frame.left + frame.width / 2,
    frame.top + frame.height + 34,
    wrapLines(w.hopsAxis, width - 20, 12),
    14,
    `text-anchor="middle" fill="${INK.muted}"`,
  );
  // Each mark: a vertical line at its distance, broken around the bar values it would cross, its value on top.
  for (const { at, colour, dash } of legend) {
    const x = X(at);
    let y = frame.top - 8;
    for (const b of labelBoxes.filter((b) => b.x0 <= x && x <= b.x1).sort((p, q) => p.y0 - q.y0)) {
      if (b.y0 > y)
        body += `<line x1="${px(x)}" x2="${px(x)}" y1="${px(y)}" y2="${px(b.y0)}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`;
      y = Math.max(y, b.y1);
    }
    body += `<line x1="${px(x)}" x2="${px(x)}" y1="${px(y)}" y2="${px(frame.top + frame.height)}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`;
    if (colour !== INK.text)
      body += text(x, frame.top - 11, n(at), `fill="${colour}" font-size="12" font-weight="600" text-anchor="middle"`);
  }
  body = head + body;
  const peak = shares.indexOf(Math.max(...shares)) + 1;
  const desc =
    total === 0
      ? w.distributionEmpty
      : w.distributionDesc(total, peak, Math.max(...shares), mean, marks ? MARKS.map((m) => w.studyMark(m.study)) : []);
  return svgDocument(width, height, title, desc, body);
}
