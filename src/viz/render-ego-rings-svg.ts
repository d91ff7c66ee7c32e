// renderEgoRingsSvg: a person's network drawn so that it stays readable from 100 to 5,000
// contacts — the 1st ring split into arcs, one per group (company or linking contact) with its
// count; the 2nd degree as one radial bar per group (how many people that group brings); the
// teammates and best introducers named; labels placed by placeLabels (never two on each other);
// a <title> on every mark. Marks carry data-key / data-group for the report's script.

import type { GraphLike } from '../csr/graph-like.js';
import type { NodeKey } from '../types.js';
import { LABEL_MAX, shownName, shownNameOf } from './shown-name.js';
import { egoRings, type EgoRings, type EgoRingsOptions } from './ego-rings.js';
import { placeLabels, textWidth, type Box, type LabelRequest } from './place-labels.js';
import { INK, PALETTE, escapeXml, px, svgDocument, text, textLines, wrapLines, type PictureOptions } from './svg.js';
import type { PageLang } from './page-words.js';
import { reportWords } from './report-words.js';

/** Options of `renderEgoRingsSvg`. */
export interface RenderEgoRingsSvgOptions extends EgoRingsOptions, PictureOptions {
  /** The summary computed before (else `egoRings` runs with these options). */
  rings?: EgoRings;
  /** A person's display name (default: `name`, else first and last name, else the key). */
  label?: (key: string) => string;
  /** Draw one dot per 1st-degree contact up to this many (default 400); beyond, arcs only. */
  maxDots?: number;
  /** Font size of every text, in pixels (default 12). */
  fontSize?: number;
  /** Language of the picture's words and numbers (default `'en'`). */
  lang?: PageLang;
}

/** Colours of the groups: the palette without black and yellow (too dark or too pale for arcs). */
const GROUP_COLOURS = [
  PALETTE[0],
  PALETTE[1],
  PALETTE[2],
  PALETTE[3],
  PALETTE[4],
  PALETTE[5],
  '#7a5195',
  '#8c6d31',
  '#3f7f5f',
  '#a05195',
];
const OTHERS = '#9aa5b1';

/**
 * Draws a person's network as grouped hop rings, readable at any size: 1st-degree contacts as
 * arcs per group with counts (dots when few enough), the 2nd degree as a bar per group, teammates
 * and best introducers named, every mark titled.
 *
 * @param graph - a graphology graph (names and companies from attributes) or a `Csr`.
 * @param person - the centre person.
 * @param options - `egoRings` options, `rings`, `label`, `maxDots`, `fontSize`, `lang`, `title`, `width`, `height`.
 * @returns the SVG document as a string.
 * @throws NodeNotFoundError when `person` is not in the graph.
 * @remarks Time O(n + m) for `egoRings`, plus O(k) marks drawn and O(t · l²) to place l labels.
 * @example
 * renderEgoRingsSvg(graph, 'ada', { members: ['bob'] }); // '<svg … role="img" …'
 */
export function renderEgoRingsSvg(graph: GraphLike, person: NodeKey, options: RenderEgoRingsSvgOptions = {}): string {
  const rings = options.rings ?? egoRings(graph, person, options);
  const nameOf = (k: string): string => shownName(options.label?.(k) ?? shownNameOf(graph, k), LABEL_MAX);
  const width = options.width ?? 960;
  const height = options.height ?? 640;
  const fs = options.fontSize ?? 12;
  const lineH = Math.round(fs * 1.35);
  const { counts, groups } = rings;
  const say = reportWords(options.lang);
  const n = say.num;
  const colour = (g: number): string =>
    groups[g]!.label === 'others' && !groups[g]!.person ? OTHERS : GROUP_COLOURS[g % GROUP_COLOURS.length]!;
  const groupName = (g: number): string =>
    groups[g]!.person
      ? say.withPerson(nameOf(groups[g]!.label))
      : groups[g]!.label === 'others'
        ? say.others
        : shownName(groups[g]!.label, LABEL_MAX);
  const centre = nameOf(rings.center);

  // Legend: three lines of words, so the picture is read first as numbers.
  const legendLines = [
    say.egoLegendFirst(counts.first, groups.length, rings.groupedBy === 'company'),
    say.egoLegendSecond(counts.second),
    say.egoLegendFurther(counts.further, counts.unreachable),
  ];
  let body = '';
  let row = 6 + fs;
  legendLines.forEach((l, i) => {
    const lines = wrapLines(l, width - 20, fs);
    body += textLines(10, row, lines, lineH, `fill="${i === 2 ? INK.muted : INK.text}" font-size="${fs}"`);
    row += lines.length * lineH;
  });
  const legendH = row - fs + 10;
  const cx = width / 2;
  const cy = legendH + (height - legendH) / 2;
  const S = Math.min(width, height - legendH);
  // Radii: the rings take most of the height; labels go outside the bars (wide pictures have room aside).
  const roomy = width - S > 160;
  const R1 = (roomy ? 0.25 : 0.2) * S;
  const R2in = (roomy ? 0.32 : 0.27) * S;
  const R2out = (roomy ? 0.43 : 0.36) * S;
  const at = (a: number, r: number): [number, number] => [cx + Math.cos(a) * r, cy + Math.sin(a) * r];
  const labels: LabelRequest[] = [];
  const obstacles: Box[] = [{ x0: 0, y0: 0, x1: width, y1: legendH }];

  if (counts.first === 0) {
    body += text(cx, cy + 4, say.egoNoContacts(centre), `text-anchor="middle" fill="${INK.muted}" font-size="${fs}"`);
  }
  const F = Math.max(1, counts.first);
  const gap = groups.length > 1 ? Math.min(0.04, Math.PI / (groups.length * 6)) : 0;
  const free = 2 * Math.PI - gap * groups.length;
  const maxSecond = Math.max(1, ...groups.map((g) => g.second));
  const dots = counts.first <= (options.maxDots ?? 400);
  const named = new Map<string, number>(); // key → priority of its name
  rings.members.forEach((m) => named.set(m.key, 3));
  rings.introducers.forEach((x, i) => named.has(x.key) || named.set(x.key, 2 - i / 100));
  const dotR = Math.max(1.6, Math.min(4.5, (Math.PI * R1) / F / 1.2));
  const barAt: [number, number][] = [];
  let a0 = -Math.PI / 2;
  groups.forEach((group, g) => {
    const span = (free * group.first.length) / F;
    const a1 = a0 + span;
    const mid = (a0 + a1) / 2;
    const c = colour(g);
    const name = groupName(g);
    const large = span > Math.PI ? 1 : 0;
    // Ring 1: the group's arc (a full circle is drawn as two halves).
    const arc = (r: number): string => {
      if (groups.length === 1)
        return `M${px(cx - r)},${px(cy)}A${px(r)},${px(r)} 0 1 1 ${px(cx + r)},${px(cy)}A${px(r)},${px(r)} 0 1 1 ${px(cx - r)},${px(cy)}`;
      const [x0, y0] = at(a0, r);
      const [x1, y1] = at(a1, r);
      return `M${px(x0)},${px(y0)}A${px(r)},${px(r)} 0 ${large} 1 ${px(x1)},${px(y1)}`;
    };
    const [m1x, m1y] = at(mid, R1);
    body += `<path class="hs-g1" data-group="${g}" data-at="${px(m1x)},${px(m1y)}" d="${arc(R1)}" fill="none" stroke="${c}" stroke-opacity="${dots ? 0.3 : 0.85}" stroke-width="${dots ? 2 * dotR + 4 : 12}"><title>${escapeXml(say.egoGroupMark(name, group.first.length, group.second))}</title></path>`;
    // Ring 2: a radial bar as long as the people this group brings at 2nd degree.
    const r2 = R2in + Math.max(group.second > 0 ? 2 : 0, ((R2out - R2in) * group.second) / maxSecond);
    const [m2x, m2y] = at(mid, (R2in + r2) / 2);
    barAt.push([m2x, m2y]);
    if (group.second > 0) {
      const sector =
        groups.length === 1
          ? `${arc(r2)}M${px(cx - R2in)},${px(cy)}A${px(R2in)},${px(R2in)} 0 1 0 ${px(cx + R2in)},${px(cy)}A${px(R2in)},${px(R2in)} 0 1 0 ${px(cx - R2in)},${px(cy)}Z`
          : (() => {
              const [p0x, p0y] = at(a0, R2in);
              const [p1x, p1y] = at(a0, r2);
              const [p2x, p2y] = at(a1, r2);
              const [p3x, p3y] = at(a1, R2in);
              return `M${px(p0x)},${px(p0y)}L${px(p1x)},${px(p1y)}A${px(r2)},${px(r2)} 0 ${large} 1 ${px(p2x)},${px(p2y)}L${px(p3x)},${px(p3y)}A${px(R2in)},${px(R2in)} 0 ${large} 0 ${px(p0x)},${px(p0y)}Z`;
            })();
      body += `<path class="hs-g2" data-group="${g}" data-at="${px(m2x)},${px(m2y)}" d="${sector}" fill="${c}" fill-opacity="0.55" fill-rule="evenodd"><title>${escapeXml(say.egoBarMark(group.second, name))}</title></path>`;
    } else body += `<g class="hs-g2" data-group="${g}" data-at="${px(m2x)},${px(m2y)}"></g>`;
    // The group's name outside the bars, pulled out along its middle angle.
    const [ax, ay] = at(mid, r2 + 3);
    const gtext = `${name} (${n(group.first.length)})`;
    const w = textWidth(gtext, fs);
    const [lx, ly] = at(mid, R2out + 10);
    labels.push({
      text: gtext,
      size: fs,
      anchorX: ax,
      anchorY: ay,
      x: lx + (Math.cos(mid) * w) / 2,
      y: ly + (Math.sin(mid) * fs) / 2,
      priority: 1 - g / 100,
    });
    // Ring 1 dots: every contact when few enough, else only the named ones.
    const spacing = 2 * dotR + 1;
    const rows = dots ? Math.max(1, Math.ceil((group.first.length * spacing) / Math.max(spacing, span * R1))) : 1;
    const perRow = Math.ceil(group.first.length / rows);
    group.first.forEach((key, i) => {
      if (dots === false && !named.has(key)) return;
      const row = dots ? i % rows : 0;
      const slot = dots ? Math.floor(i / rows) : i;
      const count = dots ? perRow : group.first.length;
      const a = a0 + (span * (slot + 0.5)) / count;
      const [x, y] = at(a, R1 + (row - (rows - 1) / 2) * spacing);
      const isNamed = named.has(key);
      const r = isNamed ? dotR + 1.5 : dotR;
      body += `<circle class="hs-p1" data-key="${escapeXml(key)}" data-group="${g}" cx="${px(x)}" cy="${px(y)}" r="${px(r)}" fill="${c}"${isNamed ? ` stroke="${INK.text}" stroke-width="1.2"` : ' stroke="#fff" stroke-width="0.6"'}><title>${escapeXml(say.egoDotMark(nameOf(key), name))}</title></circle>`;
      if (isNamed) {
        const [px0, py0] = at(a, R1 * 0.62);
        labels.push({
          text: nameOf(key),
          size: fs,
          bold: true,
          anchorX: x,
          anchorY: y,
          x: px0,
          y: py0,
          priority: named.get(key)!,
        });
      }
    });
    a0 = a1 + gap;
  });
  // Teammates further out: named at their group's bar.
  for (const m of rings.members) {
    if (m.distance !== 2) continue;
    const [bx, by] = barAt[rings.secondGroup.get(m.key)!]!;
    labels.push({ text: say.egoSecondTag(nameOf(m.key)), size: fs, bold: true, anchorX: bx, anchorY: by, priority: 3 });
  }
  body += `<circle class="hs-me" data-key="${escapeXml(rings.center)}" cx="${px(cx)}" cy="${px(cy)}" r="${px(Math.max(6, dotR * 2))}" fill="${INK.text}"><title>${escapeXml(say.egoCentreMark(centre, counts.first))}</title></circle>`;
  const meW = textWidth(centre, fs + 1, true) + 6;
  const meBox = { x0: cx - meW / 2, y0: cy + 8, x1: cx + meW / 2, y1: cy + 10 + (fs + 1) * 1.3 };
  obstacles.push(meBox, { x0: cx - 8, y0: cy - 8, x1: cx + 8, y1: cy + 8 });
  body += text(
    cx,
    meBox.y1 - 4,
    centre,
    `class="hs-label" text-anchor="middle" font-size="${fs + 1}" font-weight="600" fill="${INK.text}" paint-order="stroke" stroke="#fff" stroke-width="3"`,
  );

  const placed = placeLabels(labels, { obstacles, bounds: { x0: 2, y0: legendH, x1: width - 2, y1: height - 2 } });
  let lines = '';
  let names = '';
  for (const l of placed) {
    const dx = l.cx - l.anchorX;
    const dy = l.cy - l.anchorY;
    if (Math.hypot(dx, dy) > 14) {
      // Leader from the mark to the nearest point of the label's box.
      const ex = Math.min(Math.max(l.anchorX, l.box.x0), l.box.x1);
      const ey = Math.min(Math.max(l.anchorY, l.box.y0), l.box.y1);
      lines += `<line x1="${px(l.anchorX)}" y1="${px(l.anchorY)}" x2="${px(ex)}" y2="${px(ey)}" stroke="${INK.muted}" stroke-width="0.8" stroke-opacity="0.7"/>`;
    }
    names += text(
      l.cx,
      l.cy + l.size * 0.36,
      l.text,
      `class="hs-label" text-anchor="middle" font-size="${l.size}"${l.bold ? ' font-weight="600"' : ''} fill="${INK.text}" paint-order="stroke" stroke="#fff" stroke-width="3"`,
    );
  }
  const title = options.title ?? say.egoSvgTitle(centre);
  const top = groups
    .slice(0, 3)
    .map((g, i) => `${groupName(i)} (${n(g.first.length)})`)
    .join(', ');
  const best = rings.introducers
    .slice(0, 3)
    .map((x) => `${nameOf(x.key)} (${n(x.brings)})`)
    .join(', ');
  const desc = say.egoDesc(centre, counts.first, top, counts.second, best, counts.further, counts.unreachable);
  return svgDocument(
    width,
    height,
    title,
    desc,
    `${body}<g class="hs-hl" data-frame="${px(cx)},${px(cy)},${px(R2out)}" pointer-events="none"></g><g pointer-events="none">${lines}${names}</g>`,
  );
}
