import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import { findPartnerOrganisationById } from '../users/index.ts';
import type { CaseSubject } from './case.ts';
import { invalid } from './casework-context.ts';
import { openJson } from './casework-sealing.ts';
import { mayReadCase, requireCasework } from './casework.policy.ts';
import { concernsOf, findCase } from './casework.repository.ts';
import { isFinal, partnerTaskStatusLabels, shareableFields, type ShareableField } from './partner-task.ts';
import {
  findPartnerTask,
  findSharingAgreement,
  insertPartnerTask,
  insertPartnerTaskNote,
  listPartnerTasks,
  notesOfTasks,
  updatePartnerTaskAtVersion,
  type PartnerTaskRecord,
} from './partner-task.repository.ts';
import { riskLevelLabels } from './screening.ts';
import { screeningsOf } from './screening-nrm.repository.ts';

type Deps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock };
type Page = { limit: number; offset: number };

const seal = (sealer: Sealer, kind: 'task' | 'note' | 'outcome', id: string, text: string) =>
  sealer.seal(text, `casework:partner-${kind}:${id}`);
const open = (sealer: Sealer, kind: 'task' | 'note' | 'outcome', id: string, sealed: Uint8Array) =>
  sealer.openText(sealed, `casework:partner-${kind}:${id}`);

/**
 * Tasks referred to partner organisations (ADR 0038). The safeguarding lead refers and sees the
 * outcome; a partner user sees only their own organisation's tasks (another's reads as "not found
 * or no access"), with only the case fields their organisation's sharing agreement names, and
 * records action notes and the outcome. Every list, read and change is audited.
 */
export function createPartnerTaskService(deps: Deps) {
  const { db, sealer, audit, clock } = deps;
  const today = () => londonDay(clock.now());

  const record = (actor: StaffActor, action: string, subject: { type: string; id: string } | null, details = {}) =>
    db
      .transaction()
      .execute((tx) => audit.record(tx, auditEventBy(actor, action, { ...(subject ? { subject } : {}), details })));

  async function present(rows: readonly PartnerTaskRecord[]) {
    const notes = await notesOfTasks(
      db,
      rows.map((r) => r.id),
    );
    const organisations = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.organisation_id))) {
      organisations.set(id, (await findPartnerOrganisationById(db, id))?.name ?? 'Unknown organisation');
    }
    const now = today();
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      organisationId: row.organisation_id,
      organisationName: organisations.get(row.organisation_id) ?? '',
      description: open(sealer, 'task', row.id, row.description_sealed),
      dueOn: row.due_on,
      overdue: !isFinal(row.status) && now > row.due_on,
      status: row.status,
      statusLabel: partnerTaskStatusLabels[row.status],
      outcome: row.outcome_sealed ? open(sealer, 'outcome', row.id, row.outcome_sealed) : null,
      outcomeOn: row.outcome_on,
      referredBy: row.referred_by,
      referredAt: row.referred_at.toISOString(),
      notes: notes
        .filter((n) => n.task_id === row.id)
        .map((n) => ({
          id: n.id,
          note: open(sealer, 'note', n.id, n.note_sealed),
          recordedBy: n.recorded_by,
          recordedAt: n.recorded_at.toISOString(),
        })),
      version: row.version,
    }));
  }

  /** The case fields the organisation's agreement shares, and nothing else. */
  async function sharedCaseFields(caseId: string, fields: readonly ShareableField[]) {
    const row = await findCase(db, caseId);
    if (!row || fields.length === 0) return {};
    const subject = openJson(sealer, 'subject', row.id, row.subject_sealed) as CaseSubject;
    const shared: {
      subjectName?: string;
      dateOfBirth?: string | null;
      subjectKind?: string;
      concerns?: string[];
      riskLevel?: string | null;
    } = {};
    if (fields.includes('subject_name')) shared.subjectName = subject.name;
    if (fields.includes('date_of_birth')) shared.dateOfBirth = subject.dateOfBirth;
    if (fields.includes('subject_kind')) shared.subjectKind = row.subject_kind === 'child' ? 'A child' : 'An adult';
    if (fields.includes('concerns')) {
      shared.concerns = (await concernsOf(db, row.id)).map(
        (c) => openJson(sealer, 'concern', c.id, c.summary_sealed) as string,
      );
    }
    if (fields.includes('risk_level')) {
      const [latest] = await screeningsOf(db, row.id);
      shared.riskLevel = latest ? riskLevelLabels[latest.risk_level] : null;
    }
    return shared;
  }

  async function partnerTask(actor: StaffActor, id: string) {
    const row = isUuid(id) ? await findPartnerTask(db, id) : undefined;
    if (!row || actor.partnerOrganisationId === null || row.organisation_id !== actor.partnerOrganisationId) {
      await record(actor, 'casework.partner_task.refused', null, { taskId: id });
      throw new AppError('not_found_or_no_access');
    }
    return row;
  }

  async function readableCase(actor: StaffActor, caseId: string) {
    const row = isUuid(caseId) ? await findCase(db, caseId) : undefined;
    if (!row || !mayReadCase(actor, row)) throw new AppError('not_found_or_no_access');
    return row;
  }

  return {
    /** The lead refers a task on an open case to a partner organisation. */
    async refer(
      actor: StaffActor,
      caseId: string,
      input: { organisationId: string; description: string; dueOn: string },
    ) {
      await requireCasework(deps, actor, 'casework.partner_task.create', 'casework.manage');
      const row = await readableCase(actor, caseId);
      if (row.status !== 'open') throw new AppError('conflict', 'The case is closed');
      if (!(await findPartnerOrganisationById(db, input.organisationId))) {
        throw invalid('organisationId', 'Choose a partner organisation that exists');
      }
      if (input.dueOn < today()) throw invalid('dueOn', 'The due date cannot be before the referral');
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertPartnerTask(tx, {
          id,
          case_id: row.id,
          organisation_id: input.organisationId,
          description_sealed: seal(sealer, 'task', id, input.description),
          due_on: input.dueOn,
          status: 'open',
          outcome_sealed: null,
          outcome_on: null,
          referred_by: actor.userId,
          referred_at: now,
          updated_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.partner_task.create', {
            subject: { type: 'casework_case', id: row.id },
            details: { taskId: id, organisationId: input.organisationId, dueOn: input.dueOn },
          }),
        );
      });
      return { id };
    },

    /** The tasks on a case, with their outcomes, for the lead's case page. */
    async ofCase(actor: StaffActor, caseId: string) {
      await requireCasework(deps, actor, 'casework.partner_task.list', 'casework.read');
      const row = await readableCase(actor, caseId);
      const { rows } = await listPartnerTasks(db, { caseId: row.id }, { limit: 200, offset: 0 });
      const items = await present(rows);
      await record(actor, 'casework.partner_task.list', { type: 'casework_case', id: row.id }, { count: items.length });
      return items;
    },

    /** The tasks the caller referred, with the partners' outcomes. */
    async referredBy(actor: StaffActor, page: Page) {
      await requireCasework(deps, actor, 'casework.partner_task.list', 'casework.read');
      const { rows, total } = await listPartnerTasks(db, { referredBy: actor.userId }, page);
      const items = await present(rows);
      await record(actor, 'casework.partner_task.list', null, { mine: true, ids: items.map((i) => i.id) });
      return { items, total, ...page };
    },

    /** A partner user's own organisation's tasks (the task only; the shared fields are on each task's page). */
    async forPartner(actor: StaffActor, page: Page) {
      await requireCasework(deps, actor, 'casework.partner_task.list', 'casework.partner_tasks');
      if (actor.partnerOrganisationId === null) return { items: [], total: 0, ...page };
      const { rows, total } = await listPartnerTasks(db, { organisationId: actor.partnerOrganisationId }, page);
      const items = (await present(rows)).map(({ caseId: _caseId, referredBy: _referredBy, ...task }) => task);
      await record(actor, 'casework.partner_task.list', null, {
        organisationId: actor.partnerOrganisationId,
        ids: items.map((i) => i.id),
      });
      return { items, total, ...page };
    },

    /** One task for its partner, with the case fields the organisation's agreement shares. */
    async partnerRead(actor: StaffActor, id: string) {
      await requireCasework(deps, actor, 'casework.partner_task.read', 'casework.partner_tasks');
      const row = await partnerTask(actor, id);
      const agreement = await findSharingAgreement(db, row.organisation_id);
      const fields = agreement?.fields ?? [];
      const [item] = await present([row]);
      if (!item) throw new AppError('not_found_or_no_access');
      const shared = await sharedCaseFields(row.case_id, fields);
      await record(
        actor,
        'casework.partner_task.read',
        { type: 'casework_case', id: row.case_id },
        { taskId: row.id, sharedFields: fields },
      );
      const { caseId: _caseId, referredBy: _referredBy, ...visible } = item;
      return {
        ...visible,
        agreementReference: agreement?.reference ?? null,
        sharedFields: fields.map((f) => shareableFields[f]),
        shared,
      };
    },

    /** The partner records an action note, and may accept, complete or decline with the outcome. */
    async partnerAct(
      actor: StaffActor,
      id: string,
      input: {
        note?: string | undefined;
        status?: 'accepted' | 'done' | 'declined' | undefined;
        outcome?: string | undefined;
        expectedVersion: number;
      },
    ) {
      await requireCasework(deps, actor, 'casework.partner_task.update', 'casework.partner_tasks');
      const row = await partnerTask(actor, id);
      if (isFinal(row.status)) throw new AppError('conflict', 'The task is finished: it takes no more changes');
      if (input.note === undefined && input.status === undefined) {
        throw invalid('note', 'Record what was done, or change the task’s status');
      }
      const finishing = input.status === 'done' || input.status === 'declined';
      if (finishing && input.outcome === undefined) {
        throw invalid('outcome', 'Record the outcome the referring officer will see');
      }
      if (!finishing && input.outcome !== undefined) {
        throw invalid('outcome', 'An outcome finishes the task: choose done or declined');
      }
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        const changed = await updatePartnerTaskAtVersion(tx, row.id, input.expectedVersion, {
          status: input.status ?? row.status,
          ...(finishing && input.outcome !== undefined
            ? { outcome_sealed: seal(sealer, 'outcome', row.id, input.outcome), outcome_on: londonDay(now) }
            : {}),
          updated_at: now,
        });
        if (!changed) throw new AppError('conflict', 'The task changed since you read it: reload and try again');
        if (input.note !== undefined) {
          const noteId = randomUUID();
          await insertPartnerTaskNote(tx, {
            id: noteId,
            task_id: row.id,
            note_sealed: seal(sealer, 'note', noteId, input.note),
            recorded_by: actor.userId,
            recorded_at: now,
          });
        }
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.partner_task.update', {
            subject: { type: 'casework_case', id: row.case_id },
            details: {
              taskId: row.id,
              from: row.status,
              to: input.status ?? row.status,
              note: input.note !== undefined,
            },
          }),
        );
      });
    },
  };
}

export type PartnerTaskService = ReturnType<typeof createPartnerTaskService>;
