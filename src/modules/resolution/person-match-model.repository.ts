import { z } from 'zod';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { comparisonLevels, comparisonNames } from './comparison-levels.ts';
import { defaultScoringModel, type ScoringModel, type TermCounts, type TermFrequencies } from './scoring-model.ts';

// Stored scoring models (ADR 0045): one row a training, numbered; scoring reads the latest.
// How often each name occurs is kept under a keyed digest of the name, like the match keys,
// so the table holds no names; a name seen once is left out (absent means "once").

const probability = z.number().gt(0).lt(1);
const levelsSchema = z.object(
  Object.fromEntries(
    comparisonNames.map((name) => [
      name,
      z.object(
        Object.fromEntries(
          comparisonLevels[name].map((level) => [level, z.object({ m: probability, u: probability })]),
        ),
      ),
    ]),
  ),
);
const storedModelSchema = z.object({
  name: z.string(),
  levels: levelsSchema,
  priorMatchProbability: probability,
  matchThreshold: probability,
  possibleThreshold: probability,
});
const storedCountsSchema = z.object({
  records: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().positive()),
});
const storedFrequenciesSchema = z.object({ firstName: storedCountsSchema, surname: storedCountsSchema });

export type StoredModelSummary = {
  readonly version: number;
  readonly trainedBy: string;
  readonly trainedAt: Date;
  readonly report: unknown;
};

/** The digest a name's count is stored under. */
export function createNameDigester(blindIndex: BlindIndex) {
  return (comparison: 'firstName' | 'surname', value: string) => blindIndex(`person_match_tf:${comparison}`, value);
}
export type NameDigester = ReturnType<typeof createNameDigester>;

export async function saveScoringModel(
  db: DbOrTx,
  digest: NameDigester,
  input: { model: ScoringModel; report: unknown; trainedBy: string; trainedAt: Date },
): Promise<number> {
  const { termFrequencies, ...model } = input.model;
  const stored = (comparison: 'firstName' | 'surname') => {
    const table = termFrequencies?.[comparison];
    const counts: Record<string, number> = {};
    for (const [value, count] of table?.counts ?? []) if (count > 1) counts[digest(comparison, value)] = count;
    return { records: table?.records ?? 0, counts };
  };
  const latest = await db
    .selectFrom('person_match_models')
    .select((eb) => eb.fn.max<number | string | null>('version').as('version'))
    .executeTakeFirst();
  const version = Number(latest?.version ?? 0) + 1;
  await db
    .insertInto('person_match_models')
    .values({
      version,
      model: JSON.stringify(storedModelSchema.parse(model)),
      term_frequencies: JSON.stringify({ firstName: stored('firstName'), surname: stored('surname') }),
      report: JSON.stringify(input.report),
      trained_by: input.trainedBy,
      trained_at: input.trainedAt,
    })
    .execute();
  return version;
}

/** The version number of the latest stored model (0 when none was trained). */
export async function latestModelVersion(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('person_match_models')
    .select((eb) => eb.fn.max<number | string | null>('version').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/**
 * A model trained before a comparison level was added lacks it: the level takes the default
 * model's m and u until the next training (`linebreak persons train`) estimates it.
 */
function withDefaultLevels(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || !('levels' in stored)) return stored;
  const levels = stored.levels as Record<string, object | undefined>;
  return {
    ...stored,
    levels: Object.fromEntries(
      comparisonNames.map((name) => [name, { ...defaultScoringModel.levels[name], ...levels[name] }]),
    ),
  };
}

/** The latest stored model, ready to score with; undefined when none was trained. */
export async function loadLatestScoringModel(
  db: DbOrTx,
  digest: NameDigester,
): Promise<(StoredModelSummary & { model: ScoringModel }) | undefined> {
  const row = await db
    .selectFrom('person_match_models')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const model = storedModelSchema.parse(
    withDefaultLevels(typeof row.model === 'string' ? (JSON.parse(row.model) as unknown) : row.model),
  );
  const frequencies = storedFrequenciesSchema.parse(
    typeof row.term_frequencies === 'string' ? JSON.parse(row.term_frequencies) : row.term_frequencies,
  );
  const counts = (comparison: 'firstName' | 'surname'): TermCounts => ({
    records: frequencies[comparison].records,
    counts: new Map(Object.entries(frequencies[comparison].counts)),
    keyOf: (value) => digest(comparison, value),
  });
  const termFrequencies: TermFrequencies = { firstName: counts('firstName'), surname: counts('surname') };
  return {
    version: row.version,
    trainedBy: row.trained_by,
    trainedAt: row.trained_at,
    report: row.report,
    model: { ...(model as unknown as ScoringModel), termFrequencies },
  };
}
