// The report's pictures, each drawn at the sizes the page shows it (desktop, tablet, phone) so
// that chart text stays ≥ 11 px on screen, each with its table alternative, and each replaced by
// a sentence when it would have nothing to show (a reach "curve" of one point, no pairs).

import type { GraphLike } from '../csr/graph-like.js';
import type { EgoRings } from './ego-rings.js';
import { renderDistributionSvg, type DistributionInput } from './render-distribution-svg.js';
import { renderEgoRingsSvg } from './render-ego-rings-svg.js';
import { renderReachSvg, type ReachSeries } from './render-reach-svg.js';
import type { ReportPicture, ReportTable } from './render-report.js';
import { displayName } from './display-name.js';
import { shownName } from './shown-name.js';
import type { PageLang } from './page-words.js';
import { reportWords } from './report-words.js';

/** Chart sizes: half a desktop row, and a phone (fonts of 12 px drawn at about 1:1). */
const CHART = { width: 560, height: 380, narrowWidth: 350, narrowHeight: 420 } as const;

/** The ego rings at three sizes, with the groups as a table. */
export function egoPicture(graph: GraphLike, rings: EgoRings, lang?: PageLang): ReportPicture {
  const w = reportWords(lang);
  const draw = (width: number, height: number): string =>
    renderEgoRingsSvg(graph, rings.center, { rings, width, height, ...(lang ? { lang } : {}) }).replace(
      '<svg ',
      '<svg class="hs-ego" ',
    );
  const name = (k: string): string => shownName(displayName(graph, k));
  const table: ReportTable = {
    title: w.groupsTitle,
    columns: w.groupsColumns(rings.groupedBy === 'company'),
    rows: rings.groups.map((g) => [
      g.person ? w.withPerson(name(g.label)) : g.label === 'others' ? w.others : shownName(g.label),
      g.first.length,
      g.second,
    ]),
  };
  return {
    title: w.egoTitle,
    svg: draw(960, 620),
    medium: draw(600, 600),
    narrow: draw(CHART.narrowWidth, 470),
    wide: true,
    caption: w.egoCaption,
    table,
  };
}

/** The reach curves, or a sentence when every curve is a single point. */
export function reachPicture(
  all: readonly ReachSeries[],
  total: number,
  caption: string,
  lang?: PageLang,
): ReportPicture {
  const w = reportWords(lang);
  const title = w.reachTitle;
  // A series that stops at the 1st degree would be a single dot: it is said in words instead.
  const series = all.filter((s) => s.byDegree.length > 2);
  const dots = all
    .filter((s) => s.byDegree.length <= 2)
    .map((s) => w.reachDot(s.label ?? w.reachLabel, s.byDegree[1] ?? 0));
  if (series.length === 0) series.push(...all);
  const degrees = Math.max(...all.map((s) => s.byDegree.length - 1));
  const columns = [w.reachColumns[0]!, ...all.map((s) => w.reachWithin(s.label ?? w.reachLabel))];
  const rows: (string | number)[][] = [];
  for (let d = 1; d <= degrees; d++)
    rows.push([w.degree(d), ...all.map((s) => s.byDegree.slice(1, d + 1).reduce((a, b) => a + b, 0))]);
  const table: ReportTable = { title, columns, rows };
  if (degrees <= 1) {
    const reached = rows[0]?.slice(1).map(Number).map(w.num).join(' / ') ?? '0';
    return { title, table, nothing: degrees < 1 ? w.reachNobody : w.reachAllDirect(reached) };
  }
  return {
    title,
    svg: renderReachSvg(series, { total, width: CHART.width, height: CHART.height, ...(lang ? { lang } : {}) }),
    narrow: renderReachSvg(series, {
      total,
      width: CHART.narrowWidth,
      height: CHART.narrowHeight,
      ...(lang ? { lang } : {}),
    }),
    caption: [caption, ...dots].join(' '),
    table,
  };
}

/** The distance histogram, or a sentence when no pair is connected. */
export function distributionPicture(sep: DistributionInput, lang?: PageLang): ReportPicture {
  const w = reportWords(lang);
  const l = lang ? { lang } : {};
  const title = w.distributionTitle;
  const total = sep.distribution.slice(1).reduce((a, b) => a + b, 0);
  const table: ReportTable = {
    title,
    columns: [...w.distributionColumns],
    rows: sep.distribution.slice(1).map((c, i) => [i + 1, i, c, total > 0 ? Math.round((1000 * c) / total) / 10 : 0]),
  };
  if (total === 0) return { title, table, nothing: w.distributionNothing };
  return {
    title,
    svg: renderDistributionSvg(sep, { width: CHART.width, height: CHART.height + 20, ...l }),
    narrow: renderDistributionSvg(sep, { width: CHART.narrowWidth, height: CHART.narrowHeight + 40, ...l }),
    caption: w.distributionCaption,
    table,
  };
}
