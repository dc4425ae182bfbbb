import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type {
  OpsOperationMemberTable,
  OpsOperationRow,
  OpsOperationTable,
  OpsTaskRow,
  OpsTaskTable,
} from './tasking.table.ts';

export async function findOperation(db: DbOrTx, id: string): Promise<OpsOperationRow | undefined> {
  return db.selectFrom('ops_operations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOperationByName(db: DbOrTx, name: string): Promise<OpsOperationRow | undefined> {
  return db
    .selectFrom('ops_operations')
    .selectAll()
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function listOperations(db: DbOrTx, statuses: readonly ('active' | 'closed')[], limit: number) {
  return db
    .selectFrom('ops_operations as o')
    .selectAll('o')
    .select((eb) => [
      eb
        .selectFrom('ops_tasks as t')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('t.operation_id', '=', 'o.id')
        .where('t.status', '=', 'open')
        .as('open_tasks'),
      eb
        .selectFrom('ops_operation_members as m')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('m.operation_id', '=', 'o.id')
        .as('members'),
    ])
    .where('o.status', 'in', [...statuses])
    .orderBy('o.name')
    .limit(limit)
    .execute();
}

export async function insertOperation(db: DbOrTx, row: Insertable<OpsOperationTable>): Promise<void> {
  await db.insertInto('ops_operations').values(row).execute();
}

/** Bumps the operation's version if nobody changed it since `expectedVersion`; false if they did. */
export async function touchOperationAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<OpsOperationTable>, 'version' | 'id'>,
): Promise<boolean> {
  const result = await db
    .updateTable('ops_operations')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function membersOf(db: DbOrTx, operationIds: readonly string[]) {
  if (operationIds.length === 0) return [];
  return db
    .selectFrom('ops_operation_members')
    .selectAll()
    .where('operation_id', 'in', [...operationIds])
    .orderBy('added_at')
    .execute();
}

/** Adds a member; false when the operation already has it (nothing changes). */
export async function insertMember(db: DbOrTx, row: Insertable<OpsOperationMemberTable>): Promise<boolean> {
  const existing = await db
    .selectFrom('ops_operation_members')
    .select('id')
    .where('operation_id', '=', row.operation_id)
    .where('kind', '=', row.kind)
    .where((eb) =>
      row.kind === 'target'
        ? eb('target_id', '=', row.target_id ?? null)
        : row.kind === 'deal_line'
          ? eb('deal_line_id', '=', row.deal_line_id ?? null)
          : eb(sql<string>`lower(address)`, '=', (row.address ?? '').toLowerCase()),
    )
    .executeTakeFirst();
  if (existing) return false;
  await db.insertInto('ops_operation_members').values(row).execute();
  return true;
}

export async function tasksOf(db: DbOrTx, operationIds: readonly string[]): Promise<OpsTaskRow[]> {
  if (operationIds.length === 0) return [];
  return db
    .selectFrom('ops_tasks')
    .selectAll()
    .where('operation_id', 'in', [...operationIds])
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
}

export async function findTask(db: DbOrTx, id: string): Promise<OpsTaskRow | undefined> {
  return db.selectFrom('ops_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTask(db: DbOrTx, row: Insertable<OpsTaskTable>): Promise<void> {
  await db.insertInto('ops_tasks').values(row).execute();
}

export async function updateTaskAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<OpsTaskTable>, 'version' | 'id'>,
): Promise<boolean> {
  const result = await db
    .updateTable('ops_tasks')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function targetsByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('ops_targets')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}
