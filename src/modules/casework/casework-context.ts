import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock as SystemClock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import { mayReadCase } from './casework.policy.ts';
import { actionsOf, discussionsOf, findCase, type CaseRecord } from './casework.repository.ts';
import { computeClocks, type ClockPolicy } from './clocks.ts';
import type { WorkingCalendar } from './working-days.ts';

export type CaseworkDeps = {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: SystemClock;
  blindIndex: BlindIndex;
  calendar: WorkingCalendar;
  policy: ClockPolicy;
};

export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, [{ field, message }]);

/** Shared by the casework services: reading a case under need-to-know, and its clocks. */
export function caseworkContext(deps: CaseworkDeps) {
  const { db, sealer, clock, calendar, policy } = deps;
  const today = () => londonDay(clock.now());

  async function readableCase(db: DbOrTx, actor: StaffActor, id: string): Promise<CaseRecord> {
    const row = isUuid(id) ? await findCase(db, id) : undefined;
    if (!row || !mayReadCase(actor, row)) throw new AppError('not_found_or_no_access');
    return row;
  }

  async function clocksOf(rows: readonly CaseRecord[]) {
    const ids = rows.map((r) => r.id);
    const [discussions, actions] = await Promise.all([discussionsOf(db, ids), actionsOf(db, ids)]);
    const now = clock.now();
    return new Map(
      rows.map((row) => {
        const own = discussions.filter((d) => d.case_id === row.id);
        const clocks = computeClocks(
          {
            subjectKind: row.subject_kind,
            referralReceivedAt: row.referral_received_at,
            referralDecidedAt: row.referral_decided_at,
            referralDecision: row.referral_decision,
            strategyRequiredAt: row.strategy_required_at,
            discussions: own.map((d) => ({ heldAt: d.held_at, conferenceNeeded: d.conference_needed })),
            conferenceHeldOn: row.conference_held_on,
            assessmentCompletedOn: row.assessment_completed_on,
          },
          { calendar, policy, now, dayOf: londonDay },
        );
        return [row.id, { clocks, discussions: own, actions: actions.filter((a) => a.case_id === row.id) }];
      }),
    );
  }

  return { readableCase, clocksOf, today, sealer };
}
