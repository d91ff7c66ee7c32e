// renderEgoSvg: draws a person's ego network on hop rings as a standalone, accessible SVG string:
// dashed rings labelled "1st", "2nd", "3rd", links in light grey, people coloured by degree, names
// for the person and (when few enough) their 1st-degree contacts. Uses `egoLayout` for positions.

import type { AbstractGraph as Graph } from 'graphology-types';
import type { GraphLike } from '../csr/graph-like.js';
import { displayName } from './display-name.js';
import { LABEL_MAX, shownName } from './shown-name.js';
import { isCsr } from '../csr/csr.js';
import type { NodeKey } from '../types.js';
import { egoLayout, type EgoLayout, type EgoLayoutOptions } from './ego-layout.js';
import { INK, PALETTE, escapeXml, formatNumber, px, svgDocument, text, type PictureOptions } from './svg.js';

/** Options of `renderEgoSvg`: the layout's options, picture options, and labels. */
export interface RenderEgoSvgOptions extends EgoLayoutOptions, PictureOptions {
  /** A layout computed before (else `egoLayout` runs with these options). */
  layout?: EgoLayout;
  /** Node attribute (or function) giving a person's display name (default: `name`, else first and last name, else the key). */
  label?: string | ((key: string, attributes: Record<string, unknown>) => string | undefined);
  /** Label 1st-degree contacts when there are at most this many (default 30). */
  maxLabels?: number;
}

/** LinkedIn's name for a degree: 1st, 2nd, 3rd, 4th… 11th, 21st, 22nd… */
export function degreeName(d: number): string {
  const teen = d % 100 >= 11 && d % 100 <= 13;
  return d === 0 ? 'person' : `${d}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][d % 10] ?? 'th')}`;
}

/**
 * Draws a person's ego network on hop rings, as a standalone SVG string (no DOM needed).
 *
 * The person sits at the centre; people at distance d sit near ring d; colours tell degrees apart
 * and a legend counts them. The picture carries `role="img"`, a `<title>` and a `<desc>` that
 * says the counts in words.
 *
 * @param graph - a graphology graph (names are read from node attributes) or a `Csr`.
 * @param person - the centre person.
 * @param options - layout options, `layout`, `label`, `maxLabels`, `title`, `width`, `height`.
 * @returns the SVG document as a string.
 * @throws NodeNotFoundError when `person` is not in the graph.
 * @remarks Time of `egoLayout`, plus O(k + l) to draw k people and l links.
 * @example
 * const svg = renderEgoSvg(graph, 'ada', { maxDegree: 2 });
 * svg.startsWith('<svg'); // true
 */
export function renderEgoSvg(graph: GraphLike, person: NodeKey, options: RenderEgoSvgOptions = {}): string {
  const layout = options.layout ?? egoLayout(graph, person, options);
  const label = labeller(graph, options.label);
  const nameOf = (key: string): string => shownName(label(key), LABEL_MAX);
  const width = options.width ?? 640;
  const height = options.height ?? 640;
  const legendHeight = 28;
  const outer = (layout.rings[layout.rings.length - 1] ?? 0) + 12;
  const scale = (Math.min(width, height - legendHeight) / 2 - 24) / Math.max(outer, 1);
  const cx = width / 2;
  const cy = (height - legendHeight) / 2 + legendHeight;
  const X = (x: number): number => cx + x * scale;
  const Y = (y: number): number => cy + y * scale;

  const counts: number[] = [];
  for (const p of layout.values()) counts[p.distance] = (counts[p.distance] ?? 0) + 1;
  const centerName = nameOf(layout.center);
  let body = '';
  layout.rings.forEach((r, d) => {
    if (d === 0) return;
    body += `<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(r * scale)}" fill="none" stroke="${INK.grid}" stroke-dasharray="4 4"/>`;
    body += text(cx + 4, cy - r * scale - 4, degreeName(d), `fill="${INK.muted}" font-size="11"`);
  });
  body += `<g stroke="#aab4be" stroke-opacity="0.45" stroke-width="0.8">`;
  for (const [a, b] of layout.links) {
    const p = layout.get(a)!;
    const q = layout.get(b)!;
    body += `<line x1="${px(X(p.x))}" y1="${px(Y(p.y))}" x2="${px(X(q.x))}" y2="${px(Y(q.y))}"/>`;
  }
  body += '</g>';
  const dot = Math.min(6, Math.max(2, 5 * scale));
  const maxLabels = options.maxLabels ?? 30;
  let labels = '';
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [
    { x0: cx - 60, x1: cx + 60, y0: cy + dot * 2, y1: cy + dot * 2 + 18 },
  ];
  for (const [key, p] of layout) {
    const colour = PALETTE[p.distance % PALETTE.length]!;
    const r = p.distance === 0 ? dot * 2 : dot;
    body += `<circle cx="${px(X(p.x))}" cy="${px(Y(p.y))}" r="${px(r)}" fill="${colour}" stroke="#fff" stroke-width="1"><title>${escapeXml(`${nameOf(key)} (${degreeName(p.distance)}${p.distance ? ' degree' : ''})`)}</title></circle>`;
    if (p.distance === 1 && (counts[1] ?? 0) <= maxLabels) {
      // Greedy: a name is drawn only when its box clears every name drawn before it.
      const right = p.x >= 0;
      const name = nameOf(key);
      const w = name.length * 5.6;
      const lx = X(p.x) + (right ? r + 3 : -r - 3);
      const box = { x0: right ? lx : lx - w, x1: right ? lx + w : lx, y0: Y(p.y) - 6, y1: Y(p.y) + 6 };
      if (placed.every((b) => box.x1 < b.x0 || box.x0 > b.x1 || box.y1 < b.y0 || box.y0 > b.y1)) {
        placed.push(box);
        labels += text(
          lx,
          Y(p.y) + 4,
          name,
          `font-size="10" fill="${INK.text}" text-anchor="${right ? 'start' : 'end'}" paint-order="stroke" stroke="#fff" stroke-width="3"`,
        );
      }
    }
  }
  labels += text(
    cx,
    cy + dot * 2 + 14,
    centerName,
    `font-size="13" font-weight="600" text-anchor="middle" fill="${INK.text}" paint-order="stroke" stroke="#fff" stroke-width="4"`,
  );
  let legend = '';
  let lx = 12;
  counts.forEach((c, d) => {
    const word = d === 0 ? centerName : `${degreeName(d)} degree: ${formatNumber(c)}`;
    legend +=
      `<circle cx="${lx + 5}" cy="16" r="5" fill="${PALETTE[d % PALETTE.length]!}"/>` +
      text(lx + 14, 20, word, `fill="${INK.text}"`);
    lx += 24 + word.length * 6.5;
  });
  if (layout.omitted > 0)
    legend += text(
      width - 12,
      20,
      `${formatNumber(layout.omitted)} more not drawn`,
      `text-anchor="end" fill="${INK.muted}"`,
    );
  const words = counts
    .slice(1)
    .map((c, i) => `${formatNumber(c)} at ${degreeName(i + 1)} degree`)
    .join(', ');
  const title = options.title ?? `${centerName}’s network by degree`;
  const desc = `${centerName} at the centre; ${words || 'no contacts'}${layout.omitted ? `; ${formatNumber(layout.omitted)} more people not drawn` : ''}. Each ring is one more introduction away.`;
  return svgDocument(width, height, title, desc, body + labels + legend);
}

function labeller(graph: GraphLike, label: RenderEgoSvgOptions['label']): (key: string) => string {
  if (typeof label === 'function') {
    return (key) =>
      label(
        key,
        isCsr(graph) || !(graph as Graph).hasNode(key)
          ? {}
          : ((graph as Graph).getNodeAttributes(key) as Record<string, unknown>),
      ) ?? key;
  }
  if (typeof label === 'string' && !isCsr(graph)) {
    const g = graph as Graph;
    return (key) => {
      const value = g.hasNode(key) ? (g.getNodeAttribute(key, label) as unknown) : undefined;
      return typeof value === 'string' && value !== '' ? value : key;
    };
  }
  return (key) => displayName(graph, key);
}
