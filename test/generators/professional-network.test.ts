import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, professionalNetwork, toCsr, type ProfessionalNetwork } from '../../src/index.js';
import { edgeList } from './helpers.js';

const net: ProfessionalNetwork = professionalNetwork({ people: 3000, seed: 11, output: 'csr' });

function degrees(csr: ProfessionalNetwork['connections']): number[] {
  return Array.from({ length: csr.order }, (_, u) => csr.offsets[u + 1]! - csr.offsets[u]!);
}

describe('professionalNetwork', () => {
  it('gives every person a name, first name, company, sector and position; one sector per company', () => {
    const sectorOfCompany = new Map<string, string>();
    net.people.forEach((p, u) => {
      expect(p.name).toBe(`${p.firstName} ${p.lastName}`);
      expect(p.company).toBe(net.companies[net.companyOf[u]!]);
      expect(p.sector).toBe(net.sectors[net.sectorOf[u]!]);
      expect(p.position).toBeTruthy();
      expect(sectorOfCompany.get(p.company!) ?? p.sector).toBe(p.sector);
      sectorOfCompany.set(p.company!, p.sector!);
    });
    expect(net.sectors).toHaveLength(12);
    expect(net.companies.length).toBeGreaterThan(3000 / 25 / 2);
  });

  it('makes acquaintances mostly colleagues, the rest mostly in the same sector', () => {
    const known = edgeList(net.acquaintances);
    const inCompany = known.filter(([u, v]) => net.companyOf[u] === net.companyOf[v]).length / known.length;
    const outside = known.filter(([u, v]) => net.companyOf[u] !== net.companyOf[v]);
    const outsideInSector = outside.filter(([u, v]) => net.sectorOf[u] === net.sectorOf[v]).length / outside.length;
    expect(inCompany).toBeGreaterThan(0.55);
    expect(outsideInSector).toBeGreaterThan(0.6);
    expect(net.acquaintances.dropped).toEqual({ selfLoops: 0, duplicates: 0 });
  });

  it('copies most acquaintance ties online and adds preferential attachment to strangers', () => {
    const online = new Set(edgeList(net.connections).map(([u, v]) => `${u}-${v}`));
    const known = edgeList(net.acquaintances);
    const copied = known.filter(([u, v]) => online.has(`${u}-${v}`)).length / known.length;
    expect(Math.abs(copied - 0.7)).toBeLessThan(0.05);
    const d = degrees(net.connections);
    const mean = d.reduce((s, x) => s + x, 0) / d.length;
    expect(Math.max(...d)).toBeGreaterThan(4 * mean); // hubs from preferential attachment (a Poisson law of this mean stays under 2×)
    const knownSet = new Set(known.map(([u, v]) => `${u}-${v}`));
    const strangers = edgeList(net.connections).filter(([u, v]) => !knownSet.has(`${u}-${v}`));
    expect(strangers.length).toBeGreaterThan(net.people.length * 3);
    expect(strangers.filter(([u, v]) => net.sectorOf[u] === net.sectorOf[v]).length / strangers.length).toBeGreaterThan(
      0.5,
    );
  });

  it('gives the same network for a seed, as indexes or as a graph with both layers tagged', () => {
    const again = professionalNetwork({ people: 3000, seed: 11, output: 'csr' });
    expect(edgeList(again.connections)).toEqual(edgeList(net.connections));
    expect(again.people).toEqual(net.people);
    const small = professionalNetwork({ people: 800, seed: 11, output: 'csr' });
    const g = professionalNetwork({ people: 800, seed: 11 });
    let online = 0;
    let known = 0;
    g.forEachEdge((_e, a) => {
      expect(a.online || a.known).toBe(true);
      if (a.online) online++;
      if (a.known) known++;
    });
    expect(online).toBe(small.connections.size);
    expect(known).toBe(small.acquaintances.size);
    expect(g.getNodeAttributes('42')).toEqual(small.people[42]);
    expect(edgeList(toCsr(g, { edgeFilter: (_e, a) => a.online }))).toEqual(edgeList(small.connections));
    expect(edgeList(toCsr(g, { edgeFilter: (_e, a) => a.known }))).toEqual(edgeList(small.acquaintances));
    expect(edgeList(professionalNetwork({ people: 3000, seed: 12, output: 'csr' }).connections)).not.toEqual(
      edgeList(net.connections),
    );
  });

  it.each([
    ['people', { people: 0 }],
    ['companySize', { companySize: 1 }],
    ['knownOnline', { knownOnline: 2 }],
    ['strangers', { strangers: -1 }],
  ])('rejects a bad %s', (argument, options) => {
    expect(() => professionalNetwork(options)).toThrow(InvalidArgumentError);
    expect(() => professionalNetwork(options)).toThrow(
      new RegExp(`handshakes/professionalNetwork: Expected \`${argument}\``),
    );
  });
});
