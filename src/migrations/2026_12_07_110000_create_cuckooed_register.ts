import { sql, type Kysely } from 'kysely';

// The cuckooed-address register (issue 15, DOMAIN-OPERATIONS a.4) and the link from a
// safeguarding case to the deal lines that exploit the person (issue 14's disruption measures).
// The address and every note are sealed; the pole location, the deal line, the cuckooing types,
// the dates and the review date stay in clear for the register's list, its overdue flag and the
// per-line counts. Closure dates are checked in order by the service (notice, then order, then
// the order's end) and by a check here on the order's own span.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table casework_cuckooed_addresses (
      id uuid primary key,
      address_sealed bytea not null,
      location_entity_id uuid references pole_entities (id),
      uprn text,
      deal_line_id uuid references deal_lines (id),
      cuckoo_types jsonb not null,
      status text not null check (status in ('active', 'closed')),
      review_on date not null,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1
    )`.execute(db);
  await sql`create index casework_cuckooed_line_idx on casework_cuckooed_addresses (deal_line_id)`.execute(db);
  await sql`create index casework_cuckooed_review_idx on casework_cuckooed_addresses (status, review_on)`.execute(db);

  await sql`
    create table casework_cuckooed_actions (
      id uuid primary key,
      address_id uuid not null references casework_cuckooed_addresses (id),
      kind text not null check (kind in ('visit', 'support_offered', 'closure_notice', 'closure_order')),
      taken_on date not null,
      until_on date,
      note_sealed bytea not null,
      recorded_by text not null,
      recorded_at timestamptz not null,
      check ((kind = 'closure_order') = (until_on is not null)),
      check (until_on is null or until_on > taken_on)
    )`.execute(db);
  await sql`create index casework_cuckooed_actions_idx on casework_cuckooed_actions (address_id, taken_on)`.execute(db);

  await sql`
    create table casework_case_lines (
      case_id uuid not null references casework_cases (id),
      deal_line_id uuid not null references deal_lines (id),
      linked_by text not null,
      linked_at timestamptz not null,
      primary key (case_id, deal_line_id)
    )`.execute(db);
  await sql`create index casework_case_lines_line_idx on casework_case_lines (deal_line_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table casework_case_lines`.execute(db);
  await sql`drop table casework_cuckooed_actions`.execute(db);
  await sql`drop table casework_cuckooed_addresses`.execute(db);
}
