import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { createReportPersonResolver } from '../../src/modules/resolution/index.ts';
import { processReport, type ReportForProcessing } from '../../src/modules/triage/process-report.ts';
import { testActor } from '../support/staff.ts';
import { personNamed as personNamedIn, textReport } from '../support/pole.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Once an analyst merges two people into one identity, a new record is scored against every
// member of it (ADR 51): "Kofi Asanti" matches the "Kofi Asante" merged into Kwame Mensah's
// identity, though Kwame Mensah's own record shares nothing with him.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
let system: TestSystem;

const report = textReport;
const run = (r: ReportForProcessing) =>
  system.services.db
    .transaction()
    .execute((tx) => processReport(tx, { ...system.services, thresholds: defaultThresholds }, r));

const personNamed = (label: string) => personNamedIn(system, label);

const suggestionsOf = async (personId: string) =>
  (await system.services.db.selectFrom('person_match_suggestions').selectAll().execute()).filter((s) =>
    [s.person_a, s.person_b].includes(personId),
  );

before(async () => {
  system = await createTestSystem();
  await run(report('A man called Kwame Mensah was outside 14 Hatfield Road AL1 3JX handing over wraps.', '2026-11-02'));
  await run(report('A man called Kofi Asante sits in a car on Catherine Street AL3 5BU most nights.', '2026-11-03'));
});
after(async () => {
  await system.close();
});

test('a record is suggested for an identity when it matches a member merged into it, not its root', async () => {
  const kwame = await personNamed('Kwame Mensah');
  const kofi = await personNamed('Kofi Asante');
  assert.deepEqual(await suggestionsOf(kwame), [], 'the two names alone are not a suggestion');
  await system.services.personResolution.merge(analyst, {
    survivorId: kwame,
    mergedId: kofi,
    reason: 'Custody record gives Kofi Asante as an alias',
  });

  await run(report('A man called Kofi Asanti was dealing from a car on Catherine Street AL3 5BU.', '2026-11-10'));
  const asanti = await personNamed('Kofi Asanti');
  const suggestions = await suggestionsOf(asanti);
  // One suggestion, with the identity's root (the candidate search reports identities), scored on its member.
  assert.equal(suggestions.length, 1);
  const [suggestion] = suggestions;
  assert.ok(suggestion);
  assert.deepEqual([suggestion.person_a, suggestion.person_b], [asanti, kwame].sort());
  assert.ok(suggestion.score >= 0.9, `score ${String(suggestion.score)}`);
  // Average linkage (ADR 52): the identity's other member disagrees, so it is offered as possible, not a match.
  assert.equal(suggestion.decision, 'possible');
  // Against the root alone it would be no match at all.
  const resolver = createReportPersonResolver(system.services);
  const rootOnly = await system.services.db
    .transaction()
    .execute((tx) => resolver.compareEntities(tx, asanti, kwame, '2026-11-10'));
  assert.equal(rootOnly?.decision, 'non-match');

  // The analyst sees the same score and the member's reasons.
  const resolution = await system.services.personResolution.get(analyst, asanti);
  const shown = resolution.suggestions.find((s) => s.other.id === kwame);
  assert.ok(shown, 'the suggestion is shown');
  assert.ok(shown.score >= 0.9, `shown score ${String(shown.score)}`);
  assert.equal(shown.decision, 'possible', 'labelled as it was stored, by average linkage');
  assert.ok(
    shown.explanation.some((line) => /^surname: .*Asante.*typing error/i.test(line)),
    shown.explanation.join('\n'),
  );

  // Once merged, the two are one identity: the suggestion is settled and no longer shown; scored
  // again, it is still the comparison with the other members, never a person with itself.
  await system.services.personResolution.merge(analyst, { survivorId: kwame, mergedId: asanti, reason: 'Same car' });
  const afterMerge = (await system.services.personResolution.get(analyst, asanti)).suggestions;
  assert.ok(!afterMerge.some((s) => [asanti, kwame].includes(s.other.id)), 'not shown within the identity');
  assert.deepEqual(
    (await suggestionsOf(asanti)).map((s) => s.status),
    ['merged'],
  );
  const rescored = await system.services.db
    .transaction()
    .execute((tx) => resolver.compareWithIdentity(tx, asanti, kwame, '2026-11-10'));
  assert.ok(
    rescored?.explanation.some((line) => /^surname: .*Asante.*typing error/i.test(line)),
    rescored?.explanation.join('\n'),
  );
});
