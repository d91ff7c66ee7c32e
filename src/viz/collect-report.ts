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
import { throwIfAborted } from '../abort.js';
import type { NodeKey } from '../types.js';
import { collectExplore } from './collect-explore.js';
import { displayName } from './display-name.js';
import { egoRings } from './ego-rings.js';
import type { PageLang } from './page-words.js';
import { degreeName } from './render-ego-svg.js';
import type { ReportData, ReportFigure } from './render-report.js';
import { distributionPicture, egoPicture, reachPicture } from './report-pictures.js';
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
  /** Best introducers named on the ego picture and listed (default 6). */
  ringIntroducers?: number;
  /** Carry the network in the page for the search and clicks (default true; large networks are cut to a ball around `me`). */
  explore?: boolean;
  /** Language of the page's own words (search form, table alternatives; default `'en'`). */
  lang?: PageLang;
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
 * @param options - `me` (required), `target`, `members`, `separation`, `introducers`, `maxDegree`, `ringIntroducers`, `explore`, `lang`, `title`, `footer`, `signal`.
 * @returns the `ReportData` for `renderReport` (plain data, JSON-safe): with `explore`, the network (or a ball around `me`) the page searches.
 * @throws NodeNotFoundError when `me` or `target` is not in the graph; AbortError when `signal` aborts.
 * @remarks Time O(n + m) for the BFS from `me`, `egoRings` and the explorable part, plus `separation`
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
  const members = options.members ?? [];
  const rings = egoRings(graph, me, { members, introducers: options.ringIntroducers ?? 6 });
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
  for (let d = 1; d < reach.byDegree.length && d <= maxDegree; d++)
    rows.push([degreeName(d), reach.byDegree[d]!, within(d)]);
  if (reach.byDegree.length - 1 > maxDegree)
    rows.push([`further than ${degreeName(maxDegree)}`, reach.reached - within(maxDegree), reach.reached]);
  rows.push(['out of reach', reach.unreachable, '']);
  const data: ReportData = {
    title: options.title ?? `${name}’s network`,
    summary,
    figures,
    pictures: [
      egoPicture(graph, rings),
      reachPicture(
        [{ label: name, byDegree: reach.byDegree }],
        csr.order - 1,
        'People within 1, 2, 3… degrees (the person excluded).',
      ),
    ],
    tables: [
      { title: 'Reach table', columns: ['degree', 'people at this degree', 'people within'], rows },
      {
        title: `${name}'s best introducers: who brings the most people at 2nd degree`,
        columns: ['contact', 'people at 2nd degree they know', 'only through them'],
        rows: rings.introducers.map((x) => [displayName(graph, x.key), x.brings, x.unique]),
        keys: rings.introducers.map((x) => x.key),
      },
    ],
    footer: options.footer ?? 'Made with handshakes. Distances are hops; degrees of separation = hops − 1.',
  };
  if (options.lang) data.lang = options.lang;
  if (options.explore ?? true) data.explore = collectExplore(graph, me, rings);
  if (options.members !== undefined && options.members.length > 0) {
    stop();
    const team = groupReach(csr, options.members, { overlaps: false, ...(signal ? { signal } : {}) });
    const keys = [...team.members.keys()];
    summary.push(
      `Together, the team of ${plural(keys.length, 'member')} reaches ${formatNumber(team.reached)} people: ${formatNumber(team.first)} directly, ${formatNumber(team.second)} at 2nd degree, ${formatNumber(team.thirdPlus)} at 3rd degree or beyond.`,
    );
    figures.push({ label: `people the team of ${keys.length} reaches`, value: formatNumber(team.reached) });
    data.pictures![1] = reachPicture(
      [
        { label: name, byDegree: reach.byDegree },
        { label: 'the team', byDegree: team.byDegree },
      ],
      csr.order - 1,
      `People within 1, 2, 3… degrees of ${name}, and of the whole team.`,
    );
    // A column of zeros says nothing: it is dropped and said in the caption instead.
    const columns = [
      'member',
      'direct contacts',
      'contacts nobody else has',
      'people at 2nd degree',
      'nobody else reaches within 2',
    ];
    const all = [...team.members].map(([k, m]) => [
      displayName(graph, k),
      m.direct,
      m.uniqueDirect,
      m.second,
      m.uniqueSecond,
    ]);
    const empty = columns.map((_, i) => i > 0 && all.length > 0 && all.every((r) => r[i] === 0));
    const said = columns.filter((_, i) => empty[i]).map((c) => `nobody has any "${c}"`);
    data.tables!.push({
      title: 'What each member brings',
      columns: columns.filter((_, i) => !empty[i]),
      rows: all.map((r) => r.filter((_, i) => !empty[i])),
      caption: `Direct contacts include fellow members; "nobody else" compares with the other members only.${said.length ? ` Not shown, all zero: ${said.join('; ')}.` : ''}`,
      keys: [...team.members.keys()].map((k) => (reach.byDegree.length > 1 && rings.firstGroup.has(k) ? k : null)),
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
    figures.push({
      label: 'degrees of separation (mean hops − 1)',
      value: formatNumber(sep.degreesOfSeparation),
      note: `${sep.method === 'exact' ? 'exact' : `estimated (${sep.method})`}, over ${formatNumber(sep.reachablePairs)} connected pairs`,
    });
    data.pictures!.push(distributionPicture(sep));
    data.tables!.push({
      title: 'Beside the published studies',
      columns: ['study', 'people', 'mean distance (hops)', 'degrees of separation', 'this network − study (hops)'],
      rows: [
        ['this network', sep.people, round2(sep.meanDistance), round2(sep.degreesOfSeparation), 0],
        ...studies.studies.map((x) => [
          x.study,
          x.people,
          x.meanDistance,
          x.degreesOfSeparation,
          round2(x.differenceInHops),
        ]),
      ],
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
      data.tables!.push({
        title: `Chains of introductions to ${tname}`,
        columns: ['chain'],
        rows: c.paths.map((p) => [p.map((k) => displayName(graph, k)).join(' → ')]),
      });
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
