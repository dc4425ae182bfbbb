import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { importPlanIntoPole, planNeo4jImport, readNeo4jExport } from '../../src/modules/pole/index.ts';
import {
  comparisonLevelCount,
  createNameDigester,
  createReportPersonResolver,
  defaultScoringModel,
  loadLatestScoringModel,
} from '../../src/modules/resolution/index.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// `linebreak persons train` as a service: EM over the people in the POLE store (the Neo4j
// example's 369 people), stored as a numbered version with no names in it, audited, and used
// by scoring from then on.

let system: TestSystem;

before(async () => {
  system = await createTestSystem();
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'pole');
  await importPlanIntoPole(system.services, planNeo4jImport(readNeo4jExport(fixtures), { defaultDay: '2017-08-31' }), {
    source: 'fixture',
    actorId: 'test',
  });
});

after(async () => {
  await system.close();
});

test('training stores a numbered model without names, audits it, and scoring switches to it', async () => {
  const { services } = system;
  const digest = createNameDigester(services.blindIndex);
  const resolver = createReportPersonResolver(services);
  assert.equal(await loadLatestScoringModel(services.db, digest), undefined);
  assert.equal(await resolver.currentModel(services.db), defaultScoringModel, 'the defaults before any training');

  const report = await services.personModelTrainer.train({ actorId: 'linebreak persons train', seed: 7 });
  assert.equal(report.version, 1);
  assert.ok(report.records > 300, `${String(report.records)} named people`);
  assert.equal(report.levels.length, comparisonLevelCount);
  for (const level of report.levels) {
    assert.ok(level.m > 0 && level.m < 1 && level.u > 0 && level.u < 1, `${level.comparison} ${level.level}`);
    assert.ok(Math.abs(level.weight - Math.log2(level.m / level.u)) < 1e-9);
  }
  assert.ok(report.priorMatchProbability > 0 && report.priorMatchProbability < 0.5);

  const stored = await loadLatestScoringModel(services.db, digest);
  assert.equal(stored?.version, 1);
  assert.equal(stored.trainedBy, 'linebreak persons train');
  const surnameExact = report.levels.find((l) => l.comparison === 'surname' && l.level === 'exact');
  assert.equal(stored.model.levels.surname.exact.m, surnameExact?.m);
  assert.equal(stored.model.matchThreshold, defaultScoringModel.matchThreshold, 'nothing matches more eagerly');

  // Name counts are held under digests: no label of any person appears in the stored row.
  const labels = await services.db
    .selectFrom('pole_entities')
    .select(['id', 'label_sealed'])
    .where('kind', '=', 'person')
    .execute();
  const names = labels.flatMap((row) =>
    services.sealer.openText(row.label_sealed, `pole_entity:${row.id}:label`).toLowerCase().split(' '),
  );
  const { rows } = await sql<{
    text: string;
  }>`select term_frequencies::text || model::text as text from person_match_models`.execute(services.db);
  const storedText = rows[0]?.text ?? '';
  const leaked = names.filter((name) => name.length > 3 && storedText.includes(`"${name}"`));
  assert.deepEqual(leaked, []);
  assert.ok(stored.model.termFrequencies !== undefined && stored.model.termFrequencies.surname.records > 300);

  const audited = await sql<{ action: string; actor_id: string }>`
    select action, actor_id from audit_events where action = 'person_match.model_trained'`.execute(services.db);
  assert.deepEqual(audited.rows, [{ action: 'person_match.model_trained', actor_id: 'linebreak persons train' }]);

  const model = await resolver.currentModel(services.db);
  assert.notEqual(model, defaultScoringModel);
  assert.equal(model.levels.surname.exact.m, surnameExact?.m);

  // Retraining adds a version; the same seed on the same records gives the same weights.
  const again = await services.personModelTrainer.train({ actorId: 'linebreak persons train', seed: 7 });
  assert.equal(again.version, 2);
  assert.deepEqual(again.levels, report.levels);
  assert.equal((await loadLatestScoringModel(services.db, digest))?.version, 2);
});

test('training refuses a store with too few named people', async () => {
  const empty = await createTestSystem();
  try {
    await assert.rejects(empty.services.personModelTrainer.train({ actorId: 'test' }), /at least 10 are needed/);
  } finally {
    await empty.close();
  }
});

test('a model stored before a comparison level was added is read with the default for that level', async () => {
  const { services } = system;
  const digest = createNameDigester(services.blindIndex);
  await services.personModelTrainer.train({ actorId: 'test', seed: 11 });
  // Drop the e-mail levels added after the model was trained, as an older version stored it.
  await sql`update person_match_models
    set model = jsonb_set(model::jsonb, '{levels,email}', (model::jsonb #> '{levels,email}') - 'user' - 'close')
    where version = (select max(version) from person_match_models)`.execute(services.db);
  const stored = await loadLatestScoringModel(services.db, digest);
  assert.deepEqual(stored?.model.levels.email.user, defaultScoringModel.levels.email.user);
  assert.deepEqual(stored.model.levels.email.close, defaultScoringModel.levels.email.close);
  assert.notDeepEqual(stored.model.levels.surname.exact, defaultScoringModel.levels.surname.exact, 'trained kept');
});
