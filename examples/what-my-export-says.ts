// What does my LinkedIn export say about how I network? Do notes get my invitations accepted?
// Usage: npx tsx examples/what-my-export-says.ts [Basic_LinkedInDataExport_….zip | its folder] [en|fr]
// Runs on the bundled fictional export (examples/data) by default. Message contents are never kept.
import { networkingProfile } from 'handshakes';
import { readLinkedInExport } from 'handshakes/node';

const path = process.argv[2] || new URL('./data/Basic_LinkedInDataExport_11-20-2026.zip', import.meta.url).pathname;
const locale = process.argv[3] === 'fr' ? 'fr' : 'en';

const exported = await readLinkedInExport(path);
const p = networkingProfile(exported, { locale });
const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

console.log(`${exported.profile?.name ?? exported.owner}: ${p.connections} connections since ${p.growth.first}.`);
console.log(`Really known: ${p.known.known} (${pct(p.known.share)}); merely collected: ${p.known.unknown}.`);
const i = p.invitations;
console.log(
  `Invitations with a note accepted: ${i.acceptedWithNote}/${i.sentWithNote} (${pct(i.acceptanceWithNote)}); without: ${i.acceptedWithoutNote}/${i.sent - i.sentWithNote} (${pct(i.acceptanceWithoutNote)}).`,
);
console.log(
  `Top companies: ${p.companies.top
    .slice(0, 3)
    .map((c) => `${c.company} (${c.connections})`)
    .join(', ')}.`,
);
console.log(p.strategy.description);
