import { randomUUID } from 'node:crypto';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { dedupeObservations, type Observation } from './observations.ts';
import type { EntityKind } from './pole.table.ts';
import {
  incrementReportCounts,
  insertLinkSources,
  insertMentions,
  reportAlreadyIngested,
  upsertEntities,
  upsertLinks,
} from './pole.repository.ts';

/** The most entities from one report that are linked pairwise (a report naming 40 streets is noise). */
const maxLinkedEntitiesPerReport = 24;

export type IngestedEntity = { readonly id: string; readonly kind: EntityKind; readonly observation: Observation };
export type IngestResult = { readonly entities: readonly IngestedEntity[]; readonly alreadyIngested: boolean };

export function entityLabelContext(entityId: string): string {
  return `pole_entity:${entityId}:label`;
}

/**
 * Resolves a report's observations to POLE entities (exact match on the blind index of the
 * normalised identifier), records where each was mentioned, and links every pair of entities
 * the report mentions together, with the report as the link's source. Idempotent per report,
 * so a retried job never double counts. Runs inside the caller's transaction.
 */
export async function ingestReportObservations(
  tx: DbOrTx,
  deps: { sealer: Sealer; blindIndex: BlindIndex },
  input: { reportId: string; observedOn: string; observations: readonly Observation[] },
): Promise<IngestResult> {
  if (await reportAlreadyIngested(tx, input.reportId)) {
    return { entities: [], alreadyIngested: true };
  }
  const unique = dedupeObservations(input.observations);
  const candidates = unique.map((observation) => {
    const id = randomUUID();
    return {
      observation,
      entity: {
        id,
        kind: observation.kind,
        blindKey: deps.blindIndex(observation.kind, observation.key),
        labelSealed: deps.sealer.seal(observation.label, entityLabelContext(id)),
        observedOn: input.observedOn,
      },
    };
  });
  const rows = await upsertEntities(
    tx,
    candidates.map((c) => c.entity),
  );
  const idByKey = new Map(rows.map((row) => [`${row.kind}\u0000${row.blind_key ?? ''}`, row.id]));
  const entities: IngestedEntity[] = candidates.map((c) => ({
    id: idByKey.get(`${c.entity.kind}\u0000${c.entity.blindKey}`) ?? c.entity.id,
    kind: c.entity.kind,
    observation: c.observation,
  }));

  await insertMentions(
    tx,
    input.observations.map((observation) => ({
      entityId:
        entities.find((e) => e.observation.kind === observation.kind && e.observation.key === observation.key)?.id ??
        '',
      reportId: input.reportId,
      observedOn: input.observedOn,
      field: observation.field,
      spanStart: observation.span?.start ?? null,
      spanEnd: observation.span?.end ?? null,
    })),
  );
  await incrementReportCounts(
    tx,
    entities.map((e) => e.id),
  );
  await linkCoMentionedEntities(tx, input, entities.slice(0, maxLinkedEntitiesPerReport));
  await linkAliases(tx, input, entities);
  return { entities, alreadyIngested: false };
}

/**
 * A nickname the reporter gave as someone's ("Marcus Reid aka Tiny") is recorded as that
 * person's alias: a link of kind "alias" beside the co-mention, sourced to the report.
 */
async function linkAliases(
  tx: DbOrTx,
  input: { reportId: string; observedOn: string },
  entities: readonly IngestedEntity[],
): Promise<void> {
  const links = entities.flatMap((alias) => {
    const person = entities.find(
      (e) =>
        e.kind === 'person' &&
        alias.observation.aliasOf !== undefined &&
        e.observation.key === alias.observation.aliasOf,
    );
    if (!person || person.id === alias.id) return [];
    const [first, second] = person.id < alias.id ? [person, alias] : [alias, person];
    return [{ id: randomUUID(), entityA: first.id, entityB: second.id, kind: 'alias', observedOn: input.observedOn }];
  });
  if (links.length === 0) return;
  const rows = await upsertLinks(tx, links);
  await insertLinkSources(
    tx,
    rows.map((row) => ({ linkId: row.id, reportId: input.reportId, observedOn: input.observedOn })),
  );
}

async function linkCoMentionedEntities(
  tx: DbOrTx,
  input: { reportId: string; observedOn: string },
  entities: readonly IngestedEntity[],
): Promise<void> {
  const links = [];
  for (let i = 0; i < entities.length; i += 1) {
    for (let j = i + 1; j < entities.length; j += 1) {
      const [a, b] = [entities[i], entities[j]];
      if (!a || !b || a.id === b.id) continue;
      const [first, second] = a.id < b.id ? [a, b] : [b, a];
      links.push({
        id: randomUUID(),
        entityA: first.id,
        entityB: second.id,
        kind: linkKind(first.kind, second.kind),
        observedOn: input.observedOn,
      });
    }
  }
  const rows = await upsertLinks(tx, links);
  await insertLinkSources(
    tx,
    rows.map((row) => ({ linkId: row.id, reportId: input.reportId, observedOn: input.observedOn })),
  );
}

/** "location–phone", "person–vehicle": the pair of kinds, alphabetical, names what the link means. */
export function linkKind(a: EntityKind, b: EntityKind): string {
  return [a, b].sort().join('–');
}
