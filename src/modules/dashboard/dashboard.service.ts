import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import type { CaseworkServices } from '../casework/index.ts';
import {
  alertsSection,
  caseworkSection,
  linesSection,
  operationsSections,
  reportsSection,
  type SectionContext,
} from './dashboard-sections.ts';
import { dashboardCsv } from './dashboard-csv.ts';
import type { Dashboard } from './dashboard.responses.ts';
import type { SectionId } from './dashboard.schemas.ts';
import { periodsBetween, type Bucket } from './periods.ts';

type Query = { from?: string | undefined; to?: string | undefined; bucket: Bucket };

/**
 * The tactical assessment dashboard: the sections the reader's roles cover, each with a trend over
 * the chosen weeks or months. A reader with none (a partner agency) is refused. Each read and each
 * CSV export is audited.
 */
export function createDashboardService(deps: {
  db: Db;
  audit: AuditTrail;
  clock: Clock;
  caseworkFigures: CaseworkServices['figures'];
}) {
  const { db, audit } = deps;

  async function build(actor: StaffActor, query: Query): Promise<Dashboard> {
    const to = query.to ?? londonDay(deps.clock.now());
    const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 83 * 86_400_000).toISOString().slice(0, 10);
    const periods = periodsBetween(from, to, query.bucket);
    const context: SectionContext = { db, actor, range: { from, to }, bucket: query.bucket, periods };
    const [reports, alerts, casework, operations, lines] = await Promise.all([
      reportsSection(context),
      alertsSection(context),
      caseworkSection(context, deps.caseworkFigures),
      operationsSections(context),
      linesSection(context),
    ]);
    const sections = [reports, alerts, casework, ...operations, lines].flatMap((s) => (s ? [s] : []));
    if (sections.length === 0) {
      await db
        .transaction()
        .execute((tx) =>
          audit.record(tx, auditEventBy(actor, 'access.denied', { details: { operation: 'dashboard.read' } })),
        );
      throw new AppError('forbidden', 'Your role has no part of the dashboard');
    }
    return { from, to, bucket: query.bucket, periods, sections };
  }

  return {
    async read(actor: StaffActor, query: Query): Promise<Dashboard> {
      const dashboard = await build(actor, query);
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'dashboard.read', {
            details: {
              from: dashboard.from,
              to: dashboard.to,
              bucket: dashboard.bucket,
              sections: dashboard.sections.map((s) => s.id),
            },
          }),
        ),
      );
      return dashboard;
    },

    /** One section (or all) as CSV rows of section, measure, period and count; "now" figures with the period "now". */
    async exportCsv(actor: StaffActor, query: Query & { section: SectionId | 'all' }) {
      const dashboard = await build(actor, query);
      const sections = dashboard.sections.filter((s) => query.section === 'all' || s.id === query.section);
      if (sections.length === 0) throw new AppError('not_found_or_no_access');
      const { body, rows } = dashboardCsv(
        dashboard,
        sections.map((s) => s.id),
      );
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'dashboard.export', {
            details: {
              from: dashboard.from,
              to: dashboard.to,
              bucket: dashboard.bucket,
              sections: sections.map((s) => s.id),
              rows,
            },
          }),
        ),
      );
      const filename = `tactical-assessment-${query.section}-${dashboard.from}-to-${dashboard.to}.csv`;
      return { body, filename };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
