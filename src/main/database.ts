import type { Config } from '../config/config.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/create-db.ts';
import { DatabaseUnavailableError } from '../platform/db/database-errors.ts';
import { listPendingMigrations, migrateToLatest } from '../platform/db/migrator.ts';

export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl !== undefined
    ? openDatabase({ kind: 'postgresql', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir, sharedBuffers: config.pgliteSharedBuffers });
}

/**
 * The embedded database migrates itself at start-up: it belongs to this process alone.
 * A shared PostgreSQL server is migrated deliberately with `linebreak migrate`, so a
 * server refuses to start against a schema it does not expect.
 */
export async function prepareSchema(database: DatabaseHandle): Promise<readonly string[]> {
  if (database.engine === 'pglite') {
    return (await migrateToLatest(database.db)).applied;
  }
  const pending = await listPendingMigrations(database.db);
  if (pending.length > 0) {
    throw new DatabaseUnavailableError(
      `The PostgreSQL schema is behind by ${String(pending.length)} migration(s) (${pending.join(', ')}): run \`linebreak migrate\` first`,
    );
  }
  return [];
}
