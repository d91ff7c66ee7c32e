// generators/: seeded random-graph models and the professional-network model. Re-exports only.
export { createRng, DEFAULT_SEED, type Rng } from '../random.js';
export type { GeneratorOptions, GeneratorOutput } from './output.js';
export { erdosRenyi, type ErdosRenyiOptions } from './erdos-renyi.js';
export { wattsStrogatz, type WattsStrogatzOptions } from './watts-strogatz.js';
export { barabasiAlbert, type BarabasiAlbertOptions } from './barabasi-albert.js';
export {
  professionalNetwork,
  type ProfessionalNetwork,
  type ProfessionalNetworkOptions,
} from './professional-network.js';
export { professionalNetworkGraph, type ProfessionalTie } from './professional-network-graph.js';
