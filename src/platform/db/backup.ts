import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { pgliteExtensions } from './create-db.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { Db } from './database.ts';
import { DatabaseUnavailableError } from './database-errors.ts';

// Backups of the database alone. The keys (LINEBREAK_DATA_KEY and LINEBREAK_RECEIPT_KEY, or
// LINEBREAK_DATA_DIR/keys) are never in a backup: a copy of the database must reveal nothing
// without them, so they are kept, and backed up, somewhere else.
//
// PostgreSQL: pg_dump's plain SQL (no owners, no grants), restored with psql in a single
// transaction into an empty database. PGlite: PGlite's own dump of its data folder (a
// gzipped tar), taken while no server has the folder open (the folder lock makes sure).

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const pgliteMagic = Buffer.from([0x1f, 0x8b]);
const postgresMagic = '-- PostgreSQL database dump';

export async function backupPostgres(url: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  await runTool('pg_dump', ['--format=plain', '--no-owner', '--no-privileges', `--file=${partial}`], url);
  renameSync(partial, file);
}

export async function restorePostgres(db: Db, url: string, file: string): Promise<void> {
  const head = readFileSync(file).subarray(0, 200);
  if (!head.toString('utf8').includes(postgresMagic)) {
    throw new BackupError(`${file} is not a PostgreSQL backup (an embedded database backup restores into PGlite)`);
  }
  const tables = await listTables(db);
  if (tables.length > 0) {
    throw new BackupError(
      `The target database already has ${String(tables.length)} table(s): restore into a new, empty database`,
    );
  }
  await runTool(
    'psql',
    ['--quiet', '--no-psqlrc', '--set=ON_ERROR_STOP=1', '--single-transaction', `--file=${file}`],
    url,
  );
}

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const folder = resolve(dataDir, 'pglite');
  if (!existsSync(folder)) throw new BackupError(`There is no embedded database in ${resolve(dataDir)}`);
  const release = acquireDataDirLock(resolve(dataDir));
  try {
    const pglite = await PGlite.create({ dataDir: folder, extensions: pgliteExtensions });
    try {
      const dump = await pglite.dumpDataDir('gzip');
      const partial = `${file}.partial`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      renameSync(partial, file);
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

export async function restorePglite(dataDir: string, file: string): Promise<void> {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 2).equals(pgliteMagic)) {
    throw new BackupError(
      `${file} is not an embedded database backup (a PostgreSQL backup restores with DATABASE_URL)`,
    );
  }
  const folder = resolve(dataDir, 'pglite');
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new BackupError(`${folder} already holds a database: restore into a new, empty LINEBREAK_DATA_DIR`);
  }
  const release = acquireDataDirLock(resolve(dataDir));
  try {
    const pglite = await PGlite.create({
      dataDir: folder,
      extensions: pgliteExtensions,
      loadDataDir: new Blob([bytes]),
    });
    await pglite.close();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new BackupError(`Cannot restore ${file}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    release();
  }
}

/** Every table of the schema, by name. */
export async function listTables(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  return result.rows.map((row) => row.name);
}

/** The number of rows in every table, to compare a restore with what was backed up. */
export async function countEveryTable(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(db)) {
    const result = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

/** Runs pg_dump or psql with the password in the environment, never on the command line. */
function runTool(tool: string, args: readonly string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, [...args, `--dbname=${parsed.toString()}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...(password === '' ? {} : { PGPASSWORD: password }) },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      reject(
        new DatabaseUnavailableError(`Cannot run ${tool} (is the PostgreSQL client installed?): ${error.message}`),
      );
    });
    child.on('close', (code) => {
      if (code === 0) {
        resolvePromise();
        return;
      }
      const said = stderr.trim().split('\n').slice(-3).join(' ');
      reject(new BackupError(`${tool} failed (exit ${String(code)}): ${said}`));
    });
  });
}
