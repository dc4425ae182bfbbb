import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { loadDemoWorld } from '../../src/synthetic/demo/load-demo-world.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';
import { openStoredReport } from '../support/reports.ts';

let system: TestSystem;
before(async () => {
  system = await createTestSystem();
});
after(async () => {
  await system.close();
});

test('a demo world is stored through the report service on its own days, then triaged like any report', async () => {
  const { services } = system;
  const loaded = await loadDemoWorld(
    { ...services, sectorOf: (postcode) => services.streets.postcodeSector(postcode) },
    { seed: 5, reports: 40, lines: 2 },
  );
  assert.equal(loaded, 40);
  const rows = await services.db.selectFrom('reports').select(['id', 'submitted_on']).execute();
  assert.equal(rows.length, 40);
  assert.ok(new Set(rows.map((r) => String(r.submitted_on))).size > 5, 'spread over many days, not all today');
  const stored = await openStoredReport(services, rows[0]!.id);
  assert.ok((stored.answers['anything-else']?.details ?? '').length > 0);
  assert.equal(stored.contact, null, 'an anonymous report keeps no contact record');
  let processed = 0;
  for (
    let n = await processWaitingReports({ ...services, thresholds: defaultThresholds });
    n > 0;
    n = await processWaitingReports({ ...services, thresholds: defaultThresholds })
  ) {
    processed += n;
  }
  assert.equal(processed, 40);
  const alerts = await services.db.selectFrom('correlation_alerts').select('kind').execute();
  assert.ok(alerts.length > 0, 'the demo world raises alerts');
});
