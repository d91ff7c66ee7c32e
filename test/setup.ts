// fast-check's run count, set once for the whole suite (FC_RUNS overrides it); the folders each
// test file made with tempDir() removed after it, passed or failed.
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 100) });

afterAll(removeTempDirs);
