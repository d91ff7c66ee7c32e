// The companies and reach sections of networkingProfile: top companies, the share at your own
// past companies and in your sector (when a company → sector map is given); direct reach, and
// indirect reach measured on a merged team graph or estimated with estimateReach (assumption stated).

import { estimateReach } from '../reach/estimate-reach.js';
import { foldText as fold, ratio } from './fold-text.js';
import { reachByDegree } from '../reach/reach-by-degree.js';
import type { Locale } from '../types.js';
import type { NetworkingProfileOptions } from './networking-profile.js';
import { reachAssumption } from './networking-words.js';
import type { LinkedInExportResult } from './parse-linkedin-export.js';

/** Companies of your connections, and how they relate to yours. */
export interface CompanyFigures {
  /** The most frequent companies, most connections first. */
  top: {
    /** The company, as written. */
    company: string;
    /** Connections working there. */
    connections: number;
  }[];
  /** Your own companies, from `Positions.csv`. */
  ownCompanies: string[];
  /** Connections at one of your own companies. */
  atOwnCompanies: number;
  /** `atOwnCompanies / connections`. */
  ownCompanyShare: number;
  /** Your sector: from `sectors` and your current company, else `Profile.csv`'s industry; `null` if unknown. */
  sector: string | null;
  /** Connections in your sector (needs `sectors`), `null` when it cannot be inferred. */
  inSector: number | null;
  /** `inSector` over the connections whose sector is known, `null` when it cannot be inferred. */
  sectorShare: number | null;
}

/** Direct and indirect reach. */
export interface ReachFigures {
  /** Your connections (1st degree). */
  direct: number;
  /** People at 2nd degree. */
  second: number;
  /** People at 3rd degree and beyond (the estimate stops at the 3rd). */
  thirdPlus: number;
  /** `second + thirdPlus`. */
  indirect: number;
  /** Measured on a team graph (`true`) or estimated (`false`). */
  measured: boolean;
  /** How it was obtained, and the assumption behind an estimate. */
  method: string;
}

/** Top companies, own companies and sector coherence of an export's connections. */
export function companyFigures(exportResult: LinkedInExportResult, options: NetworkingProfileOptions): CompanyFigures {
  const people = exportResult.connections.people;
  const counts = new Map<string, { company: string; connections: number }>();
  for (const p of people) {
    const key = fold(p.company);
    if (!key) continue;
    const entry = counts.get(key);
    if (entry) entry.connections++;
    else counts.set(key, { company: p.company!, connections: 1 });
  }
  const top = [...counts.values()]
    .sort((a, b) => b.connections - a.connections || (a.company < b.company ? -1 : 1))
    .slice(0, options.top ?? 10);
  const positions = exportResult.positions ?? [];
  const own = new Map<string, string>();
  for (const p of positions) if (!own.has(fold(p.company))) own.set(fold(p.company), p.company);
  let atOwnCompanies = 0;
  for (const p of people) if (own.has(fold(p.company))) atOwnCompanies++;
  const sectors =
    options.sectors === undefined
      ? null
      : new Map(
          [...(options.sectors instanceof Map ? options.sectors : Object.entries(options.sectors))].map(([c, s]) => [
            fold(c),
            s as string,
          ]),
        );
  const current = positions.find((p) => p.finishedOn === undefined) ?? positions[0];
  const sector = (current && sectors?.get(fold(current.company))) ?? exportResult.profile?.industry ?? null;
  let inSector: number | null = null;
  let sectorShare: number | null = null;
  if (sectors && sector !== null) {
    let withSector = 0;
    inSector = 0;
    for (const p of people) {
      const s = sectors.get(fold(p.company));
      if (s === undefined) continue;
      withSector++;
      if (fold(s) === fold(sector)) inSector++;
    }
    sectorShare = ratio(inSector, withSector);
  }
  return {
    top,
    ownCompanies: [...own.values()],
    atOwnCompanies,
    ownCompanyShare: people.length > 0 ? atOwnCompanies / people.length : 0,
    sector,
    inSector,
    sectorShare,
  };
}

/** Direct reach, and indirect reach measured on `team` or estimated (the assumption in `method`). */
export function reachFigures(
  owner: string,
  direct: number,
  options: NetworkingProfileOptions,
  locale: Locale,
): ReachFigures {
  if (options.team !== undefined) {
    const r = reachByDegree(options.team, owner);
    return {
      direct: r.first,
      second: r.second,
      thirdPlus: r.thirdPlus,
      indirect: r.second + r.thirdPlus,
      measured: true,
      method: reachAssumption({ measured: true, direct: r.first }, locale),
    };
  }
  const population = options.population ?? 1_000_000_000;
  const clustering = options.clustering ?? 0.1;
  const estimate = estimateReach({ people: population, averageConnections: direct, clustering, maxDegree: 3 });
  const second = Math.round(estimate.byDegree[2] ?? 0);
  const thirdPlus = Math.round(estimate.byDegree[3] ?? 0);
  return {
    direct,
    second,
    thirdPlus,
    indirect: second + thirdPlus,
    measured: false,
    method: reachAssumption({ measured: false, direct, population, clustering }, locale),
  };
}
