import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { testActor } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Erasure at review: a supervisor decides a report on the review list is no longer needed. It
// goes with its photos, messages and queue row, and with what was derived from it alone in the
// POLE store and the alerts; what other reports also support is recounted, not lost.

const supervisor = testActor('supervisor-1', ['intelligence_supervisor']);
const analyst = testActor('analyst-1', ['intelligence_analyst']);

let system: TestSystem;
const ids: Record<'old' | 'kept', string> = { old: '', kept: '' };

async function submit(answers: ReportAnswers): Promise<string> {
  return await recordWebReport(system.services, answers);
}

const count = async (query: string, reportId: string) =>
  (
    await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.raw(query)} where report_id = ${reportId}::uuid`.execute(system.services.db)
  ).rows[0]?.n;

before(async () => {
  system = await createTestSystem();
  // Both name the same number (so the deal-line alert and the link survive on the other report);
  // only the old one names the vehicle.
  ids.old = await submit({
    about: { categories: ['drug_use'] },
    'anything-else': { details: 'Texts from 07700 900432 selling weed, the lad drives AB12 CDE' },
  });
  system.clock.advance(86_400_000);
  ids.kept = await submit({
    about: { categories: ['dealing_place'] },
    'anything-else': { details: 'People ring 07700 900432 then collect outside 12 Hatfield Road, looks like dealing' },
  });
  await processWaitingReports({ ...system.services, thresholds: defaultThresholds });
  // drug_use reports are reviewed after 180 days by default; the dealing report after 365.
  system.clock.advance(200 * 86_400_000);
  assert.equal(await system.services.retentionReview.flagDueReports(), 1);
});
after(async () => {
  await system.close();
});

test('only an intelligence supervisor erases, only a report on the review list, and only with a reason', async () => {
  await assert.rejects(
    system.services.retentionReview.erase(analyst, ids.old, 'No longer needed'),
    (e: unknown) => e instanceof AppError && e.code === 'forbidden',
  );
  await assert.rejects(
    system.services.retentionReview.erase(supervisor, ids.old, ''),
    (e: unknown) => e instanceof AppError && e.code === 'validation_failed',
  );
  await assert.rejects(
    system.services.retentionReview.erase(supervisor, ids.kept, 'Not due yet'),
    (e: unknown) => e instanceof AppError && e.code === 'not_found_or_no_access',
  );
});

test('erasing removes the report and what rested on it alone; shared links and alerts are recounted', async () => {
  const { db, blindIndex } = system.services;
  const vehicle = await db
    .selectFrom('pole_entities')
    .select(['id'])
    .where('blind_key', '=', blindIndex('vehicle', 'AB12CDE'))
    .executeTakeFirstOrThrow();
  const phone = await db
    .selectFrom('pole_entities')
    .select(['id', 'report_count'])
    .where('blind_key', '=', blindIndex('phone', '+447700900432'))
    .executeTakeFirstOrThrow();
  assert.equal(phone.report_count, 2);
  const dealLine = await db
    .selectFrom('correlation_alerts')
    .select(['id', 'evidence_count'])
    .where('kind', '=', 'possible_deal_line')
    .executeTakeFirstOrThrow();
  assert.equal(dealLine.evidence_count, 2);

  const counts = await system.services.retentionReview.erase(supervisor, ids.old, 'Reviewed: no further value');
  assert.ok(counts.mentions >= 2 && counts.linkSources >= 1 && counts.linksRemoved >= 1, JSON.stringify(counts));

  assert.equal(await db.selectFrom('reports').select('id').where('id', '=', ids.old).executeTakeFirst(), undefined);
  assert.equal(await count('pole_mentions', ids.old), 0);
  assert.equal(await count('pole_link_sources', ids.old), 0);
  assert.equal(await count('correlation_alert_reports', ids.old), 0);
  assert.equal(await count('report_processing', ids.old), 0);

  // The number is still known from the kept report; the vehicle's link to it is gone.
  const phoneAfter = await db
    .selectFrom('pole_entities')
    .select('report_count')
    .where('id', '=', phone.id)
    .executeTakeFirstOrThrow();
  assert.equal(phoneAfter.report_count, 1);
  const vehicleLinks = await db
    .selectFrom('pole_links')
    .select('id')
    .where((eb) => eb.or([eb('entity_a', '=', vehicle.id), eb('entity_b', '=', vehicle.id)]))
    .execute();
  assert.deepEqual(vehicleLinks, []);
  const dealLineAfter = await db
    .selectFrom('correlation_alerts')
    .select('evidence_count')
    .where('id', '=', dealLine.id)
    .executeTakeFirstOrThrow();
  assert.equal(dealLineAfter.evidence_count, 1);
  const remaining = await db.selectFrom('pole_links').select(['source_count', 'confidence']).execute();
  for (const link of remaining) {
    assert.ok(link.source_count >= 1);
    assert.ok(Math.abs(link.confidence - (1 - 0.7 ** link.source_count)) < 1e-6);
  }

  const { rows } = await sql<{ reason: string; details: Record<string, number>; entry: string }>`
    select reason, details, row_to_json(a)::text as entry from audit_events a
    where action = 'report.erased' and subject_id = ${ids.old}`.execute(db);
  assert.equal(rows.length, 1);
  const [erased] = rows;
  assert.ok(erased);
  assert.equal(erased.reason, 'Reviewed: no further value');
  assert.deepEqual(erased.details, { ...counts });
  assert.doesNotMatch(erased.entry, /07700|AB12|weed/i, 'the audit entry holds no content');

  await assert.rejects(
    system.services.retentionReview.erase(supervisor, ids.old, 'Again'),
    (e: unknown) => e instanceof AppError && e.code === 'not_found_or_no_access',
  );
});
