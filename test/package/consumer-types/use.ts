// A TypeScript user's program over every entry of handshakes, type-checked in each module
// resolution mode with skipLibCheck: false (test/package/types.test.ts). The @ts-expect-error lines
// must fail to compile: were a graph typed `any`, tsc would report an unused directive.
import {
  HandshakesError,
  NodeNotFoundError,
  connection,
  createPeopleGraph,
  distancesFrom,
  reachByDegree,
  separation,
  type PeopleGraph,
} from 'handshakes';
import { readEdgeList, readGraphJson } from 'handshakes/node';
import { samplePath, type SampleName } from 'handshakes/sample';
import { egoLayout, renderEgoSvg } from 'handshakes/viz';

export async function main(): Promise<string> {
  const graph: PeopleGraph = createPeopleGraph();
  graph.addNode('ada', { name: 'Ada' });
  graph.addNode('bob', { name: 'Bob' });
  graph.addEdge('ada', 'bob');
  const hops: number | undefined = distancesFrom(graph, 'ada').get('bob');
  // @ts-expect-error: a graphology graph has no such method
  graph.thisDoesNotExist();
  // @ts-expect-error: maxDistance is a number
  distancesFrom(graph, 'ada', { maxDistance: 'far' });
  const name: SampleName = 'friends';
  const csr = await readEdgeList(samplePath(name));
  const direct: number = reachByDegree(csr, 'ada.moreau').direct;
  const mean: number = separation(csr).meanDistance;
  const label: string | null = connection(csr, 'ada.moreau', 'zoe.duarte').label;
  const people = await readGraphJson(samplePath('friends'));
  // @ts-expect-error: the graph read from a file is typed too
  people.neitherDoesThis();
  const svg: string = renderEgoSvg(graph, 'ada');
  const at = egoLayout(graph, 'ada').get('bob');
  try {
    reachByDegree(graph, 'nobody');
  } catch (error) {
    if (error instanceof NodeNotFoundError) return error.node;
    if (error instanceof HandshakesError) return error.code;
  }
  return `${hops} ${direct} ${mean} ${label} ${svg.length} ${at?.x}`;
}
