import type { StaffActor } from '../access/index.ts';
import { auditEventBy } from '../access/index.ts';
import { readableGradedIntelligence } from '../intelligence/index.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { arrestsUnderWarrants, seizuresUnderWarrants } from './arrest.repository.ts';
import { requireOperations } from './operations.policy.ts';
import { findIntelligenceResult, insertIntelligenceResult } from './traceability.repository.ts';
import { warrantsCiting } from './warrant.repository.ts';
import type { WarrantDeps } from './warrant-support.ts';

import type { IntelligenceResult } from '../../labels/index.ts';
export { intelligenceResults, type IntelligenceResult } from '../../labels/index.ts';

/** Traceability: what an intelligence report led to, and its closure with that result. */
export function createTraceabilityService(deps: WarrantDeps) {
  const { db, sealer, audit, clock } = deps;

  async function readable(actor: StaffActor, intelligenceId: string) {
    const [report] = await readableGradedIntelligence({ db, sealer }, actor, [intelligenceId]);
    if (!report) throw new AppError('not_found_or_no_access');
    return report;
  }

  /** The warrants citing the report, the arrests and seizures made under them. */
  async function gather(intelligenceId: string) {
    const warrants = await warrantsCiting(db, [intelligenceId]);
    const ids = warrants.map((w) => w.id);
    const [arrests, seizures] = await Promise.all([arrestsUnderWarrants(db, ids), seizuresUnderWarrants(db, ids)]);
    return {
      warrants: warrants.map((w) => ({ id: w.id, reference: w.reference, status: w.status })),
      arrests: arrests.map((a) => ({
        id: a.id,
        warrantId: a.warrant_id,
        arrestedAt: a.arrested_at.toISOString(),
        suspectedOffence: a.suspected_offence,
      })),
      seizures: seizures.map((s) => ({
        id: s.id,
        warrantId: s.warrant_id,
        arrestId: s.arrest_id,
        seizedAt: s.seized_at.toISOString(),
        place: s.place,
      })),
    };
  }

  return {
    async ledTo(actor: StaffActor, intelligenceId: string) {
      await requireOperations(deps, actor, 'operations.trace', ['operations.read']);
      await readable(actor, intelligenceId);
      const [found, closed] = await Promise.all([gather(intelligenceId), findIntelligenceResult(db, intelligenceId)]);
      await db
        .transaction()
        .execute((tx) =>
          audit.record(
            tx,
            auditEventBy(actor, 'operations.trace', { subject: { type: 'intelligence_report', id: intelligenceId } }),
          ),
        );
      return {
        ...found,
        closed: closed
          ? {
              result: closed.result,
              note: closed.note,
              by: closed.closed_by,
              at: closed.closed_at.toISOString(),
              ledTo: closed.led_to,
            }
          : null,
      };
    },

    /** Closes the report with its result; what it led to is recorded with it. Closing twice is refused. */
    async closeIntelligence(
      actor: StaffActor,
      intelligenceId: string,
      input: { result: IntelligenceResult; note: string },
    ) {
      await requireOperations(deps, actor, 'operations.intelligence.close', ['operations.target']);
      await readable(actor, intelligenceId);
      const found = await gather(intelligenceId);
      if (input.result === 'actioned' && found.warrants.length === 0) {
        throw new AppError('validation_failed', 'Nothing is recorded as coming from this report yet', [
          { field: 'result', message: 'Choose “actioned” only once a warrant cites the report' },
        ]);
      }
      const ledTo = {
        warrants: found.warrants.map((w) => w.id),
        arrests: found.arrests.map((a) => a.id),
        seizures: found.seizures.map((s) => s.id),
      };
      await db.transaction().execute(async (tx) => {
        const inserted = await insertIntelligenceResult(tx, {
          intelligence_id: intelligenceId,
          result: input.result,
          note: input.note,
          led_to: JSON.stringify(ledTo),
          closed_by: actor.userId,
          closed_at: clock.now(),
        });
        if (!inserted) throw new AppError('conflict', 'This report has already been closed with its result');
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.intelligence.close', {
            subject: { type: 'intelligence_report', id: intelligenceId },
            reason: input.note,
            details: { result: input.result, ...ledTo },
          }),
        );
      });
    },
  };
}

/** Whether the report was closed with its result (the intelligence workflow's port). */
export async function intelligenceIsClosed(db: DbOrTx, intelligenceId: string): Promise<boolean> {
  return (await findIntelligenceResult(db, intelligenceId)) !== undefined;
}
