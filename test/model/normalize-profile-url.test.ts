import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeProfileUrl } from '../../src/index.js';

const ADA = 'https://www.linkedin.com/in/ada';

describe('normalizeProfileUrl (the README recipe, step by step)', () => {
  it.each([
    // 1. trim; missing scheme and http: accepted
    ['  https://www.linkedin.com/in/ada  ', ADA],
    ['linkedin.com/in/ada', ADA],
    ['http://www.linkedin.com/in/ada', ADA],
    ['//www.linkedin.com/in/ada', ADA],
    // 2. host lowercased; country, m. and bare hosts
    ['https://WWW.LinkedIn.COM/in/ada', ADA],
    ['https://uk.linkedin.com/in/ada', ADA],
    ['https://m.linkedin.com/in/ada', ADA],
    ['https://linkedin.com/in/ada', ADA],
    // 3. query, fragment, trailing slashes, language segment
    ['https://www.linkedin.com/in/ada?trk=public_profile', ADA],
    ['https://fr.linkedin.com/in/ada?originalSubdomain=fr', ADA],
    ['https://www.linkedin.com/in/ada/#about', ADA],
    ['https://www.linkedin.com/in/ada///', ADA],
    ['https://www.linkedin.com/in/ada/fr', ADA],
    ['https://www.linkedin.com/in/ada/pt-br/', ADA],
    // 4. legacy /pub/ URLs
    ['http://www.linkedin.com/pub/jane-doe/1a/2b3/4c5', 'https://www.linkedin.com/in/jane-doe-4c52b31a'],
    ['linkedin.com/pub/jane-doe/1a/2b3/4c5/', 'https://www.linkedin.com/in/jane-doe-4c52b31a'],
    // 5. percent-decoding, NFC, case
    ['https://www.linkedin.com/in/ren%C3%A9-dupont', 'https://www.linkedin.com/in/rené-dupont'],
    ['https://www.linkedin.com/in/Ren%C3%A9-Dupont', 'https://www.linkedin.com/in/rené-dupont'],
    ['https://www.linkedin.com/in/rene\u0301-dupont', 'https://www.linkedin.com/in/rené-dupont'], // NFD → NFC
    ['https://www.linkedin.com/in/ADA', ADA],
    ['https://www.linkedin.com/in/bad%E0%A4%A', 'https://www.linkedin.com/in/bad%e0%a4%a'], // malformed: raw kept
    // 6. opaque ids stay separate (and keep their case)
    ['https://www.linkedin.com/in/ACoAABcdEfGh', 'https://www.linkedin.com/in/ACoAABcdEfGh'],
    ['urn:li:member:12345', 'urn:li:member:12345'],
    ['URN:li:member:12345', 'urn:li:member:12345'],
    // not a LinkedIn URL: host and path normalised the same way
    ['https://Example.com/Profile/', 'https://example.com/profile'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeProfileUrl(raw)).toBe(expected);
  });

  it('returns null for empty input', () => {
    expect(normalizeProfileUrl('')).toBeNull();
    expect(normalizeProfileUrl('   ')).toBeNull();
    expect(normalizeProfileUrl(undefined)).toBeNull();
  });

  it('keeps opaque ids of different case apart', () => {
    expect(normalizeProfileUrl('https://www.linkedin.com/in/ACoAAB')).not.toBe(
      normalizeProfileUrl('https://www.linkedin.com/in/ACoAAb'),
    );
  });

  const slug = fc.stringMatching(/^[a-zA-Z0-9éèüßçøåñ-]{1,20}$/);
  test.prop([slug])('a percent-encoded slug and its decoded form give one key', (s) => {
    expect(normalizeProfileUrl(`https://www.linkedin.com/in/${encodeURIComponent(s)}`)).toBe(
      normalizeProfileUrl(`linkedin.com/in/${s}/`),
    );
  });

  it('a host of dots only is no host, so a second pass changes nothing (found by the property, seed -1693264173)', () => {
    for (const raw of ['..', 'a..', '//...', 'https://..']) {
      const once = normalizeProfileUrl(raw);
      expect(normalizeProfileUrl(once)).toBe(once);
    }
  });

  test.prop([fc.string({ maxLength: 60 })])('is idempotent and never throws', (raw) => {
    const once = normalizeProfileUrl(raw);
    if (once !== null) expect(normalizeProfileUrl(once)).toBe(once);
  });
});
