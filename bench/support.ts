import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { openDatabase, pgliteExtensions, type DatabaseHandle } from '../src/platform/db/create-db.ts';
import type { Database } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';

export type BenchEngine = { readonly name: 'pglite' | 'postgresql'; readonly url?: string };

/** A fresh, migrated database for one benchmark run; PostgreSQL databases are dropped afterwards. */
export async function freshDatabase(
  engine: BenchEngine,
  label: string,
): Promise<DatabaseHandle & { readonly url?: string; saveTo?(dataDir: string): Promise<void> }> {
  if (engine.name === 'pglite' || engine.url === undefined) {
    const pglite = await PGlite.create({ extensions: pgliteExtensions });
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
    await migrateToLatest(db);
    return {
      db,
      engine: 'pglite',
      close: () => db.destroy(),
      /** Writes the database to `dataDir` as a server's embedded database (dataDir/pglite). */
      async saveTo(dataDir: string) {
        const dump = await pglite.dumpDataDir('none');
        const disk = await PGlite.create({
          dataDir: join(dataDir, 'pglite'),
          loadDataDir: dump,
          extensions: pgliteExtensions,
        });
        await disk.close();
      },
    };
  }
  const scratch = await createScratchPostgres(engine.url, label);
  const handle = await openDatabase({ kind: 'postgresql', url: scratch.url, poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: scratch.url,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}

/** An empty PostgreSQL database for one benchmark, and a way to drop it. */
export async function createScratchPostgres(
  serverUrl: string,
  label: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `linebreak_bench_${label}_${String(process.pid)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export type CorpusCase = { id: string; text: string };

export function loadCorpusTexts(): string[] {
  const corpus = JSON.parse(
    readFileSync(new URL('../test/fixtures/extraction/corpus.json', import.meta.url), 'utf8'),
  ) as {
    cases: CorpusCase[];
  };
  return corpus.cases.map((c) => c.text);
}

/** A seeded PRNG (mulberry32), so every run measures the same workload. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
