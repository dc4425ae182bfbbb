import { loadConfig } from '../../config/config.ts';
import { listPendingMigrations, migrateToLatest } from '../../platform/db/migrator.ts';
import { openConfiguredDatabase } from '../database.ts';
import { UsageError, writeLine, type Command } from './command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date (PostgreSQL in production)',
  usage: `linebreak migrate [--status]

  Applies every pending migration in src/migrations to DATABASE_URL (or the embedded
  database when DATABASE_URL is unset), in order, each in its own transaction.

  --status  list pending migrations without applying them`,
  options: { status: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${String(positionals[0])}`);
    const config = loadConfig(io.env);
    const database = await openConfiguredDatabase(config);
    try {
      if (values.status === true) {
        const pending = await listPendingMigrations(database.db);
        writeLine(io.stdout, pending.length === 0 ? 'The schema is up to date.' : `Pending: ${pending.join(', ')}`);
        return 0;
      }
      const { applied } = await migrateToLatest(database.db);
      writeLine(
        io.stdout,
        applied.length === 0
          ? 'The schema was already up to date.'
          : `Applied ${String(applied.length)}: ${applied.join(', ')}`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
