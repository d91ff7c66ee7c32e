// Type tests (checked by tsc): `output` picks the return type of each generator.
import type Graph from 'graphology-types';
import { expectTypeOf } from 'vitest';
import {
  barabasiAlbert,
  erdosRenyi,
  professionalNetwork,
  simulateStrategies,
  wattsStrogatz,
  type Csr,
  type PeopleGraph,
  type Person,
  type ProfessionalNetwork,
  type ProfessionalTie,
  type StrategyRound,
} from '../../src/index.js';

expectTypeOf(erdosRenyi({ people: 3, edges: 1, output: 'csr' })).toEqualTypeOf<Csr>();
expectTypeOf(erdosRenyi({ people: 3, edges: 1 })).toEqualTypeOf<Graph>();
expectTypeOf(wattsStrogatz({ people: 5, output: 'csr' })).toEqualTypeOf<Csr>();
expectTypeOf(barabasiAlbert({ people: 5, output: 'graph' })).toEqualTypeOf<Graph>();
expectTypeOf(professionalNetwork({ output: 'csr' })).toEqualTypeOf<ProfessionalNetwork>();
expectTypeOf(professionalNetwork()).toEqualTypeOf<PeopleGraph<Person, ProfessionalTie>>();
expectTypeOf(simulateStrategies().strategies[0]!.final).toEqualTypeOf<StrategyRound>();
// @ts-expect-error: output must be 'graph' or 'csr'
erdosRenyi({ people: 3, edges: 1, output: 'svg' });
