import { loadConfig } from '../../config/config.ts';
import { AppRoleError, grantAppRole } from '../../platform/db/app-role.ts';
import { openConfiguredDatabase } from '../database.ts';
import { UsageError, writeLine, type Command } from './command.ts';

export const dbCommand: Command = {
  name: 'db',
  summary: 'Database administration for PostgreSQL (least-privilege application role)',
  usage: `linebreak db grant-app-role ROLE

  Run as the owner of the schema (the role that runs \`linebreak migrate\`), after every
  migration. Gives ROLE what the application needs and no more: read and write on its
  tables, but only SELECT and INSERT on the audit trail, so the application can never
  change, delete or truncate audit rows, nor disable the triggers that guard them (only
  the owner can). Then set DATABASE_URL for \`linebreak serve\` to connect as ROLE.`,
  options: {},
  async run({ positionals }, io) {
    const [action, role, extra] = positionals;
    if (action !== 'grant-app-role') {
      throw new UsageError(action ? `unknown db action "${action}"` : 'say what to do: grant-app-role ROLE');
    }
    if (role === undefined) throw new UsageError('name the role the application connects as');
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    const config = loadConfig(io.env);
    if (config.databaseUrl === undefined) {
      writeLine(io.stderr, 'linebreak db: only for PostgreSQL (set DATABASE_URL); the embedded database has no roles');
      return 1;
    }
    const database = await openConfiguredDatabase(config);
    try {
      await grantAppRole(database.db, role);
      writeLine(io.stdout, `Granted least-privilege access to ${role}.`);
      return 0;
    } catch (error) {
      if (error instanceof AppRoleError) {
        writeLine(io.stderr, `linebreak db: ${error.message}`);
        return 1;
      }
      throw error;
    } finally {
      await database.close();
    }
  },
};
