import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { openEntityDetails } from '../../src/modules/pole/index.ts';
import { processReport, type ReportForProcessing } from '../../src/modules/triage/process-report.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { personNamed as personNamedIn, textReport } from '../support/pole.ts';

// Fuzzy person resolution as reports arrive: "Jon Smyth" and "John Smith" seen at the same
// postcode become a suggestion with a score and reasons; an analyst merges them (the page then
// shows both people's reports), undoes the merge, or rejects a suggestion; every step audited.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const officer = testActor('officer-1', ['officer']);

const report = textReport;

describe('person resolution wired into report processing', () => {
  const staff = useStaffAppByHeader({ analyst, officer });
  const reports: ReportForProcessing[] = [];
  const run = (r: ReportForProcessing) =>
    staff.system.services.db
      .transaction()
      .execute((tx) => processReport(tx, { ...staff.system.services, thresholds: defaultThresholds }, r));
  const personNamed = (label: string) => personNamedIn(staff.system, label);

  before(async () => {
    reports.push(
      report('A lad called Jon Smyth is dealing crack from 14 Hatfield Road AL1 3JX most nights.', '2026-11-02'),
      report('A man called John Smith was outside 14 Hatfield Road AL1 3JX handing over wraps.', '2026-11-09'),
      report('Someone called Priya Shah complained about the noise on Verulam Road AL3 4DG.', '2026-11-10'),
      report('A boy called Tyler Brown, aged 15, runs parcels from Catherine Street AL3 5BU.', '2026-11-11'),
      report('A man called Tyler Browne, aged 52, sits in a car on Catherine Street AL3 5BU.', '2026-11-12'),
    );
    for (const r of reports) await run(r);
  });

  test('a similar name at the same postcode becomes one suggestion; an unrelated person none', async () => {
    const jon = await personNamed('Jon Smyth');
    const john = await personNamed('John Smith');
    const priya = await personNamed('Priya Shah');
    const jonOrJohn = (s: { person_a: string }) => [jon, john].includes(s.person_a);
    const suggestions = (
      await staff.system.services.db.selectFrom('person_match_suggestions').selectAll().execute()
    ).filter(jonOrJohn);
    assert.equal(suggestions.length, 1);
    const [suggestion] = suggestions;
    assert.ok(suggestion);
    assert.deepEqual([suggestion.person_a, suggestion.person_b], [jon, john].sort());
    assert.equal(suggestion.status, 'open');
    assert.ok(suggestion.score > 0.5, `score ${String(suggestion.score)}`);
    assert.ok(![suggestion.person_a, suggestion.person_b].includes(priya));

    // Processing a report again suggests nothing new.
    await run(reports[1]!);
    const again = await staff.system.services.db.selectFrom('person_match_suggestions').select('id').execute();
    assert.equal(again.length, 2);
  });

  test('an age given next to a name is kept (sealed) and weighs in the comparison', async () => {
    const boy = await personNamed('Tyler Brown');
    const man = await personNamed('Tyler Browne');
    const resolution = await staff.system.services.personResolution.get(analyst, boy);
    const [suggestion] = resolution.suggestions;
    assert.ok(suggestion);
    assert.equal(suggestion.other.id, man);
    assert.ok(
      suggestion.explanation.some((line) => /^age: about 15 .* about 52 .*do not fit/.test(line)),
      suggestion.explanation.join('\n'),
    );
    const page = await staff.system.services.entities.get(analyst, boy);
    assert.equal(page.kind, 'person');
  });

  test('a person named again keeps what earlier reports said of them, and adds what was missing', async () => {
    await run(report('A woman called Priya Shah, aged 34, came to the door again.', '2026-11-20'));
    const priya = await personNamed('Priya Shah');
    const row = await staff.system.services.db
      .selectFrom('pole_entities')
      .select('details_sealed')
      .where('id', '=', priya)
      .executeTakeFirstOrThrow();
    const details = openEntityDetails(staff.system.services.sealer, priya, row.details_sealed);
    assert.equal(details.postcode, 'AL3 4DG', 'the first report’s postcode stays');
    assert.equal(details.age, 34, 'the age the second report gives is added');
  });

  test('match keys and suggestions hold no name, postcode or street in clear', async () => {
    const keys = await staff.system.services.db.selectFrom('person_match_keys').select(['key_type', 'key']).execute();
    assert.ok(keys.length > 5);
    // Each key is a keyed digest (32 base64url characters), never text: a digest may contain
    // "jon" by chance, so the clear words are looked for in the key types and as whole keys.
    for (const { key_type: type, key } of keys) assert.match(key, /^[A-Za-z0-9_-]{32}$/, `${type} ${key}`);
    const types = keys.map((k) => k.key_type.toLowerCase()).join(' ');
    for (const clear of ['smyth', 'smith', 'jon', 'al1', 'hatfield', 'priya', 'shah']) {
      assert.ok(!types.includes(clear), `person_match_keys shows ${clear}`);
      assert.ok(!keys.some((k) => k.key.toLowerCase() === clear), `person_match_keys shows ${clear}`);
    }
  });

  test('the analyst sees the suggestion with its reasons; an officer cannot merge', async () => {
    const jon = await personNamed('Jon Smyth');
    const john = await personNamed('John Smith');
    const response = await staff.app.inject({
      url: `/api/persons/${jon}/resolution`,
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(response.statusCode, 200);
    const body = response.json<{
      identity: { id: string };
      suggestions: { other: { id: string; label: string }; explanation: string[]; decision: string }[];
    }>();
    assert.equal(body.identity.id, jon);
    assert.equal(body.suggestions.length, 1);
    const [shown] = body.suggestions;
    assert.ok(shown);
    assert.equal(shown.other.id, john);
    assert.equal(shown.other.label, 'John Smith');
    assert.ok(
      shown.explanation.some((line) => /postcode/i.test(line)),
      shown.explanation.join('\n'),
    );

    const refused = await staff.app.inject({
      method: 'POST',
      url: '/api/persons/merges',
      headers: { 'x-test-actor': 'officer' },
      payload: { survivorId: john, mergedId: jon, reason: 'Same person, same address' },
    });
    assert.equal(refused.statusCode, 403);
  });

  test('merge needs a reason; a merged person’s page shows both people’s reports; undo splits them again', async () => {
    const jon = await personNamed('Jon Smyth');
    const john = await personNamed('John Smith');
    const noReason = await staff.app.inject({
      method: 'POST',
      url: '/api/persons/merges',
      headers: { 'x-test-actor': 'analyst' },
      payload: { survivorId: john, mergedId: jon },
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /reason/);
    assert.match(noReason.headers['content-type'] ?? '', /problem\+json/);

    const merged = await staff.app.inject({
      method: 'POST',
      url: '/api/persons/merges',
      headers: { 'x-test-actor': 'analyst' },
      payload: { survivorId: john, mergedId: jon, reason: 'Same address and same description' },
    });
    assert.equal(merged.statusCode, 201);
    const mergeId = merged.json<{ id: string }>().id;

    const page = await staff.system.services.entities.get(analyst, jon);
    assert.deepEqual(page.identity, { id: john, memberCount: 2 });
    assert.deepEqual(
      new Set(page.timeline.map((t) => t.reportId)),
      new Set([reports[0]!.reportId, reports[1]!.reportId]),
    );
    // The link chart joins the two people with a "same person" link while the merge stands.
    const chart = await staff.app.inject({
      url: `/api/network/expand?seeds=${jon}&hops=2`,
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(chart.statusCode, 200, chart.body);
    const sameWhileMerged = chart
      .json<{ links: { kind: string; source: string; target: string; id: string }[] }>()
      .links.filter((link) => link.kind === 'same_person');
    assert.deepEqual(
      sameWhileMerged.map((link) => [link.id, link.source, link.target]),
      [[mergeId, john, jon]],
    );

    const suggestion = await staff.system.services.db
      .selectFrom('person_match_suggestions')
      .select('status')
      .where('person_a', '=', [jon, john].sort()[0] ?? '')
      .executeTakeFirst();
    assert.equal(suggestion?.status, 'merged');

    const undone = await staff.app.inject({
      method: 'POST',
      url: `/api/persons/merges/${mergeId}/undo`,
      headers: { 'x-test-actor': 'analyst' },
      payload: { reason: 'Custody record shows two brothers' },
    });
    assert.equal(undone.statusCode, 204);
    const split = await staff.system.services.entities.get(analyst, jon);
    assert.deepEqual(split.identity, { id: jon, memberCount: 1 });
    const chartAfter = await staff.app.inject({
      url: `/api/network/expand?seeds=${jon}&hops=2`,
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.ok(!chartAfter.body.includes('same_person'), 'an undone merge no longer joins them');
    assert.deepEqual(
      split.timeline.map((t) => t.reportId),
      [reports[0]!.reportId],
    );

    const resolution = await staff.system.services.personResolution.get(analyst, john);
    assert.equal(resolution.merges.length, 1);
    assert.equal(resolution.merges[0]?.undoReason, 'Custody record shows two brothers');
    assert.equal(resolution.suggestions[0]?.status, 'open');
  });

  test('rejecting a suggestion closes it once; every decision is in the audit trail without names', async () => {
    const jon = await personNamed('Jon Smyth');
    const suggestion = await staff.system.services.db
      .selectFrom('person_match_suggestions')
      .selectAll()
      .where((eb) => eb.or([eb('person_a', '=', jon), eb('person_b', '=', jon)]))
      .executeTakeFirst();
    assert.ok(suggestion);
    await staff.system.services.personResolution.reject(analyst, suggestion.id, 'Different dates of birth on PNC');
    await assert.rejects(
      staff.system.services.personResolution.reject(analyst, suggestion.id, 'Different dates of birth on PNC'),
      (error: unknown) => error instanceof AppError && error.code === 'conflict',
    );
    const { rows } = await sql<{ action: string; entry: string }>`
      select action, row_to_json(a)::text as entry from audit_events a
      where action like 'person.%' order by seq`.execute(staff.system.services.db);
    assert.deepEqual(
      rows.map((row) => row.action).filter((action) => action !== 'person.resolution.read'),
      ['person.merge', 'person.merge.undo', 'person.suggestion.reject'],
    );
    for (const row of rows) assert.doesNotMatch(row.entry.toLowerCase(), /smyth|smith|hatfield/);
  });
});
