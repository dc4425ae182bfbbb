import { randomUUID } from 'node:crypto';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from '../access/index.ts';
import { day } from '../network/index.ts';
import { reopenedBySuccessor, type DealLineRole } from './deal-line.ts';
import { insertSamples, recordDealLineEvent, requireEntityOfKind, type SampleInput } from './deal-line-helpers.ts';
import { requireDealLineManage } from './deal-line.policy.ts';
import { endLineNumber, findLineNumber, insertLinePerson, removeLinePerson } from './deal-line-members.repository.ts';
import {
  findActiveRole,
  findDealLine,
  findOpenNumber,
  insertNumber,
  insertStatusChange,
  updateDealLine,
} from './deal-line.repository.ts';
import { numbersOf } from './deal-line-profile.repository.ts';
import type { DealLineDeps } from './deal-line.service.ts';

/** The numbers, people and advertising texts of a deal line. Every change is audited. */
export function createDealLineMembersService(deps: DealLineDeps) {
  const { db, sealer, audit, clock } = deps;

  async function requireLine(actor: StaffActor, id: string, operation: string) {
    await requireDealLineManage(deps, actor, operation);
    const line = await findDealLine(db, id);
    if (!line) throw new AppError('not_found_or_no_access');
    return line;
  }

  return {
    async addNumber(
      actor: StaffActor,
      lineId: string,
      input: {
        phoneEntityId: string;
        fromDate: string;
        toDate?: string | undefined;
        replacesNumberId?: string | undefined;
      },
    ) {
      const line = await requireLine(actor, lineId, 'deal_line.add_number');
      const phone = await requireEntityOfKind(db, input.phoneEntityId, 'phone');
      const open = await findOpenNumber(db, phone.id);
      if (open && input.toDate === undefined) {
        throw new AppError('conflict', `The number is already on deal line ${open.deal_line_id}`);
      }
      const replaced = input.replacesNumberId
        ? (await numbersOf(db, lineId)).find((n) => n.id === input.replacesNumberId)
        : undefined;
      if (input.replacesNumberId !== undefined && !replaced) {
        throw new AppError('validation_failed', 'Choose a number of this line', [
          { field: 'replacesNumberId', message: 'Choose the number of this line that it replaced' },
        ]);
      }
      const reopen = replaced !== undefined && reopenedBySuccessor(line.status);
      const id = randomUUID();
      await db.transaction().execute(async (tx) => {
        const by = actor.userId;
        const at = clock.now();
        await insertNumber(tx, {
          id,
          lineId,
          phoneId: phone.id,
          from: input.fromDate,
          to: input.toDate ?? null,
          replaces: replaced?.id ?? null,
          by,
          at,
        });
        if (replaced?.to_date === null) await endLineNumber(tx, replaced.id, input.fromDate);
        if (reopen) {
          // The successor number re-opens the line: the dealing goes on under the new number.
          await updateDealLine(tx, lineId, { status: 'confirmed', updated_at: at, version: line.version + 1 });
          await insertStatusChange(tx, {
            id: randomUUID(),
            lineId,
            from: line.status,
            to: 'confirmed',
            successor: null,
            note: 'Re-opened: a successor number replaced one of its numbers',
            by,
            at,
          });
        }
        await recordDealLineEvent(audit, tx, actor, {
          action: 'deal_line.add_number',
          lineId,
          details: {
            numberId: id,
            phoneEntityId: phone.id,
            from: input.fromDate,
            to: input.toDate ?? null,
            replacesNumberId: replaced?.id ?? null,
            reopened: reopen,
          },
        });
      });
      return { id };
    },

    /** The number stopped being used by the line on `toDate` (e.g. after a DDTRO or a rebrand). */
    async endNumber(actor: StaffActor, lineId: string, numberId: string, toDate: string) {
      await requireLine(actor, lineId, 'deal_line.end_number');
      const number = await findLineNumber(db, lineId, numberId);
      if (!number) throw new AppError('not_found_or_no_access');
      if (number.to_date !== null) throw new AppError('conflict', 'The number has already ended');
      if (toDate < day(number.from_date)) {
        throw new AppError('validation_failed', undefined, [
          { field: 'toDate', message: 'Must not be before the start' },
        ]);
      }
      await db.transaction().execute(async (tx) => {
        await endLineNumber(tx, numberId, toDate);
        await recordDealLineEvent(audit, tx, actor, {
          action: 'deal_line.end_number',
          lineId,
          details: { numberId, toDate },
        });
      });
    },

    /** A person's role on the line; `victim` marks someone exploited (e.g. a child runner) as well. */
    async addPerson(
      actor: StaffActor,
      lineId: string,
      input: { personEntityId: string; role: DealLineRole; victim: boolean },
    ) {
      await requireLine(actor, lineId, 'deal_line.add_person');
      const person = await requireEntityOfKind(db, input.personEntityId, 'person');
      if (await findActiveRole(db, lineId, person.id, input.role)) {
        throw new AppError('conflict', 'The person already holds that role on this line');
      }
      const id = randomUUID();
      await db.transaction().execute(async (tx) => {
        await insertLinePerson(tx, {
          id,
          lineId,
          personId: person.id,
          role: input.role,
          victim: input.victim,
          by: actor.userId,
          at: clock.now(),
        });
        await recordDealLineEvent(audit, tx, actor, {
          action: 'deal_line.add_person',
          lineId,
          details: { assignmentId: id, personEntityId: person.id, role: input.role, victim: input.victim },
        });
      });
      return { id };
    },

    /** Ends a role. The row stays, marked removed, so the line's history can still be read. */
    async removePerson(actor: StaffActor, lineId: string, assignmentId: string, reason: string) {
      await requireLine(actor, lineId, 'deal_line.remove_person');
      await db.transaction().execute(async (tx) => {
        if (!(await removeLinePerson(tx, lineId, assignmentId, actor.userId, clock.now()))) {
          throw new AppError('not_found_or_no_access');
        }
        await recordDealLineEvent(audit, tx, actor, {
          action: 'deal_line.remove_person',
          lineId,
          details: { assignmentId },
          reason,
        });
      });
    },

    async addSamples(actor: StaffActor, lineId: string, samples: readonly SampleInput[]) {
      await requireLine(actor, lineId, 'deal_line.add_samples');
      await db.transaction().execute(async (tx) => {
        await insertSamples(tx, sealer, { id: lineId, by: actor.userId, at: clock.now() }, samples);
        await recordDealLineEvent(audit, tx, actor, {
          action: 'deal_line.add_samples',
          lineId,
          details: { count: samples.length },
        });
      });
    },
  };
}

export type DealLineMembersService = ReturnType<typeof createDealLineMembersService>;
