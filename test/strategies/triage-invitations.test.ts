import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  NodeNotFoundError,
  thankYouMessage,
  triageInvitations,
  type Policy,
} from '../../src/index.js';
import { triageReason } from '../../src/strategies/triage-messages.js';

//        fay (known)
//         |
//  ada —— me —— cy —— eve (Retail)
//   \     |
//    \   bob
//     \   |
//      dee (Finance; knows ada and bob)        zed: not in the graph (a stranger)
function fixture(): Graph {
  const g = new Graph({ type: 'undirected' });
  g.addNode('me', { name: 'Me Myself', sector: 'Finance', company: 'Goldvale Group' });
  g.addNode('ada', { name: 'Ada Lovelace', firstName: 'Ada', sector: 'Finance' });
  g.addNode('bob', { name: 'Bob Martin', sector: 'Software' });
  g.addNode('cy', { name: 'Cy Young' });
  g.addNode('dee', { firstName: 'Dee', name: 'Dee Okafor', sector: 'Finance', company: 'Goldvale Group' });
  g.addNode('eve', { firstName: 'Eve', sector: 'Retail' });
  g.addNode('fay', { firstName: 'Fay', sector: 'Retail' });
  g.addEdge('me', 'ada', { known: true });
  g.addEdge('me', 'bob');
  g.addEdge('me', 'cy');
  g.addEdge('me', 'fay', { known: true });
  g.addEdge('ada', 'dee');
  g.addEdge('bob', 'dee');
  g.addEdge('cy', 'eve');
  return g;
}

const pending = ['dee', 'eve', { key: 'zed', firstName: 'Zed', sector: 'Finance' }, 'fay'];

describe('triageInvitations', () => {
  it('neighbourhood bar (default): accepts the sector and the people I know, qualifying strangers only', () => {
    const batch = triageInvitations(fixture(), 'me', pending);
    expect(batch.map((d) => [d.key, d.decision, d.qualified])).toEqual([
      ['dee', 'accept', true],
      ['eve', 'ignore', true],
      ['zed', 'accept', true],
      ['fay', 'accept', false],
    ]);
    const [dee, eve, zed, fay] = batch;
    expect(dee!.reason).toBe('same company (Goldvale Group), same sector (Finance), 2 mutual connections');
    expect(dee!.facts.mutual.sort()).toEqual(['Ada Lovelace', 'Bob Martin']);
    expect(dee!.message).toMatch(
      /^Hi Dee, thanks for connecting! Great to be connected with a fellow Goldvale Group colleague, and I see we both know (Ada Lovelace and Bob Martin|Bob Martin and Ada Lovelace)\./,
    );
    expect(eve!.reason).toBe('1 mutual connection');
    expect(eve!.message).toBeNull();
    expect(zed!.reason).toBe('same sector (Finance)');
    expect(zed!.message).toBe(
      'Hi Zed, thanks for connecting! Always good to meet someone else in Finance. Looking forward to staying in touch.',
    );
    expect(fay!.reason).toBe('you know each other');
    expect(fay!.message).toBe('Hi Fay, glad we are connected here too! Looking forward to staying in touch.');
  });

  it("'neighborhood-bar' (American spelling) is an alias of 'neighbourhood-bar', the default", () => {
    const alias = triageInvitations(fixture(), 'me', pending, { strategy: 'neighborhood-bar' });
    expect(alias).toEqual(triageInvitations(fixture(), 'me', pending, { strategy: 'neighbourhood-bar' }));
    expect(alias).toEqual(triageInvitations(fixture(), 'me', pending));
    expect(alias.map((d) => d.decision)).not.toEqual(
      triageInvitations(fixture(), 'me', pending, { strategy: 'open-bar' }).map((d) => d.decision),
    );
  });

  it('private club accepts only people I know and never opens a profile; open bar accepts all unread', () => {
    const club = triageInvitations(fixture(), 'me', pending, { strategy: 'private-club' });
    expect(club.map((d) => d.decision)).toEqual(['ignore', 'ignore', 'ignore', 'accept']);
    expect(club.some((d) => d.qualified)).toBe(false);
    const open = triageInvitations(fixture(), 'me', pending, { strategy: 'open-bar' });
    expect(open.map((d) => d.decision)).toEqual(['accept', 'accept', 'accept', 'accept']);
    expect(open.some((d) => d.qualified)).toBe(false);
    expect(open[1]!.message).toBe(
      'Hi Eve, thanks for connecting! I see we both know Cy Young. Looking forward to staying in touch.',
    );
  });

  it('takes batches of at most batchSize distinct senders, in the order given', () => {
    const many = ['eve', 'dee', 'eve', 'fay', 'dee', ...Array.from({ length: 30 }, (_, i) => ({ key: `s${i}` }))];
    expect(triageInvitations(fixture(), 'me', many).map((d) => d.key)).toEqual([
      'eve',
      'dee',
      'fay',
      ...Array.from({ length: 12 }, (_, i) => `s${i}`),
    ]);
    expect(triageInvitations(fixture(), 'me', many, { batchSize: 2 })).toHaveLength(2);
    expect(triageInvitations(fixture(), 'me', [])).toEqual([]);
  });

  it('takes a user policy and a user template, and tells the policy who I am', () => {
    const seen: string[] = [];
    const onlyWithMutuals: Policy = (invitation, context) => {
      seen.push(`${context.me}<-${invitation.from}:${context.connections()}`);
      return context.mutualConnections(invitation.other) >= 2 ? 'accept' : 'ignore';
    };
    const batch = triageInvitations(fixture(), 'me', pending, {
      strategy: onlyWithMutuals,
      message: (f) => `Thanks ${f.firstName}`,
    });
    expect(batch.map((d) => d.decision)).toEqual(['accept', 'ignore', 'ignore', 'ignore']);
    expect(batch[0]!.message).toBe('Thanks Dee');
    expect(seen).toEqual(['me<-dee:4', 'me<-eve:4', 'me<-zed:4', 'me<-fay:4']);
  });

  it('works with Object.prototype names as keys', () => {
    const g = new Graph({ type: 'undirected', multi: true });
    g.addNode('constructor', { sector: 'Legal' });
    g.addNode('__proto__', { firstName: 'Proto', sector: 'Legal' });
    g.addNode('toString');
    g.addEdge('constructor', 'toString', { known: true });
    g.addEdge('__proto__', 'toString');
    const [d] = triageInvitations(g, 'constructor', ['__proto__']);
    expect(d).toMatchObject({
      key: '__proto__',
      decision: 'accept',
      reason: 'same sector (Legal), 1 mutual connection',
    });
    expect(d!.message).toContain('Hi Proto');
  });

  const errors: [string, () => unknown, typeof InvalidArgumentError | typeof NodeNotFoundError, string][] = [
    ['me missing', () => triageInvitations(fixture(), 'nobody', []), NodeNotFoundError, 'NODE_NOT_FOUND'],
    [
      'me among the senders',
      () => triageInvitations(fixture(), 'me', ['me']),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'an unknown strategy',
      () => triageInvitations(fixture(), 'me', [], { strategy: 'speed-dating' as 'open-bar' }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'batch size 0',
      () => triageInvitations(fixture(), 'me', [], { batchSize: 0 }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'a malformed entry',
      () => triageInvitations(fixture(), 'me', [{ name: 'x' } as never]),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    ['no graph', () => triageInvitations(null as never, 'me', []), InvalidArgumentError, 'INVALID_ARGUMENT'],
  ];
  it.each(errors)('rejects %s', (_name, call, cls, code) => {
    expect(call).toThrow(cls);
    expect(call).toThrow(expect.objectContaining({ code }));
  });
});

describe('triage words', () => {
  it('names the reason and lists many mutual connections briefly', () => {
    const facts = {
      key: 'x',
      firstName: 'Xu',
      known: false,
      company: null,
      sector: null,
      mutual: ['A', 'B', 'C', 'D'],
    };
    expect(triageReason(facts)).toBe('4 mutual connections');
    expect(thankYouMessage(facts)).toBe(
      'Hi Xu, thanks for connecting! I see we both know A, B and 2 others. Looking forward to staying in touch.',
    );
    expect(triageReason({ ...facts, mutual: [] })).toBe('unknown');
  });
});
