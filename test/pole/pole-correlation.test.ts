import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { correlateReport } from '../../src/modules/correlation/correlate.ts';
import { defaultThresholds, type ReportFacts } from '../../src/modules/correlation/correlation-rules.ts';
import type { Observation } from '../../src/modules/pole/observations.ts';
import { entityLabelContext, ingestReportObservations } from '../../src/modules/pole/pole-ingest.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const phone = (e164: string): Observation => ({ kind: 'phone', key: e164, label: e164, field: 'details' });
const address = (n: string, street: string): Observation => ({
  kind: 'location',
  key: `address:${n}|${street.toLowerCase()}`,
  label: `${n} ${street}`,
  field: 'where',
});
const vehicle = (vrm: string): Observation => ({ kind: 'vehicle', key: vrm, label: vrm, field: 'vehicles' });

describe('POLE ingest and correlation', () => {
  let system: TestSystem;
  before(async () => {
    system = await createTestSystem();
  });
  after(async () => {
    await system.close();
  });

  async function report(day: string, observations: Observation[], facts: Partial<ReportFacts> = {}) {
    const reportId = randomUUID();
    const { services } = system;
    return services.db.transaction().execute(async (tx) => {
      const ingest = await ingestReportObservations(tx, services, { reportId, observedOn: day, observations });
      const alerts = await correlateReport(
        tx,
        { clock: services.clock, thresholds: defaultThresholds },
        { reportId, observedOn: day, childConcern: null, cuckooingSigns: false, advertisesDrugs: false, ...facts },
        ingest.entities,
      );
      return { reportId, ingest, alerts };
    });
  }

  test('the same number in two reports is one entity, linked to both, and fires a deal-line alert with both as evidence', async () => {
    const first = await report('2026-10-01', [phone('+447700900101'), address('12', 'Hatfield Road')]);
    assert.deepEqual(first.alerts, []);
    const second = await report('2026-10-03', [phone('+447700900101'), vehicle('AB12CDE')]);
    const phoneId = first.ingest.entities.find((e) => e.kind === 'phone')?.id;
    assert.equal(second.ingest.entities.find((e) => e.kind === 'phone')?.id, phoneId, 'resolved to the same entity');
    assert.equal(second.alerts.length, 1);
    assert.equal(second.alerts[0]?.kind, 'possible_deal_line');
    const evidence = await system.services.db
      .selectFrom('correlation_alert_reports')
      .select('report_id')
      .where('alert_id', '=', second.alerts[0].alertId)
      .execute();
    assert.deepEqual(new Set(evidence.map((r) => r.report_id)), new Set([first.reportId, second.reportId]));
    const entity = await system.services.db
      .selectFrom('pole_entities')
      .selectAll()
      .where('id', '=', phoneId!)
      .executeTakeFirstOrThrow();
    assert.equal(entity.report_count, 2);
  });

  test('a number repeated on reports with no drug talk (a scam text reported twice) is not a deal line', async () => {
    await report('2026-10-01', [phone('+447700900102')], { drugTalk: false });
    const second = await report('2026-10-02', [phone('+447700900102')], { drugTalk: false });
    assert.deepEqual(second.alerts, []);
    const third = await report('2026-10-03', [phone('+447700900102')], { drugTalk: true });
    assert.deepEqual(
      third.alerts.map((a) => a.kind),
      ['possible_deal_line'],
    );
  });

  test('identifiers are stored only as blind-index digests and sealed labels', async () => {
    await report('2026-10-05', [phone('+447700900555'), address('7', 'Victoria Street')]);
    const dump = await sql<{ t: string }>`
      select string_agg(t::text, ' ') as t from (
        select row(e.*)::text as t from pole_entities e
        union all select row(l.*)::text from pole_links l
        union all select row(m.*)::text from pole_mentions m) rows`.execute(system.services.db);
    const text = dump.rows[0]?.t ?? '';
    assert.ok(text.length > 0);
    for (const secret of ['447700900555', '7700900555', 'Victoria', 'victoria']) {
      assert.ok(!text.includes(secret), `${secret} must not be readable in the tables`);
    }
    const row = await system.services.db
      .selectFrom('pole_entities')
      .select(['id', 'label_sealed'])
      .where('blind_key', '=', system.services.blindIndex('phone', '+447700900555'))
      .executeTakeFirstOrThrow();
    assert.equal(system.services.sealer.openText(row.label_sealed, entityLabelContext(row.id)), '+447700900555');
  });

  test('an address reported three times within 28 days is a possible trap house; spread over months it is not', async () => {
    const spread = [address('1', 'Spread Lane')];
    await report('2026-06-01', spread);
    await report('2026-07-15', spread);
    const late = await report('2026-09-01', spread);
    assert.ok(!late.alerts.some((a) => a.kind === 'possible_trap_house'));

    const busy = [address('42', 'Busy Road')];
    await report('2026-10-01', busy);
    await report('2026-10-10', busy);
    const third = await report('2026-10-20', busy);
    const alert = third.alerts.find((a) => a.kind === 'possible_trap_house');
    assert.ok(alert?.isNew);
    const fourth = await report('2026-10-21', busy);
    const again = fourth.alerts.find((a) => a.kind === 'possible_trap_house');
    assert.equal(again?.alertId, alert.alertId, 'new evidence joins the open alert');
    assert.equal(again.isNew, false);
  });

  test('a child mentioned with an address fires a safeguarding alert immediately, on one report', async () => {
    const result = await report('2026-10-02', [address('3', 'School Lane')], { childConcern: 'exploitation' });
    assert.deepEqual(
      result.alerts.map((a) => a.kind),
      ['child_safeguarding'],
    );
    const row = await system.services.db
      .selectFrom('correlation_alerts')
      .selectAll()
      .where('id', '=', result.alerts[0]!.alertId)
      .executeTakeFirstOrThrow();
    assert.equal(row.priority, 'high');
  });

  test('a vehicle linked to two flagged addresses is an alert', async () => {
    await report('2026-10-01', [address('5', 'Cuckoo Close'), vehicle('XY65ZZZ')], { cuckooingSigns: true });
    const second = await report('2026-10-02', [address('9', 'Cuckoo Close'), vehicle('XY65ZZZ')], {
      cuckooingSigns: true,
    });
    assert.ok(second.alerts.some((a) => a.kind === 'vehicle_at_flagged_addresses'));
  });

  test('a vehicle named for the first time beside two addresses this report flags is an alert at once', async () => {
    const result = await report(
      '2026-10-03',
      [address('1', 'Wren Way'), address('2', 'Wren Way'), vehicle('WR12ENW')],
      {
        cuckooingSigns: true,
      },
    );
    assert.equal(result.ingest.entities.find((e) => e.kind === 'vehicle')?.isNew, true);
    assert.ok(result.alerts.some((a) => a.kind === 'vehicle_at_flagged_addresses'));
  });

  test('a vehicle named for the first time beside two addresses flagged earlier is an alert; beside one, not', async () => {
    await report('2026-10-03', [address('1', 'Heron Way')], { cuckooingSigns: true });
    const one = await report('2026-10-04', [address('1', 'Heron Way'), address('2', 'Heron Way'), vehicle('HE12RON')]);
    assert.ok(!one.alerts.some((a) => a.kind === 'vehicle_at_flagged_addresses'), 'one flagged address is not enough');
    await report('2026-10-05', [address('3', 'Heron Way')], { cuckooingSigns: true });
    const two = await report('2026-10-06', [address('1', 'Heron Way'), address('3', 'Heron Way'), vehicle('HE34RON')]);
    assert.equal(two.ingest.entities.find((e) => e.kind === 'vehicle')?.isNew, true);
    assert.ok(two.alerts.some((a) => a.kind === 'vehicle_at_flagged_addresses'));
  });

  test('an entity is new only in the report that first records it', async () => {
    const first = await report('2026-10-05', [vehicle('NE11WWW'), address('7', 'Fresh Lane')]);
    const second = await report('2026-10-06', [vehicle('NE11WWW'), address('8', 'Fresh Lane')]);
    const isNew = (result: typeof first) =>
      Object.fromEntries(result.ingest.entities.map((e) => [e.observation.key, e.isNew]));
    assert.deepEqual(Object.values(isNew(first)), [true, true]);
    assert.equal(isNew(second)[vehicle('NE11WWW').key], false);
    assert.equal(isNew(second)[address('8', 'Fresh Lane').key], true);
  });

  test('ingesting the same report twice changes nothing', async () => {
    const { reportId } = await report('2026-10-04', [phone('+447700900999')]);
    const again = await system.services.db.transaction().execute((tx) =>
      ingestReportObservations(tx, system.services, {
        reportId,
        observedOn: '2026-10-04',
        observations: [phone('+447700900999')],
      }),
    );
    assert.equal(again.alreadyIngested, true);
    const count = await system.services.db
      .selectFrom('pole_entities')
      .select('report_count')
      .where('blind_key', '=', system.services.blindIndex('phone', '+447700900999'))
      .executeTakeFirstOrThrow();
    assert.equal(count.report_count, 1);
  });

  test('every pair a report names is linked once, with the report as its source; each report raises the confidence', async () => {
    const pair = [phone('+447700900321'), address('3', 'Alma Road')];
    const first = await report('2026-10-10', [...pair, vehicle('CD34EFG'), { ...pair[0]!, field: 'phones' }]);
    const second = await report('2026-10-02', pair);
    const ids = first.ingest.entities.map((e) => e.id);
    assert.equal(new Set(ids).size, 3, 'the phone named in two fields is one entity');
    const links = await system.services.db
      .selectFrom('pole_links')
      .selectAll()
      .where((eb) => eb.and([eb('entity_a', 'in', ids), eb('entity_b', 'in', ids)]))
      .execute();
    assert.deepEqual(links.map((l) => l.kind).sort(), ['location–phone', 'location–vehicle', 'phone–vehicle']);
    assert.ok(links.every((l) => l.entity_a < l.entity_b));
    const twice = links.find((l) => l.kind === 'location–phone')!;
    assert.equal(twice.source_count, 2);
    assert.ok(Math.abs(twice.confidence - 0.51) < 1e-9, `confidence ${String(twice.confidence)}`);
    const seen = await sql<{ first: string; last: string }>`
      select first_seen::text as first, last_seen::text as last from pole_links where id = ${twice.id}`.execute(
      system.services.db,
    );
    assert.deepEqual(seen.rows[0], { first: '2026-10-02', last: '2026-10-10' }, 'an earlier report widens the span');
    const sources = await system.services.db
      .selectFrom('pole_link_sources')
      .select('report_id')
      .where('link_id', '=', twice.id)
      .execute();
    assert.deepEqual(new Set(sources.map((s) => s.report_id)), new Set([first.reportId, second.reportId]));
    const once = links.find((l) => l.kind === 'phone–vehicle')!;
    assert.equal(once.source_count, 1);
    assert.ok(Math.abs(once.confidence - 0.3) < 1e-9);
  });

  test("an alert's evidence count is the number of its evidence reports, each counted once", async () => {
    const line = phone('+447700900777');
    await report('2026-10-01', [line]);
    const second = await report('2026-10-02', [line]);
    const third = await report('2026-10-03', [line]);
    const [raised] = second.alerts;
    const [joined] = third.alerts;
    assert.ok(raised !== undefined && joined !== undefined);
    const alertId = raised.alertId;
    assert.equal(raised.isNew, true);
    assert.equal(joined.alertId, alertId, 'the third report joins the open alert');
    assert.equal(joined.isNew, false);
    const counted = async () => {
      const alert = await system.services.db
        .selectFrom('correlation_alerts')
        .select('evidence_count')
        .where('id', '=', alertId)
        .executeTakeFirstOrThrow();
      const rows = await system.services.db
        .selectFrom('correlation_alert_reports')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('alert_id', '=', alertId)
        .executeTakeFirstOrThrow();
      return { counter: alert.evidence_count, rows: Number(rows.n) };
    };
    // The second report brought the first two; the third re-offers them with itself.
    assert.deepEqual(await counted(), { counter: 3, rows: 3 });
  });
});
