import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../../platform/crypto/sealer.ts';
import type { Db } from '../../../platform/db/database.ts';
import { entityDetailsSchema, sealEntityDetails } from '../entity-details.ts';
import { entityLabelContext } from '../pole-ingest.ts';
import { linkBaseConfidence, type ImportPlan } from './neo4j-pole-mapping.ts';
import {
  existingEntityIds,
  insertEntities,
  insertImportLinkSources,
  insertImportMentions,
  recountEntityReports,
  recountLinks,
  upsertImportLinks,
  widenEntityDates,
  type ImportedEntityRow,
} from './neo4j-pole.repository.ts';

export type ImportSummary = {
  readonly entitiesByKind: Readonly<Record<string, number>>;
  readonly newEntities: number;
  readonly records: number;
  readonly mentions: number;
  readonly linksByKind: Readonly<Record<string, number>>;
};

/**
 * Writes an import plan into the POLE store in one transaction: entities resolved through the
 * blind index (labels and details sealed, as for extracted entities), a mention per record and
 * entity, links with each record as a source. Running it twice changes nothing.
 */
export async function importPlanIntoPole(
  deps: { db: Db; sealer: Sealer; blindIndex: BlindIndex; audit: AuditTrail },
  plan: ImportPlan,
  meta: { source: string; actorId: string },
): Promise<ImportSummary> {
  const seen = new Map<string, { first: string; last: string }>();
  for (const record of plan.records) {
    for (const { sourceId } of record.mentions) {
      const dates = seen.get(sourceId);
      seen.set(sourceId, {
        first: dates && dates.first < record.observedOn ? dates.first : record.observedOn,
        last: dates && dates.last > record.observedOn ? dates.last : record.observedOn,
      });
    }
  }
  const fallbackDay = plan.records[0]?.observedOn ?? new Date().toISOString().slice(0, 10);

  return deps.db.transaction().execute(async (tx) => {
    const idOf = new Map<string, string>();
    const fresh: ImportedEntityRow[] = [];
    const kinds = [...new Set(plan.entities.map((e) => e.kind))];
    for (const kind of kinds) {
      const ofKind = plan.entities.filter((e) => e.kind === kind);
      const keys = ofKind.map((e) => deps.blindIndex(kind, e.key));
      const existing = await existingEntityIds(tx, kind, keys);
      ofKind.forEach((entity, i) => {
        const blindKey = keys[i] ?? '';
        const id = existing.get(blindKey) ?? randomUUID();
        idOf.set(entity.sourceId, id);
        if (existing.has(blindKey)) return;
        existing.set(blindKey, id);
        const dates = seen.get(entity.sourceId) ?? { first: fallbackDay, last: fallbackDay };
        const details = entityDetailsSchema.parse(entity.details);
        fresh.push({
          id,
          kind: kind,
          blind_key: blindKey,
          label_sealed: deps.sealer.seal(entity.label, entityLabelContext(id)),
          details_sealed: Object.keys(details).length > 0 ? sealEntityDetails(deps.sealer, id, details) : null,
          first_seen: dates.first,
          last_seen: dates.last,
        });
      });
    }
    await insertEntities(tx, fresh);
    await widenEntityDates(
      tx,
      [...seen.entries()].flatMap(([sourceId, d]) => {
        const id = idOf.get(sourceId);
        return id ? [{ id, first: d.first, last: d.last }] : [];
      }),
    );

    const mentions = plan.records.flatMap((record) =>
      record.mentions.flatMap((m) => {
        const id = idOf.get(m.sourceId);
        return id
          ? [{ entity_id: id, report_id: record.recordId, observed_on: record.observedOn, field: m.field }]
          : [];
      }),
    );
    await insertImportMentions(tx, mentions);

    const links = new Map<
      string,
      { id: string; entity_a: string; entity_b: string; kind: string; first_seen: string; last_seen: string }
    >();
    const sources: { key: string; report_id: string; observed_on: string }[] = [];
    for (const record of plan.records) {
      for (const link of record.links) {
        const [x, y] = [idOf.get(link.a), idOf.get(link.b)];
        if (!x || !y || x === y) continue;
        const [a, b] = x < y ? [x, y] : [y, x];
        const key = `${a}|${b}|${link.kind}`;
        const current = links.get(key);
        links.set(key, {
          id: current?.id ?? randomUUID(),
          entity_a: a,
          entity_b: b,
          kind: link.kind,
          first_seen: current && current.first_seen < record.observedOn ? current.first_seen : record.observedOn,
          last_seen: current && current.last_seen > record.observedOn ? current.last_seen : record.observedOn,
        });
        sources.push({ key, report_id: record.recordId, observed_on: record.observedOn });
      }
    }
    const linkIds = await upsertImportLinks(tx, [...links.values()]);
    await insertImportLinkSources(
      tx,
      sources.flatMap((s) => {
        const id = linkIds.get(s.key);
        return id ? [{ link_id: id, report_id: s.report_id, observed_on: s.observed_on }] : [];
      }),
    );
    const linksByKind: Record<string, number> = {};
    for (const kind of new Set([...links.values()].map((l) => l.kind))) {
      const ids = [...links.entries()].filter(([, l]) => l.kind === kind).flatMap(([key]) => linkIds.get(key) ?? []);
      await recountLinks(tx, ids, linkBaseConfidence[kind] ?? 0.3);
      linksByKind[kind] = ids.length;
    }
    await recountEntityReports(tx, [...new Set(idOf.values())]);

    const entitiesByKind = Object.fromEntries(kinds.map((k) => [k, plan.entities.filter((e) => e.kind === k).length]));
    const summary = {
      entitiesByKind,
      newEntities: fresh.length,
      records: plan.records.length,
      mentions: mentions.length,
      linksByKind,
    };
    await deps.audit.record(tx, {
      actor: { type: 'system', id: meta.actorId },
      action: 'pole.import',
      details: { source: meta.source, ...summary },
    });
    return summary;
  });
}
