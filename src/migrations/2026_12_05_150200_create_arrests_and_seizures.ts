import { sql, type Kysely } from 'kysely';

// Arrests, charges with Home Office outcome types, and seizures with controlled vocabularies
// (DOMAIN-OPERATIONS b.3-b.5). A child arrested carries "NRM and s.45 defence considered",
// which must be recorded before any charging decision (DOMAIN-OPERATIONS a.3).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ops_arrests (
      id uuid primary key,
      person_entity_id uuid not null references pole_entities (id),
      arrested_at timestamptz not null,
      place text not null,
      warrant_id uuid references ops_warrants (id),
      suspected_offence text not null,
      child_at_arrest boolean not null,
      nrm_s45_considered_by text,
      nrm_s45_considered_at timestamptz,
      nrm_s45_note text,
      created_by text not null,
      created_at timestamptz not null,
      version integer not null default 1,
      check ((nrm_s45_considered_by is null) = (nrm_s45_note is null))
    )`.execute(db);
  await sql`create index ops_arrests_person_idx on ops_arrests (person_entity_id)`.execute(db);

  await sql`
    create table ops_charges (
      id uuid primary key,
      arrest_id uuid not null references ops_arrests (id),
      offence text not null,
      outcome_type integer not null check (outcome_type between 1 and 22),
      decided_on date not null,
      note text,
      decided_by text not null,
      decided_at timestamptz not null
    )`.execute(db);
  await sql`create index ops_charges_arrest_idx on ops_charges (arrest_id)`.execute(db);

  await sql`
    create table ops_seizures (
      id uuid primary key,
      arrest_id uuid references ops_arrests (id),
      warrant_id uuid references ops_warrants (id),
      seized_at timestamptz not null,
      place text not null,
      created_by text not null,
      created_at timestamptz not null
    )`.execute(db);

  // One row per item: a drug (with class, form and a quantity in its unit), cash, a phone (its
  // number sealed, the POLE entity and deal line it links to), a weapon or a vehicle.
  await sql`
    create table ops_seizure_items (
      id uuid primary key,
      seizure_id uuid not null references ops_seizures (id),
      kind text not null check (kind in ('drug', 'cash', 'phone', 'weapon', 'vehicle')),
      drug text,
      drug_class text check (drug_class in ('A', 'B', 'C')),
      form text,
      quantity numeric,
      unit text check (unit in ('g', 'kg', 'doses', 'plants', 'wraps')),
      cash_pence bigint,
      phone_sealed bytea,
      phone_entity_id uuid references pole_entities (id),
      deal_line_id uuid references deal_lines (id),
      description text,
      check (kind <> 'drug' or (drug is not null and drug_class is not null and form is not null
        and quantity is not null and unit is not null)),
      check (kind <> 'cash' or cash_pence is not null)
    )`.execute(db);
  await sql`create index ops_seizure_items_seizure_idx on ops_seizure_items (seizure_id)`.execute(db);
  await sql`create index ops_seizure_items_line_idx on ops_seizure_items (deal_line_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table ops_seizure_items`.execute(db);
  await sql`drop table ops_seizures`.execute(db);
  await sql`drop table ops_charges`.execute(db);
  await sql`drop table ops_arrests`.execute(db);
}
