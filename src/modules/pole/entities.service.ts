import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, type StaffActor } from '../access/index.ts';
import { openEntityDetails } from './entity-details.ts';
import { entityLabelContext } from './pole-ingest.ts';
import type { EntityKind } from './pole.table.ts';

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Everything known about one number, vehicle, address or person, with the reports behind it. */
export function createEntitiesService(deps: {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  blindIndex: BlindIndex;
  /** Everyone who is one identity with a person, root first (person resolution supplies it). */
  identityMembers: (db: DbOrTx, personId: string) => Promise<string[]>;
}) {
  const { db, sealer, audit, identityMembers } = deps;
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
      // Records merged into this one are its aliases and nicknames: those an import marked as
      // merged_into it, and the other members of a person's identity (person resolution).
      const merged = await db
        .selectFrom('pole_entities')
        .select(['id', 'label_sealed'])
        .where((eb) => eb.or([eb('merged_into', '=', id), eb('id', 'in', members)]))
        .where('id', '<>', id)
        .orderBy('first_seen')
        .limit(100)
        .execute();
      const identityRoot = members[0] ?? id;
      const sources =
        links.length === 0
          ? []
          : await db
              .selectFrom('pole_link_sources')
              .select(['link_id', 'report_id'])
              .where(
                'link_id',
                'in',
                links.map((l) => l.id),
              )
              .orderBy('observed_on', 'desc')
              .execute();
      const sourcesOf = (linkId: string) =>
        [...new Set(sources.filter((s) => s.link_id === linkId).map((s) => s.report_id))].slice(0, 20);
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
        identity: entity.kind === 'person' ? { id: identityRoot, memberCount: members.length } : null,
        mergedInto: entity.merged_into ?? (identityRoot === id ? null : identityRoot),
        aliases: merged.map((m) => ({ id: m.id, label: open(m.id, m.label_sealed) })),
        details: openEntityDetails(sealer, entity.id, entity.details_sealed),
        timeline: mentions.map((m) => ({ reportId: m.report_id, observedOn: day(m.observed_on), field: m.field })),
        links: links.map((l) => ({
          id: l.id,
          kind: l.kind,
          confidence: Math.round(l.confidence * 100) / 100,
          sourceCount: l.source_count,
          firstSeen: day(l.first_seen),
          lastSeen: day(l.last_seen),
          other: { id: l.other_id, kind: l.other_kind, label: open(l.other_id, l.label_sealed) },
          sourceReportIds: sourcesOf(l.id),
        })),
      };
    },

    /**
     * The most recently seen entities, newest first, optionally of one kind and whose label
     * contains `text` (labels are sealed, so the filter runs here over the newest 1,000).
     */
    async listRecent(actor: StaffActor, filter: { kind?: EntityKind; text?: string; limit: number }) {
      requirePermission(actor, 'entity.read');
      let query = db
        .selectFrom('pole_entities')
        .select(['id', 'kind', 'label_sealed', 'first_seen', 'last_seen', 'report_count'])
        .where('merged_into', 'is', null);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      const rows = await query.orderBy('last_seen', 'desc').orderBy('report_count', 'desc').limit(1000).execute();
      const needle = filter.text?.toLowerCase().replace(/\s+/g, '') ?? '';
      const items = rows
        .map((row) => ({
          id: row.id,
          kind: row.kind,
          label: open(row.id, row.label_sealed),
          firstSeen: day(row.first_seen),
          lastSeen: day(row.last_seen),
          reportCount: row.report_count,
        }))
        .filter((item) => needle === '' || item.label.toLowerCase().replace(/\s+/g, '').includes(needle))
        .slice(0, filter.limit);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'entity.list',
          requestId: actor.requestId,
          details: { kind: filter.kind ?? null, filtered: needle !== '', count: items.length },
        }),
      );
      return items;
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
