import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { entityLabelContext, findEntitiesByIds, isRecordedChild, openEntityDetails } from '../pole/index.ts';
import type { PersonFacts } from './target-facts.ts';
import { computePriority } from './target-priority.ts';
import type { OpsTargetRow } from './target.table.ts';

// How a target is shown: its person's label, its priority computed from the facts now, and
// whether the same person is also a victim. Shared by the target list and the TT&CG agenda.

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** The people's labels (opened from the store), kinds and whether they are recorded children. */
export async function labelPeople(db: DbOrTx, sealer: Sealer, ids: readonly string[]) {
  const rows = await findEntitiesByIds(db, ids);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        kind: row.kind,
        label: sealer.openText(row.label_sealed, entityLabelContext(row.id)),
        child: isRecordedChild(openEntityDetails(sealer, row.id, row.details_sealed)),
      },
    ]),
  );
}

export function presentTarget(row: OpsTargetRow, label: string, facts: PersonFacts | undefined, now: string) {
  const priority = computePriority(facts ?? emptyFacts(now), row.adjustment);
  return {
    id: row.id,
    personId: row.person_entity_id,
    personLabel: label,
    status: row.status,
    rationale: row.rationale,
    reviewOn: day(row.review_on),
    reviewOverdue: day(row.review_on) < now,
    adjustmentReason: row.adjustment_reason,
    priority,
    victim: facts ? victimOf(facts) : null,
    version: row.version,
  };
}

/**
 * A target as the list shows it: from its stored priority and victim status (ADR 0040), which
 * the service refreshes before listing, so no facts are gathered per row.
 */
export function presentStoredTarget(row: OpsTargetRow, label: string, now: string) {
  return {
    id: row.id,
    personId: row.person_entity_id,
    personLabel: label,
    status: row.status,
    rationale: row.rationale,
    reviewOn: day(row.review_on),
    reviewOverdue: day(row.review_on) < now,
    adjustmentReason: row.adjustment_reason,
    priority: row.priority ?? computePriority(emptyFacts(now), row.adjustment),
    victim: row.victim,
    version: row.version,
  };
}

/** The list's page cursor: the last row's stored score, review date and id, base64url JSON. */
export function encodeTargetCursor(row: OpsTargetRow): string {
  return Buffer.from(JSON.stringify([row.priority_score, day(row.review_on), row.id])).toString('base64url');
}

/** The cursor back, or undefined if it is not one this list wrote. */
export function decodeTargetCursor(cursor: string): { score: number; reviewOn: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return undefined;
    const [score, reviewOn, id] = value as unknown[];
    if (typeof score !== 'number' || !Number.isInteger(score)) return undefined;
    if (typeof reviewOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(reviewOn)) return undefined;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
    return { score, reviewOn, id };
  } catch {
    return undefined;
  }
}

export function victimOf(facts: PersonFacts) {
  const reasons = [
    ...facts.victimRoles.map((r) => `Exploited on ${r.lineBrand} (${r.role.replace('_', ' ')})`),
    ...(facts.childSafeguardingAlerts > 0
      ? [
          `${String(facts.childSafeguardingAlerts)} child safeguarding alert${facts.childSafeguardingAlerts === 1 ? '' : 's'}`,
        ]
      : []),
  ];
  return { isVictim: reasons.length > 0, reasons };
}

export function emptyFacts(today: string): PersonFacts {
  return {
    lineRoles: [],
    victimRoles: [],
    childSafeguardingAlerts: 0,
    reportsWithThreatToLife: 0,
    reportsAboutChildOrVulnerableAdult: 0,
    reportsAboutCuckooing: 0,
    mentions: 0,
    lastSeen: null,
    intelligence: [],
    intelligenceIds: [],
    today,
  };
}
