// The text of `handshakes me`, in English or in French: the networking profile section by section
// (growth, who you really know, invitations, companies, reach, strategy) and the files read.
// Formatting only: every figure comes from networkingProfile.

import { count, percent } from '../io/networking-words.js';
import type { NetworkingProfile } from '../io/networking-profile.js';
import type { ExportFileReport } from '../io/parse-linkedin-export.js';
import type { InvitationNote } from '../strategies/draft-invitation-notes.js';
import type { Locale } from '../types.js';
import { pe, pf } from '../viz/bilingual.js';
import { table } from './output.js';

/** Below this many invitations on either side, a difference in acceptance says little. */
const FEW = 30;

/**
 * Renders a networking profile as text.
 *
 * @param p - the profile.
 * @param who - the owner's name or URL.
 * @param files - the export's file reports.
 * @param notes - drafted invitation notes (may be empty).
 * @param locale - `'en'` or `'fr'`.
 * @returns the text, ending with a newline.
 */
export function meText(
  p: NetworkingProfile,
  who: string,
  files: readonly ExportFileReport[],
  notes: readonly InvitationNote[],
  locale: Locale,
): string {
  const fr = locale === 'fr';
  const c = (x: number): string => count(x, locale);
  // pe/pf: a count with its unit agreeing ("1 connection", "0 relation")
  const pc = (x: number | null): string => (x === null ? '–' : percent(x, locale));
  const colon = fr ? '\u202f:' : ':';
  const out: string[] = [];
  const g = p.growth;
  out.push(
    fr
      ? `Votre réseau (${who})${colon} ${pf(p.connections, 'relation', 'relations')}`
      : `Your network (${who}): ${pe(p.connections, 'connection', 'connections')}`,
  );
  out.push('', fr ? '1. Croissance' : '1. Growth');
  if (g.first) {
    out.push(
      fr
        ? `   de ${g.first} à ${g.last}${g.undated ? `, ${c(g.undated)} sans date` : ''}`
        : `   from ${g.first} to ${g.last}${g.undated ? `, ${c(g.undated)} undated` : ''}`,
    );
    const years = new Map<string, number>();
    for (const m of g.byMonth) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.added);
    let total = 0;
    out.push(
      indent(
        table(
          fr ? ['année', 'nouvelles', 'cumul'] : ['year', 'added', 'total'],
          [...years].map(([y, n]) => [y, n, (total += n)]),
        ),
      ),
    );
    const batches = g.batches
      .slice(0, 5)
      .map((b) => `${b.date} (${c(b.added)})`)
      .join(', ');
    out.push(
      fr
        ? `   jours « en rafale » (≥ 10 nouvelles relations)${colon} ${g.batches.length}${batches ? ` — ${batches}` : ''}`
        : `   batch days (≥ 10 new connections): ${g.batches.length}${batches ? ` — ${batches}` : ''}`,
    );
    if (g.longestQuiet)
      out.push(
        fr
          ? `   plus longue pause${colon} ${pf(g.longestQuiet.days, 'jour', 'jours')} (${g.longestQuiet.from} → ${g.longestQuiet.to})`
          : `   longest quiet stretch: ${pe(g.longestQuiet.days, 'day', 'days')} (${g.longestQuiet.from} → ${g.longestQuiet.to})`,
      );
  } else out.push(fr ? '   aucune date de connexion lisible' : '   no readable connection date');
  const k = p.known;
  out.push('', fr ? '2. Qui vous connaissez vraiment' : '2. Who you really know');
  out.push(
    fr
      ? `   ${c(k.known)} sur ${c(p.connections)} (${pc(k.share)})${colon} ${c(k.byMessages)} par des messages dans les deux sens, ${c(k.byNotes)} par une invitation accompagnée d'un mot ; échanges à sens unique${colon} ${c(k.oneWay)}`
      : `   ${c(k.known)} of ${c(p.connections)} (${pc(k.share)}): ${c(k.byMessages)} through messages both ways, ${c(k.byNotes)} through an invitation with a note; ${pe(k.oneWay, 'one-way exchange', 'one-way exchanges')}`,
  );
  out.push(
    fr
      ? `   vue « club privé »${colon} ${pf(k.known, 'personne', 'personnes')} que vous connaissez ; vue « open bar »${colon} ${pf(k.unknown, 'relation seulement collectionnée', 'relations seulement collectionnées')}`
      : `   private-club view: ${pe(k.known, 'person', 'people')} you master; open-bar view: ${pe(k.unknown, 'connection', 'connections')} merely collected`,
  );
  const i = p.invitations;
  out.push('', fr ? '3. Invitations' : '3. Invitations');
  out.push(
    fr
      ? `   envoyées${colon} ${c(i.sent)}, dont ${c(i.sentWithNote)} avec un mot (${pc(i.noteShare)}) ; reçues${colon} ${c(i.received)}, vous en avez accepté ${c(i.receivedAccepted)} (${pc(i.receivedAcceptance)})`
      : `   sent: ${c(i.sent)}, ${c(i.sentWithNote)} with a note (${pc(i.noteShare)}); received: ${c(i.received)}, ${c(i.receivedAccepted)} accepted (${pc(i.receivedAcceptance)})`,
  );
  out.push(
    fr
      ? `   acceptées${colon} ${c(i.accepted)} sur ${c(i.sent)} (${pc(i.acceptance)}) — avec un mot ${c(i.acceptedWithNote)} sur ${c(i.sentWithNote)} (${pc(i.acceptanceWithNote)}), sans mot ${c(i.acceptedWithoutNote)} sur ${c(i.sent - i.sentWithNote)} (${pc(i.acceptanceWithoutNote)})`
      : `   accepted: ${c(i.accepted)} of ${c(i.sent)} (${pc(i.acceptance)}) — with a note ${c(i.acceptedWithNote)} of ${c(i.sentWithNote)} (${pc(i.acceptanceWithNote)}), without ${c(i.acceptedWithoutNote)} of ${c(i.sent - i.sentWithNote)} (${pc(i.acceptanceWithoutNote)})`,
  );
  if (Math.min(i.sentWithNote, i.sent - i.sentWithNote) < FEW)
    out.push(
      fr
        ? `   (moins de ${FEW} invitations d'un côté : l'écart dit encore peu de chose)`
        : `   (fewer than ${FEW} invitations on one side: the difference says little yet)`,
    );
  const co = p.companies;
  out.push('', fr ? '4. Entreprises' : '4. Companies');
  if (co.top.length > 0)
    out.push(
      indent(
        table(
          fr ? ['entreprise', 'relations'] : ['company', 'connections'],
          co.top.map((t) => [t.company, t.connections]),
        ),
      ),
    );
  if (co.ownCompanies.length > 0)
    out.push(
      fr
        ? `   dans vos entreprises (${co.ownCompanies.join(', ')})${colon} ${c(co.atOwnCompanies)} (${pc(co.ownCompanyShare)})`
        : `   at your own companies (${co.ownCompanies.join(', ')}): ${c(co.atOwnCompanies)} (${pc(co.ownCompanyShare)})`,
    );
  if (co.sector !== null)
    out.push(
      co.sectorShare === null
        ? fr
          ? `   votre secteur${colon} ${co.sector} (donnez --sectors pour mesurer la cohérence)`
          : `   your sector: ${co.sector} (give --sectors to measure coherence)`
        : fr
          ? `   dans votre secteur (${co.sector})${colon} ${c(co.inSector!)} (${pc(co.sectorShare)} de celles dont le secteur est connu)`
          : `   in your sector (${co.sector}): ${c(co.inSector!)} (${pc(co.sectorShare)} of those whose sector is known)`,
    );
  const r = p.reach;
  out.push('', fr ? '5. Portée' : '5. Reach');
  out.push(
    fr
      ? `   directe${colon} ${c(r.direct)} ; indirecte${colon} ${r.measured ? '' : '≈ '}${c(r.indirect)} (2e degré ${c(r.second)}, 3e et au-delà ${c(r.thirdPlus)})`
      : `   direct: ${c(r.direct)}; indirect: ${r.measured ? '' : '≈ '}${c(r.indirect)} (2nd degree ${c(r.second)}, 3rd+ ${c(r.thirdPlus)})`,
  );
  out.push(`   ${r.method}`);
  out.push('', fr ? '6. Votre stratégie' : '6. Your strategy', `   ${p.strategy.description}`);
  if (notes.length > 0) {
    out.push(
      '',
      fr
        ? `7. Prochaine série d'invitations (${notes.length}), avec un mot`
        : `7. Next batch of invitations (${notes.length}), with a note`,
    );
    for (const n of notes) out.push(`   - ${n.key}`, `     ${n.note}`);
  }
  out.push('', fr ? 'Fichiers lus' : 'Files read');
  out.push(
    indent(
      table(
        fr
          ? ['fichier', 'type', 'lignes', 'importées', 'ignorées', 'remarque']
          : ['file', 'kind', 'rows', 'imported', 'skipped', 'note'],
        files.map((f) => [f.name, f.kind ?? '–', f.rowsRead, f.imported, f.skipped, f.reason ?? '']),
      ),
    ),
  );
  return out.join('\n') + '\n';
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');
}
