// The known curves: the Barabási–Albert degree tail (P(d) ~ d^−3) and the Watts & Strogatz 1998
// Fig. 2 shape (n = 1000, k = 10): mean distance collapses long before clustering falls.
import { describe, expect, it } from 'vitest';
import { barabasiAlbert, wattsStrogatz } from '../../src/index.js';
import { naiveAverageClustering, naiveMeanDistance } from './helpers.js';

/** Discrete power-law exponent by maximum likelihood (Clauset, Shalizi & Newman 2009, eq. 3.7). */
function powerLawExponent(degrees: number[], xMin: number): { alpha: number; tail: number } {
  let sum = 0;
  let tail = 0;
  for (const d of degrees) if (d >= xMin) (sum += Math.log(d / (xMin - 0.5))), tail++;
  return { alpha: 1 + tail / sum, tail };
}

describe('Barabási–Albert degree tail', () => {
  it.each([7, 8])('has exponent ≈ 3 on 10⁵ people (seed %i)', (seed) => {
    const csr = barabasiAlbert({ people: 100_000, attach: 3, seed, output: 'csr' });
    const degrees = Array.from({ length: csr.order }, (_, u) => csr.offsets[u + 1]! - csr.offsets[u]!);
    const { alpha, tail } = powerLawExponent(degrees, 15);
    expect(tail).toBeGreaterThan(3000);
    // standard error (α − 1)/√tail ≈ 0.03; finite-size curvature pulls the estimate a little below 3
    expect(Math.abs(alpha - 3)).toBeLessThan(0.2);
    expect(Math.max(...degrees)).toBeGreaterThan(300); // hubs: far beyond anything G(n, m) gives at this density
  });
});

describe('Watts–Strogatz, Fig. 2 of Watts & Strogatz 1998 (n = 1000, k = 10)', () => {
  const lattice = wattsStrogatz({ people: 1000, neighbours: 10, rewiring: 0, output: 'csr' });
  const c0 = naiveAverageClustering(lattice);
  const l0 = naiveMeanDistance(lattice);
  const at = (p: number, seed: number) => {
    const g = wattsStrogatz({ people: 1000, neighbours: 10, rewiring: p, seed, output: 'csr' });
    return { c: naiveAverageClustering(g) / c0, l: naiveMeanDistance(g) / l0 };
  };

  it('starts from the ring lattice: C(0) = 3(k−2)/(4(k−1)), L(0) ≈ n/(2k)', () => {
    expect(c0).toBeCloseTo(2 / 3, 10);
    expect(l0).toBeCloseTo(50.45, 1);
  });

  it('at p = 0.01 mean distance has collapsed while clustering is still high', () => {
    for (const seed of [1, 2]) {
      const { c, l } = at(0.01, seed);
      expect(l).toBeLessThan(0.25);
      expect(c).toBeGreaterThan(0.93);
    }
  });

  it('at p = 0.1 clustering has begun to fall, distance near its random value', () => {
    const { c, l } = at(0.1, 3);
    expect(c).toBeGreaterThan(0.65);
    expect(c).toBeLessThan(0.82);
    expect(l).toBeLessThan(0.12);
  });

  it('at p = 1 both are those of a random graph (C ≈ k/n, L ≈ ln n / ln k)', () => {
    const { c, l } = at(1, 4);
    expect(c * c0).toBeLessThan((3 * 10) / 1000);
    expect(l * l0).toBeGreaterThan(2.9);
    expect(l * l0).toBeLessThan(3.5);
  });
});
