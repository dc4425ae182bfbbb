import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, requireReason, type StaffActor } from '../access/index.ts';
import { extractEntities } from '../extraction/index.ts';
import {
  findReportContact,
  findReportRow,
  isUuid,
  type ReportAnswers,
  type ReportCategory,
  reportSealContext,
  sourceTypeOfReport,
  type ReportStatus,
  updateReportStatuses,
} from '../reports/index.ts';
import { reportForProcessing } from './report-adapter.ts';
import { gistOfAnswers } from './inbox-gist.ts';
import { queryClauses, searchDigest } from '../search/index.ts';
import { findWard, listWards } from '../gazetteer/index.ts';
import { findDisplayNames } from '../users/index.ts';
import { findInboxPage, findReportLinks, type InboxSort } from './inbox.repository.ts';
import { findReportViewers } from './report-desk.repository.ts';
import { viewingLastsMs } from './report-desk.service.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';

export { inboxSorts } from './inbox.repository.ts';

export type InboxFilter = {
  statuses: ReportStatus[];
  categories: ReportCategory[];
  sector?: string;
  /** A street or place named in the report, matched through the search tokens (ADR 25). */
  street?: string;
  /** A 2013 electoral ward's code: reports naming one of its streets or in one of its sectors. */
  ward?: string;
  /** Only reports waiting at least this many days. */
  minDaysWaiting?: number;
  /** "me", "unassigned" or an analyst's id. */
  assigned?: string;
  /** Only reports written in this language, or only those marked (or not) for translation. */
  language?: string;
  forTranslation?: boolean;
  sort?: InboxSort;
  offset?: number;
  limit: number;
};

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
const daysBetween = (from: string, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));

/** "me" is the actor; an id that is not one (a test actor's name) matches nobody. */
const nobody = '00000000-0000-0000-0000-000000000000';
const assigneeFilter = (actor: StaffActor, assigned: string) => {
  const id = assigned === 'me' ? actor.userId : assigned;
  return isUuid(id) ? id : nobody;
};

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
    /** The wards the inbox can be filtered by (code and name). */
    wards(actor: StaffActor) {
      requirePermission(actor, 'report.read');
      return listWards().map(({ code, name }) => ({ code, name }));
    },

    /** One page of the inbox as the list (the total is in listPage). */
    async list(actor: StaffActor, filter: InboxFilter) {
      return (await this.listPage(actor, filter)).items;
    },

    /** One page of the inbox, with how many reports the filter matches in all. */
    async listPage(actor: StaffActor, filter: InboxFilter) {
      requirePermission(actor, 'report.read');
      const digested = (text: string) =>
        queryClauses(text).map((clause) => clause.map((t) => searchDigest(blindIndex, t)));
      const ward = filter.ward === undefined ? undefined : findWard(filter.ward);
      if (filter.ward !== undefined && ward === undefined) {
        throw new AppError('validation_failed', undefined, [{ field: 'ward', message: 'Choose a ward from the list' }]);
      }
      const { rows, total } = await findInboxPage(db, {
        statuses: filter.statuses,
        categories: filter.categories,
        ...(filter.sector ? { sector: filter.sector } : {}),
        ...(filter.street !== undefined ? { streetClauses: digested(filter.street) } : {}),
        ...(ward ? { ward: { streets: ward.streets.map(digested), sectors: ward.sectors } } : {}),
        ...(filter.minDaysWaiting !== undefined
          ? {
              submittedOnOrBefore: new Date(clock.now().getTime() - filter.minDaysWaiting * 86_400_000)
                .toISOString()
                .slice(0, 10),
            }
          : {}),
        ...(filter.assigned === undefined
          ? {}
          : { assignee: filter.assigned === 'unassigned' ? null : assigneeFilter(actor, filter.assigned) }),
        ...(filter.language === undefined ? {} : { language: filter.language }),
        ...(filter.forTranslation === undefined ? {} : { forTranslation: filter.forTranslation }),
        sort: filter.sort ?? 'priority',
        offset: filter.offset ?? 0,
        limit: filter.limit,
      });
      const ids = rows.map((row) => row.id);
      const viewers = await findReportViewers(db, ids, new Date(clock.now().getTime() - viewingLastsMs));
      const names = await findDisplayNames(db, [
        ...rows.flatMap((row) => (row.assignee_id ? [row.assignee_id] : [])),
        ...[...viewers.values()].flat(),
      ]);
      const person = (id: string) => ({ id, name: names.get(id) ?? 'Unknown user', isMe: id === actor.userId });
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
        language: row.language,
        forTranslation: row.for_translation,
        submittedOn: day(row.submitted_on),
        daysWaiting: daysBetween(day(row.submitted_on), now),
        processing: row.processing ?? 'pending',
        alertCount: row.alert_count,
        reporterReplied: row.reporter_replied,
        gist: gistOf(row),
        assignee: row.assignee_id ? person(row.assignee_id) : null,
        duplicateOf: row.duplicate_of,
        viewers: (viewers.get(row.id) ?? []).map(person),
      }));
      return { items, total };
    },

    /** The decrypted submission without contact details, with the entities found in each text. */
    async get(actor: StaffActor, reportId: string) {
      requirePermission(actor, 'report.read');
      const row = isUuid(reportId) ? await findReportRow(db, reportId) : undefined;
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
      const { mentions, alerts, related } = await findReportLinks(db, reportId);
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
        language: row.language,
        forTranslation: row.for_translation,
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
      const row = isUuid(reportId) ? await findReportContact(db, reportId) : undefined;
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
        if ((await updateReportStatuses(tx, [reportId], status)) === 0) throw new AppError('not_found_or_no_access');
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
