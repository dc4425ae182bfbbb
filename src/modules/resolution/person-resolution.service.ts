import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, requireReason, type StaffActor } from '../access/index.ts';
import { entityLabelContext, findEntities, findEntity } from '../pole/index.ts';
import { displayNamesOf } from '../users/index.ts';
import {
  identityMembers,
  listMerges,
  lockMerges,
  membersOfIdentities,
  mergePersons,
  resolvePersonIds,
  undoMerge,
  type PersonMerge,
} from './person-merge.repository.ts';
import { decideBetween, findSuggestion, suggestionsAbout } from './person-suggestion.repository.ts';
import { onePerIdentity } from './person-suggestion.rules.ts';
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

  /**
   * The two sides a merge joins: everyone in the survivor's identity apart from the merged
   * person's side, and the merged person with everyone merged into them. Read after the merge
   * (the merged side is then inside the joined identity) or after its undo (then it is not).
   */
  async function separatedBy(tx: DbOrTx, merge: PersonMerge): Promise<[string[], string[]]> {
    const mergedSide = (await membersOfIdentities(tx, [merge.mergedId])).get(merge.mergedId) ?? [merge.mergedId];
    const survivorSide = (await identityMembers(tx, merge.survivorId)).filter((id) => !mergedSide.includes(id));
    return [survivorSide, mergedSide];
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

  /**
   * The suggestions about an identity, one per other identity (see onePerIdentity), each scored
   * afresh as it was suggested: against the other person and everyone merged with them now.
   */
  async function shownSuggestions(tx: DbOrTx, members: readonly string[]) {
    const stored = await suggestionsAbout(tx, members);
    const pairs = stored.map((suggestion) => {
      const mine = members.includes(suggestion.person_a) ? suggestion.person_a : suggestion.person_b;
      return { suggestion, mine, other: mine === suggestion.person_a ? suggestion.person_b : suggestion.person_a };
    });
    const roots = await resolvePersonIds(
      tx,
      pairs.map((pair) => pair.other),
    );
    const scored = [];
    for (const { suggestion, mine, other } of pairs) {
      const result = await resolver.compareWithIdentity(tx, mine, other, today());
      scored.push({
        id: suggestion.id,
        mine,
        otherIdentity: roots.get(other) ?? other,
        status: suggestion.status,
        suggestedOn: day(suggestion.suggested_on),
        decidedBy: suggestion.decided_by,
        decidedOn: suggestion.decided_on === null ? null : day(suggestion.decided_on),
        score: result?.score ?? suggestion.score,
        decision: result?.decision ?? suggestion.decision,
        explanation: result?.explanation ?? [],
      });
    }
    return onePerIdentity(scored);
  }

  return {
    /** The person's identity: who it is merged into or with, and one suggestion per other identity. */
    async get(actor: StaffActor, personId: string) {
      requirePermission(actor, 'entity.read');
      return db.transaction().execute(async (tx) => {
        await requirePerson(tx, personId);
        // The identity's root comes first, then everyone merged into it.
        const members = await identityMembers(tx, personId);
        const identityId = members[0] ?? personId;
        const merges = await listMerges(tx, personId);
        const suggestions = await shownSuggestions(tx, members);
        const labels = await personLabels(tx, [
          ...members,
          ...suggestions.map((s) => s.otherIdentity),
          ...merges.flatMap((m) => [m.survivorId, m.mergedId]),
        ]);
        const deciders = await displayNamesOf(
          tx,
          suggestions.flatMap((s) => (s.decidedBy === null ? [] : [s.decidedBy])),
        );
        const presented = suggestions.map((s) => ({
          id: s.id,
          person: { id: s.mine, label: labels.get(s.mine) ?? '' },
          // The other identity, by its root: the person a merge takes in, and whose page to open.
          other: { id: s.otherIdentity, label: labels.get(s.otherIdentity) ?? '' },
          status: s.status,
          suggestedOn: s.suggestedOn,
          // Who answered it and when: for a rejection, the analyst whose "not the same person"
          // holds between the two identities, even when it was said of other members of them.
          decided:
            s.decidedBy === null || s.decidedOn === null
              ? null
              : { by: deciders.get(s.decidedBy) ?? 'A former member of staff', on: s.decidedOn },
          score: Math.round(s.score * 1000) / 1000,
          decision: s.decision,
          explanation: s.explanation,
        }));
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
        // Every open suggestion between the two identities is answered by this merge. A rejection
        // between them stays as it was: the analyst merged over it, and an undo leaves it standing.
        const [joined, mergedSide] = await separatedBy(tx, merge);
        await decideBetween(tx, [joined, mergedSide], 'open', {
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
        // A suggestion is closed as merged while its two people are one identity, so the ones to
        // reopen are exactly those between the two sides this undo separates; the rest stay closed.
        const [survivorSide, mergedSide] = await separatedBy(tx, merge);
        await decideBetween(tx, [survivorSide, mergedSide], 'merged', {
          status: 'open',
          decidedBy: null,
          decidedOn: null,
        });
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
        // Under the merge lock, so the identities read here stay as they are until this commits.
        await lockMerges(tx);
        const suggestion = await findSuggestion(tx, suggestionId);
        if (suggestion === undefined) throw new AppError('not_found');
        if (suggestion.status !== 'open') throw new AppError('conflict', 'This suggestion is not open');
        const [ofA, ofB] = [
          await identityMembers(tx, suggestion.person_a),
          await identityMembers(tx, suggestion.person_b),
        ];
        if (ofA.includes(suggestion.person_b)) {
          throw new AppError('conflict', 'These people are one identity now: undo the merge instead');
        }
        // The analyst answered for the two identities, so every open suggestion between them is answered.
        const rejected = await decideBetween(tx, [ofA, ofB], 'open', {
          status: 'rejected',
          decidedBy: actor.userId,
          decidedOn: today(),
        });
        if (!rejected.includes(suggestionId)) throw new AppError('conflict', 'This suggestion is not open');
        await record(tx, actor, 'person.suggestion.reject', suggestion.person_a, {
          reason: stated,
          details: { suggestionId, other: suggestion.person_b, rejected },
        });
      });
    },
  };
}

export type PersonResolutionService = ReturnType<typeof createPersonResolutionService>;
