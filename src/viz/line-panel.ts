// A line-chart panel shared by the reach and strategy pictures: x from 0 (or 1) to the last
// point, y from 0 to a round maximum, grid, axes, one polyline with dots per series.

import { textWidth } from './place-labels.js';
import { LABEL_MAX, shownName } from './shown-name.js';
import { INK, formatNumber, niceTicks, px, text, textLines, wrapLines, yAxis, type Frame } from './svg.js';

/** One line of a panel. */
export interface PanelSeries {
  /** Name shown in the legend and the dots' tooltips. */
  label: string;
  /** Stroke colour. */
  colour: string;
  /** Points `[x, y]`, x ascending; non-finite y values are skipped. */
  points: readonly (readonly [number, number])[];
  /** Dashed line (estimates). */
  dashed?: boolean;
  /** A reference line: no dots, no value labels. */
  plain?: boolean;
}

/** Options of one panel. */
export interface PanelOptions {
  /** Panel heading, drawn above the frame. */
  heading?: string;
  /** Axis labels. */
  xLabel: string;
  yLabel: string;
  /** Label the last point of each series with its value (default false). */
  labelEnds?: boolean;
  /** Label every point (default false). */
  labelPoints?: boolean;
  /** Format of y values. */
  format?: (v: number) => string;
  /** A point's hover title (default "label: y at x"). */
  pointTitle?: (label: string, y: string, x: number) => string;
  /** Integer x ticks labelled with this (default the number). */
  xFormat?: (x: number) => string;
}

/** Draws one panel into `frame`; returns the SVG. */
export function linePanel(frame: Frame, series: readonly PanelSeries[], options: PanelOptions): string {
  const format = options.format ?? ((v: number) => formatNumber(v));
  let maxX = 1;
  let minX = Infinity;
  let maxY = 0;
  for (const s of series) {
    for (const [x, y] of s.points) {
      if (!Number.isFinite(y)) continue;
      maxX = Math.max(maxX, x);
      minX = Math.min(minX, x);
      maxY = Math.max(maxY, y);
    }
  }
  if (!Number.isFinite(minX)) minX = 0;
  const span = Math.max(1, maxX - minX);
  const X = (x: number): number => frame.left + ((x - minX) / span) * frame.width;
  const { svg: axis, y: Y } = yAxis(frame, niceTicks(maxY, 4), options.yLabel, format);
  let svg = axis;
  if (options.heading) {
    // Wrapped to the panel (its end labels included), growing upwards: never clipped.
    const lines = wrapLines(options.heading, frame.width + 44, 12, true);
    svg += textLines(
      frame.left,
      frame.top - 10 - (lines.length - 1) * 14,
      lines,
      14,
      `font-weight="600" fill="${INK.text}"`,
    );
  }
  const step = Math.max(1, Math.ceil(span / 10));
  for (let x = Math.ceil(minX); x <= maxX; x += step) {
    svg += text(
      X(x),
      frame.top + frame.height + 16,
      (options.xFormat ?? String)(x),
      `text-anchor="middle" fill="${INK.muted}"`,
    );
  }
  svg += `<line x1="${px(frame.left)}" x2="${px(frame.left + frame.width)}" y1="${px(frame.top + frame.height)}" y2="${px(frame.top + frame.height)}" stroke="${INK.muted}"/>`;
  svg += textLines(
    frame.left + frame.width / 2,
    frame.top + frame.height + 34,
    wrapLines(options.xLabel, frame.width + 40, 12),
    14,
    `text-anchor="middle" fill="${INK.muted}"`,
  );
  const ends: { x: number; y: number; text: string; colour: string }[] = [];
  series.forEach((s, k) => {
    const pts = s.points.filter(([, y]) => Number.isFinite(y));
    if (pts.length === 0) return;
    const d = pts.map(([x, y]) => `${px(X(x))},${px(Y(y))}`).join(' ');
    svg += `<polyline points="${d}" fill="none" stroke="${s.colour}" stroke-width="2.25"${s.dashed ? ' stroke-dasharray="6 4"' : ''} stroke-linejoin="round"/>`;
    if (s.plain) return;
    const below = k % 2 === 1; // alternate label sides so two close lines stay readable
    pts.forEach(([x, y], i) => {
      svg += `<circle cx="${px(X(x))}" cy="${px(Y(y))}" r="${pts.length > 30 ? 1.5 : 3}" fill="${s.colour}"><title>${(options.pointTitle ?? ((l, v, at) => `${l}: ${v} at ${at}`))(s.label.replace(/[<&]/g, ''), format(y), x)}</title></circle>`;
      if (options.labelEnds && i === pts.length - 1) ends.push({ y: Y(y), x: X(x), text: format(y), colour: s.colour });
      else if (options.labelPoints) {
        svg += text(
          X(x) + (i === pts.length - 1 ? -4 : 0),
          Y(y) + (below ? 16 : -7),
          format(y),
          `text-anchor="${i === pts.length - 1 ? 'end' : 'middle'}" fill="${s.colour}" font-size="12" font-weight="600" paint-order="stroke" stroke="#fff" stroke-width="3"`,
        );
      }
    });
  });
  // End labels sit right of the frame, spread apart so that close lines keep readable values.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + 14);
  for (const e of ends)
    svg += text(frame.left + frame.width + 6, e.y + 4, e.text, `fill="${e.colour}" font-size="12" font-weight="600"`);
  return svg;
}

/** A legend: items in a row, wrapping to a new row at `maxX`; returns the SVG and the last row's baseline. */
export function legendRow(
  x: number,
  y: number,
  items: readonly { label: string; colour: string; dashed?: boolean }[],
  maxX = Infinity,
): { svg: string; bottom: number } {
  let svg = '';
  let at = x;
  let row = y;
  for (const item of items) {
    const label = shownName(item.label, LABEL_MAX);
    const w = 34 + textWidth(label, 12);
    if (at > x && at + w > maxX) {
      at = x;
      row += 18;
    }
    svg += `<line x1="${px(at)}" x2="${px(at + 20)}" y1="${px(row - 4)}" y2="${px(row - 4)}" stroke="${item.colour}" stroke-width="3"${item.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    svg += text(at + 26, row, label, `fill="${INK.text}"`);
    at += w + 12;
  }
  return { svg, bottom: row };
}
