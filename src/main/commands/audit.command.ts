import { loadConfig } from '../../config/config.ts';
import { createCheckpointLog } from '../../platform/audit/audit-checkpoints.ts';
import { createAuditTrail, type VerifyResult } from '../../platform/audit/audit-trail.ts';
import { systemClock } from '../../platform/clock.ts';
import { loadKeys } from '../../platform/crypto/keys.ts';
import { openConfiguredDatabase, prepareSchema } from '../database.ts';
import { UsageError, writeLine, type Command, type CommandIo } from './command.ts';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Check the tamper-evident audit trail, or checkpoint its head',
  usage: `linebreak audit verify
linebreak audit checkpoint

  verify      Recomputes the hash chain of the audit trail from its first row to the chain
              head and names every row that was altered, reordered or deleted, including rows
              cut from the end since the latest signed checkpoint. Exits 0 when the trail is
              intact and 1 when it is not.
  checkpoint  Verifies the trail, then appends its head, signed with a key derived from the
              data key, to LINEBREAK_AUDIT_CHECKPOINTS. Ship that file off the server. Exits 1
              (and writes nothing) if the trail does not verify.`,
  options: {},
  async run({ positionals }, io) {
    const [action, extra] = positionals;
    if (action !== 'verify' && action !== 'checkpoint') {
      throw new UsageError(action ? `unknown audit action "${action}"` : 'say what to do: verify or checkpoint');
    }
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    const config = loadConfig(io.env);
    const checkpoints = createCheckpointLog({ path: config.auditCheckpointFile, dataKey: loadKeys(config).dataKey });
    const database = await openConfiguredDatabase(config);
    try {
      await prepareSchema(database);
      const trail = createAuditTrail({ clock: systemClock, checkpoints });
      if (action === 'verify') {
        const result = await trail.verify(database.db);
        printResult(io, result);
        return result.ok ? 0 : 1;
      }
      const { written, verified } = await trail.checkpoint(database.db);
      if (written === undefined) {
        printResult(io, verified);
        writeLine(io.stdout, 'No checkpoint written: the trail does not verify.');
        return 1;
      }
      writeLine(
        io.stdout,
        `Checkpoint written to ${checkpoints.path}: row ${written.seq.toString()}, hash ${written.hash}, at ${written.at}.`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};

function printResult(io: CommandIo, result: VerifyResult): void {
  for (const problem of result.problems) {
    writeLine(io.stdout, problem.seq === '-' ? problem.problem : `row ${problem.seq}: ${problem.problem}`);
  }
  writeLine(
    io.stdout,
    result.ok
      ? `Audit trail intact: ${String(result.checked)} rows checked.`
      : `Audit trail TAMPERED: ${String(result.problems.length)} problem(s) in ${String(result.checked)} rows.`,
  );
}
