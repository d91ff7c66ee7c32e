// collectReport: gathers what a report shows about one person's network by calling the library
// (reach by degree, the ego picture, the reach curve, the chain to a target) and phrases the
// summary in words. renderReport turns the result into one HTML page; the CLI's `report` is both.

import { assertOptionalCount } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { connection } from '../paths/connection.js';
import { introducers } from '../paths/introducers.js';
import { groupReach } from '../reach/group-reach.js';
import { reachByDegree } from '../reach/reach-by-degree.js';
import { compareWithStudies, CONVENTION_NOTE, studyFigure } from '../separation/compare-with-studies.js';
import { separation } from '../separation/separation.js';
import { renderDistributionSvg } from './render-distribution-svg.js';
import { throwIfAborted } from '../abort.js';
import type { NodeKey } from '../types.js';
import { displayName } from './display-name.js';
import { egoLayout } from './ego-layout.js';
import { renderEgoSvg, degreeName } from './render-ego-svg.js';
import { renderReachSvg } from './render-reach-svg.js';
import type { ReportData, ReportFigure } from './render-report.js';
import { formatNumber } from './svg.js';
import { hopsInWords, plural } from './words.js';

/** Options of `collectReport`. */
export interface CollectReportOptions {
  /** The person the report is about. */
  me: NodeKey;
  /** A person to reach: the report adds the chain of introductions. */
  target?: NodeKey;
  /** A team (`me` usually among them): the report adds the team's reach and each member's share. */
  members?: readonly NodeKey[];
  /** Measure the whole graph's separation and compare it with the studies (default true). */
  separation?: boolean;
  /** Introducers listed for `target` (default 10). */
  introducers?: number;
  /** Degrees counted in the reach table (default 3; more degrees count as "further"). */
  maxDegree?: number;
  /** Seed of the ego picture (default 1). */
  seed?: number;
  /** Page title (default "<name>'s network"). */
  title?: string;
  /** Footer line (data source). */
  footer?: string;
  /** Cancels the work: checked between the parts of the report and inside the separation and team measures. */
  signal?: AbortSignal;
}

const WHERE = 'collectReport';

/**
 * Collects a report on one person's network: summary sentences, key figures, the ego picture on
 * hop rings, the reach curve, the reach table, the chain of introductions to `target`, and with
 * `members` the team's reach together and what each member brings.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - `me` (required), `target`, `members`, `separation`, `introducers`, `maxDegree`, `seed`, `title`, `footer`, `signal`.
 * @returns the `ReportData` for `renderReport` (plain data, JSON-safe).
 * @throws NodeNotFoundError when `me` or `target` is not in the graph; AbortError when `signal` aborts.
 * @remarks Time O(n + m) for the BFS from `me`, plus the ego layout (see `egoLayout`), `separation`
 * (exact when affordable, else sampled: see its remarks), `groupReach` for `members`, and
 * `connection` + `introducers` for `target` (bidirectional searches bounded by the balls explored).
 * @example
 * const html = renderReport(collectReport(graph, { me: 'ada', target: 'grace' }));
 */
export function collectReport(graph: GraphLike, options: CollectReportOptions): ReportData {
  assertOptionalCount(WHERE, 'maxDegree', options.maxDegree, false);
  const csr = resolveCsr(graph, WHERE);
  const me = csr.keys.key(nodeId(csr, options.me, WHERE, 'me'));
  const name = displayName(graph, me);
  const maxDegree = Math.max(1, options.maxDegree ?? 3);
  const signal = options.signal;
  const stop = (): void => throwIfAborted(WHERE, signal);
  stop();
  const reach = reachByDegree(csr, me);
  const within = (d: number): number => (reach.cumulative[Math.min(d, reach.cumulative.length - 1)] ?? 1) - 1;
  const layout = egoLayout(graph, me, { maxDegree: 2, seed: options.seed ?? 1 });
  stop();

  const summary = [
    `${name} has ${plural(reach.direct, 'direct contact')} (1st degree) and reaches ${formatNumber(reach.indirect)} more people indirectly, through introductions.`,
    `Within 2 degrees: ${formatNumber(within(2))} people; within 3 degrees: ${formatNumber(within(3))} of the ${formatNumber(csr.order - 1)} other people in this network.`,
    reach.unreachable > 0
      ? `${plural(reach.unreachable, 'person', 'people')} cannot be reached by any chain of introductions.`
      : `Everyone in this network can be reached; the farthest people are ${plural(reach.byDegree.length - 1, 'hop')} away.`,
  ];
  const figures: ReportFigure[] = [
    { label: 'direct contacts (1st degree)', value: formatNumber(reach.direct) },
    { label: 'people within 2 degrees', value: formatNumber(within(2)) },
    { label: 'people within 3 degrees', value: formatNumber(within(3)) },
    { label: 'people in the network', value: formatNumber(csr.order) },
  ];
  const rows: (string | number)[][] = [];
  for (let d = 1; d < reach.byDegree.length && d <= maxDegree; d++) rows.push([degreeName(d), reach.byDegree[d]!, within(d)]);
  if (reach.byDegree.length - 1 > maxDegree) rows.push([`further than ${degreeName(maxDegree)}`, reach.reached - within(maxDegree), reach.reached]);
  rows.push(['out of reach', reach.unreachable, '']);
  const data: ReportData = {
    title: options.title ?? `${name}’s network`,
    summary,
    figures,
    pictures: [
      { title: 'Who is how far', svg: renderEgoSvg(graph, me, { layout }), caption: 'Each ring is one more introduction away; colours tell degrees apart.' },
      { title: 'Reach by degree', svg: renderReachSvg({ label: name, byDegree: reach.byDegree }, { total: csr.order - 1 }), caption: 'People within 1, 2, 3… degrees (the person excluded).' },
    ],
    tables: [{ title: 'Reach table', columns: ['degree', 'people at this degree', 'people within'], rows }],
    footer: options.footer ?? 'Made with handshakes. Distances are hops; degrees of separation = hops − 1.',
  };
  if (options.members !== undefined && options.members.length > 0) {
    stop();
    const team = groupReach(csr, options.members, { overlaps: false, ...(signal ? { signal } : {}) });
    const keys = [...team.members.keys()];
    summary.push(
      `Together, the team of ${plural(keys.length, 'member')} reaches ${formatNumber(team.reached)} people: ${formatNumber(team.first)} directly, ${formatNumber(team.second)} at 2nd degree, ${formatNumber(team.thirdPlus)} at 3rd degree or beyond.`,
    );
    figures.push({ label: `people the team of ${keys.length} reaches`, value: formatNumber(team.reached) });
    data.pictures![1] = {
      title: 'Reach by degree',
      svg: renderReachSvg([{ label: name, byDegree: reach.byDegree }, { label: 'the team', byDegree: team.byDegree }], { total: csr.order - 1 }),
      caption: `People within 1, 2, 3… degrees of ${name}, and of the whole team.`,
    };
    data.tables!.push({
      title: 'What each member brings',
      columns: ['member', 'direct contacts', 'contacts nobody else has', 'people at 2nd degree', 'nobody else reaches within 2'],
      rows: [...team.members].map(([k, m]) => [displayName(graph, k), m.direct, m.uniqueDirect, m.second, m.uniqueSecond]),
      caption: 'Direct contacts include fellow members; "nobody else" compares with the other members only.',
    });
  }
  if (options.separation ?? true) {
    stop();
    const sep = separation(csr, signal ? { signal } : {});
    const studies = compareWithStudies(sep);
    const cite = (year: number): string => {
      const study = studies.studies.find((x) => x.year === year)!;
      return `${studyFigure(study)} (${study.study})`;
    };
    summary.push(
      `In this network, people are ${formatNumber(sep.meanDistance)} hops apart on average, that is ${formatNumber(sep.degreesOfSeparation)} degrees of separation (intermediaries), against ${cite(2016)} on Facebook and ${cite(1969)} in Milgram's letters.`,
    );
    figures.push({ label: 'degrees of separation (mean hops − 1)', value: formatNumber(sep.degreesOfSeparation), note: `${sep.method === 'exact' ? 'exact' : `estimated (${sep.method})`}, over ${formatNumber(sep.reachablePairs)} connected pairs` });
    data.pictures!.push({ title: 'How far apart are people?', svg: renderDistributionSvg(sep), caption: 'Share of connected pairs at each distance, beside the published figures.' });
    data.tables!.push({
      title: 'Beside the published studies',
      columns: ['study', 'people', 'mean distance (hops)', 'degrees of separation', 'this network − study (hops)'],
      rows: [['this network', sep.people, round2(sep.meanDistance), round2(sep.degreesOfSeparation), 0], ...studies.studies.map((x) => [x.study, x.people, x.meanDistance, x.degreesOfSeparation, round2(x.differenceInHops)])],
      caption: CONVENTION_NOTE,
    });
  }
  if (options.target !== undefined) {
    const target = csr.keys.key(nodeId(csr, options.target, WHERE, 'target'));
    stop();
    const c = connection(csr, me, target, { pathLimit: 5 });
    const tname = displayName(graph, target);
    summary.push(
      c.degree === null
        ? `No chain of introductions leads from ${name} to ${tname}.`
        : `${tname} is ${hopsInWords(c.degree)} away, through ${plural(Number(c.pathCount), 'shortest chain')}: ${c.paths[0]!.map((k) => displayName(graph, k)).join(' → ')}.`,
    );
    if (c.degree !== null && c.degree > 0) {
      data.tables!.push({ title: `Chains of introductions to ${tname}`, columns: ['chain'], rows: c.paths.map((p) => [p.map((k) => displayName(graph, k)).join(' → ')]) });
      const ranked = introducers(csr, me, target, { limit: options.introducers ?? 10 });
      data.tables!.push({
        title: `Whom to ask: ${name}'s best introducers to ${tname}`,
        columns: ['contact', 'hops from them to the target', 'shortest chains through them'],
        rows: ranked.map((r) => [displayName(graph, r.contact), r.distance, Number(r.paths)]),
      });
    }
  }
  return data;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
