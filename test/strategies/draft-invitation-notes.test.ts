import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  NodeNotFoundError,
  createPeopleGraph,
  draftInvitationNotes,
  suggestConnections,
  thankYouMessage,
  triageInvitations,
} from '../../src/index.js';
import { triageReason } from '../../src/strategies/triage-messages.js';

//   odile (Quillstack, Software) ── bob ── ada (Finance)        odile ── chloé ── ada
//   odile ── eve (known) ;  dan (Quillstack) ── bob ;  zed alone ;  odile ── con ── ada
function graph() {
  const g = createPeopleGraph();
  g.addNode('odile', { name: 'Odile Marchetti', firstName: 'Odile', company: 'Quillstack', sector: 'Software' });
  g.addNode('bob', { name: 'Bob Silva' });
  g.addNode('chloé', { name: 'Chloé Çelik' });
  g.addNode('ada', { name: 'Ada Lovelace', sector: 'Software' });
  g.addNode('eve', { name: 'Eve Abbott' });
  g.addNode('dan', { firstName: 'Dan', company: 'Quillstack' });
  g.addNode('zed', { name: 'Zed Xu', sector: 'Retail' });
  g.addNode('con', { name: 'Con Structor' });
  for (const [a, b] of [
    ['odile', 'bob'],
    ['bob', 'ada'],
    ['odile', 'chloé'],
    ['chloé', 'ada'],
    ['dan', 'bob'],
    ['odile', 'con'],
    ['con', 'ada'],
  ] as const)
    g.addEdge(a, b);
  g.addEdge('odile', 'eve', { known: true });
  return g;
}

describe('draftInvitationNotes', () => {
  it('writes an English note per candidate: first name, then company, sector, mutual connections', () => {
    const notes = draftInvitationNotes(graph(), 'odile', ['ada', 'dan', 'zed', 'eve']);
    expect(notes.map((n) => n.note)).toEqual([
      'Hi Ada, I see we work in the same field (Software) and we both know Bob Silva, Chloé Çelik and Con Structor. I would be glad to connect. Best, Odile',
      'Hi Dan, I see we both work at Quillstack and we both know Bob Silva. I would be glad to connect. Best, Odile',
      'Hi Zed, your background caught my attention and I would be glad to connect. Best, Odile',
      'Hi Eve, following our conversations, let us stay in touch here too. Best, Odile',
    ]);
    expect(notes[0]!.facts).toMatchObject({
      key: 'ada',
      firstName: 'Ada',
      sector: 'Software',
      company: null,
      mutual: ['Bob Silva', 'Chloé Çelik', 'Con Structor'],
    });
  });

  it('writes French notes the French way: vous, no gendered adjective, a narrow space before !', () => {
    const notes = draftInvitationNotes(graph(), 'odile', ['ada', 'dan', 'zed', 'eve'], { locale: 'fr' });
    expect(notes.map((n) => n.note)).toEqual([
      'Bonjour Ada, je vois que nous travaillons dans le même secteur (Software) et que nous avons Bob Silva, Chloé Çelik et Con Structor en commun. Ce serait un plaisir d\u2019échanger avec vous\u202f! Bien cordialement, Odile',
      'Bonjour Dan, je vois que nous sommes collègues chez Quillstack et que nous avons Bob Silva en commun. Ce serait un plaisir d\u2019échanger avec vous\u202f! Bien cordialement, Odile',
      'Bonjour Zed, votre parcours a retenu mon attention et j\u2019aimerais beaucoup vous compter parmi mes relations. Bien cordialement, Odile',
      'Bonjour Eve, suite à nos échanges, je vous propose de rester en contact ici aussi. Bien cordialement, Odile',
    ]);
  });

  it('takes suggestConnections results, stops at batchSize, skips repeats; a template wins', () => {
    const g = graph();
    const suggestions = suggestConnections(g, 'odile', { count: 3 });
    const notes = draftInvitationNotes(g, 'odile', [...suggestions, ...suggestions], {
      batchSize: 2,
      template: (f) => `${f.firstName}!`,
    });
    expect(notes.map((n) => n.key)).toEqual(suggestions.slice(0, 2).map((s) => s.key));
    expect(notes.every((n) => n.note === `${n.facts.firstName}!`)).toBe(true);
    expect(draftInvitationNotes(g, 'odile', ['zed'], { signature: '' })[0]!.note).toBe(
      'Hi Zed, your background caught my attention and I would be glad to connect.',
    );
  });

  it('keeps notes within maxLength: mutual names become a count, then the sector goes', () => {
    const [counted] = draftInvitationNotes(graph(), 'odile', ['ada'], { maxLength: 130 });
    expect(counted!.note).toBe(
      'Hi Ada, I see we work in the same field (Software) and we have 3 connections in common. I would be glad to connect. Best, Odile',
    );
    const [short] = draftInvitationNotes(graph(), 'odile', ['ada'], { maxLength: 110 });
    expect(short!.note).toBe('Hi Ada, I see we have 3 connections in common. I would be glad to connect. Best, Odile');
    const [fr] = draftInvitationNotes(graph(), 'odile', ['ada'], { maxLength: 150, locale: 'fr' });
    expect(fr!.note.length).toBeLessThanOrEqual(150);
    expect(fr!.note).toContain('3 relations en commun');
  });

  it.each([
    ['an unknown me', () => draftInvitationNotes(graph(), 'nobody', ['ada']), NodeNotFoundError],
    ['me among the candidates', () => draftInvitationNotes(graph(), 'odile', ['odile']), InvalidArgumentError],
    ['a candidate without a key', () => draftInvitationNotes(graph(), 'odile', [{} as never]), InvalidArgumentError],
    [
      'a locale other than en and fr',
      () => draftInvitationNotes(graph(), 'odile', ['ada'], { locale: 'de' as never }),
      InvalidArgumentError,
    ],
    [
      'a batch size of 0',
      () => draftInvitationNotes(graph(), 'odile', ['ada'], { batchSize: 0 }),
      InvalidArgumentError,
    ],
  ])('throws on %s', (_, run, kind) => {
    expect(run).toThrow(kind);
  });
});

describe('triageInvitations in French', () => {
  it('writes reasons and thank-you notes in French; a user message still wins', () => {
    const [ada] = triageInvitations(graph(), 'odile', ['ada'], { strategy: 'open-bar', locale: 'fr' });
    expect(ada!.reason).toBe('même secteur (Software), 3 relations en commun');
    expect(ada!.message).toBe(
      'Bonjour Ada, merci pour votre invitation\u202f! Toujours agréable d\u2019échanger avec quelqu\u2019un du même secteur (Software), et je vois que nous avons Bob Silva, Chloé Çelik et Con Structor en commun. Au plaisir d\u2019échanger.',
    );
    const [own] = triageInvitations(graph(), 'odile', ['ada'], {
      strategy: 'open-bar',
      locale: 'fr',
      message: () => 'mine',
    });
    expect(own!.message).toBe('mine');
    expect(triageInvitations(graph(), 'odile', ['eve'], { strategy: 'open-bar', locale: 'fr' })[0]!.message).toBe(
      'Bonjour Eve, quel plaisir de vous retrouver ici aussi\u202f! Au plaisir d\u2019échanger.',
    );
    expect(() => triageInvitations(graph(), 'odile', ['ada'], { locale: 'es' as never })).toThrow(InvalidArgumentError);
  });

  it('English stays the default', () => {
    const facts = { key: 'x', firstName: 'Xu', known: false, company: 'Acme', sector: null, mutual: [] };
    expect(triageReason(facts)).toBe('same company (Acme)');
    expect(triageReason(facts, 'fr')).toBe('même entreprise (Acme)');
    expect(thankYouMessage(facts, 'fr')).toBe(
      'Bonjour Xu, merci pour votre invitation\u202f! Toujours agréable de retrouver ici quelqu\u2019un de chez Acme. Au plaisir d\u2019échanger.',
    );
  });
});
