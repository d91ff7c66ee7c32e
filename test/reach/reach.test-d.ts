// Types of the reach API: filter attributes follow the graph's node attributes, egoNetwork keeps
// the graph's attribute types, results have their documented shapes. Checked by `tsc -p .`.
import Graph from 'graphology';
import type { default as AbstractGraph } from 'graphology-types';
import { expectTypeOf } from 'vitest';
import {
  egoNetwork,
  estimateReach,
  groupReach,
  mutualConnections,
  suggestConnections,
  toCsr,
  type MemberReach,
  type Suggestion,
} from '../../src/index.js';

interface Person {
  name: string;
  sector: 'tech' | 'finance';
}
const people = new Graph<Person, { since: number }>();
suggestConnections(people, 'ada', {
  count: 3,
  filter: (key, attributes) => {
    expectTypeOf(key).toEqualTypeOf<string>();
    expectTypeOf(attributes).toEqualTypeOf<Person>();
    return attributes.sector === 'tech';
  },
});
expectTypeOf(suggestConnections(toCsr(people), 1, { count: 1 })).toEqualTypeOf<Suggestion[]>();
expectTypeOf(egoNetwork(people, 'ada')).toMatchTypeOf<AbstractGraph<Person, { since: number }>>();
expectTypeOf(egoNetwork(toCsr(people), 'ada')).toMatchTypeOf<AbstractGraph>();
const team = groupReach(people, new Set(['ada', 7]));
expectTypeOf(team.members).toEqualTypeOf<Map<string, MemberReach>>();
expectTypeOf(team.overlap[0]!.second.jaccard).toEqualTypeOf<number>();
expectTypeOf(mutualConnections(people, 'a', 'b')).toEqualTypeOf<string[]>();
expectTypeOf(estimateReach({ people: 10, averageConnections: 2 }).byDegree).toEqualTypeOf<number[]>();
// @ts-expect-error count is required
suggestConnections(people, 'ada', {});
