import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db, Engine } from './database.ts';
import { describePostgresTarget, DatabaseUnavailableError } from './database-errors.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { readClusterTemplate } from './pglite-template.ts';

export type DatabaseHandle = {
  readonly db: Db;
  readonly engine: Engine;
  /** Closes the pool or the embedded database; safe to call twice. */
  close(): Promise<void>;
  /**
   * PGlite only: bytes of its WebAssembly memory (PostgreSQL's whole address space, shared_buffers
   * included), which grows and never shrinks. For measuring where the server's memory goes.
   */
  wasmHeapBytes?(): number;
};

export type DatabaseTarget =
  | { readonly kind: 'postgresql'; readonly url: string; readonly poolSize?: number }
  | {
      readonly kind: 'pglite';
      readonly dataDir: string;
      /** PostgreSQL's shared_buffers inside the WASM heap, e.g. '32MB' (PGlite's default is 128MB). */
      readonly sharedBuffers?: string;
    }
  | { readonly kind: 'pglite-memory'; readonly loadDataDir?: Blob };

export const pgliteExtensions = { pg_trgm, fuzzystrmatch };

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgresql') {
    return openPostgres(target.url, target.poolSize ?? 10);
  }
  return openPglite(target);
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits 'error' on the pool; without a listener that
  // would crash the process. Queries on a fresh client report the failure instead.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `Cannot connect to PostgreSQL at ${describePostgresTarget(url)}: ${errorMessage(error)}`,
    );
  }
  // Connecting fails fast (5 s) so a wrong DATABASE_URL is one clear line at start-up; but
  // pg-pool also applies that timeout to waiting for a free connection, and under a burst (64
  // clients on a busy machine, bench/load.ts) requests waited longer than 5 s and failed with a
  // 500. Once connected, a request waits its turn for up to 30 s instead.
  pool.options.connectionTimeoutMillis = 30_000;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    engine: 'postgresql',
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

async function openPglite(
  target: Extract<DatabaseTarget, { kind: 'pglite' | 'pglite-memory' }>,
): Promise<DatabaseHandle> {
  let releaseLock = (): void => undefined;
  let pglite: PGlite;
  try {
    if (target.kind === 'pglite') {
      const dataDir = resolve(target.dataDir);
      mkdirSync(dataDir, { recursive: true });
      releaseLock = acquireDataDirLock(dataDir);
      const clusterDir = resolve(dataDir, 'pglite');
      // A new database unpacks the cluster `npm install` initialised, rather than running initdb
      // here (src/platform/db/pglite-template.ts).
      const template = existsSync(clusterDir) ? undefined : readClusterTemplate();
      pglite = await PGlite.create({
        dataDir: clusterDir,
        extensions: pgliteExtensions,
        ...(template ? { loadDataDir: template } : {}),
        // Its buffers live inside the WASM heap, which grows and never shrinks (docs/adr/0049).
        ...(target.sharedBuffers ? { postgresqlconf: [`shared_buffers=${target.sharedBuffers}`] } : {}),
      });
    } else {
      pglite = await PGlite.create({
        extensions: pgliteExtensions,
        ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      });
    }
  } catch (error) {
    releaseLock();
    if (error instanceof DatabaseUnavailableError) throw error;
    throw new DatabaseUnavailableError(`Cannot open the embedded database: ${errorMessage(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  let closed = false;
  return {
    db,
    engine: 'pglite',
    // PGlite keeps its Emscripten module in a protected field; wasmMemory is PostgreSQL's heap.
    wasmHeapBytes: () =>
      (pglite as unknown as { mod?: { wasmMemory?: { buffer: ArrayBuffer } } }).mod?.wasmMemory?.buffer.byteLength ?? 0,
    async close() {
      if (closed) return;
      closed = true;
      // Kysely's PGlite driver closes the PGlite instance it was given, but only once it has
      // run a query: an instance that was never queried would stay open and keep the process
      // alive, so close it here too.
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      releaseLock();
    },
  };
}

function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return errorMessage(error.errors[0]);
  }
  return error instanceof Error ? error.message : String(error);
}
