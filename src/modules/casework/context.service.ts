import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findEntitiesByIds } from '../pole/index.ts';
import { isUuid } from '../reports/index.ts';
import { agencyLabels, type Agency } from './case.ts';
import { invalid } from './casework-context.ts';
import { requireCasework } from './casework.policy.ts';
import { contextKinds, type ContextKind } from './context.ts';
import { findContext, insertContext, insertIntervention, interventionsOf, listContexts } from './context.repository.ts';

type Deps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock };
const nameContext = (id: string) => `casework:context-name:${id}`;
const interventionContext = (id: string) => `casework:context-intervention:${id}`;

/** Contexts (places) with their interventions: the safeguarding lead's, every list, read and change audited. */
export function createContextService(deps: Deps) {
  const { db, sealer, audit, clock } = deps;
  const record = (actor: StaffActor, action: string, id: string | null, details: Record<string, unknown> = {}) =>
    db
      .transaction()
      .execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, action, { ...(id ? { subject: { type: 'casework_context', id } } : {}), details }),
        ),
      );

  async function present(rows: readonly NonNullable<Awaited<ReturnType<typeof findContext>>>[]) {
    const interventions = await interventionsOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      kindLabel: contextKinds[row.kind],
      name: sealer.openText(row.name_sealed, nameContext(row.id)),
      locationEntityId: row.location_entity_id,
      interventions: interventions
        .filter((i) => i.context_id === row.id)
        .map((i) => ({
          id: i.id,
          ownerAgency: i.owner_agency,
          ownerAgencyLabel: agencyLabels[i.owner_agency as Agency],
          description: sealer.openText(i.description_sealed, interventionContext(i.id)),
          takenOn: i.taken_on,
        })),
    }));
  }

  return {
    async list(actor: StaffActor) {
      await requireCasework(deps, actor, 'casework.context.list', 'casework.read');
      const items = await present(await listContexts(db, 500));
      await record(actor, 'casework.context.list', null, { count: items.length });
      return items;
    },

    async get(actor: StaffActor, id: string) {
      await requireCasework(deps, actor, 'casework.context.read', 'casework.read');
      const row = isUuid(id) ? await findContext(db, id) : undefined;
      if (!row) throw new AppError('not_found_or_no_access');
      const [item] = await present([row]);
      if (!item) throw new AppError('not_found_or_no_access');
      await record(actor, 'casework.context.read', row.id);
      return item;
    },

    async create(actor: StaffActor, input: { kind: ContextKind; name: string; locationEntityId: string | null }) {
      await requireCasework(deps, actor, 'casework.context.create', 'casework.manage');
      if (input.locationEntityId !== null) {
        const [entity] = await findEntitiesByIds(db, [input.locationEntityId]);
        if (entity?.kind !== 'location') throw invalid('locationEntityId', 'Choose a location from the store');
      }
      const id = randomUUID();
      await db.transaction().execute(async (tx) => {
        await insertContext(tx, {
          id,
          kind: input.kind,
          name_sealed: sealer.seal(input.name, nameContext(id)),
          location_entity_id: input.locationEntityId,
          created_by: actor.userId,
          created_at: clock.now(),
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.context.create', {
            subject: { type: 'casework_context', id },
            details: { kind: input.kind },
          }),
        );
      });
      return { id };
    },

    async intervene(
      actor: StaffActor,
      id: string,
      input: { ownerAgency: Agency; description: string; takenOn: string },
    ) {
      await requireCasework(deps, actor, 'casework.context.intervene', 'casework.manage');
      const row = isUuid(id) ? await findContext(db, id) : undefined;
      if (!row) throw new AppError('not_found_or_no_access');
      if (input.takenOn > londonDay(clock.now())) throw invalid('takenOn', 'The date cannot be in the future');
      const interventionId = randomUUID();
      await db.transaction().execute(async (tx) => {
        await insertIntervention(tx, {
          id: interventionId,
          context_id: row.id,
          owner_agency: input.ownerAgency,
          description_sealed: sealer.seal(input.description, interventionContext(interventionId)),
          taken_on: input.takenOn,
          recorded_by: actor.userId,
          recorded_at: clock.now(),
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.context.intervene', {
            subject: { type: 'casework_context', id: row.id },
            details: { interventionId, ownerAgency: input.ownerAgency, takenOn: input.takenOn },
          }),
        );
      });
      return { id: interventionId };
    },
  };
}

export type ContextService = ReturnType<typeof createContextService>;
