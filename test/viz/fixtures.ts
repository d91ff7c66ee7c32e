// Seeded test graphs for the pictures: a "village" of people with names, communities and a few
// bridges, built without any domain generator so viz tests stand alone.
import Graph from 'graphology';
import { createRng } from '../../src/random.js';

/** n people in groups of ~12, dense inside a group, a few links across; people 0…19 named. */
export function village(n = 240, seed = 3): Graph {
  const random = createRng(seed);
  const g = new Graph({ type: 'undirected' });
  const names = [
    'Ada',
    'Bob',
    'Cy',
    'Dee',
    'Eve',
    'Fay',
    'Gus',
    'Hal',
    'Ivy',
    'Jo',
    'Kim',
    'Lou',
    'Max',
    'Ned',
    'Oli',
    'Pam',
    'Quin',
    'Ray',
    'Sue',
    'Tom',
  ];
  for (let i = 0; i < n; i++) g.addNode(String(i), i < names.length ? { name: `${names[i]} Test` } : {});
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / 12);
    for (let k = 0; k < 3; k++) {
      const j = group * 12 + Math.floor(random() * 12);
      if (j < n && j !== i) g.mergeEdge(String(i), String(j));
    }
    if (random() < 0.25) {
      const j = Math.floor(random() * n);
      if (j !== i) g.mergeEdge(String(i), String(j));
    }
  }
  return g;
}
