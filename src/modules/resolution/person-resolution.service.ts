import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, requireReason, type StaffActor } from '../access/index.ts';
import { entityLabelContext, findEntities, findEntity } from '../pole/index.ts';
import { identityMembers, listMerges, mergePersons, undoMerge, type PersonMerge } from './person-merge.repository.ts';
import { decidePair, rejectOpenSuggestion, suggestionsAbout } from './person-suggestion.repository.ts';
import { createReportPersonResolver } from './report-person-resolution.ts';

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * What analysts do with person resolution: see who a person may also be (with the score and
 * the reasons, worked out afresh from the sealed records), merge two people into one
 * identity, undo a merge (a split), and reject a suggestion. Reading needs entity.read;
 * deciding needs entity.merge and a stated reason. Every action is audited, without names.
 */
export function createPersonResolutionService(deps: {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: Clock;
  blindIndex: BlindIndex;
}) {
  const { db, sealer, audit, clock } = deps;
  const resolver = createReportPersonResolver(deps);
  const today = () => clock.now().toISOString().slice(0, 10);

  async function record(tx: DbOrTx, actor: StaffActor, action: string, subjectId: string, extra = {}) {
    await audit.record(tx, {
      actor: { type: 'staff', id: actor.userId },
      action,
      subject: { type: 'entity', id: subjectId },
      requestId: actor.requestId,
      ...extra,
    });
  }

  async function personLabels(tx: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await findEntities(tx, ids, { kind: 'person' });
    return new Map(rows.map((row) => [row.id, sealer.openText(row.label_sealed, entityLabelContext(row.id))]));
  }

  async function requirePerson(tx: DbOrTx, id: string): Promise<void> {
    const row = await findEntity(tx, id);
    if (row?.kind !== 'person') throw new AppError('not_found_or_no_access');
  }

  function presentMerge(merge: PersonMerge, labels: Map<string, string>) {
    return {
      id: merge.id,
      survivor: { id: merge.survivorId, label: labels.get(merge.survivorId) ?? '' },
      merged: { id: merge.mergedId, label: labels.get(merge.mergedId) ?? '' },
      reason: merge.reason,
      score: merge.score,
      mergedOn: day(merge.createdAt),
      undoneOn: merge.undoneAt === null ? null : day(merge.undoneAt),
      undoReason: merge.undoReason,
    };
  }

  return {
    /** The person's identity: who it is merged into or with, and the open suggestions. */
    async get(actor: StaffActor, personId: string) {
      requirePermission(actor, 'entity.read');
      return db.transaction().execute(async (tx) => {
        await requirePerson(tx, personId);
        // The identity's root comes first, then everyone merged into it.
        const members = await identityMembers(tx, personId);
        const identityId = members[0] ?? personId;
        const merges = await listMerges(tx, personId);
        const suggestions = await suggestionsAbout(tx, members);
        const others = suggestions.map((s) => (members.includes(s.person_a) ? s.person_b : s.person_a));
        const labels = await personLabels(tx, [
          ...members,
          ...others,
          ...merges.flatMap((m) => [m.survivorId, m.mergedId]),
        ]);
        const presented = [];
        for (const [index, suggestion] of suggestions.entries()) {
          const other = others[index] ?? '';
          const mine = other === suggestion.person_a ? suggestion.person_b : suggestion.person_a;
          // Scored as it was suggested: against the other person and everyone merged into them.
          const result = await resolver.compareWithIdentity(tx, mine, other, today());
          presented.push({
            id: suggestion.id,
            person: { id: mine, label: labels.get(mine) ?? '' },
            other: { id: other, label: labels.get(other) ?? '' },
            status: suggestion.status,
            suggestedOn: day(suggestion.suggested_on),
            score: Math.round((result?.score ?? suggestion.score) * 1000) / 1000,
            decision: result?.decision ?? suggestion.decision,
            explanation: result?.explanation ?? [],
          });
        }
        await record(tx, actor, 'person.resolution.read', personId);
        return {
          id: personId,
          identity: { id: identityId, label: labels.get(identityId) ?? '' },
          members: members.map((id) => ({ id, label: labels.get(id) ?? '' })),
          merges: merges.map((merge) => presentMerge(merge, labels)),
          suggestions: presented,
        };
      });
    },

    /** Merges one person into another: the survivor's page then shows both people's reports. */
    async merge(actor: StaffActor, input: { survivorId: string; mergedId: string; reason: string }) {
      requirePermission(actor, 'entity.merge');
      const reason = requireReason(input.reason);
      return db.transaction().execute(async (tx) => {
        await requirePerson(tx, input.survivorId);
        await requirePerson(tx, input.mergedId);
        const result = await resolver.compareEntities(tx, input.survivorId, input.mergedId, today());
        const merge = await mergePersons(tx, {
          survivorId: input.survivorId,
          mergedId: input.mergedId,
          actorUserId: actor.userId,
          reason,
          score: result?.score,
          explanation: result?.explanation,
          at: clock.now(),
        });
        await decidePair(tx, [input.survivorId, input.mergedId], {
          status: 'merged',
          decidedBy: actor.userId,
          decidedOn: today(),
        });
        await record(tx, actor, 'person.merge', input.mergedId, {
          reason,
          details: { survivorId: input.survivorId, mergeId: merge.id, score: merge.score },
        });
        return { id: merge.id };
      });
    },

    /** Undoes a merge: the merged person (and anyone merged into them) is their own identity again. */
    async undo(actor: StaffActor, mergeId: string, reason: string) {
      requirePermission(actor, 'entity.merge');
      const stated = requireReason(reason);
      return db.transaction().execute(async (tx) => {
        const merge = await undoMerge(tx, { mergeId, actorUserId: actor.userId, reason: stated, at: clock.now() });
        await decidePair(tx, [merge.survivorId, merge.mergedId], { status: 'open', decidedBy: null, decidedOn: null });
        await record(tx, actor, 'person.merge.undo', merge.mergedId, {
          reason: stated,
          details: { survivorId: merge.survivorId, mergeId },
        });
      });
    },

    /** Records that the two people in a suggestion are not the same person. */
    async reject(actor: StaffActor, suggestionId: string, reason: string) {
      requirePermission(actor, 'entity.merge');
      const stated = requireReason(reason);
      await db.transaction().execute(async (tx) => {
        const updated = await rejectOpenSuggestion(tx, suggestionId, actor.userId, today());
        if (updated === 'not_open') throw new AppError('conflict', 'This suggestion is not open');
        if (updated === undefined) throw new AppError('not_found');
        await record(tx, actor, 'person.suggestion.reject', updated.person_a, {
          reason: stated,
          details: { suggestionId, other: updated.person_b },
        });
      });
    },
  };
}

export type PersonResolutionService = ReturnType<typeof createPersonResolutionService>;
