import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { networkingProfile, parseLinkedInExport, toCsv } from '../../src/index.js';

// Random exports over a pool of people p0…p11 (the owner is `me`), checked against a plain oracle.
const url = (slug: string): string => `https://www.linkedin.com/in/${slug}`;
const slug = fc.integer({ min: 0, max: 11 }).map((i) => `p${i}`);
const exportArb = fc.record({
  connections: fc.uniqueArray(
    fc.record({ slug, day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }) }),
    { selector: (c) => c.slug, maxLength: 12 },
  ),
  hidden: fc.nat(2),
  invitations: fc.array(fc.record({ slug, outgoing: fc.boolean(), note: fc.boolean() }), { maxLength: 15 }),
  messages: fc.array(
    fc.record({ slug, fromOwner: fc.boolean(), group: fc.option(slug, { nil: undefined }), draft: fc.boolean() }),
    { maxLength: 25 },
  ),
});
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('networkingProfile: counts add up on random exports', () => {
  test.prop([exportArb])('known + unknown = connections; accepted ≤ sent; the same figures as a plain oracle', (e) => {
    const files = {
      'Connections.csv': toCsv(
        ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
        [
          ...e.connections.map((c) => [
            c.slug,
            'X',
            url(c.slug),
            '',
            'Acme',
            'Eng',
            `${String(c.day).padStart(2, '0')} ${MONTHS[c.month - 1]} 2025`,
          ]),
          ...Array.from({ length: e.hidden }, () => ['', '', '', '', '', '', '01 Jan 2025']),
        ],
      ),
      'Invitations.csv': toCsv(
        ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
        e.invitations.map((i) =>
          i.outgoing
            ? ['Me', i.slug, '1/2/25, 9:00 AM', i.note ? 'hello' : '', 'OUTGOING', url('me'), url(i.slug)]
            : [i.slug, 'Me', '1/2/25, 9:00 AM', i.note ? 'hello' : '', 'INCOMING', url(i.slug), url('me')],
        ),
      ),
      'messages.csv': toCsv(
        [
          'CONVERSATION ID',
          'FROM',
          'SENDER PROFILE URL',
          'TO',
          'RECIPIENT PROFILE URLS',
          'DATE',
          'CONTENT',
          'FOLDER',
          'IS MESSAGE DRAFT',
        ],
        e.messages.map((m, k) => {
          const others = m.group !== undefined && m.group !== m.slug ? [m.slug, m.group] : [m.slug];
          const recipients = m.fromOwner ? others.map(url) : [url('me'), ...others.slice(1).map(url)];
          return [
            `c${k}`,
            m.fromOwner ? 'Me' : m.slug,
            url(m.fromOwner ? 'me' : m.slug),
            'x',
            recipients.join(','),
            '2025-01-02 10:00:00 UTC',
            'secret',
            'INBOX',
            m.draft ? 'Yes' : 'No',
          ];
        }),
      ),
    };
    const exported = parseLinkedInExport(files, { owner: url('me') });
    const p = networkingProfile(exported);
    const n = e.connections.length + e.hidden;
    expect(p.connections).toBe(n);
    expect(p.known.known + p.known.unknown).toBe(n);
    expect(p.invitations.accepted).toBeLessThanOrEqual(p.invitations.sent);
    expect(p.invitations.acceptedWithNote).toBeLessThanOrEqual(p.invitations.sentWithNote);
    expect(p.invitations.acceptedWithNote + p.invitations.acceptedWithoutNote).toBe(p.invitations.accepted);
    expect(p.invitations.receivedAccepted).toBeLessThanOrEqual(p.invitations.received);
    expect(p.growth.byMonth.at(-1)?.total ?? 0).toBe(n - p.growth.undated);
    for (const f of exported.files) expect(f.rowsRead).toBe(f.imported + f.skipped);
    // the oracle
    const connected = new Set(e.connections.map((c) => c.slug));
    const sent = new Set<string>();
    const received = new Set<string>();
    for (const m of e.messages) {
      if (m.draft || (m.group !== undefined && m.group !== m.slug)) continue;
      (m.fromOwner ? sent : received).add(m.slug);
    }
    const noted = new Set(e.invitations.filter((i) => i.note).map((i) => i.slug));
    const known = [...connected].filter((s) => (sent.has(s) && received.has(s)) || noted.has(s));
    expect(p.known.known).toBe(known.length);
    const outgoing = e.invitations.filter((i) => i.outgoing);
    expect(p.invitations.sent).toBe(outgoing.length);
    expect(p.invitations.accepted).toBe(outgoing.filter((i) => connected.has(i.slug)).length);
    expect(p.invitations.acceptedWithNote).toBe(outgoing.filter((i) => i.note && connected.has(i.slug)).length);
  });
});
