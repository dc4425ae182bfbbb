import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.ts';
import { createServices } from '../src/main/services.ts';
import { buildActor } from '../src/modules/access/index.ts';
import { entityLabelContext } from '../src/modules/pole/index.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createSealer } from '../src/platform/crypto/sealer.ts';
import { createLogger } from '../src/platform/logging/logger.ts';
import { freshDatabase, percentile, round, type BenchEngine } from './support.ts';

export type OperationsResult = {
  engine: string;
  people: number;
  mentions: number;
  targets: number;
  targetListSamples: number;
  targetListP50Ms: number;
  targetListP95Ms: number;
  intelligenceReports: number;
  warrantSamples: number;
  warrantP50Ms: number;
  warrantP95Ms: number;
  warrantMaxMs: number;
  preloadSeconds: number;
};

const quiet = new Writable({
  write(_chunk, _encoding, callback) {
    callback();
  },
});

/**
 * Issue 14's two budgets, through the real services (access checks, sealing, audit):
 * the target list in stored priority order (`targets.list`, 200 active targets, ADR 0040)
 * over `people` people with three mentions each; and assembling a warrant application from 50
 * graded intelligence reports (`warrants.intelligenceFor` then `warrants.apply`, which re-reads and
 * copies the grades, checks corroboration and inserts the application in one transaction).
 */
export async function runOperationsBenchmark(
  engine: BenchEngine,
  options: { people: number; targets: number; samples: number; intelligence: number },
): Promise<OperationsResult> {
  const database = await freshDatabase(engine, 'ops');
  try {
    const keys = { dataKey: randomBytes(32), receiptKey: randomBytes(32) };
    const config = loadConfig({ LINEBREAK_ENV: 'test', LOG_LEVEL: 'error', LINEBREAK_DATA_DIR: '/nonexistent' });
    const logger = createLogger({ level: 'error', destination: quiet });
    const services = await createServices({ config, database, clock: systemClock, keys, logger });
    const sealer = await createSealer(keys.dataKey);
    const analyst = buildActor({
      userId: randomUUID(),
      displayName: 'Bench analyst',
      roles: ['intelligence_analyst'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    const db = database.db;

    const started = performance.now();
    // People with synthetic keys and three mentions each over two years, in bulk SQL.
    await sql`
      insert into pole_entities (id, kind, blind_key, label_sealed, first_seen, last_seen, report_count)
      select md5('person' || i)::uuid, 'person', 'bench-person-' || i, '\\x00'::bytea, date '2025-01-01', date '2026-10-31', 3
      from generate_series(0, ${options.people - 1}) i`.execute(db);
    await sql`
      insert into pole_mentions (entity_id, report_id, observed_on, field)
      select md5('person' || i)::uuid, md5('report' || ((i * 7 + k * 104729) % ${options.people * 2}))::uuid,
             date '2025-01-01' + ((i + k * 97) % 670), 'details'
      from generate_series(0, ${options.people - 1}) i, generate_series(0, 2) k
      on conflict do nothing`.execute(db);
    await sql`vacuum analyze`.execute(db);
    // The targets: every (people / targets)th person, with a real sealed label, made a target
    // through the service (each computes and snapshots its priority).
    const step = Math.floor(options.people / options.targets);
    const ids = (
      await sql<{ id: string }>`
        select md5('person' || (i * ${step}))::uuid as id from generate_series(0, ${options.targets - 1}) i`.execute(db)
    ).rows.map((r) => r.id);
    for (const [index, id] of ids.entries()) {
      await db
        .updateTable('pole_entities')
        .set({ label_sealed: sealer.seal(`Bench Person ${String(index)}`, entityLabelContext(id)) })
        .where('id', '=', id)
        .execute();
      await services.operations.targets.create(analyst, {
        personEntityId: id,
        rationale: 'Benchmark target with a rationale',
        reviewOn: '2099-01-01',
      });
    }
    // Graded intelligence the analyst may read.
    const intelligenceIds: string[] = [];
    for (let i = 0; i < options.intelligence; i += 1) {
      const report = await services.intelligence.create(analyst, {
        submissionId: null,
        sourceType: i % 5 === 0 ? 'public_anonymous' : 'officer',
        originalText: `Bench report ${String(i)}: callers at the flat`,
        priority: 'high',
      });
      await services.intelligenceWorkflow.evaluate(analyst, report.id, {
        grade: {
          source: i % 3 === 0 ? '2' : '1',
          assessment: i % 2 === 0 ? 'A' : 'B',
          handling: 'P',
          conditions: null,
        },
        sourceEvaluationReason: 'Bench',
        sanitisedText: `Callers at Flat ${String(i)}, Example Road.`,
        assessment: 'Supply.',
        priority: 'high',
        actionDecision: 'develop',
        researchedSystems: [],
        expectedVersion: 1,
      });
      intelligenceIds.push(report.id);
    }
    const preloadSeconds = (performance.now() - started) / 1000;

    const timed = async (run: () => Promise<unknown>) => {
      const t = performance.now();
      await run();
      return performance.now() - t;
    };
    await services.operations.targets.list(analyst, { limit: 200 }); // warm-up
    const listTimes: number[] = [];
    for (let i = 0; i < options.samples; i += 1) {
      listTimes.push(await timed(() => services.operations.targets.list(analyst, { limit: 200 })));
    }
    const warrantTimes: number[] = [];
    for (let i = 0; i < options.samples + 1; i += 1) {
      const time = await timed(async () => {
        await services.operations.warrants.intelligenceFor(analyst, intelligenceIds);
        await services.operations.warrants.apply(analyst, {
          intelligenceIds,
          premises: `Flat ${String(i)}, 12 Example Road, St Albans`,
          personEntityIds: [],
          searchPersonsFound: true,
          drugsSought: ['crack_cocaine'],
          entriesSought: 1,
          grounds: 'Graded intelligence of class A supply from the flat over the last fortnight.',
          undermining: 'Nothing known',
          plannedExecutionOn: '2099-01-01',
        });
      });
      if (i > 0) warrantTimes.push(time); // the first is a warm-up
    }
    listTimes.sort((a, b) => a - b);
    warrantTimes.sort((a, b) => a - b);
    const mentions = await sql<{ n: string }>`select count(*) as n from pole_mentions`.execute(db);
    return {
      engine: engine.name,
      people: options.people,
      mentions: Number(mentions.rows[0]?.n),
      targets: options.targets,
      targetListSamples: listTimes.length,
      targetListP50Ms: round(percentile(listTimes, 50)),
      targetListP95Ms: round(percentile(listTimes, 95)),
      intelligenceReports: intelligenceIds.length,
      warrantSamples: warrantTimes.length,
      warrantP50Ms: round(percentile(warrantTimes, 50)),
      warrantP95Ms: round(percentile(warrantTimes, 95)),
      warrantMaxMs: round(warrantTimes.at(-1) ?? Number.NaN),
      preloadSeconds: round(preloadSeconds, 1),
    };
  } finally {
    await database.close();
  }
}

export const operationsTableHeader =
  '| engine | people | mentions | targets | target list p50 ms | target list p95 ms | meets ≤ 200 | intelligence cited | application p50 ms | application p95 ms | application max ms | meets ≤ 200 | preload s |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|';

export function formatOperationsRow(r: OperationsResult): string {
  return `| ${r.engine} | ${r.people.toLocaleString('en-GB')} | ${r.mentions.toLocaleString('en-GB')} | ${String(r.targets)} | ${String(r.targetListP50Ms)} | ${String(r.targetListP95Ms)} | ${r.targetListP95Ms <= 200 ? 'yes' : '**no**'} | ${String(r.intelligenceReports)} | ${String(r.warrantP50Ms)} | ${String(r.warrantP95Ms)} | ${String(r.warrantMaxMs)} | ${r.warrantP95Ms <= 200 ? 'yes' : '**no**'} | ${String(r.preloadSeconds)} |`;
}

// Run alone: node bench/operations.ts [people] [pglite|postgresql]
if (import.meta.main) {
  const people = Number(process.argv[2] ?? 100_000);
  const name = process.argv[3] === 'postgresql' ? 'postgresql' : 'pglite';
  const engine: BenchEngine =
    name === 'postgresql'
      ? { name, url: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' }
      : { name };
  const result = await runOperationsBenchmark(engine, { people, targets: 200, samples: 30, intelligence: 50 });
  process.stdout.write(`${operationsTableHeader}\n${formatOperationsRow(result)}\n`);
}
