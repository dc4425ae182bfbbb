import { randomUUID } from 'node:crypto';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { dedupeObservations, type Observation } from './observations.ts';
import type { EntityKind } from './pole.table.ts';
import { ingestReportIntoStore, type NewLink } from './pole.repository.ts';

/** The most entities from one report that are linked pairwise (a report naming 40 streets is noise). */
const maxLinkedEntitiesPerReport = 24;

export type IngestedEntity = {
  readonly id: string;
  readonly kind: EntityKind;
  readonly observation: Observation;
  /**
   * First recorded by this report: its only mentions and links are the ones this report just
   * made, and it has no details yet, so the rules need not read them back.
   */
  readonly isNew: boolean;
};
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
  const unique = dedupeObservations(input.observations);
  if (unique.length === 0) return { entities: [], alreadyIngested: false };
  const blindKeyOf = new Map<string, string>();
  const keyOf = (o: Observation) => `${o.kind}\u0000${o.key}`;
  const candidates = unique.map((observation) => {
    const id = randomUUID();
    const blindKey = deps.blindIndex(observation.kind, observation.key);
    blindKeyOf.set(keyOf(observation), blindKey);
    return {
      observation,
      entity: {
        id,
        kind: observation.kind,
        blindKey,
        labelSealed: deps.sealer.seal(observation.label, entityLabelContext(id)),
      },
    };
  });
  // Entities, their report counts, the mentions and the links in one statement, which writes
  // nothing when the report has mentions already: a retried job never double counts.
  const rows = await ingestReportIntoStore(
    tx,
    input,
    candidates.map((c) => c.entity),
    input.observations.map((observation) => ({
      kind: observation.kind,
      blindKey: blindKeyOf.get(keyOf(observation)) ?? '',
      field: observation.field,
      spanStart: observation.span?.start ?? null,
      spanEnd: observation.span?.end ?? null,
    })),
    [...coMentionLinks(unique.slice(0, maxLinkedEntitiesPerReport)), ...aliasLinks(unique)],
  );
  if (rows.length === 0) return { entities: [], alreadyIngested: true };
  const idByKey = new Map(rows.map((row) => [`${row.kind}\u0000${row.blind_key}`, row.id]));
  const entities: IngestedEntity[] = candidates.map((c) => {
    const stored = idByKey.get(`${c.entity.kind}\u0000${c.entity.blindKey}`);
    // The id this call drew comes back only for an entity the statement inserted.
    return {
      id: stored ?? c.entity.id,
      kind: c.entity.kind,
      observation: c.observation,
      isNew: stored === c.entity.id,
    };
  });
  return { entities, alreadyIngested: false };
}

/**
 * A nickname the reporter gave as someone's ("Marcus Reid aka Tiny") is recorded as that
 * person's alias: a link of kind "alias" beside the co-mention, sourced to the report.
 */
function aliasLinks(observations: readonly Observation[]): NewLink[] {
  return observations.flatMap((alias, aliasPlace) => {
    if (alias.aliasOf === undefined) return [];
    const personPlace = observations.findIndex((o) => o.kind === 'person' && o.key === alias.aliasOf);
    if (personPlace < 0 || personPlace === aliasPlace) return [];
    return [{ from: personPlace, to: aliasPlace, kind: 'alias' }];
  });
}

/** Every pair of the report's entities (distinct, so no pair twice), by their places. */
function coMentionLinks(observations: readonly Observation[]): NewLink[] {
  const links: NewLink[] = [];
  for (let i = 0; i < observations.length; i += 1) {
    for (let j = i + 1; j < observations.length; j += 1) {
      const [a, b] = [observations[i], observations[j]];
      if (a && b) links.push({ from: i, to: j, kind: linkKind(a.kind, b.kind) });
    }
  }
  return links;
}

/** "location–phone", "person–vehicle": the pair of kinds, alphabetical, names what the link means. */
export function linkKind(a: EntityKind, b: EntityKind): string {
  return [a, b].sort().join('–');
}
