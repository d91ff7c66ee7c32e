// Reading a whole LinkedIn export: a generated zip of 10,000 connections, 5,000 invitations and
// 50,000 messages (2025 layout, HTML contents) parsed by parseLinkedInExport, then networkingProfile,
// beside a baseline run in this script: inflating the same zip with fflate and decoding every CSV
// (the floor any reader pays), plus a naive split-based count of messages per sender.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { networkingProfile, parseLinkedInExport } from '../src/index.js';
import { FULL, fmtTime, loadNote, peakRssMb, table, timeMedian, writeResults } from './lib.js';

const CONNECTIONS = FULL ? 30_000 : 10_000;
const MESSAGES = FULL ? 150_000 : 50_000;
const INVITATIONS = CONNECTIONS / 2;
const RUNS = 5;

let seed = 7;
const rand = (): number => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const url = (i: number): string => `https://www.linkedin.com/in/person-${i.toString(36)}`;
const me = 'https://www.linkedin.com/in/me';
const connections = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
];
for (let i = 0; i < CONNECTIONS; i++)
  connections.push(
    `P${i},Q${i},${url(i)},,Company ${i % 300},Engineer,${String(1 + (i % 28)).padStart(2, '0')} ${MONTHS[i % 12]} ${2010 + (i % 16)}`,
  );
const invitations = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'];
for (let i = 0; i < INVITATIONS; i++) {
  const other = Math.floor(rand() * CONNECTIONS * 1.5);
  invitations.push(
    rand() < 0.5
      ? `Me,P${other},"1/2/25, 9:00 AM",${rand() < 0.4 ? 'Hello there' : ''},OUTGOING,${me},${url(other)}`
      : `P${other},Me,"1/2/25, 9:00 AM",,INCOMING,${url(other)},${me}`,
  );
}
const messages = [
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT',
];
for (let i = 0; i < MESSAGES; i++) {
  const other = Math.floor(rand() * CONNECTIONS);
  const body = `"<p>Hello P${other}, about the meeting on ${1 + (i % 28)} ${MONTHS[i % 12]}, see you then.</p>\nBest"`;
  messages.push(
    rand() < 0.5
      ? `c${other},,Me,${me},P${other},${url(other)},2025-01-02 10:00:00 UTC,,${body},INBOX,,No`
      : `c${other},,P${other},${url(other)},Me,${me},2025-01-02 11:00:00 UTC,,${body},INBOX,,No`,
  );
}
const files = {
  'Connections.csv': connections.join('\n'),
  'Invitations.csv': invitations.join('\n'),
  'messages.csv': messages.join('\n'),
};
const zip = zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)])));
const csvBytes = Object.values(files).reduce((s, t) => s + t.length, 0);

/** Baseline: inflate and decode every file, then count messages per sender with split (no quoting: wrong, a floor). */
function baseline(): number {
  const texts = Object.values(unzipSync(zip)).map((b) => new TextDecoder().decode(b));
  const perSender = new Map<string, number>();
  for (const line of texts[2]!.split('\n')) {
    const sender = line.split(',')[3];
    if (sender) perSender.set(sender, (perSender.get(sender) ?? 0) + 1);
  }
  return perSender.size;
}

const parse = timeMedian(() => parseLinkedInExport(zip), RUNS);
const floor = timeMedian(baseline, RUNS);
const exported = parseLinkedInExport(zip);
if (exported.connections.report.imported !== CONNECTIONS || exported.messages!.report.imported !== MESSAGES)
  throw new Error('unexpected counts');
const profile = timeMedian(() => networkingProfile(exported), RUNS);
const label = `${CONNECTIONS.toLocaleString('en')} connections, ${INVITATIONS.toLocaleString('en')} invitations, ${MESSAGES.toLocaleString('en')} messages (zip ${(zip.length / 1e6).toFixed(1)} MB, CSV ${(csvBytes / 1e6).toFixed(1)} MB)`;
const rows = [
  [
    `parseLinkedInExport: ${label}`,
    fmtTime(parse.median),
    fmtTime(floor.median),
    (parse.median / floor.median).toFixed(2),
    `${Math.round(MESSAGES / parse.median / 1000)}k messages/s`,
  ],
  [
    'networkingProfile on it (estimated reach)',
    fmtTime(profile.median),
    fmtTime(parse.median),
    (profile.median / parse.median).toFixed(2),
    '',
  ],
];
const md = [
  table(['workload', 'handshakes', 'baseline', 'ratio', 'throughput'], rows),
  '',
  'Baselines, run in the same script: for the parse, inflating the zip with fflate and decoding every CSV, then a `split`-based count of messages per sender (no quoting: wrong on real files, a speed floor); for the profile, the parse itself.',
  `Medians of ${RUNS} runs after one warm-up.${FULL ? '' : ' Quick sizes: `--full` triples them.'} Peak RSS ${peakRssMb().toFixed(0)} MB. ${loadNote()}`,
].join('\n');
writeResults('linkedin-export', 'Reading a whole LinkedIn export (zip)', md, {
  connections: CONNECTIONS,
  invitations: INVITATIONS,
  messages: MESSAGES,
  zipBytes: zip.length,
  csvBytes,
  parse: parse.median,
  baseline: floor.median,
  profile: profile.median,
});
