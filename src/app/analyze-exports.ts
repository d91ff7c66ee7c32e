// analyzeExports: what the app page computes from the LinkedIn export zips a person drops — each
// read by parseLinkedInExport, merged into one graph (a team when several), the report of the
// first owner's network (the team's reach when several) and each owner's networking profile.
// Browser-safe: bytes in, plain data out; the CLI's `report` on the same zips gives the same figures.

import { HandshakesError, message } from '../errors.js';
import { mergeConnectionExports } from '../io/merge-connection-exports.js';
import { networkingProfile, type NetworkingProfile } from '../io/networking-profile.js';
import { parseLinkedInExport } from '../io/parse-linkedin-export.js';
import { collectReport } from '../viz/collect-report.js';
import { pageWords, type PageLang } from '../viz/page-words.js';
import type { ReportData } from '../viz/render-report.js';

/** One dropped file. */
export interface DroppedFile {
  /** Its name, for messages. */
  name: string;
  /** Its bytes. */
  bytes: Uint8Array;
}

/** The report and the profiles of the dropped exports. */
export interface AnalyzedExports {
  /** The report on the first owner's network (with the team when several exports). */
  report: ReportData;
  /** One networking profile per export, in drop order. */
  profiles: NetworkingProfile[];
}

/**
 * Reads LinkedIn export zips and computes the app page's report and networking profiles.
 *
 * @param files - the zips' names and bytes (one per person; several make a team).
 * @param lang - language of the page's words and of the profiles' descriptions.
 * @returns `{ report, profiles }`.
 * @throws HandshakesError (`PARSE_ERROR`) naming a file that is no zip, in the page's language;
 * ParseError or HandshakesError (naming the file) when a zip is not a LinkedIn export.
 * @remarks Time of `parseLinkedInExport` per file, `mergeConnectionExports`, then `collectReport`
 * (O(n + m) plus the separation measure) and `networkingProfile` per export.
 * @example
 * const { report } = analyzeExports([{ name: 'Basic_LinkedInDataExport.zip', bytes }], 'en');
 */
export function analyzeExports(files: readonly DroppedFile[], lang: PageLang): AnalyzedExports {
  // a zip (PK) or a gzip of one; anything else (an edge list, a CSV, a picture) in the page's words
  const notZip = files.find(({ bytes: b }) => !((b[0] === 0x50 && b[1] === 0x4b) || (b[0] === 0x1f && b[1] === 0x8b)));
  if (notZip)
    throw new HandshakesError('PARSE_ERROR', message('app', pageWords(lang).appNotZip.replace('{file}', notZip.name)));
  const exports = files.map((f) => parseLinkedInExport(f.bytes, { source: f.name }));
  const { graph } = mergeConnectionExports(exports);
  const owners = exports.map((x) => x.owner);
  // The owners' names come from their Profile.csv (an export does not list its owner).
  for (const x of exports) {
    const name = x.profile?.name ?? [x.profile?.firstName, x.profile?.lastName].filter(Boolean).join(' ');
    if (name && graph.hasNode(x.owner) && !graph.getNodeAttribute(x.owner, 'name'))
      graph.setNodeAttribute(x.owner, 'name', name);
  }
  const report = collectReport(graph, {
    me: owners[0]!,
    ...(owners.length > 1 ? { members: owners } : {}),
    lang,
    footer: pageWords(lang).appFooter.replace('{files}', files.map((f) => f.name).join(', ')),
  });
  const profiles = exports.map((x) =>
    networkingProfile(x, { locale: lang, ...(owners.length > 1 ? { team: graph } : {}) }),
  );
  return { report, profiles };
}
