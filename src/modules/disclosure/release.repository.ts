import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { DisclosureReleaseFigureTable, DisclosureReleaseTable } from './disclosure.table.ts';
import type { ReleaseStatus } from './disclosure.ts';

// The only code that queries disclosure_releases and disclosure_release_figures.

const columns = [
  'id',
  sql<string>`to_char(month, 'YYYY-MM')`.as('month'),
  'status',
  'threshold',
  'prepared_by',
  'prepared_at',
  'approved_by',
  'approved_at',
  'published_by',
  'published_at',
  'withdrawn_by',
  'withdrawn_at',
  'withdrawal_reason',
  'version',
] as const;

export async function insertRelease(
  db: DbOrTx,
  release: Insertable<DisclosureReleaseTable>,
  figures: readonly Insertable<DisclosureReleaseFigureTable>[],
): Promise<void> {
  await db.insertInto('disclosure_releases').values(release).execute();
  if (figures.length > 0) {
    await db
      .insertInto('disclosure_release_figures')
      .values([...figures])
      .execute();
  }
}

/** The month's release that is not withdrawn, if any. */
export async function liveReleaseOfMonth(db: DbOrTx, monthStart: string) {
  return db
    .selectFrom('disclosure_releases')
    .select(columns)
    .where('month', '=', monthStart)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst();
}

export async function findRelease(db: DbOrTx, id: string) {
  return db.selectFrom('disclosure_releases').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function listReleases(db: DbOrTx, statuses?: readonly ReleaseStatus[]) {
  let query = db
    .selectFrom('disclosure_releases')
    .select(columns)
    .orderBy('month', 'desc')
    .orderBy('prepared_at', 'desc');
  if (statuses !== undefined) query = query.where('status', 'in', [...statuses]);
  return query.execute();
}

export async function figuresOf(db: DbOrTx, releaseIds: readonly string[]) {
  if (releaseIds.length === 0) return [];
  return db
    .selectFrom('disclosure_release_figures')
    .select(['release_id', 'ward_code', 'measure', 'value', 'suppressed'])
    .where('release_id', 'in', [...releaseIds])
    .execute();
}

/** Moves a release from one status to the next; false when it was not in `from` (changed meanwhile). */
export async function moveRelease(
  db: DbOrTx,
  id: string,
  from: ReleaseStatus,
  changes: Partial<
    Pick<
      Insertable<DisclosureReleaseTable>,
      | 'approved_by'
      | 'approved_at'
      | 'published_by'
      | 'published_at'
      | 'withdrawn_by'
      | 'withdrawn_at'
      | 'withdrawal_reason'
    >
  > & { status: ReleaseStatus },
): Promise<boolean> {
  const result = await db
    .updateTable('disclosure_releases')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
