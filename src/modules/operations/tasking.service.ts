import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, rolePermissions, type StaffActor } from '../access/index.ts';
import { dealLinesByIds } from '../deal-lines/index.ts';
import { findRolesOf, findStaffUserRowById, findTeamById, listStaffUserRows, listTeams } from '../users/index.ts';
import { requireOperations } from './operations.policy.ts';
import { findTarget } from './target.repository.ts';
import { agendaMarking, meetingWindow, type AssigneeKind, type MemberKind } from './tasking.ts';
import {
  findOperation,
  findOperationByName,
  findTask,
  insertMember,
  insertOperation,
  insertTask,
  listOperations,
  touchOperationAtVersion,
  updateTaskAtVersion,
} from './tasking.repository.ts';
import { describeOperations } from './tasking-view.ts';

export type TaskingDeps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock };

const invalid = (field: string, message: string) => new AppError('validation_failed', message, [{ field, message }]);
const staleOperation = () => new AppError('conflict', 'The operation changed since you read it: reload and try again');
const subject = (id: string) => ({ type: 'ops_operation', id });

/** Tasking for the fortnightly TT&CG: operations group targets, lines and addresses; tasks carry results. */
export function createTaskingService(deps: TaskingDeps) {
  const { db, sealer, audit, clock } = deps;
  const today = () => londonDay(clock.now());
  const audited = (actor: StaffActor, action: string, extra: Parameters<typeof auditEventBy>[2] = {}) =>
    db.transaction().execute((tx) => audit.record(tx, auditEventBy(actor, action, extra)));

  async function requireOperation(id: string) {
    const row = await findOperation(db, id);
    if (!row) throw new AppError('not_found_or_no_access');
    return row;
  }

  /** A police officer who may read operations; a partner's account is never tasked. */
  async function officerMayBeTasked(userId: string): Promise<boolean> {
    const row = await findStaffUserRowById(db, userId);
    if (row?.status !== 'active' || row.partner_organisation_id !== null) return false;
    const roles = (await findRolesOf(db, [userId])).get(userId) ?? [];
    return roles.some((role) => rolePermissions[role].includes('operations.read'));
  }

  return {
    /** Who tasks can go to: teams, and officers who may read operations. */
    async assignees(actor: StaffActor) {
      await requireOperations(deps, actor, 'operations.tasking.assignees', ['operations.target']);
      const [teams, users] = await Promise.all([listTeams(db), listStaffUserRows(db)]);
      const active = users.filter((u) => u.status === 'active' && u.partner_organisation_id === null);
      const roles = await findRolesOf(
        db,
        active.map((u) => u.id),
      );
      await audited(actor, 'operations.tasking.assignees');
      return {
        teams: teams.map((t) => ({ id: t.id, name: t.name })),
        officers: active
          .filter((u) => (roles.get(u.id) ?? []).some((r) => rolePermissions[r].includes('operations.read')))
          .map((u) => ({ id: u.id, name: u.display_name })),
      };
    },

    async list(actor: StaffActor) {
      await requireOperations(deps, actor, 'operations.operation.list', ['operations.read']);
      const rows = await listOperations(db, ['active', 'closed'], 500);
      await audited(actor, 'operations.operation.list', { details: { count: rows.length } });
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        objective: r.objective,
        status: r.status,
        openTasks: r.open_tasks ?? 0,
        members: r.members ?? 0,
        version: r.version,
      }));
    },

    async create(actor: StaffActor, input: { name: string; objective: string }): Promise<{ id: string }> {
      await requireOperations(deps, actor, 'operations.operation.create', ['operations.target']);
      if (await findOperationByName(db, input.name)) {
        throw invalid('name', 'An operation with that name already exists: choose another name');
      }
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertOperation(tx, {
          id,
          name: input.name,
          objective: input.objective,
          status: 'active',
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await audit.record(tx, auditEventBy(actor, 'operations.operation.create', { subject: subject(id) }));
      });
      return { id };
    },

    async get(actor: StaffActor, id: string) {
      await requireOperations(deps, actor, 'operations.operation.read', ['operations.read']);
      const row = await requireOperation(id);
      const [view] = await describeOperations({ db, sealer }, [row], today());
      await audited(actor, 'operations.operation.read', { subject: subject(id) });
      if (!view) throw new AppError('not_found_or_no_access');
      return view;
    },

    /** Adds a target, a deal line or an address to the operation, at the version the user read. */
    async addMember(
      actor: StaffActor,
      id: string,
      input: {
        kind: MemberKind;
        targetId?: string | undefined;
        dealLineId?: string | undefined;
        address?: string | undefined;
        expectedVersion: number;
      },
    ) {
      await requireOperations(deps, actor, 'operations.operation.add_member', ['operations.target']);
      const row = await requireOperation(id);
      if (row.status !== 'active') throw new AppError('conflict', 'A closed operation cannot change');
      const member = { target_id: null, deal_line_id: null, address: null } as {
        target_id: string | null;
        deal_line_id: string | null;
        address: string | null;
      };
      if (input.kind === 'target') {
        const target = input.targetId ? await findTarget(db, input.targetId) : undefined;
        if (target?.status !== 'active') throw invalid('targetId', 'Choose an active target');
        member.target_id = target.id;
      } else if (input.kind === 'deal_line') {
        const [line] = input.dealLineId ? await dealLinesByIds(db, [input.dealLineId]) : [];
        if (!line) throw invalid('dealLineId', 'Choose a deal line');
        member.deal_line_id = line.id;
      } else {
        if (!input.address) throw invalid('address', 'Give the address');
        member.address = input.address;
      }
      await db.transaction().execute(async (tx) => {
        if (!(await touchOperationAtVersion(tx, id, input.expectedVersion, { updated_at: clock.now() }))) {
          throw staleOperation();
        }
        const added = await insertMember(tx, {
          id: randomUUID(),
          operation_id: id,
          kind: input.kind,
          ...member,
          added_by: actor.userId,
          added_at: clock.now(),
        });
        if (!added) throw new AppError('conflict', 'The operation already includes it');
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.operation.add_member', {
            subject: subject(id),
            details: { kind: input.kind, targetId: member.target_id, dealLineId: member.deal_line_id },
          }),
        );
      });
    },

    /** A task for a team or an officer, with a due date, recorded for the TT&CG. */
    async addTask(
      actor: StaffActor,
      id: string,
      input: {
        title: string;
        detail: string;
        assigneeKind: AssigneeKind;
        assigneeId: string;
        dueOn: string;
        expectedVersion: number;
      },
    ): Promise<{ id: string }> {
      await requireOperations(deps, actor, 'operations.task.create', ['operations.target']);
      const row = await requireOperation(id);
      if (row.status !== 'active') throw new AppError('conflict', 'A closed operation cannot change');
      const known =
        input.assigneeKind === 'team'
          ? (await findTeamById(db, input.assigneeId)) !== undefined
          : await officerMayBeTasked(input.assigneeId);
      if (!known) throw invalid('assigneeId', 'Choose a team, or an officer who may read operations');
      if (input.dueOn < today()) throw invalid('dueOn', 'The due date must not be in the past');
      const taskId = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        if (!(await touchOperationAtVersion(tx, id, input.expectedVersion, { updated_at: now }))) {
          throw staleOperation();
        }
        await insertTask(tx, {
          id: taskId,
          operation_id: id,
          title: input.title,
          detail: input.detail,
          assignee_kind: input.assigneeKind,
          assignee_id: input.assigneeId,
          due_on: input.dueOn,
          status: 'open',
          result: null,
          result_by: null,
          result_at: null,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.task.create', {
            subject: { type: 'ops_task', id: taskId },
            details: { operationId: id, assigneeKind: input.assigneeKind, assigneeId: input.assigneeId },
          }),
        );
      });
      return { id: taskId };
    },

    /** The task's result (done or cancelled), at the version the user read. */
    async recordResult(
      actor: StaffActor,
      taskId: string,
      input: { status: 'done' | 'cancelled'; result: string; expectedVersion: number },
    ) {
      await requireOperations(deps, actor, 'operations.task.result', ['operations.record']);
      const task = await findTask(db, taskId);
      if (!task) throw new AppError('not_found_or_no_access');
      if (task.status !== 'open') throw new AppError('conflict', 'The task already has its result');
      await db.transaction().execute(async (tx) => {
        const changed = await updateTaskAtVersion(tx, taskId, input.expectedVersion, {
          status: input.status,
          result: input.result,
          result_by: actor.userId,
          result_at: clock.now(),
          updated_at: clock.now(),
        });
        if (!changed) throw new AppError('conflict', 'The task changed since you read it: reload and try again');
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.task.result', {
            subject: { type: 'ops_task', id: taskId },
            reason: input.result,
            details: { status: input.status, operationId: task.operation_id },
          }),
        );
      });
    },

    /** The TT&CG agenda: active operations by their highest target priority, with tasks by section. */
    async agenda(actor: StaffActor, meetingOn: string | undefined) {
      await requireOperations(deps, actor, 'operations.tasking.agenda', ['operations.read']);
      const on = meetingOn ?? today();
      const rows = await listOperations(db, ['active'], 200);
      const views = await describeOperations({ db, sealer }, rows, on);
      const operations = views
        .sort((a, b) => b.topScore - a.topScore || a.name.localeCompare(b.name))
        .map((o) => ({ ...o, tasks: o.tasks.filter((t) => t.section !== null && t.section !== 'later') }));
      await audited(actor, 'operations.tasking.agenda', {
        details: { meetingOn: on, operations: operations.map((o) => o.id) },
      });
      return { meetingOn: on, ...meetingWindow(on), marking: agendaMarking, operations };
    },
  };
}

export type TaskingService = ReturnType<typeof createTaskingService>;
