import { sql, type Kysely } from 'kysely';

// Public reports. Only triage metadata is in clear (ADR 0011): category codes, priority
// flags, a postcode sector, the day received, status and channel. The answers, contact
// details, photos and messages are XChaCha20-Poly1305 ciphertexts made by the application
// with a key that is never stored here. No column holds a time of day.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reports (
      id uuid primary key,
      channel text not null check (channel in ('web', 'phone')),
      status text not null default 'received'
        check (status in ('received', 'under_review', 'passed_on', 'closed')),
      categories text[] not null check (
        cardinality(categories) > 0 and categories <@ array[
          'dealing_place', 'vehicle', 'phone_messages', 'young_person',
          'home_taken_over', 'drug_use', 'something_else']::text[]),
      child_involved boolean not null,
      vulnerable_adult_involved boolean not null,
      threat_to_life boolean not null,
      postcode_sector text check (postcode_sector ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$'),
      submitted_on date not null,
      receipt_hash bytea not null unique check (octet_length(receipt_hash) = 32),
      answers_sealed bytea not null,
      contact_sealed bytea
    )`.execute(db);
  await sql`create index reports_triage_idx on reports (status, submitted_on)`.execute(db);

  await sql`
    create table report_photos (
      id uuid primary key,
      report_id uuid not null references reports (id) on delete cascade,
      position smallint not null check (position between 1 and 10),
      sealed bytea not null,
      unique (report_id, position)
    )`.execute(db);

  await sql`
    create table report_messages (
      id uuid primary key,
      report_id uuid not null references reports (id) on delete cascade,
      seq bigint generated always as identity,
      author text not null check (author in ('staff', 'reporter')),
      staff_user_id text,
      sent_on date not null,
      sealed bytea not null,
      check ((author = 'staff') = (staff_user_id is not null))
    )`.execute(db);
  await sql`create index report_messages_report_idx on report_messages (report_id, seq)`.execute(db);

  await sql`
    create table receipt_lockouts (
      bucket bytea primary key check (octet_length(bucket) = 32),
      failures integer not null check (failures >= 0),
      window_ends_at timestamptz not null,
      locked_until timestamptz
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists receipt_lockouts`.execute(db);
  await sql`drop table if exists report_messages`.execute(db);
  await sql`drop table if exists report_photos`.execute(db);
  await sql`drop table if exists reports`.execute(db);
}
