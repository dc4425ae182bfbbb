import { sql, type Kysely } from 'kysely';

// Search over sealed reports (issue 12, ADR 25). Each normalised token of a report's text
// (a word, a phone number in E.164, a registration, a postcode, an e-mail address, a handle)
// is kept only as the first 64 bits of its keyed HMAC (the blind index key), one row per
// token and report; a query is tokenised the same way and matched on the digests. Nothing
// here can be read back without the key. The rows go with their report (on delete cascade),
// so erasing a report erases its tokens in the same transaction. The report's day (already in
// clear on the report) is copied beside each token and into the key, so one term's newest
// reports are read in order from the index, without reading or sorting every match.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table report_search_tokens (
      token bigint not null,
      report_id uuid not null references reports (id) on delete cascade,
      submitted_on date not null,
      primary key (token, submitted_on, report_id)
    )`.execute(db);
  await sql`create index report_search_tokens_report_idx on report_search_tokens (report_id)`.execute(db);
  // Which reports have been tokenised: the back-fill job indexes the others (reports stored
  // before this migration), since tokenising needs the keys, which a migration does not hold.
  await sql`
    create table report_search_indexed (
      report_id uuid primary key references reports (id) on delete cascade,
      token_count integer not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists report_search_indexed`.execute(db);
  await sql`drop table if exists report_search_tokens`.execute(db);
}
