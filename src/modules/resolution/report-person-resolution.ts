import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  type EntityDetails,
  entityLabelContext,
  findEntities,
  findEntity,
  openEntityDetails,
  sealEntityDetails,
  updateEntityDetails,
} from '../pole/index.ts';
import { splitFullName } from './name-normalisation.ts';
import {
  addPersonMatchKeys,
  createPersonKeyHasher,
  findCandidatePersons,
  type PersonKeyHasher,
} from './person-match.repository.ts';
import { createNameDigester, latestModelVersion, loadLatestScoringModel } from './person-match-model.repository.ts';
import type { PersonRecord } from './person-record.ts';
import { identityMembers, membersOfIdentities } from './person-merge.repository.ts';
import { insertSuggestions } from './person-suggestion.repository.ts';
import { comparePersons, type MatchResult } from './person-similarity.ts';
import { defaultScoringModel, type ScoringModel } from './scoring-model.ts';

// Fuzzy person resolution as reports arrive (issue #5). Exact matching happens in ingest: the
// same normalised name is one entity. Here each person named in a report is compared with
// the people who share a keyed blocking key with it ("Jon Smyth" and "John Smith" near the
// same postcode), and likely pairs become suggestions for an analyst to confirm or reject.
// Nothing is merged automatically: a wrong merge in intelligence can put the wrong person in
// front of a warrant, so the decision stays with a person, and every merge can be undone.
// Once an analyst has merged people into one identity, a new record is scored against every
// member of it and the best comparison counts (ADR 51): "J Smith, 40" may match the custody
// record merged in last month even though the identity's first record says little. It is
// offered as a match only when its average over the members also says so (ADR 52).

/** At most this many candidates are scored per person mentioned (the best ranked by shared keys). */
const candidatesPerPerson = 10;
/** A key held by more people than this says too little to propose anyone. */
const maxBlockSize = 200;

export type PersonMention = {
  readonly entityId: string;
  /** The observation key: 'name:jon smyth' or 'nickname:smiley'. */
  readonly key: string;
  /** An age the report gave next to the name. */
  readonly age?: number;
  /** First recorded by this report, so nothing is known of the person yet (nothing to read). */
  readonly isNew: boolean;
};

/** Where the report places things: the first full postcode and street it gives, if any. */
export type ReportPlace = { readonly postcode?: string; readonly street?: string };

export type PersonSuggestion = {
  readonly personA: string;
  readonly personB: string;
  readonly score: number;
  readonly decision: 'match' | 'possible';
};

/** The record a person entity stands for: its name (from the key) and where it was seen. */
export function personRecordOf(key: string, details: EntityDetails): PersonRecord | undefined {
  const separator = key.indexOf(':');
  const kind = key.slice(0, separator);
  const value = key.slice(separator + 1);
  const place = {
    postcode: details.postcode,
    street: details.street,
    approxAge: details.age,
    ageRecordedOn: details.ageOn,
  };
  if (kind === 'nickname') return { nicknames: [value], ...place };
  if (kind === 'name') return { fullName: value, ...place };
  return undefined;
}

/**
 * A name is compared only when it has a first name and a surname: "Tyler" alone would be a
 * candidate for every Tyler in the postcode sector, which is noise, not intelligence.
 */
function resolvable(record: PersonRecord): boolean {
  if (record.fullName === undefined) return false;
  const split = splitFullName(record.fullName);
  return split.firstName !== '' && split.surname !== '';
}

export function createReportPersonResolver(deps: { sealer: Sealer; blindIndex: BlindIndex }) {
  const hash: PersonKeyHasher = createPersonKeyHasher(deps.blindIndex);
  const { sealer } = deps;
  const digest = createNameDigester(deps.blindIndex);
  let cached: { version: number; model: ScoringModel } | undefined;

  /** The latest trained model (read again only when a newer version is stored), else the defaults. */
  async function currentModel(tx: DbOrTx): Promise<ScoringModel> {
    const version = await latestModelVersion(tx);
    if (version === 0) return defaultScoringModel;
    if (cached?.version !== version) {
      const loaded = await loadLatestScoringModel(tx, digest);
      cached = loaded === undefined ? undefined : { version: loaded.version, model: loaded.model };
    }
    return cached?.model ?? defaultScoringModel;
  }

  /**
   * The sealed details of a person, with what this report says filled in where nothing was
   * known: the place it was seen, and an age given next to its name.
   */
  async function knownDetails(
    tx: DbOrTx,
    entityId: string,
    seen: { place: ReportPlace; age?: number; on: string; isNew: boolean },
  ): Promise<EntityDetails> {
    let details: EntityDetails = {};
    if (!seen.isNew) {
      const row = await findEntity(tx, entityId);
      if (row === undefined) throw new Error(`no entity ${entityId}`);
      details = openEntityDetails(sealer, entityId, row.details_sealed);
    }
    const updated: EntityDetails = { ...details };
    if (details.postcode === undefined && details.street === undefined) {
      if (seen.place.postcode !== undefined) updated.postcode = seen.place.postcode;
      if (seen.place.street !== undefined) updated.street = seen.place.street;
    }
    if (details.age === undefined && seen.age !== undefined) {
      updated.age = seen.age;
      updated.ageOn = seen.on;
    }
    if (JSON.stringify(updated) === JSON.stringify(details)) return details;
    await updateEntityDetails(tx, entityId, sealEntityDetails(sealer, entityId, updated));
    return updated;
  }

  /** The records of existing person entities (one query), from their sealed labels and details. */
  async function recordsOfEntities(tx: DbOrTx, ids: readonly string[]): Promise<Map<string, PersonRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await findEntities(tx, ids, { kind: 'person' });
    const records = new Map<string, PersonRecord>();
    for (const row of rows) {
      const label = sealer.openText(row.label_sealed, entityLabelContext(row.id));
      const details = openEntityDetails(sealer, row.id, row.details_sealed);
      // Nicknames are labelled “Smiley”; names are labelled as typed.
      const nickname = /^“(.*)”$/.exec(label)?.[1];
      const record = personRecordOf(nickname !== undefined ? `nickname:${nickname}` : `name:${label}`, details);
      if (record !== undefined) records.set(row.id, record);
    }
    return records;
  }

  /** The record compared with each resolvable member of an identity. */
  function scoresAgainst(
    record: PersonRecord,
    members: readonly string[],
    records: ReadonlyMap<string, PersonRecord>,
    options: { referenceDate: string; model: ScoringModel },
  ): MatchResult[] {
    return members.flatMap((member) => {
      const other = records.get(member);
      return other === undefined || !resolvable(other) ? [] : [comparePersons(record, other, options)];
    });
  }

  /**
   * A new record against an identity of several people (ADR 52, average linkage): the best
   * comparison explains the suggestion, but it is labelled a match only when the record's average
   * match probability over every resolvable member also reaches the match threshold. One close
   * member then cannot present as a match a record the rest of the identity disagrees with; the
   * analyst still sees it, as possible.
   */
  function againstIdentity(
    record: PersonRecord,
    members: readonly string[],
    records: ReadonlyMap<string, PersonRecord>,
    options: { referenceDate: string; model: ScoringModel },
  ): MatchResult | undefined {
    const results = scoresAgainst(record, members, records, options);
    const best = bestOf(results);
    if (best?.decision !== 'match') return best;
    const average = results.reduce((sum, result) => sum + result.score, 0) / results.length;
    return average >= options.model.matchThreshold ? best : { ...best, decision: 'possible' };
  }

  return {
    recordsOfEntities,
    currentModel,

    /** Scores two person entities now, with the explanation an analyst reads. */
    async compareEntities(tx: DbOrTx, a: string, b: string, referenceDate: string): Promise<MatchResult | undefined> {
      const records = await recordsOfEntities(tx, [a, b]);
      const [first, second] = [records.get(a), records.get(b)];
      if (first === undefined || second === undefined) return undefined;
      return comparePersons(first, second, { referenceDate, model: await currentModel(tx) });
    },

    /**
     * Scores a suggested pair as it was suggested: each person against every member of the
     * other's identity (never against itself, once they are merged), the best comparison
     * counting and labelled by average linkage as `resolve` labels it. Falls back to the two
     * people alone when no member is resolvable.
     */
    async compareWithIdentity(
      tx: DbOrTx,
      a: string,
      b: string,
      referenceDate: string,
    ): Promise<MatchResult | undefined> {
      const [ofA, ofB] = [await identityMembers(tx, a), await identityMembers(tx, b)];
      const records = await recordsOfEntities(tx, [...new Set([a, b, ...ofA, ...ofB])]);
      const [first, second] = [records.get(a), records.get(b)];
      if (first === undefined || second === undefined) return undefined;
      const options = { referenceDate, model: await currentModel(tx) };
      const results = [
        againstIdentity(
          first,
          ofB.filter((member) => member !== a),
          records,
          options,
        ),
        againstIdentity(
          second,
          ofA.filter((member) => member !== b),
          records,
          options,
        ),
      ].filter((result) => result !== undefined);
      return bestOf(results) ?? comparePersons(first, second, options);
    },

    /**
     * Keys each person the report names and suggests the likely matches among earlier people.
     * Runs inside the report's processing transaction; idempotent (keys and pairs are unique).
     */
    async resolve(
      tx: DbOrTx,
      input: { observedOn: string; people: readonly PersonMention[]; place: ReportPlace },
    ): Promise<PersonSuggestion[]> {
      const suggestions: PersonSuggestion[] = [];
      const model = input.people.length === 0 ? defaultScoringModel : await currentModel(tx);
      for (const person of input.people) {
        const details = await knownDetails(tx, person.entityId, {
          place: input.place,
          age: person.age,
          on: input.observedOn,
          isNew: person.isNew,
        });
        const record = personRecordOf(person.key, details);
        if (record === undefined) continue;
        await addPersonMatchKeys(tx, hash, person.entityId, record);
        if (!resolvable(record)) continue;
        const candidates = await findCandidatePersons(tx, hash, record, candidatesPerPerson, {
          maxBlockSize,
          excludePersonIds: [person.entityId],
        });
        const identities = await membersOfIdentities(
          tx,
          candidates.map((candidate) => candidate.personId),
        );
        const others = await recordsOfEntities(tx, [...identities.values()].flat());
        for (const candidate of candidates) {
          const members = identities.get(candidate.personId) ?? [candidate.personId];
          // Already one identity with this person (merged earlier): nothing to suggest.
          if (members.includes(person.entityId)) continue;
          const result = againstIdentity(record, members, others, { referenceDate: input.observedOn, model });
          if (result === undefined || result.decision === 'non-match') continue;
          const [personA, personB] =
            person.entityId < candidate.personId
              ? [person.entityId, candidate.personId]
              : [candidate.personId, person.entityId];
          suggestions.push({ personA, personB, score: result.score, decision: result.decision });
        }
      }
      await insertSuggestions(tx, suggestions, input.observedOn);
      return suggestions;
    },
  };
}

export type ReportPersonResolver = ReturnType<typeof createReportPersonResolver>;

/** The highest-scoring comparison, if any. */
function bestOf(results: readonly MatchResult[]): MatchResult | undefined {
  return results.reduce<MatchResult | undefined>(
    (top, result) => (top === undefined || result.score > top.score ? result : top),
    undefined,
  );
}
