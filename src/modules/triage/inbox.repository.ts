import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { ReportCategory, ReportStatus } from '../reports/index.ts';
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
    .selectFrom('reports as r')
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
  return query;
}

/** One page of the inbox and how many reports the filter matches in all. */
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
    'r.submitted_on',
    'r.answers_sealed',
    'p.state as processing',
    'a.assignee_id',
    'd.duplicate_of',
    sql<number>`(select count(*)::int from correlation_alert_reports ar where ar.report_id = r.id)`.as('alert_count'),
    // The reporter wrote last: a reply (or more information) no analyst has answered yet.
    sql<boolean>`coalesce((select m.author = 'reporter' from report_messages m
      where m.report_id = r.id order by m.seq desc limit 1), false)`.as('reporter_replied'),
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
  const rows = await page.orderBy('r.id').limit(filter.limit).offset(filter.offset).execute();
  return { rows, total: counted?.total ?? 0 };
}

export async function findReportRow(db: DbOrTx, reportId: string) {
  return db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirst();
}

export async function findReportContact(db: DbOrTx, reportId: string) {
  return db.selectFrom('reports').select(['id', 'contact_sealed']).where('id', '=', reportId).executeTakeFirst();
}

/** The report's entity mentions, its alerts, and other reports naming the same entities. */
export async function findReportLinks(db: DbOrTx, reportId: string) {
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
  return { mentions, alerts, related };
}

/** Sets the status of reports; answers how many of them exist. */
export async function updateReportStatuses(
  db: DbOrTx,
  reportIds: readonly string[],
  status: ReportStatus,
): Promise<number> {
  const updated = await db
    .updateTable('reports')
    .set({ status })
    .where('id', 'in', [...reportIds])
    .executeTakeFirst();
  return Number(updated.numUpdatedRows);
}

/** How many of these reports exist (to refuse a bulk action naming one that does not). */
export async function countReports(db: DbOrTx, reportIds: readonly string[]): Promise<number> {
  if (reportIds.length === 0) return 0;
  const row = await db
    .selectFrom('reports')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('id', 'in', [...reportIds])
    .executeTakeFirst();
  return row?.n ?? 0;
}
