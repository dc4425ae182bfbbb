import { sql, type Kysely } from 'kysely';

// Person matching that learns its weights (issue 18, ADR 0045). Each `linebreak persons train`
// stores a new version of the scoring model: m and u of every comparison level, the prior and
// the thresholds, plus how many records carry each first name and surname, held under keyed
// digests of the names (never the names themselves) for the term-frequency adjustment. Scoring
// uses the latest version; older ones stay, so a suggestion can be traced to the model that made it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table person_match_models (
      id uuid primary key default gen_random_uuid(),
      version integer not null unique,
      model jsonb not null,
      term_frequencies jsonb not null,
      report jsonb not null,
      trained_by text not null,
      trained_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table person_match_models`.execute(db);
}
