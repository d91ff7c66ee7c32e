// collectReport: gathers what a report shows about one person's network by calling the library
// (reach by degree, the ego picture, the reach curve, the chain to a target) and phrases the
// summary in words. renderReport turns the result into one HTML page; the CLI's `report` is both.

import { assertOptionalCount } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { connection } from '../paths/connection.js';
import { introducers } from '../paths/introducers.js';
import { groupReach } from '../reach/group-reach.js';
import { reachByDegree } from '../reach/reach-by-degree.js';
import { compareWithStudies } from '../separation/compare-with-studies.js';
import { separation } from '../separation/separation.js';
import { throwIfAborted } from '../abort.js';
import type { NodeKey } from '../types.js';
import { collectExplore } from './collect-explore.js';
import { displayName } from './display-name.js';
import { shownName } from './shown-name.js';
import { egoRings } from './ego-rings.js';
import type { PageLang } from './page-words.js';
import type { ReportData, ReportFigure } from './render-report.js';
import { distributionPicture, egoPicture, reachPicture } from './report-pictures.js';
import { reportWords } from './report-words.js';

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
  /** Language of the whole page: summary, figures, pictures, tables and the search form (default `'en'`). */
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
  const name = shownName(displayName(graph, me));
  const maxDegree = Math.max(1, options.maxDegree ?? 3);
  const signal = options.signal;
  const w = reportWords(options.lang);
  const n = w.num;
  const lang = options.lang;
  const stop = (): void => throwIfAborted(WHERE, signal);
  stop();
  const reach = reachByDegree(csr, me);
  const within = (d: number): number => (reach.cumulative[Math.min(d, reach.cumulative.length - 1)] ?? 1) - 1;
  const members = options.members ?? [];
  const rings = egoRings(graph, me, { members, introducers: options.ringIntroducers ?? 6 });
  stop();

  const summary = [
    w.summaryReach(name, reach.direct, reach.indirect),
    w.summaryWithin(within(2), within(3), csr.order - 1),
    reach.unreachable > 0 ? w.summaryUnreachable(reach.unreachable) : w.summaryEveryone(reach.byDegree.length - 1),
  ];
  const figures: ReportFigure[] = [
    { label: w.figureDirect, value: n(reach.direct) },
    { label: w.figureWithin(2), value: n(within(2)) },
    { label: w.figureWithin(3), value: n(within(3)) },
    { label: w.figurePeople, value: n(csr.order) },
  ];
  const rows: (string | number)[][] = [];
  for (let d = 1; d < reach.byDegree.length && d <= maxDegree; d++)
    rows.push([w.degree(d), reach.byDegree[d]!, within(d)]);
  if (reach.byDegree.length - 1 > maxDegree)
    rows.push([w.further(maxDegree), reach.reached - within(maxDegree), reach.reached]);
  rows.push([w.outOfReach, reach.unreachable, '']);
  const data: ReportData = {
    title: options.title ?? w.title(name),
    summary,
    figures,
    pictures: [
      egoPicture(graph, rings, lang),
      reachPicture([{ label: name, byDegree: reach.byDegree }], csr.order - 1, w.reachCaption, lang),
    ],
    tables: [
      { title: w.reachTable, columns: [...w.reachColumns], rows },
      {
        title: w.introducersTitle(name),
        columns: [...w.introducersColumns],
        rows: rings.introducers.map((x) => [shownName(displayName(graph, x.key)), x.brings, x.unique]),
        keys: rings.introducers.map((x) => x.key),
      },
    ],
    footer: options.footer ?? w.footer,
  };
  if (options.lang) data.lang = options.lang;
  if (options.explore ?? true) data.explore = collectExplore(graph, me, rings);
  if (options.members !== undefined && options.members.length > 0) {
    stop();
    const team = groupReach(csr, options.members, { overlaps: false, ...(signal ? { signal } : {}) });
    const keys = [...team.members.keys()];
    summary.push(w.teamSummary(keys.length, team.reached, team.first, team.second, team.thirdPlus));
    figures.push({ label: w.teamFigure(keys.length), value: n(team.reached) });
    data.pictures![1] = reachPicture(
      [
        { label: name, byDegree: reach.byDegree },
        { label: w.theTeam, byDegree: team.byDegree },
      ],
      csr.order - 1,
      w.teamReachCaption(name),
      lang,
    );
    // A column of zeros says nothing: it is dropped and said in the caption instead.
    const columns = [...w.membersColumns];
    const all = [...team.members].map(([k, m]) => [
      shownName(displayName(graph, k)),
      m.direct,
      m.uniqueDirect,
      m.second,
      m.uniqueSecond,
    ]);
    const empty = columns.map((_, i) => i > 0 && all.length > 0 && all.every((r) => r[i] === 0));
    data.tables!.push({
      title: w.membersTitle,
      columns: columns.filter((_, i) => !empty[i]),
      rows: all.map((r) => r.filter((_, i) => !empty[i])),
      caption: w.membersCaption(columns.filter((_, i) => empty[i])),
      keys: [...team.members.keys()].map((k) => (reach.byDegree.length > 1 && rings.firstGroup.has(k) ? k : null)),
    });
  }
  if (options.separation ?? true) {
    stop();
    const sep = separation(csr, signal ? { signal } : {});
    const studies = compareWithStudies(sep);
    const study = (year: number) => studies.studies.find((x) => x.year === year)!;
    summary.push(w.separationSummary(sep.meanDistance, study(2016), study(1969)));
    figures.push({
      label: w.separationFigure,
      value: n(sep.degreesOfSeparation),
      note: w.separationNote(sep.method, sep.reachablePairs),
    });
    data.pictures!.push(distributionPicture(sep, lang));
    data.tables!.push({
      title: w.studiesTitle,
      columns: [...w.studiesColumns],
      rows: [
        [w.thisNetwork, sep.people, round2(sep.meanDistance), round2(sep.degreesOfSeparation), 0],
        ...studies.studies.map((x) => [
          x.study,
          x.people,
          x.meanDistance,
          x.degreesOfSeparation,
          round2(x.differenceInHops),
        ]),
      ],
      caption: w.conventionNote,
    });
  }
  if (options.target !== undefined) {
    const target = csr.keys.key(nodeId(csr, options.target, WHERE, 'target'));
    stop();
    const c = connection(csr, me, target, { pathLimit: 5 });
    const tname = shownName(displayName(graph, target));
    summary.push(
      c.degree === null
        ? w.noChain(name, tname)
        : w.chainSummary(
            tname,
            c.degree,
            Number(c.pathCount),
            c.paths[0]!.map((k) => shownName(displayName(graph, k))).join(' → '),
          ),
    );
    if (c.degree !== null && c.degree > 0) {
      data.tables!.push({
        title: w.chainsTitle(tname),
        columns: [...w.chainColumns],
        rows: c.paths.map((p) => [p.map((k) => shownName(displayName(graph, k))).join(' → ')]),
      });
      const ranked = introducers(csr, me, target, { limit: options.introducers ?? 10 });
      data.tables!.push({
        title: w.askTitle(name, tname),
        columns: [...w.askColumns],
        rows: ranked.map((r) => [shownName(displayName(graph, r.contact)), r.distance, Number(r.paths)]),
      });
    }
  }
  return data;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
