// placeLabels: puts text labels near their anchors without two of them overlapping, the way
// d3-force examples do it — each label pulled towards its preferred spot (forceX/forceY), pushed
// off the others and off fixed obstacles by a rectangle collision force — then, since forces only
// reduce overlaps, a last greedy pass drops (lowest priority first) any label still overlapping.
// Text widths are estimated without a DOM (textWidth), on the generous side.

import { forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { createRng, DEFAULT_SEED } from '../random.js';

/** An axis-aligned box: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label to place. */
export interface LabelRequest {
  /** The text. */
  text: string;
  /** Font size in pixels. */
  size: number;
  /** Bold text (wider). */
  bold?: boolean;
  /** The point it labels. */
  anchorX: number;
  anchorY: number;
  /** Where it would like its centre (default: the anchor). */
  x?: number;
  y?: number;
  /** Higher keeps its label when space runs out (default 0). */
  priority?: number;
}

/** A placed label: its centre and its box. */
export interface PlacedLabel extends LabelRequest {
  /** Centre of the text. */
  cx: number;
  cy: number;
  /** Its box, padded. */
  box: Box;
}

/** Estimated advance widths of characters, in em, for a system sans-serif (rounded up). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) {
    if ("iljI.,:;!|'’ ".includes(c)) em += 0.32;
    else if ('mwMW@%'.includes(c)) em += 0.9;
    else if (c >= 'A' && c <= 'Z') em += 0.7;
    else if (c >= '0' && c <= '9') em += 0.58;
    else if (c.charCodeAt(0) > 0x2e7f) em += 1;
    else em += 0.58;
  }
  return em * size * (bold ? 1.08 : 1);
}

/** Whether two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

interface LabelBody extends SimulationNodeDatum {
  i: number;
  w: number;
  h: number;
}

const PAD = 2;

/**
 * Places labels near their anchors so that no two overlap and none covers an obstacle or leaves
 * the bounds; labels that cannot be placed are left out.
 *
 * @param labels - the labels, with anchors, preferred centres and priorities.
 * @param options - `obstacles` (boxes to keep clear, e.g. a legend), `bounds`, `ticks` (default 200), `seed`.
 * @returns the labels kept, with their centres and boxes (no two boxes overlap).
 * @remarks Time O(t · k²) for k labels and t ticks (k is a few dozen in a picture).
 * @example
 * placeLabels([{ text: 'Ada', size: 12, anchorX: 0, anchorY: 0 }], { bounds: { x0: -50, y0: -50, x1: 50, y1: 50 } });
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  options: { obstacles?: readonly Box[]; bounds: Box; ticks?: number; seed?: number },
): PlacedLabel[] {
  const obstacles = options.obstacles ?? [];
  const { bounds } = options;
  const bodies: LabelBody[] = labels.map((l, i) => {
    const w = textWidth(l.text, l.size, l.bold) + 2 * PAD;
    const h = l.size * 1.25 + 2 * PAD;
    return { i, w, h, x: l.x ?? l.anchorX, y: l.y ?? l.anchorY };
  });
  const clamp = (b: LabelBody): void => {
    b.x = Math.min(Math.max(b.x!, bounds.x0 + b.w / 2), bounds.x1 - b.w / 2);
    b.y = Math.min(Math.max(b.y!, bounds.y0 + b.h / 2), bounds.y1 - b.h / 2);
  };
  // Rectangle collision: overlapping pairs are pushed apart along the axis of least overlap;
  // obstacles push labels out the same way without moving.
  const collide = (alpha: number): void => {
    const k = 0.5 + alpha / 2;
    for (let a = 0; a < bodies.length; a++) {
      const p = bodies[a]!;
      for (let b = a + 1; b < bodies.length; b++) {
        const q = bodies[b]!;
        const ox = (p.w + q.w) / 2 - Math.abs(p.x! - q.x!);
        const oy = (p.h + q.h) / 2 - Math.abs(p.y! - q.y!);
        if (ox <= 0 || oy <= 0) continue;
        if (ox < oy) {
          const s = (p.x! < q.x! || (p.x === q.x && a < b) ? -1 : 1) * (ox / 2) * k;
          p.x! += s;
          q.x! -= s;
        } else {
          const s = (p.y! < q.y! || (p.y === q.y && a < b) ? -1 : 1) * (oy / 2) * k;
          p.y! += s;
          q.y! -= s;
        }
      }
      for (const o of obstacles) {
        const ox = Math.min(p.x! + p.w / 2, o.x1) - Math.max(p.x! - p.w / 2, o.x0);
        const oy = Math.min(p.y! + p.h / 2, o.y1) - Math.max(p.y! - p.h / 2, o.y0);
        if (ox <= 0 || oy <= 0) continue;
        if (ox < oy) p.x! += (p.x! < (o.x0 + o.x1) / 2 ? -ox : ox) * k;
        else p.y! += (p.y! < (o.y0 + o.y1) / 2 ? -oy : oy) * k;
      }
      clamp(p);
    }
  };
  const simulation = forceSimulation<LabelBody>(bodies)
    .randomSource(createRng(options.seed ?? DEFAULT_SEED))
    .velocityDecay(0.5)
    .force('x', forceX<LabelBody>((b) => labels[b.i]!.x ?? labels[b.i]!.anchorX).strength(0.08))
    .force('y', forceY<LabelBody>((b) => labels[b.i]!.y ?? labels[b.i]!.anchorY).strength(0.08))
    .force('collide', collide)
    .stop();
  for (let t = 0; t < (options.ticks ?? 200); t++) {
    simulation.tick();
    for (const b of bodies) clamp(b);
  }
  // Greedy guarantee: highest priority first, a label is kept only when it clears what is kept.
  const order = [...bodies].sort((a, b) => (labels[b.i]!.priority ?? 0) - (labels[a.i]!.priority ?? 0) || a.i - b.i);
  const kept: PlacedLabel[] = [];
  for (const b of order) {
    const box = { x0: b.x! - b.w / 2, y0: b.y! - b.h / 2, x1: b.x! + b.w / 2, y1: b.y! + b.h / 2 };
    if (obstacles.some((o) => overlaps(box, o)) || kept.some((k) => overlaps(box, k.box))) continue;
    kept.push({ ...labels[b.i]!, cx: b.x!, cy: b.y!, box });
  }
  return kept;
}
