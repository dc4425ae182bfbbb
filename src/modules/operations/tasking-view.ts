import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { dealLinesByIds } from '../deal-lines/index.ts';
import { listStaffUserRows, listTeams } from '../users/index.ts';
import { gatherPersonFacts } from './target-facts.ts';
import { labelPeople, presentTarget } from './target-presenter.ts';
import { agendaSection } from './tasking.ts';
import { membersOf, targetsByIds, tasksOf } from './tasking.repository.ts';
import type { OpsOperationRow, OpsTaskRow } from './tasking.table.ts';

// Operations as the pages and the agenda show them: their targets in priority order (computed
// now, with the reasons), their lines and addresses, and their tasks with whom they are assigned to.

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export async function assigneeNames(db: DbOrTx): Promise<Map<string, string>> {
  const [teams, users] = await Promise.all([listTeams(db), listStaffUserRows(db)]);
  return new Map([
    ...teams.map((t) => [`team:${t.id}`, t.name] as const),
    ...users.map((u) => [`officer:${u.id}`, u.display_name] as const),
  ]);
}

export function presentTask(task: OpsTaskRow, names: Map<string, string>, today: string) {
  const resultOn = task.result_at ? task.result_at.toISOString().slice(0, 10) : null;
  return {
    id: task.id,
    operationId: task.operation_id,
    title: task.title,
    detail: task.detail,
    assignee: {
      kind: task.assignee_kind,
      id: task.assignee_id,
      name: names.get(`${task.assignee_kind}:${task.assignee_id}`) ?? 'Unknown',
    },
    dueOn: day(task.due_on),
    status: task.status,
    overdue: task.status === 'open' && day(task.due_on) < today,
    result: task.result,
    resultOn,
    section: agendaSection({ status: task.status, dueOn: day(task.due_on), resultOn }, today),
    version: task.version,
  };
}

export async function describeOperations(
  deps: { db: DbOrTx; sealer: Sealer },
  operations: readonly OpsOperationRow[],
  today: string,
) {
  const { db, sealer } = deps;
  const ids = operations.map((o) => o.id);
  const [members, tasks, names] = await Promise.all([membersOf(db, ids), tasksOf(db, ids), assigneeNames(db)]);
  const targetRows = await targetsByIds(
    db,
    members.flatMap((m) => (m.target_id ? [m.target_id] : [])),
  );
  const personIds = targetRows.map((t) => t.person_entity_id);
  const [facts, labels, lines] = await Promise.all([
    gatherPersonFacts(db, personIds, today),
    labelPeople(db, sealer, personIds),
    dealLinesByIds(
      db,
      members.flatMap((m) => (m.deal_line_id ? [m.deal_line_id] : [])),
    ),
  ]);
  const targets = new Map(
    targetRows.map((t) => [
      t.id,
      presentTarget(t, labels.get(t.person_entity_id)?.label ?? '', facts.get(t.person_entity_id), today),
    ]),
  );
  const lineById = new Map(lines.map((l) => [l.id, l]));
  return operations.map((o) => {
    const own = members.filter((m) => m.operation_id === o.id);
    const opTargets = own
      .flatMap((m) => {
        const t = m.target_id ? targets.get(m.target_id) : undefined;
        return t ? [t] : [];
      })
      .sort((a, b) => b.priority.score - a.priority.score);
    return {
      id: o.id,
      name: o.name,
      objective: o.objective,
      status: o.status,
      topScore: opTargets[0]?.priority.score ?? 0,
      targets: opTargets.map((t) => ({
        id: t.id,
        personId: t.personId,
        personLabel: t.personLabel,
        status: t.status,
        score: t.priority.score,
        band: t.priority.band,
        reasons: t.priority.reasons,
        reviewOn: t.reviewOn,
        reviewOverdue: t.reviewOverdue,
      })),
      dealLines: own.flatMap((m) => {
        const line = m.deal_line_id ? lineById.get(m.deal_line_id) : undefined;
        return line ? [{ id: line.id, brandName: line.brand_name, status: line.status }] : [];
      }),
      addresses: own.flatMap((m) => (m.address ? [m.address] : [])),
      tasks: tasks.filter((t) => t.operation_id === o.id).map((t) => presentTask(t, names, today)),
      version: o.version,
    };
  });
}

export type OperationView = Awaited<ReturnType<typeof describeOperations>>[number];
