// strategies/: contact strategies simulated side by side, invitation triage, the small-world check.
export {
  simulateStrategies,
  type SimulateStrategiesOptions,
  type SimulateStrategiesResult,
  type StrategyRun,
  type StrategyRound,
  type StrategyInput,
} from './simulate-strategies.js';
export {
  openBar,
  neighborhoodBar,
  privateClub,
  BUILTIN_STRATEGIES,
  type Policy,
  type Invitation,
  type StrategyContext,
  type BuiltinStrategy,
  type StrategyName,
} from './policies.js';
export {
  strategyChartData,
  STRATEGY_METRICS,
  type StrategyChartPanel,
  type StrategyMetric,
} from './strategy-chart-data.js';
export {
  triageInvitations,
  type TriageOptions,
  type TriageDecision,
  type PendingInvitation,
} from './triage-invitations.js';
export { thankYouMessage, type TriageFacts } from './triage-messages.js';
export {
  draftInvitationNotes,
  type DraftInvitationNotesOptions,
  type InvitationNote,
  type InvitationCandidate,
} from './draft-invitation-notes.js';
export {
  smallWorld,
  type SmallWorldOptions,
  type SmallWorldReference,
  type SmallWorldResult,
  type SmallWorldFigures,
} from './small-world.js';
export { clustering, type ClusteringResult } from './clustering.js';
