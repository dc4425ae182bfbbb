import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { EntityKind } from '../pole.table.ts';

// Bulk writes for importing a graph into the POLE store: batched, idempotent, and counting
// sources from what is stored rather than from what was sent.

const batch = <T>(rows: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

export async function existingEntityIds(db: DbOrTx, kind: EntityKind, blindKeys: readonly string[]) {
  const found = new Map<string, string>();
  for (const keys of batch(blindKeys, 5000)) {
    const rows = await db
      .selectFrom('pole_entities')
      .select(['id', 'blind_key'])
      .where('kind', '=', kind)
      .where('blind_key', 'in', keys)
      .execute();
    for (const row of rows) if (row.blind_key !== null) found.set(row.blind_key, row.id);
  }
  return found;
}

export type ImportedEntityRow = {
  id: string;
  kind: EntityKind;
  blind_key: string;
  label_sealed: Buffer;
  details_sealed: Buffer | null;
  first_seen: string;
  last_seen: string;
};

export async function insertEntities(db: DbOrTx, rows: readonly ImportedEntityRow[]): Promise<void> {
  for (const chunk of batch(rows, 500)) {
    await db
      .insertInto('pole_entities')
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function widenEntityDates(
  db: DbOrTx,
  rows: readonly { id: string; first: string; last: string }[],
): Promise<void> {
  for (const chunk of batch(rows, 5000)) {
    await sql`
      update pole_entities e set first_seen = least(e.first_seen, v.f), last_seen = greatest(e.last_seen, v.l)
      from (select unnest(${uuids(chunk.map((r) => r.id))}) as id,
                   unnest(${sql.val(chunk.map((r) => r.first))}::date[]) as f,
                   unnest(${sql.val(chunk.map((r) => r.last))}::date[]) as l) v
      where e.id = v.id`.execute(db);
  }
}

export async function insertImportMentions(
  db: DbOrTx,
  rows: readonly { entity_id: string; report_id: string; observed_on: string; field: string }[],
): Promise<void> {
  for (const chunk of batch(rows, 1000)) {
    await db
      .insertInto('pole_mentions')
      .values(chunk.map((row) => ({ ...row, span_start: null, span_end: null })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Inserts links that are new and widens the dates of those that exist; answers every link's id. */
export async function upsertImportLinks(
  db: DbOrTx,
  rows: readonly {
    id: string;
    entity_a: string;
    entity_b: string;
    kind: string;
    first_seen: string;
    last_seen: string;
  }[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const chunk of batch(rows, 500)) {
    const returned = await db
      .insertInto('pole_links')
      .values(chunk.map((row) => ({ ...row, confidence: 0, source_count: 0 })))
      .onConflict((oc) =>
        oc.columns(['entity_a', 'entity_b', 'kind']).doUpdateSet({
          first_seen: sql`least(pole_links.first_seen, excluded.first_seen)`,
          last_seen: sql`greatest(pole_links.last_seen, excluded.last_seen)`,
        }),
      )
      .returning(['id', 'entity_a', 'entity_b', 'kind'])
      .execute();
    for (const row of returned) ids.set(`${row.entity_a}|${row.entity_b}|${row.kind}`, row.id);
  }
  return ids;
}

export async function insertImportLinkSources(
  db: DbOrTx,
  rows: readonly { link_id: string; report_id: string; observed_on: string }[],
): Promise<void> {
  for (const chunk of batch(rows, 1000)) {
    await db
      .insertInto('pole_link_sources')
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** source_count from the stored sources; confidence 1 − (1 − base)^sources, at most 0.95. */
export async function recountLinks(db: DbOrTx, linkIds: readonly string[], base: number): Promise<void> {
  for (const chunk of batch(linkIds, 5000)) {
    await sql`
      update pole_links l set source_count = s.n, confidence = least(0.95, 1 - power(1 - ${base}::float8, s.n))
      from (select link_id, count(*)::int as n from pole_link_sources
            where link_id = any(${uuids(chunk)}) group by link_id) s
      where l.id = s.link_id`.execute(db);
  }
}

export async function recountEntityReports(db: DbOrTx, entityIds: readonly string[]): Promise<void> {
  for (const chunk of batch(entityIds, 5000)) {
    await sql`
      update pole_entities e set report_count = c.n
      from (select entity_id, count(distinct report_id)::int as n from pole_mentions
            where entity_id = any(${uuids(chunk)}) group by entity_id) c
      where e.id = c.entity_id`.execute(db);
  }
}
