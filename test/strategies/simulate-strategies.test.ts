import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  openBar,
  professionalNetwork,
  simulateStrategies,
  strategyChartData,
  type Policy,
  type SimulateStrategiesResult,
} from '../../src/index.js';
import { naiveBfs } from '../oracle.js';

const byName = (report: SimulateStrategiesResult, name: string) =>
  report.strategies.find((s) => s.name === name)!.final;

describe('simulateStrategies on the default population', () => {
  const report = simulateStrategies();
  const open = byName(report, 'open-bar');
  const neighbourhood = byName(report, 'neighbourhood-bar');
  const club = byName(report, 'private-club');

  it('runs the three built-ins over 20 rounds on 2000 people', () => {
    expect(report.strategies.map((s) => s.name)).toEqual(['open-bar', 'neighbourhood-bar', 'private-club']);
    const alias = simulateStrategies({ strategies: ['neighborhood-bar'], rounds: 2 });
    expect(alias.strategies.map((s) => s.name)).toEqual(['neighbourhood-bar']);
    expect(alias).toEqual(simulateStrategies({ strategies: ['neighbourhood-bar'], rounds: 2 }));
    expect(report.settings).toMatchObject({ people: 2000, cohort: 200, rounds: 20, invitationsPerRound: 3, seed: 42 });
    for (const s of report.strategies) {
      expect(s.timeline.map((r) => r.round)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(s.final).toBe(s.timeline[19]);
      for (let i = 1; i < 20; i++) {
        // nobody disconnects and effort accumulates
        expect(s.timeline[i]!.direct).toBeGreaterThanOrEqual(s.timeline[i - 1]!.direct);
        expect(s.timeline[i]!.effort).toBeGreaterThanOrEqual(s.timeline[i - 1]!.effort);
      }
      for (const r of s.timeline)
        for (const share of [r.coherence, r.knownShare])
          expect(share).toBeGreaterThanOrEqual(0), expect(share).toBeLessThanOrEqual(1);
    }
  });

  it('open bar: the largest direct and 2nd-degree reach, the shortest distances, the lowest share of known contacts', () => {
    expect(open.direct).toBeGreaterThan(neighbourhood.direct);
    expect(open.direct).toBeGreaterThan(club.direct);
    expect(open.secondDegree).toBeGreaterThan(Math.max(neighbourhood.secondDegree, club.secondDegree));
    expect(open.meanDistance).toBeLessThan(Math.min(neighbourhood.meanDistance, club.meanDistance));
    expect(open.knownShare).toBeLessThan(Math.min(neighbourhood.knownShare, club.knownShare));
  });

  it('private club: the reverse — smallest reach, contacts all known — and the least effort', () => {
    expect(club.direct).toBeLessThan(Math.min(open.direct, neighbourhood.direct));
    expect(club.knownShare).toBeGreaterThan(Math.max(open.knownShare, neighbourhood.knownShare));
    expect(club.effort).toBeLessThan(Math.min(open.effort, neighbourhood.effort));
  });

  it('neighbourhood bar: the most profiles to qualify, and the most coherent network', () => {
    expect(neighbourhood.effort).toBeGreaterThan(Math.max(open.effort, club.effort));
    expect(neighbourhood.coherence).toBeGreaterThan(Math.max(open.coherence, club.coherence));
  });

  it('reshapes into chart panels for the viz layer', () => {
    const panels = strategyChartData(report);
    expect(panels.map((p) => p.metric)).toEqual([
      'direct',
      'secondDegree',
      'meanDistance',
      'coherence',
      'knownShare',
      'effort',
    ]);
    expect(panels[0]!.final).toEqual(report.strategies.map((s) => ({ name: s.name, value: s.final.direct })));
    expect(panels[5]!.series[1]!.points[19]).toEqual([20, neighbourhood.effort]);
    expect(() => strategyChartData(report, ['reach' as 'direct'])).toThrow(InvalidArgumentError);
  });
});

describe('simulateStrategies, determinism and user policies', () => {
  const small = { population: 400, rounds: 6, invitationsPerRound: 2 };

  it('repeats exactly for a seed and changes with it', () => {
    const a = simulateStrategies({ ...small, seed: 5 });
    expect(simulateStrategies({ ...small, seed: 5 })).toEqual(a);
    expect(simulateStrategies({ ...small, seed: 6 })).not.toEqual(a);
  });

  it('differs only by policy: a copy of the open bar under another name gives the open bar’s timeline', () => {
    const copy: Policy = (invitation, context) => openBar(invitation, context);
    const r = simulateStrategies({ ...small, strategies: ['open-bar', { name: 'copy', policy: copy }] });
    expect(r.strategies[1]!.name).toBe('copy');
    expect(r.strategies[1]!.timeline).toEqual(r.strategies[0]!.timeline);
  });

  it('counts effort as profile reads: a policy that reads every profile qualifies each decision once', () => {
    let reads = 0;
    let decisions = 0;
    const curious: Policy = (invitation, context) => {
      decisions += context.me === invitation.from || context.me === invitation.to ? 1 : 0;
      void invitation.profile;
      void invitation.profile; // a second read of the same profile is free
      reads++;
      return 'ignore';
    };
    const r = simulateStrategies({ ...small, cohort: 400, strategies: [curious] });
    expect(decisions).toBe(reads);
    expect(r.strategies[0]!.name).toBe('curious');
    expect(r.strategies[0]!.final.effort).toBeCloseTo(reads / 400, 10);
    expect(r.strategies[0]!.final.direct).toBe(0); // nobody connects when nobody sends
  });

  it('accepts a people graph with known edges and reports what an independent BFS finds there', () => {
    // everyone follows the private club: in the end the online layer is the acquaintance layer
    const g = professionalNetwork({ people: 80, companySize: 8, seed: 3 });
    const r = simulateStrategies({
      graph: g,
      strategies: ['private-club'],
      cohort: 80,
      samples: 80,
      rounds: 80,
      invitationsPerRound: 3,
    });
    const adj = new Map<string, string[]>(g.nodes().map((k) => [k, []]));
    g.forEachEdge((_e, a, s, t) => {
      if (a.known) adj.get(s)!.push(t), adj.get(t)!.push(s);
    });
    let known = 0;
    let second = 0;
    let hops = 0;
    let pairs = 0;
    for (const k of adj.keys()) {
      known += adj.get(k)!.length;
      for (const d of naiveBfs(adj, k).values()) if (d > 0) (hops += d), pairs++, (second += d === 2 ? 1 : 0);
    }
    const final = r.strategies[0]!.final;
    expect(final.direct).toBeCloseTo(known / 80, 10);
    expect(final.knownShare).toBe(1);
    expect(final.effort).toBe(0);
    expect(final.secondDegree).toBeCloseTo(second / 80, 10);
    expect(final.meanDistance).toBeCloseTo(hops / pairs, 10);
  });

  it('reads every edge as an acquaintance when no edge carries `known`', () => {
    // a — b — c — a, d alone
    const g = new Graph({ type: 'undirected' });
    for (const k of ['a', 'b', 'c', 'd']) g.addNode(k, { sector: 'Media' });
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    g.addEdge('c', 'a');
    const r = simulateStrategies({ graph: g, strategies: ['private-club'], cohort: 4, samples: 4, rounds: 30 });
    expect(r.strategies[0]!.final.direct).toBe(1.5);
    expect(r.strategies[0]!.final.coherence).toBe(1);
  });

  const errors: [string, Parameters<typeof simulateStrategies>[0], string][] = [
    ['an unknown strategy', { strategies: ['open-door' as 'open-bar'] }, 'strategies[0]'],
    ['zero rounds', { rounds: 0 }, 'rounds'],
    ['zero invitations', { invitationsPerRound: 0 }, 'invitationsPerRound'],
    ['both population and graph', { population: 100, graph: new Graph() }, 'population'],
    ['a population of one', { population: 1 }, 'population'],
    ['a cohort larger than the population', { population: 50, cohort: 51 }, 'cohort'],
    ['a negative background share', { population: 50, background: { 'open-bar': -1 } }, 'background.open-bar'],
    [
      'a background of a non-built-in',
      { population: 50, background: { 'speed-dating': 1 } as never },
      'background.speed-dating',
    ],
    ['a Csr as graph', { graph: { kind: 'csr' } as never }, 'graph'],
    ['an empty graph', { graph: new Graph() }, 'graph'],
  ];
  it.each(errors)('rejects %s', (_name, options, argument) => {
    let caught: unknown;
    try {
      simulateStrategies(options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect((caught as InvalidArgumentError).code).toBe('INVALID_ARGUMENT');
    expect((caught as InvalidArgumentError).argument).toBe(argument);
  });

  it('stops on abort and reports progress', () => {
    const controller = new AbortController();
    const seen: number[] = [];
    expect(() =>
      simulateStrategies({
        ...small,
        signal: controller.signal,
        onProgress: (p) => (seen.push(p.done), p.done === 3 && controller.abort()),
      }),
    ).toThrow(expect.objectContaining({ code: 'ABORTED' }));
    expect(seen).toEqual([1, 2, 3]);
  });
});
