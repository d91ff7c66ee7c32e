// The report's pictures, each drawn at the sizes the page shows it (desktop, tablet, phone) so
// that chart text stays ≥ 11 px on screen, each with its table alternative, and each replaced by
// a sentence when it would have nothing to show (a reach "curve" of one point, no pairs).

import type { GraphLike } from '../csr/graph-like.js';
import type { EgoRings } from './ego-rings.js';
import { renderDistributionSvg, type DistributionInput } from './render-distribution-svg.js';
import { degreeName } from './render-ego-svg.js';
import { renderEgoRingsSvg } from './render-ego-rings-svg.js';
import { renderReachSvg, type ReachSeries } from './render-reach-svg.js';
import type { ReportPicture, ReportTable } from './render-report.js';
import { displayName } from './display-name.js';
import { formatNumber } from './svg.js';

/** Chart sizes: half a desktop row, and a phone (fonts of 12 px drawn at about 1:1). */
const CHART = { width: 560, height: 380, narrowWidth: 350, narrowHeight: 420 } as const;

/** The ego rings at three sizes, with the groups as a table. */
export function egoPicture(graph: GraphLike, rings: EgoRings): ReportPicture {
  const draw = (width: number, height: number): string =>
    renderEgoRingsSvg(graph, rings.center, { rings, width, height }).replace('<svg ', '<svg class="hs-ego" ');
  const name = (k: string): string => displayName(graph, k);
  const table: ReportTable = {
    title: 'Groups of direct contacts',
    columns: [
      rings.groupedBy === 'company' ? 'company' : 'group',
      'direct contacts',
      'people at 2nd degree through them',
    ],
    rows: rings.groups.map((g) => [g.person ? `with ${name(g.label)}` : g.label, g.first.length, g.second]),
  };
  return {
    title: 'Who is how far',
    svg: draw(960, 620),
    medium: draw(600, 600),
    narrow: draw(CHART.narrowWidth, 470),
    wide: true,
    caption:
      'Inner arcs: direct contacts by group, with counts; outer bars: the people each group brings at 2nd degree. Named: teammates and the best introducers.',
    table,
  };
}

/** The reach curves, or a sentence when every curve is a single point. */
export function reachPicture(all: readonly ReachSeries[], total: number, caption: string): ReportPicture {
  const title = 'Reach by degree';
  // A series that stops at the 1st degree would be a single dot: it is said in words instead.
  const series = all.filter((s) => s.byDegree.length > 2);
  const dots = all
    .filter((s) => s.byDegree.length <= 2)
    .map(
      (s) =>
        `${s.label ?? 'reach'} reaches ${formatNumber(s.byDegree[1] ?? 0)} people, all at the 1st degree (a single point: not drawn).`,
    );
  if (series.length === 0) series.push(...all);
  const degrees = Math.max(...all.map((s) => s.byDegree.length - 1));
  const columns = ['degree', ...all.map((s) => `${s.label ?? 'reach'}: people within`)];
  const rows: (string | number)[][] = [];
  for (let d = 1; d <= degrees; d++)
    rows.push([degreeName(d), ...all.map((s) => s.byDegree.slice(1, d + 1).reduce((a, b) => a + b, 0))]);
  const table: ReportTable = { title, columns, rows };
  if (degrees <= 1) {
    const reached = rows[0]?.slice(1).join(' / ') ?? '0';
    return {
      title,
      table,
      nothing:
        degrees < 1
          ? 'Nobody can be reached: there is no curve to draw.'
          : `Everyone reachable (${reached}) is a direct contact: there is no curve to draw, reach stops at the 1st degree.`,
    };
  }
  return {
    title,
    svg: renderReachSvg(series, { total, width: CHART.width, height: CHART.height }),
    narrow: renderReachSvg(series, { total, width: CHART.narrowWidth, height: CHART.narrowHeight }),
    caption: [caption, ...dots].join(' '),
    table,
  };
}

/** The distance histogram, or a sentence when no pair is connected. */
export function distributionPicture(sep: DistributionInput): ReportPicture {
  const title = 'How far apart are people?';
  const total = sep.distribution.slice(1).reduce((a, b) => a + b, 0);
  const table: ReportTable = {
    title,
    columns: ['distance (hops)', 'degrees of separation', 'pairs', 'share (%)'],
    rows: sep.distribution.slice(1).map((c, i) => [i + 1, i, c, total > 0 ? Math.round((1000 * c) / total) / 10 : 0]),
  };
  if (total === 0) return { title, table, nothing: 'No two people are connected: there are no distances to show.' };
  return {
    title,
    svg: renderDistributionSvg(sep, { width: CHART.width, height: CHART.height + 20 }),
    narrow: renderDistributionSvg(sep, { width: CHART.narrowWidth, height: CHART.narrowHeight + 40 }),
    caption: 'Share of connected pairs at each distance, beside the published figures.',
    table,
  };
}
