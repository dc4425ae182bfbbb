import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { findReportForTriage, type ReportAnswers, reportSealContext } from '../reports/index.ts';
import { replaceReportTokens, reportSearchTokens, searchDigest } from '../search/index.ts';
import { reportForProcessing, type ReportTriageFacts } from './report-adapter.ts';
import { findReportsToIndex } from './report-processing.repository.ts';

/** The non-empty answers among named fields, as { field, text }. */
const present = (prefix: string, values: Readonly<Record<string, string | undefined>>) =>
  Object.entries(values).flatMap(([name, text]) =>
    text !== undefined && text.trim() !== '' ? [{ field: `${prefix}.${name}`, text }] : [],
  );

/**
 * The texts a report is searchable by: every free-text answer triage reads, and the identifiers
 * and place typed into their own fields. Never the contact details: the reporter is not
 * intelligence, and their name must not find their report.
 */
export function searchTextsOf(report: ReportTriageFacts, answers: ReportAnswers): { field: string; text: string }[] {
  const where = answers.where;
  return [
    ...reportForProcessing(report, answers).texts,
    ...present('where', {
      building: where?.building,
      street: where?.street,
      town: where?.town,
      postcode: where?.postcode,
    }),
    ...(answers.vehicles?.vehicles ?? []).flatMap((vehicle, i) =>
      present(`vehicles.${String(i)}`, {
        registration: vehicle.registration,
        make: vehicle.make,
        model: vehicle.model,
        colour: vehicle.colour,
      }),
    ),
    ...(answers.phones?.phones ?? []).flatMap((phone, i) => present(`phones.${String(i)}`, { number: phone.number })),
  ];
}

/** Writes a report's search tokens (as keyed digests) inside the caller's transaction. */
export async function indexReportForSearch(
  tx: DbOrTx,
  blindIndex: BlindIndex,
  report: ReportTriageFacts,
  answers: ReportAnswers,
): Promise<number> {
  const tokens = reportSearchTokens(searchTextsOf(report, answers).map(({ text }) => text));
  await replaceReportTokens(
    tx,
    report.id,
    [...tokens].map((token) => searchDigest(blindIndex, token)),
  );
  return tokens.size;
}

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Opens a stored report's answers and triage facts (for triage and the search back-fill). */
export async function openReportForTriage(
  tx: DbOrTx,
  sealer: Sealer,
  reportId: string,
): Promise<{ facts: ReportTriageFacts; answers: ReportAnswers }> {
  const row = await findReportForTriage(tx, reportId);
  return {
    facts: {
      id: row.id,
      submittedOn: day(row.submitted_on),
      categories: row.categories,
      childInvolved: row.child_involved,
      vulnerableAdultInvolved: row.vulnerable_adult_involved,
    },
    answers: JSON.parse(sealer.openText(row.answers_sealed, reportSealContext.answers(reportId))) as ReportAnswers,
  };
}

export type SearchBackfillDeps = { db: Db; sealer: Sealer; blindIndex: BlindIndex; logger: Logger };

/**
 * Tokenises reports stored before search existed (or whose triage failed), a batch per
 * transaction. Returns how many were indexed.
 */
export async function backfillSearchIndex(deps: SearchBackfillDeps, batch = 200): Promise<number> {
  const ids = await findReportsToIndex(deps.db, batch);
  if (ids.length === 0) return 0;
  await deps.db.transaction().execute(async (tx) => {
    for (const id of ids) {
      const { facts, answers } = await openReportForTriage(tx, deps.sealer, id);
      await indexReportForSearch(tx, deps.blindIndex, facts, answers);
    }
  });
  return ids.length;
}

/**
 * Every minute (and at start, as every interval job): a report stored before search existed is
 * searchable soon after an upgrade; with nothing to do it costs one indexed query.
 */
export function searchBackfillJob(deps: SearchBackfillDeps): ScheduledJob {
  return {
    name: 'search-backfill',
    intervalMs: 60_000,
    async run(signal) {
      let total = 0;
      for (;;) {
        if (signal.aborted) break;
        const indexed = await backfillSearchIndex(deps);
        if (indexed === 0) break;
        total += indexed;
      }
      if (total > 0) deps.logger.info({ indexed: total }, 'search index back-filled');
    },
  };
}
