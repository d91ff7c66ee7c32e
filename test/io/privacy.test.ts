import { createHash, createHmac } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HandshakesError, createPeopleGraph, pseudonymize, pseudonymizeKey } from '../../src/index.js';
import { hmacSha256, sha256, toHex } from '../../src/io/sha256.js';

const SECRET = 'a team secret of some length';

describe('sha256 and hmacSha256 (pure TypeScript) agree with node:crypto', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('FIPS 180-4 vector %j', (text, hex) => {
    expect(toHex(sha256(text))).toBe(hex);
  });

  it('RFC 4231 test case 2 for HMAC', () => {
    expect(toHex(hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  test.prop([fc.uint8Array({ maxLength: 300 })])('sha256 of any bytes (every padding boundary)', (bytes) => {
    expect(toHex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  test.prop([fc.uint8Array({ maxLength: 150 }), fc.string({ maxLength: 100 })])(
    'hmacSha256 with any key (short and long) and message',
    (key, message) => {
      expect(toHex(hmacSha256(key, message))).toBe(createHmac('sha256', key).update(message).digest('hex'));
    },
  );
});

//   ada ── bob ── cy (edge attrs: source = ada's key, provenance with a file name)
function graph() {
  const g = createPeopleGraph();
  g.addNode('https://www.linkedin.com/in/ada', {
    name: 'Ada L',
    firstName: 'Ada',
    profileUrl: 'https://www.linkedin.com/in/ada',
    email: 'ada@example.com',
    company: 'Engines',
    member: true,
  });
  g.addNode('https://www.linkedin.com/in/bob', { name: 'Bob B', company: 'Acme', sector: 'Software' });
  g.addNode('cy', { name: 'Cy' });
  g.addEdge('https://www.linkedin.com/in/ada', 'https://www.linkedin.com/in/bob', {
    source: 'https://www.linkedin.com/in/ada',
    connectedOn: '2020-01-01',
    provenance: [{ export: 'https://www.linkedin.com/in/ada', file: 'ada/Connections.csv', line: 5 }],
  });
  g.addEdge('https://www.linkedin.com/in/bob', 'cy');
  return g;
}

describe('pseudonymize', () => {
  it('replaces keys and names by keyed hashes, drops identifying attributes, keeps the structure', () => {
    const g = graph();
    const p = pseudonymize(g, { secret: SECRET });
    const ada = pseudonymizeKey('https://www.linkedin.com/in/ada', SECRET);
    const bob = pseudonymizeKey('https://www.linkedin.com/in/bob', SECRET);
    expect(ada).toBe(createHmac('sha256', SECRET).update('https://www.linkedin.com/in/ada').digest('hex').slice(0, 16));
    expect(p.order).toBe(3);
    expect(p.size).toBe(2);
    expect(p.getNodeAttributes(ada)).toEqual({ name: ada, company: 'Engines', member: true });
    expect(p.getNodeAttributes(bob)).toEqual({ name: bob, company: 'Acme', sector: 'Software' });
    expect(p.getEdgeAttributes(p.edge(ada, bob)!)).toEqual({
      source: ada,
      connectedOn: '2020-01-01',
      provenance: [{ export: ada, line: 5 }],
    });
    const text = JSON.stringify(p.export());
    for (const secretText of ['ada', 'Ada', 'bob', 'example.com', 'Connections.csv', 'Cy'])
      expect(text).not.toContain(secretText);
    expect(g.hasNode('cy')).toBe(true); // input untouched
  });

  it('is stable under one secret and differs under another', () => {
    const a = pseudonymize(graph(), { secret: SECRET }).nodes();
    expect(pseudonymize(graph(), { secret: SECRET }).nodes()).toEqual(a);
    expect(pseudonymize(graph(), { secret: `${SECRET}!` }).nodes()).not.toEqual(a);
  });

  it.each([
    ['no secret', {}, 'INVALID_ARGUMENT'],
    ['a short secret', { secret: 'short' }, 'INVALID_ARGUMENT'],
    ['a bad length', { secret: SECRET, length: 4 }, 'INVALID_ARGUMENT'],
  ])('rejects %s', (_n, options, code) => {
    try {
      pseudonymize(graph(), options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HandshakesError);
      expect((error as HandshakesError).code).toBe(code);
    }
  });
});
