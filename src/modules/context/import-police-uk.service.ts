import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { policeUkKinds, type PoliceUkKind } from './police-uk-format.ts';
import { readPoliceUkSource } from './police-uk-source.ts';
import { checkPoliceUkFile, type RowProblem, type TableRow } from './police-uk-validate.ts';
import {
  deletePoliceImport,
  finishPoliceImport,
  insertPoliceImport,
  upsertPoliceRows,
} from './police-uk.repository.ts';

// `linebreak context import-police-uk PATH` (ADR 0043): read the folder or zip, check every file
// and row first, then write everything in one transaction, all or nothing. Rows keyed by Crime ID
// (else a content digest) are inserted when new, updated when a later download changed them, and
// left alone when unchanged, so importing the same files again changes nothing.

export type KindCounts = {
  files: number;
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: number;
};
export type ImportSummary = {
  source: string;
  files: number;
  skipped: string[];
  months: string[];
  kinds: Record<PoliceUkKind, KindCounts>;
  seconds: number;
};
export type ImportResult = { ok: boolean; problems: RowProblem[]; summary: ImportSummary };
export type ImportProgress = { phase: 'check' | 'write'; done: number; total: number; file: string };

const batchSize = 1000;
const emptyCounts = (): KindCounts => ({
  files: 0,
  rows: 0,
  imported: 0,
  updated: 0,
  unchanged: 0,
  duplicates: 0,
  rejected: 0,
});

export function createPoliceUkImportService(deps: { db: Db; audit: AuditTrail; clock: Clock }) {
  return {
    async importPath(
      path: string,
      options: { actorId: string; onProgress?: (progress: ImportProgress) => void },
    ): Promise<ImportResult> {
      const startedAt = deps.clock.now();
      const started = performance.now();
      const source = readPoliceUkSource(path);
      const kinds = Object.fromEntries(policeUkKinds.map((kind) => [kind, emptyCounts()])) as Record<
        PoliceUkKind,
        KindCounts
      >;
      const problems: RowProblem[] = [...source.problems];
      const months = new Set<string>();
      const byKind = new Map<PoliceUkKind, Map<string, { file: string; row: TableRow }>>();
      source.files.forEach((file, index) => {
        options.onProgress?.({ phase: 'check', done: index, total: source.files.length, file: file.name });
        const checked = checkPoliceUkFile(file.name, file.kind, file.text);
        const counts = kinds[file.kind];
        counts.files += 1;
        counts.rows += checked.read;
        counts.rejected += new Set(checked.problems.map((problem) => problem.line)).size;
        problems.push(...checked.problems);
        for (const month of checked.months) months.add(month);
        const keyed = byKind.get(file.kind) ?? new Map<string, { file: string; row: TableRow }>();
        for (const row of checked.rows) {
          if (keyed.has(row.row_key)) counts.duplicates += 1;
          keyed.set(row.row_key, { file: file.name, row });
        }
        byKind.set(file.kind, keyed);
      });
      const summary = (): ImportSummary => ({
        source: path,
        files: source.files.length,
        skipped: source.skipped,
        months: [...months].sort(),
        kinds,
        seconds: Math.round((performance.now() - started) / 100) / 10,
      });
      if (source.files.length === 0 && problems.length === 0) {
        problems.push({
          file: path,
          line: 0,
          column: '(path)',
          reason: 'holds no data.police.uk street, outcomes or stop-and-search CSV',
        });
      }
      if (problems.length > 0) {
        // Nothing from a bad import is written: every row of every file counts as rejected.
        for (const counts of Object.values(kinds)) counts.rejected = Math.max(counts.rejected, counts.rows);
        return { ok: false, problems, summary: summary() };
      }
      const total = [...byKind.values()].reduce((sum, rows) => sum + rows.size, 0);
      const importId = randomUUID();
      await deps.db.transaction().execute(async (tx) => {
        await insertPoliceImport(tx, {
          id: importId,
          source: path,
          importedBy: options.actorId,
          startedAt,
          finishedAt: startedAt,
          summary: {},
        });
        let done = 0;
        for (const [kind, keyed] of byKind) {
          const entries = [...keyed.values()];
          for (let at = 0; at < entries.length; at += batchSize) {
            const batch = entries.slice(at, at + batchSize);
            const written = await upsertPoliceRows(
              tx,
              kind,
              batch.map((entry) => entry.row),
              importId,
            );
            kinds[kind].imported += written.inserted;
            kinds[kind].updated += written.updated;
            kinds[kind].unchanged += batch.length - written.inserted - written.updated;
            done += batch.length;
            options.onProgress?.({ phase: 'write', done, total, file: batch.at(-1)?.file ?? '' });
          }
        }
        const result = summary();
        const changed = Object.values(kinds).some((counts) => counts.imported + counts.updated > 0);
        if (changed) await finishPoliceImport(tx, importId, deps.clock.now(), result);
        else await deletePoliceImport(tx, importId);
        await deps.audit.record(tx, {
          actor: { type: 'system', id: options.actorId },
          action: 'context.police_uk_import',
          details: {
            importId: changed ? importId : null,
            source: path,
            months: result.months,
            counts: Object.fromEntries(
              Object.entries(kinds).map(([kind, counts]) => [
                kind,
                { imported: counts.imported, updated: counts.updated },
              ]),
            ),
          },
        });
      });
      return { ok: true, problems, summary: summary() };
    },
  };
}

export type PoliceUkImportService = ReturnType<typeof createPoliceUkImportService>;
