// strategies/: contact strategies simulated side by side, invitation triage, the small-world check.
export { simulateStrategies, type SimulateStrategiesOptions, type SimulateStrategiesResult, type StrategyRun, type StrategyRound, type StrategyInput } from './simulate-strategies.js';
export { openBar, neighbourhoodBar, privateClub, BUILTIN_STRATEGIES, type Policy, type Invitation, type StrategyContext, type BuiltinStrategy } from './policies.js';
export { smallWorld, type SmallWorldOptions, type SmallWorldResult, type SmallWorldFigures } from './small-world.js';
export { clustering, type ClusteringResult } from './clustering.js';
