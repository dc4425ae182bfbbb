import { sql } from 'kysely';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, requireReason, type StaffActor } from '../access/index.ts';
import { extractEntities } from '../extraction/index.ts';
import {
  isUuid,
  type ReportAnswers,
  type ReportCategory,
  reportSealContext,
  sourceTypeOfReport,
  type ReportStatus,
} from '../reports/index.ts';
import { reportForProcessing } from './report-adapter.ts';
import { queryClauses, reportIdsWithTokens, searchDigest } from '../search/index.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';

export const inboxSorts = ['priority', 'newest', 'oldest'] as const;
export type InboxSort = (typeof inboxSorts)[number];

export type InboxFilter = {
  statuses: ReportStatus[];
  categories: ReportCategory[];
  sector?: string;
  /** A street or place named in the report, matched through the search tokens (ADR 25). */
  street?: string;
  /** Only reports waiting at least this many days. */
  minDaysWaiting?: number;
  sort?: InboxSort;
  offset?: number;
  limit: number;
};

const gistWords = 12;

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
const daysBetween = (from: string, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));

/** The first words of the report's own account: its one-line gist (report.read already checked). */
function gistOfAnswers(
  sealer: Sealer,
  row: { id: string; answers_sealed: Uint8Array; submitted_on: Date | string; categories: ReportCategory[] },
): string | null {
  const answers = JSON.parse(sealer.openText(row.answers_sealed, reportSealContext.answers(row.id))) as ReportAnswers;
  const texts = reportForProcessing(
    {
      id: row.id,
      submittedOn: day(row.submitted_on),
      categories: row.categories,
      childInvolved: false,
      vulnerableAdultInvolved: false,
    },
    answers,
  ).texts;
  // The reporter's own account first, then what they said it is about, then any other text.
  const first = (
    texts.find((t) => t.field === 'anything-else.details') ??
    texts.find((t) => t.field === 'about.otherDescription') ??
    texts[0]
  )?.text;
  if (first === undefined) return null;
  const words = first.split(/\s+/).filter((word) => word !== '');
  return `${words.slice(0, gistWords).join(' ')}${words.length > gistWords ? ' …' : ''}`;
}

/**
 * The intelligence unit's inbox of submissions from every channel. A threat to life, a child or
 * a vulnerable adult comes first, flagged from the answers the moment the report is stored;
 * then the longest waiting. Only the day a report arrived is known (reporters' privacy), so the
 * waiting clock counts days.
 */
export function createInboxService(deps: {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: Clock;
  blindIndex: BlindIndex;
}) {
  const { db, sealer, audit, clock, blindIndex } = deps;
  const record = (
    actor: StaffActor,
    action: string,
    reportId?: string,
    reason?: string,
    details?: Record<string, unknown>,
  ) =>
    db.transaction().execute((tx) =>
      audit.record(tx, {
        actor: { type: 'staff', id: actor.userId },
        action,
        ...(reportId ? { subject: { type: 'report', id: reportId } } : {}),
        ...(reason ? { reason } : {}),
        requestId: actor.requestId,
        ...(details ? { details } : {}),
      }),
    );

  const gistOf = (row: Parameters<typeof gistOfAnswers>[1]) => gistOfAnswers(sealer, row);

  return {
    /** One page of the inbox as the list (the total is in listPage). */
    async list(actor: StaffActor, filter: InboxFilter) {
      return (await this.listPage(actor, filter)).items;
    },

    /** One page of the inbox, with how many reports the filter matches in all. */
    async listPage(actor: StaffActor, filter: InboxFilter) {
      requirePermission(actor, 'report.read');
      let query = db
        .selectFrom('reports as r')
        .leftJoin('report_processing as p', 'p.report_id', 'r.id')
        .where('r.status', 'in', filter.statuses);
      if (filter.categories.length > 0) {
        query = query.where(sql<boolean>`r.categories && ${sql.val(filter.categories)}::text[]`);
      }
      if (filter.sector) query = query.where('r.postcode_sector', '=', filter.sector);
      if (filter.street !== undefined) {
        const clauses = queryClauses(filter.street).map((clause) => clause.map((t) => searchDigest(blindIndex, t)));
        query = query.where(
          clauses.length === 0 ? sql<boolean>`false` : sql<boolean>`r.id in ${reportIdsWithTokens(clauses)}`,
        );
      }
      if (filter.minDaysWaiting !== undefined) {
        const latest = new Date(clock.now().getTime() - filter.minDaysWaiting * 86_400_000).toISOString().slice(0, 10);
        query = query.where('r.submitted_on', '<=', latest as never);
      }
      const counted = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirst();
      let page = query.select([
        'r.id',
        'r.channel',
        'r.status',
        'r.categories',
        'r.child_involved',
        'r.vulnerable_adult_involved',
        'r.threat_to_life',
        'r.postcode_sector',
        'r.submitted_on',
        'r.answers_sealed',
        'p.state as processing',
        sql<number>`(select count(*)::int from correlation_alert_reports ar where ar.report_id = r.id)`.as(
          'alert_count',
        ),
        // The reporter wrote last: a reply (or more information) no analyst has answered yet.
        sql<boolean>`coalesce((select m.author = 'reporter' from report_messages m
          where m.report_id = r.id order by m.seq desc limit 1), false)`.as('reporter_replied'),
      ]);
      const sort = filter.sort ?? 'priority';
      if (sort === 'priority') {
        page = page
          .orderBy('r.threat_to_life', 'desc')
          .orderBy('r.child_involved', 'desc')
          .orderBy('r.vulnerable_adult_involved', 'desc')
          .orderBy('r.submitted_on', 'asc');
      } else {
        page = page.orderBy('r.submitted_on', sort === 'newest' ? 'desc' : 'asc');
      }
      const rows = await page
        .orderBy('r.id')
        .limit(filter.limit)
        .offset(filter.offset ?? 0)
        .execute();
      await record(actor, 'report.list', undefined, undefined, { count: rows.length, offset: filter.offset ?? 0 });
      const now = clock.now();
      const items = rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        status: row.status,
        categories: row.categories,
        flags: {
          threatToLife: row.threat_to_life,
          child: row.child_involved,
          vulnerableAdult: row.vulnerable_adult_involved,
        },
        priority: row.threat_to_life || row.child_involved || row.vulnerable_adult_involved ? 'high' : 'normal',
        postcodeSector: row.postcode_sector,
        submittedOn: day(row.submitted_on),
        daysWaiting: daysBetween(day(row.submitted_on), now),
        processing: row.processing ?? 'pending',
        alertCount: row.alert_count,
        reporterReplied: row.reporter_replied,
        gist: gistOf(row),
      }));
      return { items, total: counted?.total ?? 0 };
    },

    /** The decrypted submission without contact details, with the entities found in each text. */
    async get(actor: StaffActor, reportId: string) {
      requirePermission(actor, 'report.read');
      const row = isUuid(reportId)
        ? await db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirst()
        : undefined;
      if (!row) throw new AppError('not_found_or_no_access');
      const answers = JSON.parse(
        sealer.openText(row.answers_sealed, reportSealContext.answers(reportId)),
      ) as ReportAnswers;
      const triage = {
        id: row.id,
        submittedOn: day(row.submitted_on),
        categories: row.categories,
        childInvolved: row.child_involved,
        vulnerableAdultInvolved: row.vulnerable_adult_involved,
      };
      const texts = reportForProcessing(triage, answers).texts.map(({ field, text }) => ({
        field,
        text,
        entities: extractEntities(text),
      }));
      const [mentions, alerts, related] = await Promise.all([
        db
          .selectFrom('pole_mentions as m')
          .innerJoin('pole_entities as e', 'e.id', 'm.entity_id')
          .select(['m.entity_id', 'm.field', 'm.span_start', 'm.span_end', 'e.kind'])
          .where('m.report_id', '=', reportId)
          .execute(),
        db
          .selectFrom('correlation_alert_reports as r')
          .innerJoin('correlation_alerts as a', 'a.id', 'r.alert_id')
          .select(['a.id', 'a.kind', 'a.status', 'a.priority'])
          .where('r.report_id', '=', reportId)
          .execute(),
        // Earlier (and later) reports that mention any of the same entities: the links the
        // analyst needs to see at once.
        db
          .selectFrom('pole_mentions as mine')
          .innerJoin('pole_mentions as other', 'other.entity_id', 'mine.entity_id')
          .innerJoin('reports as o', 'o.id', 'other.report_id')
          .select(['o.id', 'o.submitted_on', 'o.status', 'other.entity_id'])
          .where('mine.report_id', '=', reportId)
          .where('other.report_id', '!=', reportId)
          .orderBy('o.submitted_on', 'desc')
          .limit(500)
          .execute(),
      ]);
      const relatedReports = new Map<
        string,
        { reportId: string; submittedOn: string; status: string; entityIds: string[] }
      >();
      for (const r of related) {
        const entry = relatedReports.get(r.id) ?? {
          reportId: r.id,
          submittedOn: day(r.submitted_on),
          status: r.status,
          entityIds: [],
        };
        if (!entry.entityIds.includes(r.entity_id)) entry.entityIds.push(r.entity_id);
        relatedReports.set(r.id, entry);
      }
      await record(actor, 'report.read', reportId);
      return {
        id: row.id,
        channel: row.channel,
        status: row.status,
        categories: row.categories,
        flags: {
          threatToLife: row.threat_to_life,
          child: row.child_involved,
          vulnerableAdult: row.vulnerable_adult_involved,
        },
        postcodeSector: row.postcode_sector,
        submittedOn: triage.submittedOn,
        hasContactDetails: row.contact_sealed !== null,
        suggestedSourceType: sourceTypeOfReport({
          channel: row.channel,
          hasContactDetails: row.contact_sealed !== null,
        }),
        answers,
        texts,
        linkedEntities: mentions.map((m) => ({
          entityId: m.entity_id,
          kind: m.kind,
          field: m.field,
          spanStart: m.span_start,
          spanEnd: m.span_end,
        })),
        alerts,
        relatedReports: [...relatedReports.values()].slice(0, 50),
      };
    },

    /** The reporter's contact details: a further permission and a stated reason each time. */
    async readContact(actor: StaffActor, reportId: string, reason: string | undefined) {
      requirePermission(actor, 'report.read');
      const row = isUuid(reportId)
        ? await db.selectFrom('reports').select(['id', 'contact_sealed']).where('id', '=', reportId).executeTakeFirst()
        : undefined;
      if (!row) throw new AppError('not_found_or_no_access');
      requirePermission(actor, 'report.read_sensitive');
      const stated = requireReason(reason);
      await record(actor, 'report.read_contact', reportId, stated);
      return {
        contact: row.contact_sealed
          ? (JSON.parse(sealer.openText(row.contact_sealed, reportSealContext.contact(reportId))) as unknown)
          : null,
      };
    },

    async setStatus(actor: StaffActor, reportId: string, status: ReportStatus) {
      requirePermission(actor, 'report.triage');
      if (!isUuid(reportId)) throw new AppError('not_found_or_no_access');
      await db.transaction().execute(async (tx) => {
        const updated = await tx.updateTable('reports').set({ status }).where('id', '=', reportId).executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('not_found_or_no_access');
        await audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'report.set_status',
          subject: { type: 'report', id: reportId },
          requestId: actor.requestId,
          details: { status },
        });
      });
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
