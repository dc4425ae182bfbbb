import { can, type StaffActor } from '../access/index.ts';
import { casesOpenedByPeriod } from './casework-aggregates.repository.ts';
import { caseworkContext, type CaseworkDeps } from './casework-context.ts';
import { listOpenCases } from './casework.repository.ts';
import type { ClockKey } from './clocks.ts';

const maxCases = 10_000;

/**
 * Numbers for the tactical assessment dashboard: the open cases the reader may see (their teams'
 * or no team's), their overdue statutory clocks by kind and overdue actions, and cases opened per
 * period. Counts only; the dashboard that asks audits the read. Null without `casework.read`.
 */
export function createCaseworkFiguresService(deps: CaseworkDeps) {
  const context = caseworkContext(deps);
  return {
    async figures(
      actor: StaffActor,
      range: { from: string; to: string },
      bucket: 'week' | 'month',
    ): Promise<{
      openCases: number;
      overdueClocks: Record<ClockKey, number>;
      overdueActions: number;
      opened: { period: string; count: number }[];
    } | null> {
      if (!can(actor, 'casework.read')) return null;
      const rows = await listOpenCases(deps.db, actor.teamIds, maxCases);
      const parts = await context.clocksOf(rows);
      const today = context.today();
      const overdueClocks: Record<ClockKey, number> = {
        referral_decision: 0,
        strategy_discussion: 0,
        conference: 0,
        assessment: 0,
      };
      let overdueActions = 0;
      for (const own of parts.values()) {
        for (const clock of own.clocks) if (clock.state === 'overdue') overdueClocks[clock.key] += 1;
        overdueActions += own.actions.filter((a) => a.status === 'open' && (a.due_on ?? '') < today).length;
      }
      const opened = await casesOpenedByPeriod(deps.db, actor.teamIds, range, bucket);
      return { openCases: rows.length, overdueClocks, overdueActions, opened };
    },
  };
}
export type CaseworkFiguresService = ReturnType<typeof createCaseworkFiguresService>;
