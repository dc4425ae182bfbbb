import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { personIdsPage } from '../pole/index.ts';
import { comparisonLevels, comparisonNames, type ComparisonName } from './comparison-levels.ts';
import { trainScoringModel } from './model-training.ts';
import { createNameDigester, saveScoringModel } from './person-match-model.repository.ts';
import { addPersonMatchKeys, createPersonKeyHasher } from './person-match.repository.ts';
import { parsePartialDate } from './partial-date.ts';
import { preparePerson, type PersonRecord } from './person-record.ts';
import { createReportPersonResolver } from './report-person-resolution.ts';
import { defaultScoringModel } from './scoring-model.ts';

// Retraining person matching on the force's own records (issue 18, ADR 0045): every person
// in the POLE store with a name, no labels. The model is stored as a new version (who, when)
// and audited; scoring picks it up on its next comparison. Nothing is merged: the model only
// changes the scores of suggestions an analyst decides on (ADR 0018).

export type TrainingReportLevel = {
  readonly comparison: ComparisonName;
  readonly level: string;
  readonly m: number;
  readonly u: number;
  /** log2(m/u), the evidence in bits. */
  readonly weight: number;
};

export type TrainingReport = {
  readonly version: number;
  readonly records: number;
  readonly candidatePairs: number;
  readonly randomPairs: number;
  readonly candidateMatchShare: number;
  readonly priorMatchProbability: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly levels: readonly TrainingReportLevel[];
};

/** Fewer people than this cannot say anything about how records of the same person differ. */
const minimumRecords = 10;
const batchSize = 1000;

export function createPersonModelTrainer(deps: {
  db: Db;
  sealer: Sealer;
  blindIndex: BlindIndex;
  audit: AuditTrail;
  clock: Clock;
}) {
  const resolver = createReportPersonResolver(deps);
  const digest = createNameDigester(deps.blindIndex);
  const hash = createPersonKeyHasher(deps.blindIndex);

  return {
    /** Trains on every named person, stores the model as the next version and audits it. */
    async train(input: { actorId: string; seed?: number; maxPeople?: number }): Promise<TrainingReport> {
      const records: PersonRecord[] = [];
      const ids = await personIdsPage(deps.db, input.maxPeople ?? 500_000);
      for (let start = 0; start < ids.length; start += batchSize) {
        await deps.db.transaction().execute(async (tx) => {
          const batch = await resolver.recordsOfEntities(tx, ids.slice(start, start + batchSize));
          for (const [id, record] of batch) {
            // Backfill: people keyed before a blocking key type existed gain it (keys only add).
            await addPersonMatchKeys(tx, hash, id, record);
            if (record.fullName !== undefined) records.push(record);
          }
        });
      }
      if (records.length < minimumRecords) {
        throw new Error(`only ${String(records.length)} named people: at least ${String(minimumRecords)} are needed`);
      }
      const now = deps.clock.now();
      const referenceDate = parsePartialDate(now.toISOString().slice(0, 10));
      if (referenceDate === undefined) throw new Error('no reference date');
      const trained = trainScoringModel(records.map(preparePerson), {
        referenceDate,
        seed: input.seed ?? 20261208,
        name: `trained ${now.toISOString()}`,
      });
      // The thresholds for 'match' and 'possible' stay those of the defaults (ADR 0018).
      const model = {
        ...trained.model,
        matchThreshold: defaultScoringModel.matchThreshold,
        possibleThreshold: defaultScoringModel.possibleThreshold,
      };
      const levels = comparisonNames.flatMap((comparison) =>
        comparisonLevels[comparison].map((level) => {
          const { m, u } = (model.levels[comparison] as Readonly<Record<string, { m: number; u: number }>>)[level] ?? {
            m: 0.5,
            u: 0.5,
          };
          return { comparison, level, m, u, weight: Math.log2(m / u) };
        }),
      );
      const summary = {
        records: records.length,
        candidatePairs: trained.candidatePairs,
        randomPairs: trained.randomPairs,
        candidateMatchShare: trained.candidateMatchShare,
        priorMatchProbability: model.priorMatchProbability,
        iterations: trained.iterations,
        converged: trained.converged,
      };
      const version = await deps.db.transaction().execute(async (tx) => {
        const saved = await saveScoringModel(tx, digest, {
          model,
          report: { ...summary, levels },
          trainedBy: input.actorId,
          trainedAt: now,
        });
        await deps.audit.record(tx, {
          actor: { type: 'system', id: input.actorId },
          action: 'person_match.model_trained',
          subject: { type: 'person_match_model', id: String(saved) },
          details: summary,
        });
        return saved;
      });
      return { version, ...summary, levels };
    },
  };
}

export type PersonModelTrainer = ReturnType<typeof createPersonModelTrainer>;
