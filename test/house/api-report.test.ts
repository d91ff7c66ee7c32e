// The committed API report (etc/handshakes.api.md) must match the sources: a change to the public
// surface shows in review as a change to that file. Regenerate it with `npm run api:report`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_PATH, apiReport } from '../../scripts/api-report.js';

describe('API report', () => {
  it('etc/handshakes.api.md matches the exports of every entry (run `npm run api:report` after a deliberate change)', () => {
    const report = apiReport();
    expect(report).toContain('## handshakes/node');
    expect(report).toMatch(/^function reachByDegree\(/m);
    expect(readFileSync(REPORT_PATH, 'utf8')).toBe(report);
  });
});
