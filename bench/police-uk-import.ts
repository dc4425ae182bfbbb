// Importing a year of Hertfordshire street crime from data.police.uk (issue 16, ADR 0043; target
// ≤ 60 s): the twelve 2021 monthly files from ../shared/data/police-uk-herts/street (or
// BENCH_POLICE_UK_STREET), checked and written in one transaction by the context module's
// import service, into a fresh database. Skipped with a message when the shared data is absent.
// Run alone with `node bench/police-uk-import.ts [pglite|postgresql]`.
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPoliceUkImportService } from '../src/modules/context/index.ts';
import { createAuditTrail } from '../src/platform/audit/audit-trail.ts';
import { systemClock } from '../src/platform/clock.ts';
import { freshDatabase, type BenchEngine } from './support.ts';

export type PoliceUkImportResult =
  | { engine: string; skipped: string }
  | {
      engine: string;
      files: number;
      rows: number;
      seconds: number;
      rowsPerSecond: number;
      secondRunSeconds: number;
      loadAtStart: string;
      loadAtEnd: string;
    };

export const policeUkTableHeader =
  '| engine | files | rows | seconds | rows/s | meets ≤ 60 s | second import (unchanged) s | load 1/5/15 at start | at end |\n|---|---|---|---|---|---|---|---|---|';

const defaultFolder = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'police-uk-herts', 'street');
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

export async function runPoliceUkImportBenchmark(engine: BenchEngine): Promise<PoliceUkImportResult> {
  const source = process.env.BENCH_POLICE_UK_STREET ?? defaultFolder;
  const year = existsSync(source) ? readdirSync(source).filter((name) => /^2021-\d{2}-.*-street\.csv$/.test(name)) : [];
  if (year.length === 0) {
    return { engine: engine.name, skipped: `no 2021 street files at ${source} (the shared research data is absent)` };
  }
  // A folder holding just the year's twelve files (links to the shared ones).
  const folder = mkdtempSync(join(tmpdir(), 'lb-bench-police-uk-'));
  for (const name of year) symlinkSync(join(source, name), join(folder, name));
  const database = await freshDatabase(engine, 'policeuk');
  try {
    const service = createPoliceUkImportService({
      db: database.db,
      audit: createAuditTrail({ clock: systemClock }),
      clock: systemClock,
    });
    const loadAtStart = load();
    const started = performance.now();
    const first = await service.importPath(folder, { actorId: 'bench' });
    const seconds = (performance.now() - started) / 1000;
    if (!first.ok) throw new Error(`the bench import was refused: ${JSON.stringify(first.problems.slice(0, 3))}`);
    const again = performance.now();
    const second = await service.importPath(folder, { actorId: 'bench' });
    if (second.summary.kinds.street.imported + second.summary.kinds.street.updated !== 0) {
      throw new Error('the second import changed rows');
    }
    const rows = first.summary.kinds.street.rows;
    return {
      engine: engine.name,
      files: year.length,
      rows,
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(rows / seconds),
      secondRunSeconds: Math.round((performance.now() - again) / 100) / 10,
      loadAtStart,
      loadAtEnd: load(),
    };
  } finally {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function formatPoliceUkRow(result: PoliceUkImportResult): string {
  if ('skipped' in result) return `| ${result.engine} | skipped: ${result.skipped} | | | | | | | |`;
  return `| ${result.engine} | ${String(result.files)} | ${result.rows.toLocaleString('en-GB')} | ${String(result.seconds)} | ${result.rowsPerSecond.toLocaleString('en-GB')} | ${result.seconds <= 60 ? 'yes' : '**no**'} | ${String(result.secondRunSeconds)} | ${result.loadAtStart} | ${result.loadAtEnd} |`;
}

if (import.meta.main) {
  const which = process.argv[2];
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const engines: BenchEngine[] = [
    ...(which === 'postgresql' ? [] : [{ name: 'pglite' as const }]),
    ...(which === 'pglite' ? [] : [{ name: 'postgresql' as const, url }]),
  ];
  process.stdout.write(`${policeUkTableHeader}\n`);
  for (const engine of engines) {
    process.stdout.write(`${formatPoliceUkRow(await runPoliceUkImportBenchmark(engine))}\n`);
  }
}
