// suggestConnections and mutualConnections against naive Set-based oracles on random graphs: every
// gain equals the recomputed growth of the 2-degree reach after adding the suggested connections
// one by one; the first gain is the brute-force best single gain; the picks equal a plain greedy's.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mutualConnections, suggestConnections, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology, type RandomGraph } from '../arbitraries.js';
import { naiveAdjacency } from '../oracle.js';
import { ring, withinTwo } from './naive-reach.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);
type Adj = Map<string, string[]>;

/** The oracle's adjacency once `person` has connected with `added` (in the mode's direction). */
function withContacts(adj: Adj, person: string, added: string[]): Adj {
  const copy = new Map([...adj].map(([k, v]) => [k, [...v]]));
  copy.get(person)!.push(...added);
  return copy;
}

/** Plain greedy: each round, the candidate (earliest on ties) whose connection grows reach most. */
function naiveGreedy(adj: Adj, person: string, candidates: string[], count: number): { key: string; gain: number }[] {
  const picks: { key: string; gain: number }[] = [];
  while (picks.length < count) {
    const chosen = picks.map((p) => p.key);
    const base = withinTwo(withContacts(adj, person, chosen), person).size;
    let best: { key: string; gain: number } | null = null;
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      const gain = withinTwo(withContacts(adj, person, [...chosen, c]), person).size - base;
      if (gain > 0 && (best === null || gain > best.gain)) best = { key: c, gain };
    }
    if (best === null) break;
    picks.push(best);
  }
  return picks;
}

function defaultCandidates(g: RandomGraph, adj: Adj, person: string): string[] {
  const direct = ring(adj, person, 1);
  return g.nodes.filter((k) => k !== person && !direct.has(k));
}

describe('suggestConnections against a naive greedy', () => {
  test.prop([randomGraph(), modes, fc.nat({ max: 5 }), fc.nat()])(
    'gains equal the recomputed reach, cumulatively',
    (g, mode, count, pick) => {
      const adj = naiveAdjacency(g, mode);
      const person = g.nodes[pick % g.nodes.length]!;
      const out = suggestConnections(toGraphology(g), person, { count, mode });
      expect(out.length).toBeLessThanOrEqual(count);
      const added: string[] = [];
      let before = withinTwo(adj, person).size;
      for (const s of out) {
        added.push(s.key);
        const after = withinTwo(withContacts(adj, person, added), person).size;
        expect(s.gain).toBe(after - before);
        expect(s.gain).toBeGreaterThan(0);
        before = after;
        const mutual = [...ring(adj, person, 1)].filter((v) => ring(adj, s.key, 1).has(v));
        expect([...s.mutualConnections].sort()).toEqual(mutual.sort());
      }
    },
  );

  test.prop([randomGraph(), modes, fc.nat()])(
    'the first suggestion is a best single choice; picks equal the plain greedy',
    (g, mode, pick) => {
      const adj = naiveAdjacency(g, mode);
      const person = g.nodes[pick % g.nodes.length]!;
      const candidates = defaultCandidates(g, adj, person);
      const base = withinTwo(adj, person).size;
      const best = Math.max(0, ...candidates.map((c) => withinTwo(withContacts(adj, person, [c]), person).size - base));
      const out = suggestConnections(toCsr(toGraphology(g)), person, { count: 4, mode });
      if (best === 0) expect(out).toEqual([]);
      else expect(out[0]!.gain).toBe(best);
      expect(out.map(({ key, gain }) => ({ key, gain }))).toEqual(naiveGreedy(adj, person, candidates, 4));
    },
  );

  test.prop([randomGraph(), modes, fc.nat(), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean()])(
    'candidates and filter restrict the choice',
    (g, mode, pick, raw, keepShort) => {
      const adj = naiveAdjacency(g, mode);
      const graph = toGraphology(g);
      graph.forEachNode((k) => graph.setNodeAttribute(k, 'short', k.length <= 1));
      const person = g.nodes[pick % g.nodes.length]!;
      const listed = raw.map((i) => g.nodes[i % g.nodes.length]!);
      const seen: string[] = [];
      const allowed = listed.filter(
        (k) => k !== person && !seen.includes(k) && (seen.push(k), graph.getNodeAttribute(k, 'short') === keepShort),
      );
      const out = suggestConnections(graph, person, {
        count: 3,
        mode,
        candidates: listed,
        filter: (_, attributes) => attributes.short === keepShort,
      });
      expect(out.map(({ key, gain }) => ({ key, gain }))).toEqual(naiveGreedy(adj, person, allowed, 3));
    },
  );
});

describe('mutualConnections against set intersection', () => {
  test.prop([randomGraph(), modes])('equals the common 1st-degree contacts, in the first person’s order', (g, mode) => {
    const adj = naiveAdjacency(g, mode);
    const csr = toCsr(toGraphology(g));
    const rings = new Map(g.nodes.map((k) => [k, ring(adj, k, 1)]));
    for (const a of g.nodes) {
      for (const b of g.nodes) {
        const ours = mutualConnections(csr, a, b, { mode });
        const want = [...rings.get(a)!].filter((v) => rings.get(b)!.has(v));
        expect([...ours].sort()).toEqual(want.sort());
        expect(new Set(ours).size).toBe(ours.length);
        const order = Array.from({ length: csr.offsets[csr.keys.id(a) + 1]! - csr.offsets[csr.keys.id(a)]! }, (_, j) =>
          csr.keys.key(csr.targets[csr.offsets[csr.keys.id(a)]! + j]!),
        );
        if (mode === 'outbound' || !csr.directed) expect(ours).toEqual(order.filter((k) => ours.includes(k)));
      }
    }
  });
});
