import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { alertCountsOfReports, alertsCitingReport } from '../correlation/index.ts';
import { entityKindRows, mentionRows } from '../pole/index.ts';
import { reportRows, reportsAwaitingAnswer, type ReportCategory, type ReportStatus } from '../reports/index.ts';
import { reportIdsWithTokens } from '../search/index.ts';

export const inboxSorts = ['priority', 'newest', 'oldest'] as const;
export type InboxSort = (typeof inboxSorts)[number];

/** The inbox filter as the database reads it: tokens already digested, days already worked out. */
export type InboxQuery = {
  statuses: ReportStatus[];
  categories: ReportCategory[];
  sector?: string;
  /** Digested token clauses of a street or place named in the report (ADR 25). */
  streetClauses?: readonly (readonly string[])[];
  /** A ward: reports naming one of its streets (digested clauses each) or in one of its sectors. */
  ward?: { streets: readonly (readonly (readonly string[])[])[]; sectors: readonly string[] };
  /** Only reports submitted on or before this day. */
  submittedOnOrBefore?: string;
  /** An analyst's id, or null for reports no one is assigned to. */
  assignee?: string | null;
  language?: string;
  forTranslation?: boolean;
  sort: InboxSort;
  offset: number;
  limit: number;
};

export type InboxRow = {
  id: string;
  channel: string;
  status: ReportStatus;
  categories: ReportCategory[];
  child_involved: boolean;
  vulnerable_adult_involved: boolean;
  threat_to_life: boolean;
  postcode_sector: string | null;
  language: string;
  for_translation: boolean;
  submitted_on: Date | string;
  answers_sealed: Uint8Array;
  processing: string | null;
  alert_count: number;
  reporter_replied: boolean;
  assignee_id: string | null;
  duplicate_of: string | null;
};

function filtered(db: DbOrTx, filter: InboxQuery) {
  let query = db
    .selectFrom(reportRows(db).as('r'))
    .leftJoin('report_processing as p', 'p.report_id', 'r.id')
    .leftJoin('report_assignments as a', 'a.report_id', 'r.id')
    .leftJoin('report_duplicates as d', 'd.report_id', 'r.id')
    .where('r.status', 'in', filter.statuses);
  if (filter.categories.length > 0) {
    query = query.where(sql<boolean>`r.categories && ${sql.val(filter.categories)}::text[]`);
  }
  if (filter.sector) query = query.where('r.postcode_sector', '=', filter.sector);
  if (filter.streetClauses !== undefined) {
    const clauses = filter.streetClauses;
    query = query.where(
      clauses.length === 0 ? sql<boolean>`false` : sql<boolean>`r.id in ${reportIdsWithTokens(clauses)}`,
    );
  }
  if (filter.ward !== undefined) {
    const streets = filter.ward.streets.filter((clauses) => clauses.length > 0);
    const named = streets.map((clauses) => sql<boolean>`r.id in ${reportIdsWithTokens(clauses)}`);
    const inSector =
      filter.ward.sectors.length > 0
        ? [sql<boolean>`r.postcode_sector = any(${sql.val([...filter.ward.sectors])}::text[])`]
        : [];
    const either = [...named, ...inSector];
    query = query.where(either.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(either, sql` or `)})`);
  }
  if (filter.submittedOnOrBefore !== undefined) {
    query = query.where('r.submitted_on', '<=', filter.submittedOnOrBefore as never);
  }
  if (filter.assignee === null) query = query.where('a.assignee_id', 'is', null);
  else if (filter.assignee !== undefined) query = query.where('a.assignee_id', '=', filter.assignee);
  if (filter.language !== undefined) query = query.where('r.language', '=', filter.language);
  if (filter.forTranslation !== undefined) query = query.where('r.for_translation', '=', filter.forTranslation);
  return query;
}

/**
 * One page of the inbox and how many reports the filter matches in all. The page is filtered,
 * sorted and cut in one query over the reports (their owner's sub-query); its alert counts and
 * unanswered replies are then asked of their owners by report id, one query each.
 */
export async function findInboxPage(db: DbOrTx, filter: InboxQuery): Promise<{ rows: InboxRow[]; total: number }> {
  const query = filtered(db, filter);
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
    'r.language',
    'r.for_translation',
    'r.submitted_on',
    'r.answers_sealed',
    'p.state as processing',
    'a.assignee_id',
    'd.duplicate_of',
  ]);
  if (filter.sort === 'priority') {
    page = page
      .orderBy('r.threat_to_life', 'desc')
      .orderBy('r.child_involved', 'desc')
      .orderBy('r.vulnerable_adult_involved', 'desc')
      .orderBy('r.submitted_on', 'asc');
  } else {
    page = page.orderBy('r.submitted_on', filter.sort === 'newest' ? 'desc' : 'asc');
  }
  const found = await page.orderBy('r.id').limit(filter.limit).offset(filter.offset).execute();
  const ids = found.map((row) => row.id);
  const [alertCounts, awaiting] = await Promise.all([alertCountsOfReports(db, ids), reportsAwaitingAnswer(db, ids)]);
  const rows = found.map((row) => ({
    ...row,
    alert_count: alertCounts.get(row.id) ?? 0,
    reporter_replied: awaiting.has(row.id),
  }));
  return { rows, total: counted?.total ?? 0 };
}

/** The report's entity mentions, its alerts, and other reports naming the same entities. */
export async function findReportLinks(db: DbOrTx, reportId: string) {
  const [mentions, alerts, related] = await Promise.all([
    db
      .selectFrom(mentionRows(db).as('m'))
      .innerJoin(entityKindRows(db).as('e'), 'e.id', 'm.entity_id')
      .select(['m.entity_id', 'm.field', 'm.span_start', 'm.span_end', 'e.kind'])
      .where('m.report_id', '=', reportId)
      .execute(),
    alertsCitingReport(db, reportId),
    db
      .selectFrom(mentionRows(db).as('mine'))
      .innerJoin(mentionRows(db).as('other'), 'other.entity_id', 'mine.entity_id')
      .innerJoin(reportRows(db).as('o'), 'o.id', 'other.report_id')
      .select(['o.id', 'o.submitted_on', 'o.status', 'other.entity_id'])
      .where('mine.report_id', '=', reportId)
      .where('other.report_id', '!=', reportId)
      .orderBy('o.submitted_on', 'desc')
      .limit(500)
      .execute(),
  ]);
  return { mentions, alerts, related };
}
