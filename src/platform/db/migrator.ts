import { readdir } from 'node:fs/promises';
import { inspect } from 'node:util';
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';
import type { Db } from './database.ts';

const migrationsFolder = new URL('../../migrations/', import.meta.url);

// Migrations are the files in src/migrations named YYYY_MM_DD_HHMMSS_verb_noun.ts, applied in
// name order. Kysely refuses to run if an applied migration is missing or out of order.
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    const names = (await readdir(migrationsFolder))
      .filter((name) => /^\d{4}_\d{2}_\d{2}_\d{6}_[a-z0-9_]+\.ts$/.test(name))
      .sort();
    const migrations: Record<string, Migration> = {};
    for (const name of names) {
      migrations[name.replace(/\.ts$/, '')] = (await import(new URL(name, migrationsFolder).href)) as Migration;
    }
    return migrations;
  },
};

export type MigrationOutcome = { readonly applied: readonly string[] };

export class MigrationFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationFailedError';
  }
}

export async function migrateToLatest(db: Db): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : inspect(result.error);
    throw new MigrationFailedError(`Migration ${failed} failed: ${reason}`);
  }
  return { applied };
}

export async function listPendingMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const migrations = await migrator.getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
