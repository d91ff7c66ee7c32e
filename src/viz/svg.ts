// Shared SVG building blocks for the pictures: escaping, number formatting, the accessible
// document wrapper (role="img", <title>, <desc>), axes and the palette. Output is plain strings,
// so pictures render without a DOM. Every text goes through `escapeXml`.

import { formatNumber } from '../number-words.js';
import { textWidth } from './place-labels.js';

/** Formats a number for a picture (in src/number-words.ts, below the layers that write sentences). */
export { formatNumber };

/** Colours chosen for contrast on white and for colour-blind readers (Okabe–Ito). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

/** Ink colours: text, muted text, grid lines. */
export const INK = { text: '#1f2328', muted: '#59636e', grid: '#d0d7de', faint: '#eef1f4' } as const;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Rounds a coordinate to two decimals so the SVG text stays short and stable. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Picks about `count` round tick values covering [0, max]. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(Math.round((ticks[ticks.length - 1]! + step) * 1e6) / 1e6);
  return ticks;
}

/** Options shared by every picture. */
export interface PictureOptions {
  /** Picture title, read first by screen readers (a default is derived from the data). */
  title?: string;
  /** Width in pixels (the picture scales; this sets its proportions). */
  width?: number;
  /** Height in pixels. */
  height?: number;
}

/** Wraps a picture body in a standalone, accessible SVG document. */
export function svgDocument(width: number, height: number, title: string, desc: string, body: string): string {
  const id = `hs-${hash(title + desc)}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`
  );
}

/** A short stable hash of a string (FNV-1a), for ids that do not clash inside one HTML page. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A text element; `anchor` is `start`, `middle` or `end`. */
export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

/** The plot frame of a chart: its inner rectangle. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Draws a left axis with grid lines for values 0…max; returns the SVG and the y scale. */
export function yAxis(
  frame: Frame,
  ticks: readonly number[],
  label: string,
  format: (v: number) => string = (v) => formatNumber(v),
): { svg: string; y: (v: number) => number } {
  const top = ticks[ticks.length - 1]!;
  const y = (v: number): number => frame.top + frame.height - (v / (top || 1)) * frame.height;
  let svg = '';
  for (const t of ticks) {
    svg += `<line x1="${px(frame.left)}" x2="${px(frame.left + frame.width)}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="${INK.grid}" stroke-width="1"/>`;
    svg += text(frame.left - 6, y(t) + 4, format(t), `text-anchor="end" fill="${INK.muted}"`);
  }
  svg += text(
    14,
    frame.top + frame.height / 2,
    label,
    `text-anchor="middle" fill="${INK.muted}" transform="rotate(-90 14 ${px(frame.top + frame.height / 2)})"`,
  );
  return { svg, y };
}

/** Splits `content` into lines no wider than `maxWidth` at font `size` (estimated widths; a word longer than a line stays whole). */
export function wrapLines(content: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text of several lines (tspans `lineHeight` apart), the first one's baseline at y. */
export function textLines(x: number, y: number, lines: readonly string[], lineHeight: number, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${lines.map((l, i) => `<tspan x="${px(x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join('')}</text>`;
}
