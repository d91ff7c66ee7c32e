// The HTML page of `handshakes me --out`: the networking profile as renderReport data — the
// strategy description and key sentences, figure cards, and tables (growth by year, invitations,
// companies, the files read), in English or French. Formatting only.

import { count, percent } from '../io/networking-words.js';
import type { NetworkingProfile } from '../io/networking-profile.js';
import type { ExportFileReport } from '../io/parse-linkedin-export.js';
import type { InvitationNote } from '../strategies/draft-invitation-notes.js';
import type { Locale } from '../types.js';
import type { ReportData } from '../viz/render-report.js';
import { shownName } from '../viz/shown-name.js';

/**
 * Builds the report data of a networking profile.
 *
 * @param p - the profile.
 * @param who - the owner's name or URL.
 * @param files - the export's file reports.
 * @param notes - drafted invitation notes (may be empty).
 * @param locale - `'en'` or `'fr'`.
 * @returns the data for `renderReport`.
 */
export function meReport(
  p: NetworkingProfile,
  who: string,
  files: readonly ExportFileReport[],
  notes: readonly InvitationNote[],
  locale: Locale,
): ReportData {
  const fr = locale === 'fr';
  const c = (x: number): string => count(x, locale);
  const pc = (x: number | null): string => (x === null ? '–' : percent(x, locale));
  const i = p.invitations;
  const years = new Map<string, number>();
  for (const m of p.growth.byMonth) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.added);
  let total = 0;
  const data: ReportData = {
    lang: locale,
    title: fr ? `Votre réseau LinkedIn — ${shownName(who)}` : `Your LinkedIn network — ${shownName(who)}`,
    summary: [
      p.strategy.description,
      fr
        ? `Invitations avec un mot acceptées : ${c(i.acceptedWithNote)} sur ${c(i.sentWithNote)} (${pc(i.acceptanceWithNote)}) ; sans mot : ${c(i.acceptedWithoutNote)} sur ${c(i.sent - i.sentWithNote)} (${pc(i.acceptanceWithoutNote)}).`
        : `Invitations with a note accepted: ${c(i.acceptedWithNote)} of ${c(i.sentWithNote)} (${pc(i.acceptanceWithNote)}); without: ${c(i.acceptedWithoutNote)} of ${c(i.sent - i.sentWithNote)} (${pc(i.acceptanceWithoutNote)}).`,
      fr
        ? `Portée indirecte ${p.reach.measured ? '' : '≈ '}${c(p.reach.indirect)} : ${p.reach.method}.`
        : `Indirect reach ${p.reach.measured ? '' : '≈ '}${c(p.reach.indirect)}: ${p.reach.method}.`,
    ],
    figures: [
      { label: fr ? 'relations (1er degré)' : 'connections (1st degree)', value: c(p.connections) },
      {
        label: fr ? 'vraiment connues' : 'really known',
        value: pc(p.known.share),
        note: `${c(p.known.known)} / ${c(p.connections)}`,
      },
      {
        label: fr ? 'invitations envoyées avec un mot' : 'sent invitations with a note',
        value: pc(i.noteShare),
        note: `${c(i.sentWithNote)} / ${c(i.sent)}`,
      },
      {
        label: fr ? 'invitations reçues acceptées' : 'received invitations accepted',
        value: pc(i.receivedAcceptance),
        note: `${c(i.receivedAccepted)} / ${c(i.received)}`,
      },
    ],
    tables: [
      {
        title: fr ? 'Croissance' : 'Growth',
        columns: fr ? ['année', 'nouvelles relations', 'cumul'] : ['year', 'new connections', 'total'],
        rows: [...years].map(([y, n]) => [y, n, (total += n)]),
      },
      {
        title: fr ? 'Entreprises' : 'Companies',
        columns: fr ? ['entreprise', 'relations'] : ['company', 'connections'],
        rows: p.companies.top.map((t) => [shownName(t.company), t.connections]),
      },
      ...(notes.length > 0
        ? [
            {
              title: fr ? "Prochaine série d'invitations" : 'Next batch of invitations',
              columns: fr ? ['personne', 'mot'] : ['person', 'note'],
              rows: notes.map((n) => [n.key, n.note]),
            },
          ]
        : []),
      {
        title: fr ? 'Fichiers lus' : 'Files read',
        columns: fr
          ? ['fichier', 'type', 'lignes', 'importées', 'ignorées', 'remarque']
          : ['file', 'kind', 'rows', 'imported', 'skipped', 'note'],
        rows: files.map((f) => [f.name, f.kind ?? '–', f.rowsRead, f.imported, f.skipped, f.reason ?? '']),
      },
    ],
    footer: fr
      ? 'Fait avec handshakes me, sur votre machine : aucun contenu de message n’est lu au-delà de l’analyse ni affiché.'
      : 'Made with handshakes me, on your machine: no message content is kept past the parse nor shown.',
  };
  return data;
}
