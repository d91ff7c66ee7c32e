// Writes the fictional team dataset in examples/data/: five members' Connections.csv (current
// LinkedIn format with its preamble), one Invitations.csv, companies.csv and team.json. Seeded
// (mulberry32), so every run writes the same bytes. Every name, company and URL is invented.
// Run: node --import tsx scripts/make-sample.ts

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { toCsv } from '../src/io/to-csv.js';

// mulberry32, kept here only so the committed sample data (examples/data) stays byte-identical;
// the library's one random source is src/random.ts (xoshiro128**).
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXPORT_ZIP = 'Basic_LinkedInDataExport_11-20-2026.zip';
const README = `# Sample team data (entirely fictional)

Every person, company, profile URL and message in this folder is **invented**. The files were written
by \`scripts/make-sample.ts\` (\`node --import tsx scripts/make-sample.ts\`), a seeded generator
(mulberry32, seed ${20_261_125}): running it again writes the same bytes. No real export was used as input.

- \`<member>/Connections.csv\` — four team members' exports in LinkedIn's current format: the three-line
  \`Notes:\` preamble, the header \`First Name,Last Name,URL,Email Address,Company,Position,Connected On\`,
  LF line ends, no final newline, newest first, dates like \`03 Nov 2026\`, about 3% of emails filled
  (all \`@example.com\`), non-ASCII slugs percent-encoded (\`/in/ines-%C3%A7elik-63z\`), two to four
  hidden-member rows (only the date filled) per file.
- Contacts overlap between members, members appear in each other's exports, and each member's
  contacts cluster in their sector. Homonyms: three "Marie Laurent" — two at the same company (a
  *possible duplicate*, never merged) and one elsewhere.
- The fifth member, Sunniva Holt, has no export: pass her URL in \`members\` to join her node.
- \`odile-marchetti/Invitations.csv\` — 40 pending invitations, incoming and outgoing, with messages
  (commas, quotes, a newline), \`"11/3/26, 9:00 PM"\` dates and *decoded* profile URLs.
- \`companies.csv\` — company → sector; \`team.json\` — members, their profile URLs and export files.
- \`${EXPORT_ZIP}\` — Odile Marchetti's whole data export, as LinkedIn delivers it (for
  \`handshakes me\`): the same \`Connections.csv\`, a history of about 200 invitations (notes or empty
  \`Message\` cells, decoded URLs, the owner's own URL as inviter), a \`messages.csv\` in the 2025 layout
  (conversations both ways and one way, group chats with comma-joined recipient URLs, drafts,
  \`LinkedIn Member\` sponsored messages, HTML and line breaks in \`CONTENT\`, empty cells),
  \`Profile.csv\` (no URL, as in real exports), \`Positions.csv\`, \`Endorsement_Received_Info.csv\`
  (URLs without a scheme) and \`Company Follows.csv\`. Zipped with a fixed date, so the bytes repeat.
`;
const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'examples', 'data');
const SEED = 20_261_125;

const rand = mulberry32(SEED);
rmSync(OUT, { recursive: true, force: true });
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number): boolean => rand() < p;

const FIRST = [
  'Ada',
  'Bruno',
  'Chloé',
  'Dario',
  'Elif',
  'Farah',
  'Gustavo',
  'Hana',
  'Iker',
  'Jonas',
  'Kaja',
  'Léon',
  'Maëlle',
  'Nils',
  'Oona',
  'Pía',
  'Quentin',
  'Rosa',
  'Søren',
  'Tomás',
  'Ulla',
  'Vera',
  'Wanjiru',
  'Xavier',
  'Yusuf',
  'Zoé',
  'Amara',
  'Björn',
  'Céline',
  'Dmitri',
  'Esther',
  'Florin',
  'Greta',
  'Hugo',
  'Ines',
  'Jin',
  'Kofi',
  'Lucía',
  'Mateo',
  'Noor',
  'Otto',
  'Priya',
  'Rafael',
  'Sanna',
  'Théo',
  'Uma',
  'Viktor',
  'Wen',
  'Yara',
  'Émile',
];
const LAST = [
  'Abbott',
  'Bergström',
  'Castell',
  'Delacroix',
  'Eskola',
  'Fontaine',
  'García',
  'Halvorsen',
  'Ibarra',
  'Jovanović',
  'Kowalczyk',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrescu',
  'Quiroga',
  'Rasmussen',
  'Silva',
  'Tanaka',
  'Urquhart',
  'Varga',
  'Whitcombe',
  'Xu',
  'Yilmaz',
  'Zeller',
  'Achterberg',
  'Brennan',
  'Çelik',
  'Dubois',
  'Ferreira',
  'Grünewald',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kaplan',
  'Laurent',
  'Müller',
  'Novak',
  'Østergaard',
];
const SECTORS: Record<string, { companies: string[]; positions: string[] }> = {
  Software: {
    companies: [
      'Quillstack',
      'Brightlattice',
      'Orbitforge Labs',
      'Harbor & Finch, Inc.',
      'Nimbus Parade',
      'Tinkerwell',
    ],
    positions: [
      'Software Engineer',
      'Senior Backend Engineer',
      'Engineering Manager',
      'Product Manager',
      'Data Scientist',
      'CTO',
    ],
  },
  Finance: {
    companies: [
      'Ledgerline Bank',
      'Copperfield Capital',
      'Meridian Mutual',
      'Northgate Payments',
      'Saltmarsh Partners',
    ],
    positions: ['Analyst', 'Risk Manager', 'Portfolio Manager', 'Head of Compliance', 'Associate, M&A'],
  },
  Healthcare: {
    companies: ['Wrenfield Clinics', 'Asterion Health', 'Bluefern Diagnostics', 'Calder Pharma'],
    positions: [
      'Clinical Lead',
      'Research Scientist',
      'Nurse Manager',
      'Medical Director',
      'Regulatory Affairs Specialist',
    ],
  },
  Retail: {
    companies: ['Pebble & Pine', 'Marketloop', 'Oakhollow Stores', '@Home Studio'],
    positions: ['Store Manager', 'Buyer', 'E-commerce Lead', 'Category Manager', 'Head of Merchandising'],
  },
  Energy: {
    companies: ['Sunvale Power', 'Tidewright Energy', 'Gridhaven'],
    positions: ['Project Engineer', 'Grid Analyst', 'Head of Operations', 'Sustainability Officer'],
  },
  Education: {
    companies: ['Lanternhill University', 'Brookmoor Academy', 'Open Meadow Learning'],
    positions: ['Lecturer', 'Dean of Studies', 'Instructional Designer', 'Research Fellow'],
  },
  Media: {
    companies: ['Paperkite Media', 'Studio Vermilion', 'The Daily Lantern'],
    positions: ['Editor', 'Journalist', 'Creative Director', 'Producer', '"Chief" Storyteller'],
  },
};
const SECTOR_NAMES = Object.keys(SECTORS);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Fictional {
  first: string;
  last: string;
  slug: string;
  company: string;
  sector: string;
  position: string;
  email: string;
}

function slugOf(first: string, last: string, n: number): string {
  const base = `${first}-${last}`.toLowerCase().replaceAll(' ', '-');
  return n === 0 ? base : `${base}-${(n * 7919).toString(36)}`;
}
const encodeSlug = (slug: string): string => encodeURIComponent(slug).replaceAll('%2D', '-');

// the population: people with clustered sectors; a few homonyms share a name on purpose
const used = new Map<string, number>();
function person(sector = pick(SECTOR_NAMES), first = pick(FIRST), last = pick(LAST)): Fictional {
  const n = used.get(`${first} ${last}`) ?? 0;
  used.set(`${first} ${last}`, n + 1);
  const s = SECTORS[sector]!;
  const slug = slugOf(first, last, n);
  const ascii = slug.normalize('NFKD').replace(/[^a-z0-9-]/g, '');
  return {
    first,
    last,
    slug,
    company: pick(s.companies),
    sector,
    position: pick(s.positions),
    email: chance(0.03) ? `${ascii}@example.com` : '',
  };
}
const POOL: Fictional[] = Array.from({ length: 1500 }, () => person());
const twinA = person('Software', 'Marie', 'Laurent');
const twinB = { ...person('Software', 'Marie', 'Laurent'), company: twinA.company }; // same name and company: a "possible duplicate"
const twinC = person('Finance', 'Marie', 'Laurent'); // same name, other company: a plain homonym
POOL.push(twinA, twinB, twinC);

const TEAM = [
  { first: 'Odile', last: 'Marchetti', sector: 'Software', size: 420 },
  { first: 'Tobias', last: 'Wendt', sector: 'Finance', size: 310 },
  { first: 'Aiyana', last: 'Brook', sector: 'Healthcare', size: 260 },
  { first: 'Rémi', last: 'Castellane', sector: 'Software', size: 180 },
  { first: 'Sunniva', last: 'Holt', sector: 'Media', size: 120 },
].map((m) => ({ ...m, ...person(m.sector, m.first, m.last) }));

function dateText(daysAgo: number): string {
  const d = new Date(Date.UTC(2026, 10, 20) - daysAgo * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
const HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const url = (p: Fictional): string => `https://www.linkedin.com/in/${encodeSlug(p.slug)}`;

const pairAge = TEAM.map(() => TEAM.map(() => Math.floor(rand() * 3000)));
const team: { name: string; profileUrl: string; export: string | null; connections: number }[] = [];
let firstExport: { connections: string; contacts: { p: Fictional; days: number }[] } | null = null; // the member whose whole export is zipped
TEAM.forEach((member, i) => {
  const chosen = new Set<Fictional>();
  for (const other of TEAM) if (other !== member && chance(0.6)) chosen.add(other); // colleagues know each other, mostly
  if (i < 2) chosen.add(i === 0 ? twinA : twinB).add(twinC);
  while (chosen.size < member.size) {
    const p = pick(POOL);
    if (p.sector === member.sector || chance(0.35)) chosen.add(p); // sectors cluster around each member
  }
  // members who know each other connected on one day, which both exports show
  const age = (p: Fictional): number => {
    const j = TEAM.indexOf(p as (typeof TEAM)[number]);
    return j < 0 ? Math.floor(rand() * 5000) : pairAge[Math.min(i, j)]![Math.max(i, j)]!;
  };
  const ageOf = new Map<Fictional, number>();
  const dated: [number, string[]][] = [...chosen].map((p) => {
    const days = age(p);
    ageOf.set(p, days);
    return [days, [p.first, p.last, url(p), p.email, p.company, p.position]];
  });
  for (let h = 0; h < 2 + (i % 3); h++) dated.push([Math.floor(rand() * 5000), ['', '', '', '', '', '']]); // hidden members: only a date
  const rows = dated.sort((a, b) => a[0] - b[0]).map(([days, cells]) => [...cells, dateText(days)]); // newest first
  const csv = toCsv(HEADER, rows, { formulaGuard: false }).trimEnd(); // LinkedIn: LF, no final newline
  const folder = member.slug.normalize('NFKD').replace(/[^a-z0-9-]/g, '');
  const dir = join(OUT, folder);
  const isExporter = i < 4; // the fifth member never exported: join her through `members`
  if (isExporter) mkdirSync(dir, { recursive: true });
  if (isExporter) writeFileSync(join(dir, 'Connections.csv'), PREAMBLE + csv);
  if (i === 0)
    firstExport = { connections: PREAMBLE + csv, contacts: [...chosen].map((p) => ({ p, days: ageOf.get(p)! })) };
  team.push({
    name: `${member.first} ${member.last}`,
    profileUrl: url(member),
    export: isExporter ? `${folder}/Connections.csv` : null,
    connections: isExporter ? rows.length : 0,
  });
});

// Invitations.csv of the first member: decoded URLs (as LinkedIn writes them there), US dates
const owner = TEAM[0]!;
const MESSAGES = [
  '',
  '',
  'Hi! Great meeting you at the Lanternhill meetup.',
  'Loved your talk, "Graphs for people", would be glad to connect.',
  'Hello,\nwe met at the Sunvale open day. Let us keep in touch!',
];
const invitations: string[][] = [];
for (let k = 0; k < 40; k++) {
  const p = k < 6 ? pick(POOL.filter((x) => /[^\x00-\x7f]/.test(x.slug))) : pick(POOL);
  const d = new Date(
    Date.UTC(2026, 10, 20) - Math.floor(rand() * 120) * 86_400_000 - Math.floor(rand() * 86_400) * 1000,
  );
  const h = d.getUTCHours() % 12 || 12;
  const sentAt = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${h}:${String(d.getUTCMinutes()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
  const outgoing = chance(0.5);
  const [from, to] = outgoing ? [owner, p] : [p, owner];
  invitations.push([
    `${from.first} ${from.last}`,
    `${to.first} ${to.last}`,
    sentAt,
    pick(MESSAGES),
    outgoing ? 'OUTGOING' : 'INCOMING',
    `https://www.linkedin.com/in/${from.slug}`,
    `https://www.linkedin.com/in/${to.slug}`,
  ]);
}
writeFileSync(
  join(OUT, 'odile-marchetti', 'Invitations.csv'),
  toCsv(['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'], invitations, {
    formulaGuard: false,
  }).trimEnd(),
);

const companies = SECTOR_NAMES.flatMap((sector) => SECTORS[sector]!.companies.map((company) => [company, sector]));
writeFileSync(join(OUT, 'companies.csv'), toCsv(['Company', 'Sector'], companies, { formulaGuard: false }));
writeFileSync(join(OUT, 'team.json'), JSON.stringify({ seed: SEED, fictional: true, members: team }, null, 2) + '\n');
writeFileSync(join(OUT, 'README.md'), README);
writeExportZip(firstExport!);
console.log(
  `wrote ${team.length} members, ${team.reduce((s, m) => s + m.connections, 0)} export rows, ${invitations.length} invitations to ${OUT}`,
);

// Odile's whole export: its own seeded stream, so the files above keep their bytes.
function writeExportZip(first: { connections: string; contacts: { p: Fictional; days: number }[] }): void {
  const r = mulberry32(SEED + 1);
  const pickR = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const me = TEAM[0]!;
  const meUrl = `https://www.linkedin.com/in/${me.slug}`;
  const decoded = (p: Fictional): string => `https://www.linkedin.com/in/${p.slug}`; // Invitations.csv and messages.csv decode slugs
  const at = (days: number, minutes: number): Date =>
    new Date(Date.UTC(2026, 10, 20) - days * 86_400_000 + minutes * 60_000);
  const usDate = (d: Date): string =>
    `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${d.getUTCHours() % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
  const isoDate = (d: Date): string => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  const contacts = first.contacts.filter(({ p }) => !TEAM.includes(p as (typeof TEAM)[number]));
  const strangers = POOL.filter((p) => !contacts.some((c) => c.p === p)).slice(0, 200);
  const NOTES = [
    '',
    '',
    '',
    'Hi {first}, we met at the Lanternhill meetup, glad to connect.',
    'Hello {first},\nI enjoyed your post on hiring. Would be glad to connect!',
    'Bonjour {first}, ravie de vous avoir croisé au salon, au plaisir !',
    '{first}, let\'s connect: "graphs for people" is my topic too.',
  ];
  // invitations: a history, newest first; outgoing to people now connected (accepted) or not (pending)
  const invitations: [number, string[]][] = [];
  for (const { p, days } of contacts) {
    if (r() > 0.45) continue;
    const outgoing = r() < 0.55;
    const note = pickR(NOTES).replaceAll('{first}', p.first);
    const sent = at(days + 1 + Math.floor(r() * 5), Math.floor(r() * 1440));
    invitations.push([
      days,
      outgoing
        ? [
            `${me.first} ${me.last}`,
            `${p.first} ${p.last}`,
            usDate(sent),
            outgoing && r() < 0.3 ? '' : note,
            'OUTGOING',
            meUrl,
            decoded(p),
          ]
        : [`${p.first} ${p.last}`, `${me.first} ${me.last}`, usDate(sent), note, 'INCOMING', decoded(p), meUrl],
    ]);
  }
  for (const p of strangers.slice(0, 45)) {
    const days = Math.floor(r() * 900);
    const outgoing = r() < 0.6;
    const note = r() < 0.35 ? pickR(NOTES.filter(Boolean)).replaceAll('{first}', p.first) : '';
    invitations.push([
      days,
      outgoing
        ? [`${me.first} ${me.last}`, `${p.first} ${p.last}`, usDate(at(days, 600)), note, 'OUTGOING', meUrl, decoded(p)]
        : [
            `${p.first} ${p.last}`,
            `${me.first} ${me.last}`,
            usDate(at(days, 600)),
            note,
            'INCOMING',
            decoded(p),
            meUrl,
          ],
    ]);
  }
  invitations.sort((a, b) => a[0] - b[0]);
  // messages: conversations with some contacts, both ways or one way; group chats; drafts; sponsored
  const LINES = [
    '<p>Thanks for the intro, {first}!</p>',
    'Great to hear from you.\nTalk soon?',
    'Sure, Tuesday works.',
    '',
    'Here is the deck, as promised.',
    '<p>Happy new year {first} 🎉</p>',
  ];
  const header = [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
    'ATTACHMENTS',
    'IS MESSAGE DRAFT',
  ];
  const messages: [number, string[]][] = [];
  let conversation = 0;
  const id = (): string => `2-${(0x51ab3 + conversation++ * 7919).toString(36)}==`;
  for (const { p, days } of contacts) {
    if (r() > 0.3) continue;
    const c = id();
    const both = r() < 0.6;
    const n = 1 + Math.floor(r() * 5);
    for (let k = 0; k < n; k++) {
      const mine = both ? k % 2 === 0 : r() < 0.5;
      const d = at(Math.max(0, days - 2 - k * 3), 480 + k * 17);
      const text = pickR(LINES).replaceAll('{first}', mine ? p.first : me.first);
      messages.push([
        days - k * 3,
        mine
          ? [
              c,
              '',
              `${me.first} ${me.last}`,
              meUrl,
              `${p.first} ${p.last}`,
              decoded(p),
              isoDate(d),
              '',
              text,
              'INBOX',
              '',
              'No',
            ]
          : [
              c,
              '',
              `${p.first} ${p.last}`,
              decoded(p),
              `${me.first} ${me.last}`,
              meUrl,
              isoDate(d),
              '',
              text,
              'INBOX',
              '',
              'No',
            ],
      ]);
    }
  }
  for (let g = 0; g < 3; g++) {
    const members = [pickR(contacts).p, pickR(contacts).p].filter((p, k, xs) => xs.indexOf(p) === k);
    const c = id();
    const title = ['Lanternhill alumni', 'Q3 hiring', 'Conference dinner'][g]!;
    for (let k = 0; k < 4; k++) {
      const from = k % 2 === 0 ? null : members[k % members.length]!;
      const to = from === null ? members : [me, ...members.filter((m) => m !== from)];
      messages.push([
        30 * g + k,
        [
          c,
          title,
          from ? `${from.first} ${from.last}` : `${me.first} ${me.last}`,
          from ? decoded(from) : meUrl,
          to.map((m) => `${m.first} ${m.last}`).join(', '),
          to.map((m) => (m === me ? meUrl : decoded(m as Fictional))).join(','),
          isoDate(at(30 * g + k, 700 + k)),
          '',
          pickR(LINES).replaceAll('{first}', 'all'),
          'INBOX',
          '',
          'No',
        ],
      ]);
    }
  }
  for (const { p } of contacts.slice(0, 2))
    messages.push([
      1,
      [
        id(),
        '',
        `${me.first} ${me.last}`,
        meUrl,
        `${p.first} ${p.last}`,
        decoded(p),
        isoDate(at(1, 100)),
        '',
        'Draft: not sent yet',
        'DRAFT',
        '',
        'Yes',
      ],
    ]);
  for (let k = 0; k < 3; k++)
    messages.push([
      40 + k * 60,
      [
        id(),
        'Sponsored',
        'LinkedIn Member',
        '',
        `${me.first} ${me.last}`,
        meUrl,
        isoDate(at(40 + k * 60, 300)),
        'An offer for you',
        '<p>Sponsored content</p>',
        'INBOX',
        '',
        'No',
      ],
    ]);
  messages.sort((a, b) => a[0] - b[0]);
  const files: Record<string, string> = {
    'Connections.csv': first.connections,
    'Invitations.csv': toCsv(
      ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
      invitations.map(([, row]) => row),
      { formulaGuard: false },
    ).trimEnd(),
    'messages.csv': toCsv(
      header,
      messages.map(([, row]) => row),
      { formulaGuard: false },
    ).trimEnd(),
    'Profile.csv': toCsv(
      [
        'First Name',
        'Last Name',
        'Maiden Name',
        'Address',
        'Birth Date',
        'Headline',
        'Summary',
        'Industry',
        'Zip Code',
        'Geo Location',
        'Twitter Handles',
        'Websites',
        'Instant Messengers',
      ],
      [
        [
          me.first,
          me.last,
          '',
          '',
          '',
          'CTO at Quillstack — graphs for people',
          'Building tools that help people meet the right people.',
          'Software Development',
          '',
          'Lyon, Auvergne-Rhône-Alpes, France',
          '',
          '',
          '',
        ],
      ],
      { formulaGuard: false },
    ).trimEnd(),
    'Positions.csv': toCsv(
      ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
      [
        ['Quillstack', 'CTO', 'Leading a team of 12.', 'Lyon, France', 'Mar 2021', ''],
        ['Orbitforge Labs', 'Engineering Manager', '', 'Paris, France', 'Jun 2017', 'Feb 2021'],
        ['Brightlattice', 'Software Engineer', '', 'Paris, France', 'Sep 2012', 'May 2017'],
      ],
      { formulaGuard: false },
    ).trimEnd(),
    'Endorsement_Received_Info.csv': toCsv(
      [
        'Endorsement Date',
        'Skill Name',
        'Endorser First Name',
        'Endorser Last Name',
        'Endorser Public Url',
        'Endorsement Status',
      ],
      contacts
        .slice(0, 12)
        .map(({ p }, k) => [
          `2026/0${1 + (k % 9)}/1${k % 10} 10:00:00 UTC`,
          pickR(['Graph Theory', 'TypeScript', 'Leadership']),
          p.first,
          p.last,
          `www.linkedin.com/in/${encodeSlug(p.slug)}`,
          'ACCEPTED',
        ]),
      { formulaGuard: false },
    ).trimEnd(),
    'Company Follows.csv': toCsv(
      ['Organization', 'Followed On'],
      [
        ['Lanternhill University', 'Tue Dec 05 17:57:10 UTC 2023'],
        ['Paperkite Media', 'Mon Mar 03 09:12:44 UTC 2025'],
      ],
      { formulaGuard: false },
    ).trimEnd(),
  };
  const mtime = new Date(Date.UTC(2026, 10, 20, 12));
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])),
    { level: 9, mtime },
  );
  writeFileSync(join(OUT, EXPORT_ZIP), zip);
  console.log(`wrote ${EXPORT_ZIP}: ${invitations.length} invitations, ${messages.length} messages`);
}
