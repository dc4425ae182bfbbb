import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { dealLinesByIds, findDealLine, listDealLines } from '../deal-lines/index.ts';
import { isUuid } from '../reports/index.ts';
import { invalid } from './casework-context.ts';
import { mayReadCase, requireCasework } from './casework.policy.ts';
import { findCase } from './casework.repository.ts';
import { insertCaseLine, linesOfCase, safeguardingCountsOfLines } from './cuckooed.repository.ts';

type Deps = { db: Db; audit: AuditTrail; clock: Clock };

/**
 * Links from safeguarding cases to the deal lines that exploit their people (ADR 0038), counted
 * in each line's disruption measures. Linking needs casework.manage; every change is audited.
 */
export function createCaseLineService(deps: Deps) {
  const { db, audit, clock } = deps;

  return {
    /** Links a case to a deal line that exploits its person (counted in the line's disruption). */
    async linkCaseToLine(actor: StaffActor, caseId: string, dealLineId: string) {
      await requireCasework(deps, actor, 'casework.case.link_line', 'casework.manage');
      const row = isUuid(caseId) ? await findCase(db, caseId) : undefined;
      if (!row || !mayReadCase(actor, row)) throw new AppError('not_found_or_no_access');
      if (!(await findDealLine(db, dealLineId))) throw invalid('dealLineId', 'Choose a deal line that exists');
      await db.transaction().execute(async (tx) => {
        const added = await insertCaseLine(tx, {
          case_id: row.id,
          deal_line_id: dealLineId,
          linked_by: actor.userId,
          linked_at: clock.now(),
        });
        if (!added) throw new AppError('conflict', 'The case is already linked to that deal line');
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.case.link_line', {
            subject: { type: 'casework_case', id: row.id },
            details: { dealLineId },
          }),
        );
      });
    },

    /**
     * The lines a safeguarding lead may link a case or an address to: brand name and status only
     * (no numbers, people or intelligence), suspected or confirmed first. Audited.
     */
    async lineChoices(actor: StaffActor) {
      await requireCasework(deps, actor, 'casework.deal_line_choices', 'casework.manage');
      const rows = await listDealLines(db, { statuses: ['suspected', 'confirmed', 'disrupted'], limit: 500 });
      await db
        .transaction()
        .execute((tx) =>
          audit.record(tx, auditEventBy(actor, 'casework.deal_line_choices', { details: { count: rows.length } })),
        );
      return rows.map((l) => ({ id: l.id, name: l.brand_name, status: l.status }));
    },

    /** The deal lines a case is linked to, for the case page (the case's own read is the audited one). */
    async linesOf(actor: StaffActor, caseId: string) {
      await requireCasework(deps, actor, 'casework.case.read', 'casework.read');
      const row = isUuid(caseId) ? await findCase(db, caseId) : undefined;
      if (!row || !mayReadCase(actor, row)) throw new AppError('not_found_or_no_access');
      const links = await linesOfCase(db, row.id);
      const lines = await dealLinesByIds(
        db,
        links.map((l) => l.deal_line_id),
      );
      return lines.map((l) => ({ id: l.id, name: l.brand_name }));
    },
  };
}

export type CaseLineService = ReturnType<typeof createCaseLineService>;

/**
 * For operations' disruption measures: per deal line, people safeguarded (cases linked to the
 * line), cuckooed addresses on the register for it, and submitted NRM referrals on those cases.
 * Counts only, no case detail: the caller's own permission (operations.read) governs it.
 */
export async function safeguardingMeasuresOfLines(db: Db, lineIds: readonly string[]) {
  const { cases, addresses, referrals } = await safeguardingCountsOfLines(db, lineIds);
  const count = (rows: readonly { deal_line_id: string | null; n: string }[], id: string) =>
    Number(rows.find((r) => r.deal_line_id === id)?.n ?? 0);
  return new Map(
    lineIds.map((id) => [
      id,
      { safeguarded: count(cases, id), cuckooedAddresses: count(addresses, id), nrmReferrals: count(referrals, id) },
    ]),
  );
}
