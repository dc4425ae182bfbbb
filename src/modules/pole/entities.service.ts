import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, type StaffActor } from '../access/index.ts';
import { openEntityDetails } from './entity-details.ts';
import {
  entityAliases,
  entityLinks,
  entityMentions,
  findEntity,
  findEntityByBlindKey,
  linkSourceReports,
  recentEntities,
} from './entity.repository.ts';
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
      const entity = await findEntity(db, id);
      if (!entity) throw new AppError('not_found_or_no_access');
      // A person merged with others is one identity: its page shows what is known of all of them.
      const members = entity.kind === 'person' ? await identityMembers(db, id) : [id];
      const mentions = await entityMentions(db, members);
      const links = await entityLinks(db, members);
      // Records merged into this one are its aliases and nicknames: those an import marked as
      // merged_into it, and the other members of a person's identity (person resolution).
      const merged = await entityAliases(db, id, members);
      const identityRoot = members[0] ?? id;
      const sources =
        links.length === 0
          ? []
          : await linkSourceReports(
              db,
              links.map((l) => l.id),
            );
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
        // ...and the nicknames reports gave as theirs ("Marcus Reid aka Tiny": an alias link).
        aliases: [
          ...merged.map((m) => ({ id: m.id, label: open(m.id, m.label_sealed) })),
          ...links
            .filter((l) => l.kind === 'alias' && !merged.some((m) => m.id === l.other_id))
            .map((l) => ({ id: l.other_id, label: open(l.other_id, l.label_sealed) })),
        ],
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
      const rows = await recentEntities(db, filter.kind);
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
      const row = await findEntityByBlindKey(db, kind, deps.blindIndex(kind, normalisedValue));
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
