import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, type StaffActor } from '../access/actor.ts';
import { identityMembers } from '../resolution/person-merge.repository.ts';
import { entityLabelContext } from './pole-ingest.ts';
import type { EntityKind } from './pole.table.ts';

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Everything known about one number, vehicle, address or person, with the reports behind it. */
export function createEntitiesService(deps: { db: Db; sealer: Sealer; audit: AuditTrail; blindIndex: BlindIndex }) {
  const { db, sealer, audit } = deps;
  const open = (id: string, sealed: Uint8Array) => sealer.openText(sealed, entityLabelContext(id));

  return {
    async get(actor: StaffActor, id: string) {
      requirePermission(actor, 'entity.read');
      const entity = await db.selectFrom('pole_entities').selectAll().where('id', '=', id).executeTakeFirst();
      if (!entity) throw new AppError('not_found_or_no_access');
      // A person merged with others is one identity: its page shows what is known of all of them.
      const members = entity.kind === 'person' ? await identityMembers(db, id) : [id];
      const mentions = await db
        .selectFrom('pole_mentions')
        .select(['report_id', 'observed_on', 'field'])
        .where('entity_id', 'in', members)
        .orderBy('observed_on', 'desc')
        .limit(500)
        .execute();
      const links = await db
        .selectFrom('pole_links as l')
        .innerJoin('pole_entities as other', (join) =>
          join.on((eb) =>
            eb.or([
              eb.and([eb('l.entity_a', 'in', members), eb('other.id', '=', eb.ref('l.entity_b'))]),
              eb.and([eb('l.entity_b', 'in', members), eb('other.id', '=', eb.ref('l.entity_a'))]),
            ]),
          ),
        )
        .select([
          'l.id',
          'l.kind',
          'l.confidence',
          'l.source_count',
          'l.first_seen',
          'l.last_seen',
          'other.id as other_id',
          'other.kind as other_kind',
          'other.label_sealed',
        ])
        .where((eb) =>
          eb.or([
            eb.and([eb('l.entity_a', 'in', members), eb('l.entity_b', 'not in', members)]),
            eb.and([eb('l.entity_b', 'in', members), eb('l.entity_a', 'not in', members)]),
          ]),
        )
        .orderBy('l.source_count', 'desc')
        .limit(200)
        .execute();
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'entity.read',
          subject: { type: 'entity', id },
          requestId: actor.requestId,
        }),
      );
      return {
        id: entity.id,
        kind: entity.kind,
        label: open(entity.id, entity.label_sealed),
        firstSeen: day(entity.first_seen),
        lastSeen: day(entity.last_seen),
        reportCount: entity.report_count,
        /** For people: the identity this person belongs to (itself unless merged) and its size. */
        identity: entity.kind === 'person' ? { id: members[0] ?? id, memberCount: members.length } : null,
        timeline: mentions.map((m) => ({ reportId: m.report_id, observedOn: day(m.observed_on), field: m.field })),
        links: links.map((l) => ({
          id: l.id,
          kind: l.kind,
          confidence: Math.round(l.confidence * 100) / 100,
          sourceCount: l.source_count,
          firstSeen: day(l.first_seen),
          lastSeen: day(l.last_seen),
          other: { id: l.other_id, kind: l.other_kind, label: open(l.other_id, l.label_sealed) },
        })),
      };
    },

    /** Finds an entity by its normalised identifier (e.g. "+447700900123") through the blind index. */
    async findByIdentifier(actor: StaffActor, kind: EntityKind, normalisedValue: string) {
      requirePermission(actor, 'entity.read');
      const row = await db
        .selectFrom('pole_entities')
        .select('id')
        .where('kind', '=', kind)
        .where('blind_key', '=', deps.blindIndex(kind, normalisedValue))
        .executeTakeFirst();
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'entity.search',
          requestId: actor.requestId,
          details: { kind, found: row !== undefined },
        }),
      );
      if (!row) throw new AppError('not_found_or_no_access');
      return { id: row.id };
    },
  };
}

export type EntitiesService = ReturnType<typeof createEntitiesService>;
