import { sql, type Kysely } from 'kysely';

// Results of graph computations that are too slow for a request: betweenness centrality of a
// sub-graph and whole-store community detection (Louvain). Each run records when it was
// computed; readers see the newest complete run.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Traversals skip merged-away entities without reading every entity they reach: this index
  // holds only the (few) merged ones.
  await sql`create index pole_entities_merged_idx on pole_entities (id) where merged_into is not null`.execute(db);

  await sql`
    create table network_centrality_runs (
      id uuid primary key,
      scope_key text not null unique,
      status text not null check (status in ('pending', 'complete', 'failed')),
      node_count integer not null,
      link_count integer not null,
      requested_by text not null,
      requested_at timestamptz not null,
      computed_at timestamptz,
      error text
    )`.execute(db);
  await sql`
    create table network_centrality_scores (
      run_id uuid not null references network_centrality_runs (id) on delete cascade,
      entity_id uuid not null,
      degree integer not null,
      betweenness double precision not null,
      primary key (run_id, entity_id)
    )`.execute(db);

  await sql`
    create table network_community_runs (
      id uuid primary key,
      status text not null check (status in ('pending', 'complete', 'failed')),
      min_confidence real not null,
      from_day date,
      to_day date,
      node_count integer,
      link_count integer,
      community_count integer,
      component_count integer,
      modularity double precision,
      requested_by text not null,
      requested_at timestamptz not null,
      computed_at timestamptz,
      error text
    )`.execute(db);
  await sql`create index network_community_runs_status_idx on network_community_runs (status, requested_at)`.execute(
    db,
  );
  await sql`
    create table network_community_members (
      run_id uuid not null references network_community_runs (id) on delete cascade,
      entity_id uuid not null,
      community integer not null,
      component integer not null,
      degree integer not null,
      primary key (run_id, entity_id)
    )`.execute(db);
  await sql`create index network_community_members_community_idx on network_community_members (run_id, community)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'network_community_members',
    'network_community_runs',
    'network_centrality_scores',
    'network_centrality_runs',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop index if exists pole_entities_merged_idx`.execute(db);
}
