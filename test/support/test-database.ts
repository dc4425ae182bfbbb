import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { openDatabase, pgliteExtensions, type DatabaseHandle } from '../../src/platform/db/create-db.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrator.ts';

// Each test file gets its own fresh, migrated database, cloned from a template that is
// migrated once per run (test/support/global-setup.ts): a dumped PGlite data directory, or
// a PostgreSQL template database when TEST_DATABASE_URL is set.

const migrationsDir = join(import.meta.dirname, '..', '..', 'src', 'migrations');

export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  return url !== undefined && url !== '' ? url : undefined;
}

/** Changes whenever a migration is added or edited, so a stale template is never reused. */
function schemaFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationsDir).sort()) {
    hash.update(name).update(readFileSync(join(migrationsDir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

function pgliteTemplatePath(): string {
  return join(tmpdir(), 'linebreak-test', `pglite-template-${schemaFingerprint()}.tar.gz`);
}

function postgresTemplateName(): string {
  return `linebreak_template_${schemaFingerprint()}`;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function prepareTemplate(): Promise<void> {
  const url = testDatabaseUrl();
  if (url === undefined) {
    await preparePgliteTemplate();
  } else {
    await preparePostgresTemplate(url);
  }
}

async function preparePgliteTemplate(): Promise<void> {
  const path = pgliteTemplatePath();
  if (existsSync(path)) return;
  const pglite = await PGlite.create({ extensions: pgliteExtensions });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  try {
    await migrateToLatest(db);
    const dump = await pglite.dumpDataDir('gzip');
    mkdirSync(join(tmpdir(), 'linebreak-test'), { recursive: true });
    // Write then rename, so a concurrent reader never sees half a template.
    const partial = `${path}.${String(process.pid)}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  } finally {
    await db.destroy();
  }
}

async function preparePostgresTemplate(url: string): Promise<void> {
  const name = postgresTemplateName();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 1) return;
    const building = `${name}_building_${String(process.pid)}`;
    await admin.query(`drop database if exists ${building}`);
    await admin.query(`create database ${building}`);
    const handle = await openDatabase({ kind: 'postgresql', url: withDatabase(url, building), poolSize: 1 });
    try {
      await migrateToLatest(handle.db);
    } finally {
      await handle.close();
    }
    await admin.query(`alter database ${building} rename to ${name}`);
  } finally {
    await admin.end();
  }
}

export type TestDatabase = DatabaseHandle & { readonly name: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  await prepareTemplate();
  if (url === undefined) {
    const blob = new Blob([readFileSync(pgliteTemplatePath())]);
    const handle = await openDatabase({ kind: 'pglite-memory', loadDataDir: blob });
    return { ...handle, name: 'pglite-memory' };
  }
  const name = `linebreak_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${postgresTemplateName()}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ kind: 'postgresql', url: withDatabase(url, name), poolSize: 4 });
  return {
    ...handle,
    name,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * An embedded database kept in a folder on disk (tables, WAL and all), cloned from the same
 * template, so a test can search every byte the database wrote. PGlite only.
 */
export async function createDiskTestDatabase(dataDir: string): Promise<TestDatabase> {
  await prepareTemplate();
  const pglite = await PGlite.create({
    dataDir,
    loadDataDir: new Blob([readFileSync(pgliteTemplatePath())]),
    extensions: pgliteExtensions,
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    engine: 'pglite',
    name: dataDir,
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
