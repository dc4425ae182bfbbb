import { startOfLondonDay } from '../calendar.ts';
import type { Clock } from '../clock.ts';
import type { DbOrTx } from '../db/database.ts';
import {
  genesisHash,
  hashAuditEvent,
  storableAuditDetails,
  storableAuditText,
  type AuditEventInput,
} from './audit-event.ts';
import type { AuditCheckpoint, CheckpointLog } from './audit-checkpoints.ts';
import { insertAuditRowAndAdvanceHead, lockChainHead, readAuditPage, readChainHead } from './audit.repository.ts';

export type AuditTrail = ReturnType<typeof createAuditTrail>;

export type VerifyProblem = { readonly seq: string; readonly problem: string };
export type VerifyResult = {
  readonly ok: boolean;
  readonly checked: number;
  readonly problems: readonly VerifyProblem[];
};

function text(value: string | undefined): string | null {
  return value === undefined ? null : storableAuditText(value);
}

export function createAuditTrail(deps: { clock: Clock; checkpoints?: CheckpointLog | undefined }) {
  return {
    /**
     * Appends one event. Call it with the transaction that makes the change it records, so
     * the change and its audit row commit or roll back together. The chain head row lock
     * serialises writers, which keeps the chain gap-free on PostgreSQL's many connections.
     */
    async record(tx: DbOrTx, event: AuditEventInput): Promise<void> {
      const head = await lockChainHead(tx);
      const seq = head.seq + 1n;
      // A member of the public is protected from being identified by when they acted: their
      // events carry the day only, and no request id that could be matched to a log line.
      const isPublic = event.actor.type === 'public';
      const fields = {
        seq,
        occurredAt: isPublic || event.dayOnly === true ? startOfLondonDay(deps.clock.now()) : deps.clock.now(),
        actorType: event.actor.type,
        actorId: event.actor.type === 'public' ? null : storableAuditText(event.actor.id),
        action: storableAuditText(event.action),
        subjectType: text(event.subject?.type),
        subjectId: text(event.subject?.id),
        reason: text(event.reason),
        requestId: isPublic ? null : text(event.requestId),
        // What is hashed is exactly what the row keeps (see storableAuditText).
        details: storableAuditDetails(event.details ?? {}),
        prevHash: head.hash,
      };
      await insertAuditRowAndAdvanceHead(tx, { ...fields, hash: hashAuditEvent(fields) });
    },

    /**
     * Walks the whole chain and names every row that was altered, reordered or removed; with
     * a checkpoint log, also rows removed from the end since the latest signed checkpoint.
     */
    async verify(db: DbOrTx, pageSize = 1000): Promise<VerifyResult> {
      const problems: VerifyProblem[] = [];
      const latest = deps.checkpoints?.latest() ?? { checkpoint: undefined, problems: [] };
      for (const problem of latest.problems) problems.push({ seq: '-', problem });
      const checkpoint = latest.checkpoint;
      let hashAtCheckpoint: string | undefined;
      let expectedSeq = 1n;
      let prevHash = genesisHash;
      let checked = 0;
      for (;;) {
        const rows = await readAuditPage(db, expectedSeq - 1n, pageSize);
        if (rows.length === 0) break;
        for (const row of rows) {
          const seq = BigInt(row.seq);
          if (seq !== expectedSeq) {
            problems.push({
              seq: expectedSeq.toString(),
              problem: `missing: rows ${expectedSeq.toString()} to ${(seq - 1n).toString()} were deleted`,
            });
          }
          if (row.prev_hash !== prevHash) {
            problems.push({
              seq: seq.toString(),
              problem: 'broken link: previous hash does not match the row before it',
            });
          }
          const recomputed = hashAuditEvent({
            seq,
            occurredAt: row.occurred_at,
            actorType: row.actor_type,
            actorId: row.actor_id,
            action: row.action,
            subjectType: row.subject_type,
            subjectId: row.subject_id,
            reason: row.reason,
            requestId: row.request_id,
            details: row.details,
            prevHash: row.prev_hash,
          });
          if (recomputed !== row.hash) {
            problems.push({ seq: seq.toString(), problem: 'altered: contents do not match the row hash' });
          }
          if (seq === checkpoint?.seq) hashAtCheckpoint = row.hash;
          prevHash = row.hash;
          expectedSeq = seq + 1n;
          checked += 1;
        }
        // Keep reading after a gap: readAuditPage continues from the last row seen.
      }
      const head = await readChainHead(db);
      if (head.seq !== expectedSeq - 1n) {
        problems.push({
          seq: head.seq.toString(),
          problem: `missing: the chain head records ${head.seq.toString()} rows but the trail ends at ${(expectedSeq - 1n).toString()}`,
        });
      } else if (head.hash !== prevHash) {
        problems.push({ seq: head.seq.toString(), problem: 'altered: the last row does not match the chain head' });
      }
      if (checkpoint !== undefined) {
        problems.push(...compareWithCheckpoint(checkpoint, expectedSeq - 1n, hashAtCheckpoint));
      }
      return { ok: problems.length === 0, checked, problems };
    },

    /**
     * Verifies the chain, then appends its head to the checkpoint log. A trail that does not
     * verify is not checkpointed: that would bless the tampering.
     */
    async checkpoint(db: DbOrTx): Promise<{ written: AuditCheckpoint | undefined; verified: VerifyResult }> {
      if (!deps.checkpoints) throw new Error('no audit checkpoint log is configured');
      const verified = await this.verify(db);
      if (!verified.ok) return { written: undefined, verified };
      const head = await readChainHead(db);
      return { written: deps.checkpoints.append(head, deps.clock.now()), verified };
    },
  };
}

function compareWithCheckpoint(
  checkpoint: AuditCheckpoint,
  lastSeq: bigint,
  hashAtCheckpoint: string | undefined,
): VerifyProblem[] {
  const seq = checkpoint.seq.toString();
  if (checkpoint.seq > lastSeq) {
    return [
      {
        seq,
        problem: `missing: the checkpoint of ${checkpoint.at} recorded ${seq} rows but the trail ends at ${lastSeq.toString()}`,
      },
    ];
  }
  if (checkpoint.seq > 0n && hashAtCheckpoint !== checkpoint.hash) {
    return [{ seq, problem: `altered: row ${seq} does not match the checkpoint of ${checkpoint.at}` }];
  }
  return [];
}
