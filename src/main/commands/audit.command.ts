import { loadConfig } from '../../config/config.ts';
import { createAuditTrail } from '../../platform/audit/audit-trail.ts';
import { systemClock } from '../../platform/clock.ts';
import { openConfiguredDatabase, prepareSchema } from '../database.ts';
import { UsageError, writeLine, type Command } from './command.ts';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Check the tamper-evident audit trail',
  usage: `linebreak audit verify

  Recomputes the hash chain of the audit trail from its first row to the chain head and
  names every row that was altered, reordered or deleted. Exits 0 when the trail is intact
  and 1 when it is not.`,
  options: {},
  async run({ positionals }, io) {
    const [action, extra] = positionals;
    if (action !== 'verify') {
      throw new UsageError(action ? `unknown audit action "${action}"` : 'say what to do: verify');
    }
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    const database = await openConfiguredDatabase(loadConfig(io.env));
    try {
      await prepareSchema(database);
      const result = await createAuditTrail({ clock: systemClock }).verify(database.db);
      for (const problem of result.problems) {
        writeLine(io.stdout, `row ${problem.seq}: ${problem.problem}`);
      }
      writeLine(
        io.stdout,
        result.ok
          ? `Audit trail intact: ${String(result.checked)} rows checked.`
          : `Audit trail TAMPERED: ${String(result.problems.length)} problem(s) in ${String(result.checked)} rows.`,
      );
      return result.ok ? 0 : 1;
    } finally {
      await database.close();
    }
  },
};
