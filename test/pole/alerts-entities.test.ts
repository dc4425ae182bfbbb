import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { correlateReport } from '../../src/modules/correlation/correlate.ts';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { Observation } from '../../src/modules/pole/observations.ts';
import { ingestReportObservations } from '../../src/modules/pole/pole-ingest.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const safeguarding = testActor('safe-1', ['safeguarding_lead']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });

const obs = (kind: Observation['kind'], key: string): Observation => ({ kind, key, label: key, field: 'details' });

describe('alerts and entity pages', () => {
  let system: TestSystem;
  const reportIds: string[] = [];
  before(async () => {
    system = await createTestSystem();
    const { services } = system;
    const facts = [
      {
        childConcern: 'exploitation' as const,
        observations: [obs('location', 'address:3|park road'), obs('phone', '+447700900201')],
      },
      { childConcern: null, observations: [obs('phone', '+447700900201'), obs('vehicle', 'AB12CDE')] },
    ];
    for (const f of facts) {
      const reportId = randomUUID();
      reportIds.push(reportId);
      await services.db.transaction().execute(async (tx) => {
        const { entities } = await ingestReportObservations(tx, services, {
          reportId,
          observedOn: '2026-11-01',
          observations: f.observations,
        });
        await correlateReport(
          tx,
          { clock: services.clock, thresholds: defaultThresholds },
          {
            reportId,
            observedOn: '2026-11-01',
            childConcern: f.childConcern,
            cuckooingSigns: false,
            advertisesDrugs: false,
          },
          entities,
        );
      });
    }
  });
  after(async () => {
    await system.close();
  });

  test('analysts see every alert, high priority first; safeguarding only people-at-risk alerts; others none', async () => {
    const all = await system.services.alerts.list(analyst, { statuses: ['open'], limit: 50 });
    assert.deepEqual(
      all.map((a) => a.kind),
      ['child_safeguarding', 'possible_deal_line'],
    );
    assert.equal(all[1]?.entity?.label, '+447700900201');
    const forSafeguarding = await system.services.alerts.list(safeguarding, { statuses: ['open'], limit: 50 });
    assert.deepEqual(
      forSafeguarding.map((a) => a.kind),
      ['child_safeguarding'],
    );
    await assert.rejects(system.services.alerts.list(officer, { statuses: ['open'], limit: 50 }), AppError);
    const dealLine = all[1];
    await assert.rejects(
      system.services.alerts.get(safeguarding, dealLine.id),
      (e: unknown) => e instanceof AppError && e.code === 'not_found_or_no_access',
    );
    const detail = await system.services.alerts.get(analyst, dealLine.id);
    assert.deepEqual(new Set(detail.reportIds), new Set(reportIds));
  });

  test('an alert can be acknowledged by the unit, with the note audited', async () => {
    const [first] = await system.services.alerts.list(analyst, { statuses: ['open'], limit: 1 });
    await system.services.alerts.setStatus(analyst, first!.id, 'acknowledged', 'Passed to MASH');
    const after = await system.services.alerts.get(analyst, first!.id);
    assert.equal(after.status, 'acknowledged');
    const audit = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('subject_id', '=', first!.id)
      .execute();
    assert.ok(audit.some((e) => e.action === 'alert.set_status' && e.reason === 'Passed to MASH'));
  });

  test('an entity page shows the label, timeline and links with their sources; partners cannot open it', async () => {
    const { id } = await system.services.entities.findByIdentifier(analyst, 'phone', '+447700900201');
    const page = await system.services.entities.get(analyst, id);
    assert.equal(page.label, '+447700900201');
    assert.equal(page.reportCount, 2);
    assert.equal(page.timeline.length, 2);
    assert.deepEqual(page.links.map((l) => l.other.label).sort(), ['AB12CDE', 'address:3|park road']);
    assert.ok(page.links.every((l) => l.sourceCount === 1 && l.confidence > 0));
    await assert.rejects(system.services.entities.get(partner, id), AppError);
    await assert.rejects(system.services.entities.findByIdentifier(analyst, 'phone', '+447700900999'), AppError);
  });
});
