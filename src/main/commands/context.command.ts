import { loadConfig } from '../../config/config.ts';
import type { ImportProgress, ImportResult } from '../../modules/context/index.ts';
import { systemClock } from '../../platform/clock.ts';
import { loadKeys } from '../../platform/crypto/keys.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { openConfiguredDatabase, prepareSchema } from '../database.ts';
import { createServices } from '../services.ts';
import { UsageError, writeLine, type Command } from './command.ts';

const maxProblemsShown = 20;

/** A progress bar redrawn in place on a terminal; plain lines (one per file checked, every 10%) otherwise. */
export function progressReporter(stream: NodeJS.WritableStream): (progress: ImportProgress) => void {
  const tty = Boolean((stream as { isTTY?: boolean }).isTTY);
  let lastDrawn = 0;
  let lastTenth = -1;
  return (progress) => {
    const fraction = progress.total === 0 ? 1 : progress.done / progress.total;
    const verb = progress.phase === 'check' ? 'checking' : 'writing';
    if (!tty) {
      if (progress.phase === 'check') writeLine(stream, `checking ${progress.file}`);
      else if (Math.floor(fraction * 10) > lastTenth) {
        lastTenth = Math.floor(fraction * 10);
        writeLine(
          stream,
          `writing: ${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')} rows`,
        );
      }
      return;
    }
    const now = Date.now();
    if (now - lastDrawn < 100 && progress.done < progress.total) return;
    lastDrawn = now;
    const width = 30;
    const filled = Math.round(fraction * width);
    const unit = progress.phase === 'check' ? 'files' : 'rows';
    stream.write(
      `\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${verb} ${progress.done.toLocaleString('en-GB')}/${progress.total.toLocaleString('en-GB')} ${unit} ${progress.file}`,
    );
    if (progress.phase === 'write' && progress.done >= progress.total) stream.write('\n');
  };
}

/** The summary and the problems, as printed. */
export function formatImportResult(result: ImportResult): { out: string[]; err: string[] } {
  const { summary } = result;
  const months = summary.months;
  const header = ['kind', 'files', 'rows', 'imported', 'updated', 'unchanged', 'duplicates', 'rejected'];
  const table = Object.entries(summary.kinds).map(([kind, c]) => [
    kind,
    ...[c.files, c.rows, c.imported, c.updated, c.unchanged, c.duplicates, c.rejected].map(String),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`;
  const out = [
    `${result.ok ? 'Imported' : 'Checked'} ${summary.source} in ${String(summary.seconds)} s: ${String(summary.files)} files` +
      (summary.skipped.length > 0 ? ` (${String(summary.skipped.length)} other files skipped)` : ''),
    `  months: ${months.length === 0 ? 'none' : `${months[0] ?? ''} to ${months.at(-1) ?? ''} (${String(months.length)})`}`,
    line(header),
    ...table.map(line),
  ];
  if (result.ok) return { out, err: [] };
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  const err = [
    `Nothing was imported: ${String(result.problems.length)} problem${result.problems.length === 1 ? '' : 's'} in ${String(files)} file${files === 1 ? '' : 's'}.`,
    ...result.problems
      .slice(0, maxProblemsShown)
      .map((p) => `  ${p.file}${p.line > 0 ? ` line ${String(p.line)}` : ''}, ${p.column}: ${p.reason}`),
  ];
  if (result.problems.length > maxProblemsShown) {
    err.push(`  … and ${String(result.problems.length - maxProblemsShown)} more problems.`);
  }
  return { out, err };
}

export const contextCommand: Command = {
  name: 'context',
  summary: 'Context data (import-police-uk: load data.police.uk street crime, outcomes, stop and search)',
  usage: `linebreak context import-police-uk PATH

  Imports data.police.uk CSVs from PATH, a folder (searched to any depth) or a .zip as downloaded:
  *-street.csv, *-outcomes.csv and *-stop-and-search.csv; other files are skipped. Every file and
  row is checked first (header, Month as YYYY-MM, coordinates, dates); any problem is printed with
  its file, line and column, and then NOTHING is imported (exit code 1). A good import is written
  in one transaction. Rows are keyed by Crime ID (else by their content), so importing the same
  files again changes nothing, and a newer download updates what changed (a crime's last outcome).
  Shows a progress bar on a terminal and prints a summary. Data: Open Government Licence v3.0.`,
  options: {},
  async run({ positionals }, io) {
    const [action, path, extra] = positionals;
    if (action !== 'import-police-uk') {
      throw new UsageError(action ? `unknown context action "${action}"` : 'say what to do: import-police-uk PATH');
    }
    if (path === undefined) throw new UsageError('name the folder or zip to import');
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    const config = loadConfig(io.env);
    const database = await openConfiguredDatabase(config);
    try {
      await prepareSchema(database);
      const logger = createLogger({ level: 'warn' });
      const services = await createServices({ config, database, clock: systemClock, keys: loadKeys(config), logger });
      const result = await services.policeUkImport.importPath(path, {
        actorId: 'linebreak context import-police-uk',
        onProgress: progressReporter(io.stderr),
      });
      const { out, err } = formatImportResult(result);
      for (const text of out) writeLine(io.stdout, text);
      for (const text of err) writeLine(io.stderr, text);
      return result.ok ? 0 : 1;
    } finally {
      await database.close();
    }
  },
};
