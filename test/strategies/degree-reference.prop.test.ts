// Degree-preserving references keep what they promise: every person's connection count, a simple
// graph, and the components (a swap never disconnects a connected pair), for any graph and seed.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromEdges, toCsr, type Csr } from '../../src/index.js';
import { createRng } from '../../src/random.js';
import { degreeReference } from '../../src/strategies/degree-reference.js';
import { weakComponents } from '../../src/separation/components.js';
import { randomGraph, toGraphology } from '../arbitraries.js';

/** Neighbour sets of the undirected simple view, by id. */
function neighbourSets(csr: Csr): Set<number>[] {
  const sets = Array.from({ length: csr.order }, () => new Set<number>());
  for (let u = 0; u < csr.order; u++) {
    for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++) {
      const v = csr.targets[j]!;
      if (v !== u) sets[u]!.add(v), sets[v]!.add(u);
    }
  }
  return sets;
}

/** Pairs (u < v) in the same component, as one sorted string per component. */
function componentPartition(csr: Csr): string[] {
  const { labels } = weakComponents(csr);
  const groups = new Map<number, number[]>();
  for (let v = 0; v < csr.order; v++) groups.set(labels[v]!, [...(groups.get(labels[v]!) ?? []), v]);
  return [...groups.values()].map((g) => g.join(',')).sort();
}

describe('degreeReference', () => {
  test.prop([
    randomGraph({ maxNodes: 16, maxEdges: 50 }),
    fc.constantFrom('random', 'lattice'),
    fc.integer({ min: 1, max: 1000 }),
  ])('keeps connection counts, simplicity and components on any graph', (g, kind, seed) => {
    const csr = toCsr(toGraphology(g));
    const ref = degreeReference(csr, kind as 'random' | 'lattice', 5, createRng(seed));
    const before = neighbourSets(csr);
    const after = neighbourSets(ref);
    expect(after.map((s) => s.size)).toEqual(before.map((s) => s.size));
    for (let u = 0; u < ref.order; u++)
      for (let j = ref.offsets[u]!; j < ref.offsets[u + 1]!; j++) expect(ref.targets[j]).not.toBe(u);
    expect(ref.targets.length).toBe(after.reduce((a, s) => a + s.size, 0));
    // no swap disconnects a connected pair: every old component lies inside a new one
    const { labels } = weakComponents(ref);
    for (let u = 0; u < csr.order; u++) for (const v of before[u]!) expect(labels[v]).toBe(labels[u]);
  });

  it('rewires a graph with room to (a 40-cycle with chords) and repeats for a seed', () => {
    // 0 — 1 — … — 39 — 0, plus i — i+2 chords
    const sources: number[] = [];
    const targets: number[] = [];
    for (let i = 0; i < 40; i++) sources.push(i, i), targets.push((i + 1) % 40, (i + 2) % 40);
    const g = fromEdges({ sources, targets }, { nodes: 40 });
    const a = degreeReference(g, 'random', 10, createRng(3));
    expect(Array.from(a.targets)).not.toEqual(Array.from(g.targets));
    expect(Array.from(degreeReference(g, 'random', 10, createRng(3)).targets)).toEqual(Array.from(a.targets));
    expect(componentPartition(a)).toEqual(componentPartition(g));
  });

  it('terminates on a star, where no swap exists', () => {
    // 0 joined to 1 … 9: every pair of edges shares 0
    const g = fromEdges({ sources: [0, 0, 0, 0, 0, 0, 0, 0, 0], targets: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, { nodes: 10 });
    expect(Array.from(degreeReference(g, 'random', 10, createRng(1)).targets)).toEqual(Array.from(g.targets));
  });
});
