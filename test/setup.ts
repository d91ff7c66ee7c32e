// fast-check's run count, set once for the whole suite (FC_RUNS overrides it).
import fc from 'fast-check';

fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 100) });
