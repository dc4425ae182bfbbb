import { sql, type Kysely } from 'kysely';

// Tasking (issue 14, DOMAIN-OPERATIONS): an operation groups targets, deal lines and addresses;
// its tasks are assigned to a team or an officer with a due date and recorded with their result
// for the fortnightly tasking and co-ordination group (TT&CG). Operations and tasks are versioned.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ops_operations (
      id uuid primary key,
      name text not null,
      objective text not null,
      status text not null check (status in ('active', 'closed')),
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1
    )`.execute(db);
  await sql`create unique index ops_operations_name_idx on ops_operations (lower(name))`.execute(db);

  await sql`
    create table ops_operation_members (
      id uuid primary key,
      operation_id uuid not null references ops_operations (id),
      kind text not null check (kind in ('target', 'deal_line', 'address')),
      target_id uuid references ops_targets (id),
      deal_line_id uuid references deal_lines (id),
      address text,
      added_by text not null,
      added_at timestamptz not null,
      check ((kind = 'target') = (target_id is not null)),
      check ((kind = 'deal_line') = (deal_line_id is not null)),
      check ((kind = 'address') = (address is not null))
    )`.execute(db);
  await sql`
    create unique index ops_operation_members_unique_idx
      on ops_operation_members (operation_id, kind, coalesce(target_id::text, deal_line_id::text, lower(address)))
  `.execute(db);

  await sql`
    create table ops_tasks (
      id uuid primary key,
      operation_id uuid not null references ops_operations (id),
      title text not null,
      detail text not null,
      assignee_kind text not null check (assignee_kind in ('team', 'officer')),
      assignee_id text not null,
      due_on date not null,
      status text not null check (status in ('open', 'done', 'cancelled')),
      result text,
      result_by text,
      result_at timestamptz,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check ((status = 'open') = (result is null))
    )`.execute(db);
  await sql`create index ops_tasks_operation_idx on ops_tasks (operation_id, due_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table ops_tasks`.execute(db);
  await sql`drop table ops_operation_members`.execute(db);
  await sql`drop table ops_operations`.execute(db);
}
