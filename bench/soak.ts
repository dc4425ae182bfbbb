// `npm run soak`: kill -9 the server 100 times (SOAK_CYCLES) during a stream of submissions,
// on PGlite and, when reachable, PostgreSQL; prints what was acknowledged, stored and lost.
// Not part of `npm test` (the suite runs a few cycles: test/reliability/kill-9.test.ts).
import pg from 'pg';
import { runCrashCycles, type CrashResult } from '../test/support/crash-cycles.ts';

const cycles = Number(process.env.SOAK_CYCLES ?? '100');
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.argv.find((arg) => arg === 'pglite' || arg === 'postgresql');

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const engines: ('pglite' | 'postgresql')[] = [];
if (only !== 'postgresql') engines.push('pglite');
if (only !== 'pglite' && (await postgresReachable())) engines.push('postgresql');

const results: CrashResult[] = [];
for (const engine of engines) {
  process.stdout.write(`${engine}: ${String(cycles)} kill -9 cycles\n`);
  const result = await runCrashCycles({
    engine,
    cycles,
    postgresUrl,
    onCycle(cycle, acknowledged, stored) {
      process.stdout.write(
        `  cycle ${String(cycle)}: ${String(acknowledged)} acknowledged, ${String(stored)} stored\n`,
      );
    },
  });
  results.push(result);
}
process.stdout.write(
  '\n| engine | kill -9 cycles | acknowledged | stored | lost | stored, not acknowledged | audit verify | restart median / max | time |\n',
);
process.stdout.write('|---|---|---|---|---|---|---|---|---|\n');
for (const r of results) {
  process.stdout.write(
    `| ${r.engine} | ${String(r.cycles)} | ${String(r.acknowledged)} | ${String(r.stored)} | ${String(r.lost)} | ${String(r.unacknowledgedStored)} | ${r.auditOk ? `intact (${String(r.auditRows)} rows)` : 'FAILED'} | ${String(r.restartMs.median)} / ${String(r.restartMs.max)} ms | ${String(r.seconds)} s |\n`,
  );
}
process.exitCode = results.every((r) => r.lost === 0 && r.auditOk) ? 0 : 1;
