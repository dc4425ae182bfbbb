import { loadConfig } from '../../config/config.ts';
import { createAuditTrail } from '../../platform/audit/audit-trail.ts';
import { systemClock } from '../../platform/clock.ts';
import {
  BackupError,
  backupPglite,
  backupPostgres,
  countEveryTable,
  restorePglite,
  restorePostgres,
} from '../../platform/db/backup.ts';
import { openConfiguredDatabase } from '../database.ts';
import { UsageError, writeLine, type Command, type CommandIo } from './command.ts';

const keysWarning =
  'The backup holds the database only, never the keys (LINEBREAK_DATA_KEY and LINEBREAK_RECEIPT_KEY, or LINEBREAK_DATA_DIR/keys). Without the same keys, restored reports and contact details cannot be read. Keep a copy of the keys somewhere else, not beside the backup.';

function fileArgument(positionals: readonly string[]): string {
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('name the backup file');
  if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
  return file;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write a backup of the database (not the keys) to a file',
  usage: `linebreak backup FILE

  PostgreSQL (DATABASE_URL set): pg_dump's plain SQL, without owners or grants; the server
  can keep running. Embedded database: a dump of LINEBREAK_DATA_DIR/pglite, taken while no
  server has it open (stop \`linebreak serve\` first; the folder lock refuses otherwise).
  The keys are never in the backup: back them up separately.`,
  options: {},
  async run({ positionals }, io) {
    const file = fileArgument(positionals);
    const config = loadConfig(io.env);
    try {
      if (config.databaseUrl !== undefined) await backupPostgres(config.databaseUrl, file);
      else await backupPglite(config.dataDir, file);
    } catch (error) {
      return failed(io, 'backup', error);
    }
    writeLine(io.stdout, `Backup written to ${file}.`);
    writeLine(io.stderr, `Warning: ${keysWarning}`);
    return 0;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup into a new, empty database, then verify it',
  usage: `linebreak restore FILE

  Restores into the database the configuration names, which must be new and empty: an empty
  PostgreSQL database (DATABASE_URL), or a LINEBREAK_DATA_DIR with no embedded database yet.
  Then verifies the audit trail and prints the number of rows in every table. Exits 1 if
  the restore fails or the trail does not verify. On PostgreSQL, run
  \`linebreak db grant-app-role ROLE\` afterwards. The restored reports can be read only with
  the keys the backed-up system used.`,
  options: {},
  async run({ positionals }, io) {
    const file = fileArgument(positionals);
    const config = loadConfig(io.env);
    writeLine(io.stderr, `Warning: ${keysWarning}`);
    if (config.databaseUrl === undefined) {
      try {
        await restorePglite(config.dataDir, file);
      } catch (error) {
        return failed(io, 'restore', error);
      }
    }
    const database = await openConfiguredDatabase(config);
    try {
      if (config.databaseUrl !== undefined) await restorePostgres(database.db, config.databaseUrl, file);
      // The checkpoint log may record rows written after this backup was taken: the
      // restored chain is verified on its own, and the operator compares it with the log.
      const verified = await createAuditTrail({ clock: systemClock }).verify(database.db);
      for (const problem of verified.problems) writeLine(io.stdout, `audit row ${problem.seq}: ${problem.problem}`);
      writeLine(
        io.stdout,
        verified.ok
          ? `Restored from ${file}. Audit trail intact: ${String(verified.checked)} rows checked.`
          : `Restored from ${file}, but the audit trail does NOT verify.`,
      );
      for (const [table, count] of Object.entries(await countEveryTable(database.db))) {
        writeLine(io.stdout, `  ${table}: ${String(count)}`);
      }
      return verified.ok ? 0 : 1;
    } catch (error) {
      return failed(io, 'restore', error);
    } finally {
      await database.close();
    }
  },
};

function failed(io: CommandIo, name: string, error: unknown): number {
  if (error instanceof BackupError) {
    writeLine(io.stderr, `linebreak ${name}: ${error.message}`);
    return 1;
  }
  throw error;
}
