import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { createNameDigester, defaultScoringModel } from '../../src/modules/resolution/index.ts';
import { saveScoringModel } from '../../src/modules/resolution/person-match-model.repository.ts';
import { reportProcessingJob } from '../../src/modules/triage/report-processor.ts';
import { recordWebReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// A trained person-match model carries a count for every name the force holds: the triage job
// reads it once and keeps it until a newer version is trained, instead of once a report.

/** Counts reads of a whole stored model (the small "which version is latest" query is not one). */
class ModelReads implements KyselyPlugin {
  count = 0;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    const tree = JSON.stringify(node);
    if (node.kind === 'SelectQueryNode' && tree.includes('"person_match_models"') && tree.includes('"SelectAllNode"')) {
      this.count += 1;
    }
    return node;
  }
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

let system: TestSystem;
before(async () => {
  system = await createTestSystem();
});
after(async () => {
  await system.close();
});

const train = (trainedAt: string) =>
  saveScoringModel(system.services.db, createNameDigester(system.services.blindIndex), {
    model: defaultScoringModel,
    report: {},
    trainedBy: 'test',
    trainedAt: new Date(trainedAt),
  });

const reportNaming = (details: string) =>
  recordWebReport(system.services, { about: { categories: ['something_else'] }, 'anything-else': { details } });

async function states(): Promise<string[]> {
  const rows = await system.services.db.selectFrom('report_processing').select('state').execute();
  return rows.map((row) => row.state);
}

test('the triage job reads the trained model once for many reports, and again only after retraining', async () => {
  await train('2026-11-01T10:00:00Z');
  await reportNaming('A man called John Smith sells wraps from 14 Hatfield Road AL1 3JX.');
  await reportNaming('A lad called Tyler Brown, aged 15, runs parcels on Catherine Street AL3 5BU.');
  await reportNaming('Someone called Priya Shah collects cash at 2 Verulam Road AL3 4DG.');
  const reads = new ModelReads();
  const job = reportProcessingJob({
    ...system.services,
    db: system.services.db.withPlugin(reads),
    thresholds: defaultThresholds,
  });

  await job.run(new AbortController().signal);
  assert.deepEqual(await states(), ['done', 'done', 'done']);
  const people = await system.services.db.selectFrom('person_match_keys').select('person_id').distinct().execute();
  assert.equal(people.length, 3, 'each report named a person the resolver scored');
  assert.equal(reads.count, 1, 'one read of the model for three reports');

  await reportNaming('A man called Jon Smyth was outside 14 Hatfield Road AL1 3JX.');
  await job.run(new AbortController().signal);
  assert.equal(reads.count, 1, 'the same version is not read again');

  await train('2026-11-02T10:00:00Z');
  await reportNaming('A woman called Priya Sha was at 2 Verulam Road AL3 4DG.');
  await job.run(new AbortController().signal);
  assert.deepEqual(await states(), ['done', 'done', 'done', 'done', 'done']);
  assert.equal(reads.count, 2, 'a newer version is read once');
});
