import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { openCaseFromOperations } from '../casework/index.ts';
import { entityLabelContext, findEntitiesByIds, isRecordedChild, openEntityDetails } from '../pole/index.ts';
import { chargingBlockedFor, offences, type Offence, type SeizureUnit } from './arrest.ts';
import {
  chargesOf,
  findArrest,
  insertArrest,
  insertCharge,
  listArrests,
  recordNrmConsidered,
  seizuresOfArrest,
} from './arrest.repository.ts';
import type { ControlledDrug } from './drugs.ts';
import { requireOperations } from './operations.policy.ts';
import { presentArrest } from './arrest-presenter.ts';
import { createSeizureService } from './seizure.service.ts';
import { findWarrant, intelligenceOfWarrants, warrantEntries } from './warrant.repository.ts';

export type ArrestDeps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock; blindIndex: BlindIndex };

export type SeizureItemInput =
  | { kind: 'drug'; drug: ControlledDrug; form: string; quantity: number; unit: SeizureUnit }
  | { kind: 'cash'; amountPence: number }
  | { kind: 'phone'; number?: string | undefined; description?: string | undefined }
  | { kind: 'weapon'; description: string }
  | { kind: 'vehicle'; description: string };

const invalid = (field: string, message: string) => new AppError('validation_failed', message, [{ field, message }]);
const subject = (id: string) => ({ type: 'ops_arrest', id });

/** Arrests linked to people and places, charges with outcome types 1-22, and seizures. */
export function createArrestService(deps: ArrestDeps) {
  const { db, sealer, audit, clock } = deps;

  async function requireArrest(id: string) {
    const row = await findArrest(db, id);
    if (!row) throw new AppError('not_found_or_no_access');
    return row;
  }

  async function personOf(id: string) {
    const [row] = await findEntitiesByIds(db, [id]);
    if (row?.kind !== 'person') return null;
    return {
      label: sealer.openText(row.label_sealed, entityLabelContext(row.id)),
      child: isRecordedChild(openEntityDetails(sealer, row.id, row.details_sealed)),
    };
  }

  /** An arrest under a warrant comes on or after the day it was issued, and before it expired unexecuted. */
  async function checkWarrantCovers(warrantId: string, arrestedAt: Date) {
    const warrant = await findWarrant(db, warrantId);
    if (!warrant) throw invalid('warrantId', 'No such warrant');
    if (warrant.court_decision !== 'issued' || warrant.decided_on === null) {
      throw invalid('warrantId', 'The warrant has not been issued: record the arrest without it');
    }
    const issuedOn =
      typeof warrant.decided_on === 'string'
        ? warrant.decided_on.slice(0, 10)
        : warrant.decided_on.toISOString().slice(0, 10);
    if (londonDay(arrestedAt) < issuedOn) {
      throw invalid('arrestedAt', `The arrest cannot be before the warrant was issued on ${issuedOn}`);
    }
    if (warrant.expires_at && arrestedAt >= warrant.expires_at) {
      const executed = (await warrantEntries(db, warrantId)).length > 0;
      if (!executed) {
        throw invalid(
          'arrestedAt',
          `The warrant expired unexecuted on ${warrant.expires_at.toISOString().slice(0, 10)}: the arrest cannot be after that`,
        );
      }
    }
  }

  return {
    ...createSeizureService(deps),

    async list(actor: StaffActor) {
      await requireOperations(deps, actor, 'operations.arrest.list', ['operations.read']);
      const rows = await listArrests(db, 500);
      const people = await findEntitiesByIds(
        db,
        rows.map((r) => r.person_entity_id),
      );
      const labels = new Map(people.map((p) => [p.id, sealer.openText(p.label_sealed, entityLabelContext(p.id))]));
      await db
        .transaction()
        .execute((tx) =>
          audit.record(tx, auditEventBy(actor, 'operations.arrest.list', { details: { count: rows.length } })),
        );
      return rows.map((r) => ({
        id: r.id,
        personId: r.person_entity_id,
        personLabel: labels.get(r.person_entity_id) ?? '',
        arrestedAt: r.arrested_at.toISOString(),
        place: r.place,
        suspectedOffence: r.suspected_offence,
        childAtArrest: r.child_at_arrest,
        nrmConsidered: r.nrm_s45_considered_by !== null,
      }));
    },

    async create(
      actor: StaffActor,
      input: {
        personEntityId: string;
        arrestedAt: string;
        place: string;
        warrantId?: string | undefined;
        suspectedOffence: Offence;
        childAtArrest: boolean;
      },
    ): Promise<{ id: string }> {
      await requireOperations(deps, actor, 'operations.arrest.create', ['operations.record']);
      const person = await personOf(input.personEntityId);
      if (!person) throw invalid('personEntityId', 'Choose a person from the store');
      const arrestedAt = new Date(input.arrestedAt);
      if (arrestedAt > clock.now()) throw invalid('arrestedAt', 'The arrest cannot be in the future');
      if (input.warrantId !== undefined) await checkWarrantCovers(input.warrantId, arrestedAt);
      const id = randomUUID();
      const child = person.child || input.childAtArrest;
      await db.transaction().execute(async (tx) => {
        await insertArrest(tx, {
          id,
          person_entity_id: input.personEntityId,
          arrested_at: arrestedAt,
          place: input.place,
          warrant_id: input.warrantId ?? null,
          suspected_offence: input.suspectedOffence,
          child_at_arrest: child,
          nrm_s45_considered_by: null,
          nrm_s45_considered_at: null,
          nrm_s45_note: null,
          created_by: actor.userId,
          created_at: clock.now(),
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.arrest.create', {
            subject: subject(id),
            details: { personEntityId: input.personEntityId, child, warrantId: input.warrantId ?? null },
          }),
        );
        // The arrest of a child opens (or joins) their safeguarding case in the same unit of work.
        if (child) {
          const when = arrestedAt.toISOString().slice(0, 16).replace('T', ' ');
          await openCaseFromOperations(tx, deps, actor, {
            subjectKind: 'child',
            subject: { name: person.label, dateOfBirth: null, personEntityId: input.personEntityId },
            source: 'arrest',
            sourceId: id,
            summary: `Arrested as a child at ${input.place} on ${when} (UTC) on suspicion of: ${offences[input.suspectedOffence]}`,
            receivedAt: arrestedAt,
          });
        }
      });
      return { id };
    },

    async get(actor: StaffActor, id: string) {
      await requireOperations(deps, actor, 'operations.arrest.read', ['operations.read']);
      const row = await requireArrest(id);
      const [person, charges, seizures] = await Promise.all([
        personOf(row.person_entity_id),
        chargesOf(db, id),
        seizuresOfArrest(db, id),
      ]);
      // Traceability: the intelligence cited by the warrant each record was made under.
      const warrantIds = [row.warrant_id, ...seizures.map((s) => s.warrant_id ?? row.warrant_id)].flatMap((w) =>
        w ? [w] : [],
      );
      const cited = await intelligenceOfWarrants(db, warrantIds);
      await db
        .transaction()
        .execute((tx) => audit.record(tx, auditEventBy(actor, 'operations.arrest.read', { subject: subject(id) })));
      return presentArrest({ row, personLabel: person?.label ?? '', charges, seizures, cited, sealer });
    },

    /** "NRM and s.45 defence considered": what a child's charging decision waits for. */
    async considerNrm(actor: StaffActor, id: string, input: { note: string; expectedVersion: number }) {
      await requireOperations(deps, actor, 'operations.arrest.nrm', ['operations.record']);
      await requireArrest(id);
      await db.transaction().execute(async (tx) => {
        const changed = await recordNrmConsidered(tx, id, input.expectedVersion, {
          by: actor.userId,
          at: clock.now(),
          note: input.note,
        });
        if (!changed) throw new AppError('conflict', 'The arrest changed since you read it: reload and try again');
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.arrest.nrm', { subject: subject(id), reason: input.note }),
        );
      });
    },

    /** A charging decision or other outcome for one offence, as a Home Office outcome type. */
    async charge(
      actor: StaffActor,
      id: string,
      input: { offence: Offence; outcomeType: number; decidedOn: string; note?: string | undefined },
    ) {
      await requireOperations(deps, actor, 'operations.arrest.charge', ['operations.record']);
      const row = await requireArrest(id);
      const blocked = chargingBlockedFor({
        childAtArrest: row.child_at_arrest,
        nrmConsidered: row.nrm_s45_considered_by !== null,
      });
      if (blocked) throw new AppError('conflict', blocked);
      if (input.decidedOn < row.arrested_at.toISOString().slice(0, 10)) {
        throw invalid('decidedOn', 'The decision cannot be before the arrest');
      }
      if (input.decidedOn > londonDay(clock.now())) throw invalid('decidedOn', 'The decision cannot be in the future');
      const chargeId = randomUUID();
      await db.transaction().execute(async (tx) => {
        await insertCharge(tx, {
          id: chargeId,
          arrest_id: id,
          offence: input.offence,
          outcome_type: input.outcomeType,
          decided_on: input.decidedOn,
          note: input.note ?? null,
          decided_by: actor.userId,
          decided_at: clock.now(),
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.arrest.charge', {
            subject: subject(id),
            details: { offence: input.offence, outcomeType: input.outcomeType },
          }),
        );
      });
      return { id: chargeId };
    },
  };
}

export type ArrestService = ReturnType<typeof createArrestService>;
