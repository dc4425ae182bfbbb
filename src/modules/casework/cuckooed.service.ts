import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { dealLinesByIds, findDealLine } from '../deal-lines/index.ts';
import { findEntitiesByIds } from '../pole/index.ts';
import { isUuid } from '../reports/index.ts';
import { invalid } from './casework-context.ts';
import { requireCasework } from './casework.policy.ts';
import {
  actionDateProblem,
  cuckooActionKinds,
  cuckooTypes,
  reviewOverdue,
  type CuckooActionKind,
  type CuckooType,
} from './cuckooed.ts';
import {
  actionsOfAddresses,
  findCuckooedAddress,
  insertCuckooedAction,
  insertCuckooedAddress,
  listCuckooedAddresses,
  updateCuckooedAtVersion,
  type CuckooedAddressRecord,
} from './cuckooed.repository.ts';

type Deps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock };

const seal = (sealer: Sealer, kind: 'address' | 'action', id: string, text: string) =>
  sealer.seal(text, `casework:cuckooed-${kind}:${id}`);
const open = (sealer: Sealer, kind: 'address' | 'action', id: string, sealed: Uint8Array) =>
  sealer.openText(sealed, `casework:cuckooed-${kind}:${id}`);

/**
 * The cuckooed-address register (ADR 0038); the links from cases to deal lines are in
 * case-line.service.ts. Read with
 * casework.read, changed with casework.manage; every list, read and change is audited.
 */
export function createCuckooedService(deps: Deps) {
  const { db, sealer, audit, clock } = deps;
  const today = () => londonDay(clock.now());

  const record = (actor: StaffActor, action: string, id: string | null, details: Record<string, unknown> = {}) =>
    db
      .transaction()
      .execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, action, { ...(id ? { subject: { type: 'casework_cuckooed', id } } : {}), details }),
        ),
      );

  async function requireEntry(id: string): Promise<CuckooedAddressRecord> {
    const row = isUuid(id) ? await findCuckooedAddress(db, id) : undefined;
    if (!row) throw new AppError('not_found_or_no_access');
    return row;
  }

  async function checkLinks(input: { locationEntityId: string | null; dealLineId: string | null }) {
    if (input.locationEntityId !== null) {
      const [entity] = await findEntitiesByIds(db, [input.locationEntityId]);
      if (entity?.kind !== 'location') throw invalid('locationEntityId', 'Choose a location from the store');
    }
    if (input.dealLineId !== null && !(await findDealLine(db, input.dealLineId))) {
      throw invalid('dealLineId', 'Choose a deal line that exists');
    }
  }

  async function present(rows: readonly CuckooedAddressRecord[], withNotes: boolean) {
    const [actions, lines] = await Promise.all([
      actionsOfAddresses(
        db,
        rows.map((r) => r.id),
      ),
      dealLinesByIds(db, [...new Set(rows.flatMap((r) => (r.deal_line_id ? [r.deal_line_id] : [])))]),
    ]);
    const brands = new Map(lines.map((l) => [l.id, l.brand_name]));
    const now = today();
    return rows.map((row) => {
      const own = actions.filter((a) => a.address_id === row.id);
      const latest = (kind: CuckooActionKind) => own.filter((a) => a.kind === kind).at(-1) ?? null;
      const order = latest('closure_order');
      return {
        id: row.id,
        address: open(sealer, 'address', row.id, row.address_sealed),
        locationEntityId: row.location_entity_id,
        uprn: row.uprn,
        dealLineId: row.deal_line_id,
        dealLineName: row.deal_line_id ? (brands.get(row.deal_line_id) ?? null) : null,
        cuckooTypes: row.cuckoo_types,
        cuckooTypeLabels: row.cuckoo_types.map((t) => cuckooTypes[t]),
        status: row.status,
        reviewOn: row.review_on,
        reviewOverdue: reviewOverdue({ status: row.status, reviewOn: row.review_on }, now),
        lastVisitOn: latest('visit')?.taken_on ?? null,
        closureNoticeOn: latest('closure_notice')?.taken_on ?? null,
        closureOrderOn: order?.taken_on ?? null,
        closureOrderUntil: order?.until_on ?? null,
        actions: own.map((a) => ({
          id: a.id,
          kind: a.kind,
          kindLabel: cuckooActionKinds[a.kind],
          takenOn: a.taken_on,
          untilOn: a.until_on,
          note: withNotes ? open(sealer, 'action', a.id, a.note_sealed) : null,
          recordedBy: a.recorded_by,
        })),
        version: row.version,
      };
    });
  }

  return {
    /** A page of the register, active first and the earliest review first. */
    async list(actor: StaffActor, page: { limit: number; offset: number }) {
      await requireCasework(deps, actor, 'casework.cuckooed.list', 'casework.read');
      const { rows, total } = await listCuckooedAddresses(db, page);
      const items = await present(rows, false);
      await record(actor, 'casework.cuckooed.list', null, { count: items.length, ids: items.map((i) => i.id) });
      return { items, total, limit: page.limit, offset: page.offset };
    },

    async get(actor: StaffActor, id: string) {
      await requireCasework(deps, actor, 'casework.cuckooed.read', 'casework.read');
      const row = await requireEntry(id);
      const [item] = await present([row], true);
      if (!item) throw new AppError('not_found_or_no_access');
      await record(actor, 'casework.cuckooed.read', row.id);
      return item;
    },

    async create(
      actor: StaffActor,
      input: {
        address: string;
        locationEntityId: string | null;
        uprn: string | null;
        dealLineId: string | null;
        cuckooTypes: CuckooType[];
        reviewOn: string;
      },
    ) {
      await requireCasework(deps, actor, 'casework.cuckooed.create', 'casework.manage');
      if (input.reviewOn < today()) throw invalid('reviewOn', 'The review date cannot be in the past');
      await checkLinks(input);
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertCuckooedAddress(tx, {
          id,
          address_sealed: seal(sealer, 'address', id, input.address),
          location_entity_id: input.locationEntityId,
          uprn: input.uprn,
          deal_line_id: input.dealLineId,
          cuckoo_types: JSON.stringify([...new Set(input.cuckooTypes)]),
          status: 'active',
          review_on: input.reviewOn,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.cuckooed.create', {
            subject: { type: 'casework_cuckooed', id },
            details: {
              dealLineId: input.dealLineId,
              locationEntityId: input.locationEntityId,
              types: input.cuckooTypes,
            },
          }),
        );
      });
      return { id };
    },

    /** A visit, support offered, a closure notice or a closure order, with its dates checked in order. */
    async recordAction(
      actor: StaffActor,
      id: string,
      input: {
        kind: CuckooActionKind;
        takenOn: string;
        untilOn?: string | undefined;
        note: string;
        expectedVersion: number;
      },
    ) {
      await requireCasework(deps, actor, 'casework.cuckooed.action', 'casework.manage');
      const row = await requireEntry(id);
      if (row.status !== 'active') throw new AppError('conflict', 'The entry is closed');
      const recorded = (await actionsOfAddresses(db, [row.id])).map((a) => ({ kind: a.kind, takenOn: a.taken_on }));
      const problem = actionDateProblem(input, { today: today(), recorded });
      if (problem) throw invalid(problem.field, problem.message);
      const actionId = randomUUID();
      await db.transaction().execute(async (tx) => {
        const moved = await updateCuckooedAtVersion(tx, row.id, input.expectedVersion, { updated_at: clock.now() });
        if (!moved) throw new AppError('conflict', 'The entry changed since you read it: reload and try again');
        await insertCuckooedAction(tx, {
          id: actionId,
          address_id: row.id,
          kind: input.kind,
          taken_on: input.takenOn,
          until_on: input.untilOn ?? null,
          note_sealed: seal(sealer, 'action', actionId, input.note),
          recorded_by: actor.userId,
          recorded_at: clock.now(),
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.cuckooed.action', {
            subject: { type: 'casework_cuckooed', id: row.id },
            details: { actionId, kind: input.kind, takenOn: input.takenOn, untilOn: input.untilOn ?? null },
          }),
        );
      });
      return { id: actionId };
    },

    /** Sets the next review date, or closes the entry. */
    async review(
      actor: StaffActor,
      id: string,
      input: { reviewOn?: string | undefined; close: boolean; expectedVersion: number },
    ) {
      await requireCasework(deps, actor, 'casework.cuckooed.review', 'casework.manage');
      const row = await requireEntry(id);
      if (!input.close && input.reviewOn === undefined) throw invalid('reviewOn', 'Give the next review date');
      if (input.reviewOn !== undefined && input.reviewOn < today()) {
        throw invalid('reviewOn', 'The review date cannot be in the past');
      }
      await db.transaction().execute(async (tx) => {
        const changed = await updateCuckooedAtVersion(tx, row.id, input.expectedVersion, {
          ...(input.reviewOn !== undefined ? { review_on: input.reviewOn } : {}),
          status: input.close ? 'closed' : 'active',
          updated_at: clock.now(),
        });
        if (!changed) throw new AppError('conflict', 'The entry changed since you read it: reload and try again');
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.cuckooed.review', {
            subject: { type: 'casework_cuckooed', id: row.id },
            details: { reviewOn: input.reviewOn ?? null, close: input.close },
          }),
        );
      });
    },
  };
}

export type CuckooedService = ReturnType<typeof createCuckooedService>;
