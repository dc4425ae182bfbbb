import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from '../access/index.ts';
import { findAlert } from '../correlation/index.ts';
import { day } from '../network/index.ts';
import { canChangeStatus, type DealLineStatus } from './deal-line.ts';
import { insertSamples, recordDealLineEvent, requireEntityOfKind, type SampleInput } from './deal-line-helpers.ts';
import { requireDealLineManage, requireDealLineRead } from './deal-line.policy.ts';
import {
  insertDealLine,
  updateDealLine,
  updateDealLineAtVersion,
  findDealLine,
  findOpenNumber,
  insertNumber,
  insertStatusChange,
  listDealLines,
  successorChain,
} from './deal-line.repository.ts';

export type DealLineDeps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock };

export type NewDealLine = {
  phoneEntityId: string;
  brandName: string;
  urbanHub: string | null;
  status: 'suspected' | 'confirmed';
  fromDate?: string | undefined;
  sourceAlertId?: string | undefined;
  samples: SampleInput[];
};

export type DealLineUpdate = {
  brandName?: string | undefined;
  urbanHub?: string | null | undefined;
  firstSeen?: string | undefined;
  lastSeen?: string | undefined;
  expectedVersion: number;
};

const invalid = (field: string, message: string) => new AppError('validation_failed', undefined, [{ field, message }]);

/** Recording deal lines and moving them through their statuses. */
export function createDealLineService(deps: DealLineDeps) {
  const { db, sealer, audit, clock } = deps;

  async function requireAlertAbout(alertId: string, phoneId: string) {
    const alert = await findAlert(db, alertId);
    if (alert?.kind !== 'possible_deal_line' || alert.entity_id !== phoneId) {
      throw invalid('sourceAlertId', 'Choose the possible-deal-line alert about this number');
    }
  }

  return {
    async list(actor: StaffActor, filter: { statuses: DealLineStatus[]; limit: number }) {
      await requireDealLineRead(deps, actor, 'deal_line.list');
      const rows = await listDealLines(db, filter);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'deal_line.list',
          requestId: actor.requestId,
          details: { count: rows.length, ids: rows.map((r) => r.id) },
        }),
      );
      return rows.map((row) => ({
        id: row.id,
        brandName: row.brand_name,
        status: row.status,
        urbanHub: row.urban_hub,
        firstSeen: day(row.first_seen),
        lastSeen: day(row.last_seen),
        successorLineId: row.successor_line_id,
        currentNumbers: row.number_count,
        people: row.people_count,
        version: row.version,
      }));
    },

    /** Records a line from a phone entity, e.g. the subject of a possible-deal-line alert. */
    async create(actor: StaffActor, input: NewDealLine): Promise<{ id: string }> {
      await requireDealLineManage(deps, actor, 'deal_line.create');
      const phone = await requireEntityOfKind(db, input.phoneEntityId, 'phone');
      if (input.sourceAlertId !== undefined) await requireAlertAbout(input.sourceAlertId, phone.id);
      const existing = await findOpenNumber(db, phone.id);
      if (existing) throw new AppError('conflict', `The number is already on deal line ${existing.deal_line_id}`);
      const id = randomUUID();
      const now = clock.now();
      const firstSeen = input.fromDate ?? day(phone.first_seen);
      const lastSeen = day(phone.last_seen) > firstSeen ? day(phone.last_seen) : firstSeen;
      await db.transaction().execute(async (tx) => {
        await insertDealLine(tx, {
          id,
          brand_name: input.brandName,
          status: input.status,
          successor_line_id: null,
          urban_hub: input.urbanHub,
          first_seen: firstSeen,
          last_seen: lastSeen,
          source_alert_id: input.sourceAlertId ?? null,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        const by = actor.userId;
        await insertNumber(tx, {
          id: randomUUID(),
          lineId: id,
          phoneId: phone.id,
          from: firstSeen,
          to: null,
          by,
          at: now,
        });
        const note = 'Recorded';
        await insertStatusChange(tx, {
          id: randomUUID(),
          lineId: id,
          from: null,
          to: input.status,
          successor: null,
          note,
          by,
          at: now,
        });
        await insertSamples(tx, sealer, { id, by, at: now }, input.samples);
        await recordDealLineEvent(audit, tx, actor, {
          action: 'deal_line.create',
          lineId: id,
          details: {
            phoneEntityId: phone.id,
            status: input.status,
            sourceAlertId: input.sourceAlertId ?? null,
            samples: input.samples.length,
          },
        });
      });
      return { id };
    },

    async update(actor: StaffActor, id: string, input: DealLineUpdate): Promise<void> {
      await requireDealLineManage(deps, actor, 'deal_line.update');
      const line = await findDealLine(db, id);
      if (!line) throw new AppError('not_found_or_no_access');
      const firstSeen = input.firstSeen ?? day(line.first_seen);
      const lastSeen = input.lastSeen ?? day(line.last_seen);
      if (lastSeen < firstSeen) throw invalid('lastSeen', 'Last seen must not be before first seen');
      await db.transaction().execute(async (tx) => {
        const updated = await updateDealLineAtVersion(tx, id, input.expectedVersion, {
          brand_name: input.brandName ?? line.brand_name,
          urban_hub: input.urbanHub === undefined ? line.urban_hub : input.urbanHub,
          first_seen: firstSeen,
          last_seen: lastSeen,
          updated_at: clock.now(),
          version: line.version + 1,
        });
        if (!updated) throw new AppError('conflict', 'The deal line changed since you read it');
        const { expectedVersion: _version, ...changes } = input;
        await recordDealLineEvent(audit, tx, actor, { action: 'deal_line.update', lineId: id, details: { changes } });
      });
    },

    /** Moves the line on; a rebrand names the line that replaced it. */
    async setStatus(
      actor: StaffActor,
      id: string,
      input: { status: DealLineStatus; successorLineId?: string | undefined; note: string },
    ): Promise<void> {
      await requireDealLineManage(deps, actor, 'deal_line.set_status');
      const line = await findDealLine(db, id);
      if (!line) throw new AppError('not_found_or_no_access');
      if ((input.status === 'disrupted' || input.status === 'closed') && line.status !== input.status) {
        throw invalid(
          'status',
          `A line becomes ${input.status} only with the arrests, seizures, charges or warrants it rests on: record it under Disruption on the line's page`,
        );
      }
      if (!canChangeStatus(line.status, input.status)) {
        throw new AppError('conflict', `A ${line.status} line cannot become ${input.status}`);
      }
      const successor = input.status === 'rebranded' ? (input.successorLineId ?? null) : null;
      if (input.status !== 'rebranded' && input.successorLineId !== undefined) {
        throw invalid('successorLineId', 'Only a rebrand names a successor');
      }
      if (input.status === 'rebranded') {
        if (successor === null) throw invalid('successorLineId', 'Name the line it became');
        if (!(await findDealLine(db, successor))) throw new AppError('not_found_or_no_access');
        if ((await successorChain(db, successor, 50)).includes(id)) {
          throw invalid('successorLineId', 'That line is this line, or one it became');
        }
      }
      const at = clock.now();
      await db.transaction().execute(async (tx) => {
        await updateDealLine(tx, id, {
          status: input.status,
          successor_line_id: successor,
          updated_at: at,
          version: line.version + 1,
        });
        await insertStatusChange(tx, {
          id: randomUUID(),
          lineId: id,
          from: line.status,
          to: input.status,
          successor,
          note: input.note,
          by: actor.userId,
          at,
        });
        await recordDealLineEvent(audit, tx, actor, {
          action: 'deal_line.set_status',
          lineId: id,
          details: { from: line.status, to: input.status, successorLineId: successor },
          reason: input.note,
        });
      });
    },
  };
}

export type DealLineService = ReturnType<typeof createDealLineService>;
