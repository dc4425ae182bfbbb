import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/create-db.ts';
import type { Db } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';

// A synthetic POLE graph built inside the database with set-based SQL (generate_series), in a
// scratch database that is dropped afterwards. Entities fall into communities of
// `communitySize`; most links stay inside a community, `crossTenths` tenths go anywhere.

export type ScratchDatabase = { readonly handle: DatabaseHandle; drop(): Promise<void> };

export async function openScratchDatabase(databaseUrl: string | undefined): Promise<ScratchDatabase> {
  if (databaseUrl === undefined) {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    return { handle, drop: () => handle.close() };
  }
  const name = `linebreak_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgresql', url: url.toString(), poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    handle,
    async drop() {
      await handle.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** The id the generator gives entity number `n` (md5 of "e<n>" read as a UUID, as in SQL). */
export function benchEntityId(n: number): string {
  const hex = createHash('md5')
    .update(`e${String(n)}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type GraphShape = {
  entities: number;
  linksPerEntity: number;
  communitySize: number;
  /** Share of links (in tenths) that go to a random entity anywhere rather than within the community. */
  crossTenths: number;
  seed: number;
};

export async function buildSyntheticGraph(db: Db, shape: GraphShape): Promise<{ links: number; ms: number }> {
  const started = performance.now();
  const chunk = 200_000;
  await db.connection().execute(async (conn) => {
    await sql`select setseed(${shape.seed})`.execute(conn);
    // Loading, not serving: skip per-row foreign-key triggers (superuser only; ignored otherwise).
    await sql`set session_replication_role = replica`.execute(conn).catch(() => undefined);
    for (let from = 0; from < shape.entities; from += chunk) {
      const to = Math.min(shape.entities, from + chunk) - 1;
      await sql`
        insert into pole_entities (id, kind, blind_key, label_sealed, first_seen, last_seen, report_count)
        select md5('e' || i)::uuid,
               (array['person','phone','vehicle','location','email','online_account'])[1 + i % 6],
               md5('k' || i), '\\x00'::bytea,
               date '2026-01-01' + (i % 300), date '2026-01-01' + (i % 300) + 30, 1 + i % 5
        from generate_series(${from}::int, ${to}::int) i`.execute(conn);
    }
    const total = shape.entities * shape.linksPerEntity;
    for (let from = 0; from < total; from += chunk) {
      const to = Math.min(total, from + chunk) - 1;
      await sql`
        insert into pole_links (id, entity_a, entity_b, kind, confidence, first_seen, last_seen, source_count)
        select md5('l' || j)::uuid, least(a, b), greatest(a, b), 'bench', 0.3 + (j % 7) * 0.1,
               date '2026-01-01' + (j % 300), date '2026-01-01' + (j % 300) + 14, 1
        from (
          select j, md5('e' || src)::uuid as a, md5('e' || dst)::uuid as b from (
            select j, j / ${shape.linksPerEntity}::int as src,
                   case when j % 10 < ${shape.crossTenths}::int then floor(random() * ${shape.entities})::int
                        else (j / ${shape.linksPerEntity}::int / ${shape.communitySize}::int) * ${shape.communitySize}::int
                             + floor(random() * ${shape.communitySize})::int end as dst
            from generate_series(${from}::int, ${to}::int) j
          ) pairs where src <> dst and dst < ${shape.entities}::int
        ) ends
        on conflict do nothing`.execute(conn);
    }
    await sql`
      insert into pole_link_sources (link_id, report_id, observed_on)
      select id, md5('r' || id::text)::uuid, first_seen from pole_links`.execute(conn);
    await sql`set session_replication_role = origin`.execute(conn).catch(() => undefined);
  });
  for (const table of ['pole_entities', 'pole_links', 'pole_link_sources']) {
    await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  }
  const count = await sql<{ n: number }>`select count(*)::int as n from pole_links`.execute(db);
  return { links: count.rows[0]?.n ?? 0, ms: performance.now() - started };
}
