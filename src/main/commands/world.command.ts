import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import {
  buildWorld,
  generateOperations,
  generateReports,
  MAX_LINES,
  MAX_REPORTS,
  resolveWorldOptions,
  worldGroundTruth,
  WorldOptionsError,
  type LineSighting,
  type WorldOptions,
} from '../../synthetic/world/index.ts';
import { UsageError, writeLine, type Command } from './command.ts';

/** Waits when the file's buffer is full, so a million reports never pile up in memory. */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

function wholeNumber(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : '';
  if (!/^\d{1,16}$/.test(text)) throw new UsageError(`--${name} must be a whole number, not "${text}"`);
  return Number(text);
}

function readOptions(values: Record<string, unknown>): WorldOptions {
  const seed = wholeNumber('seed', values.seed);
  const reports = wholeNumber('reports', values.reports);
  if (seed === undefined) throw new UsageError('say which world: --seed N');
  if (reports === undefined) throw new UsageError('say how many reports: --reports N');
  const lines = wholeNumber('lines', values.lines);
  const days = wholeNumber('days', values.days);
  const startDay = typeof values.start === 'string' ? values.start : undefined;
  try {
    return resolveWorldOptions({
      seed,
      reports,
      ...(lines !== undefined && { lines }),
      ...(days !== undefined && { days }),
      ...(startDay !== undefined && { startDay }),
    });
  } catch (error) {
    if (error instanceof WorldOptionsError) throw new UsageError(error.message);
    throw error;
  }
}

export const worldCommand: Command = {
  name: 'world',
  summary: 'Generate a synthetic St Albans world: people, County Lines, public reports, ground truth',
  usage: `linebreak world generate --seed N --reports N [--lines N] [--start DAY] [--days N] [--out DIR]

  Builds an entirely fictional St Albans district (invented people on real street names, drama-range
  phone numbers) with several County Lines, and streams the public reports they would cause over the
  period, plus background noise. Writes four files to DIR (default ./data/world-SEED):

    world.json         people, addresses, vehicles, County Lines and public places
    reports.ndjson     one public report per line, in submission order
    ground-truth.json  lines, trap houses (and which are cuckooed), exploited children, and for
                       each report its line or noise kind and the people (cluster ids) it mentions
    operations.json    what the police did about the lines: targets, warrants, arrests, seizures,
                       charges with outcome types, disruptions (consistent with the ground truth)

  The same options always give byte-identical files.

  --seed N      the world's seed (a whole number)
  --reports N   how many reports, 0 to ${MAX_REPORTS.toLocaleString('en-GB')}
  --lines N     how many County Lines, 1 to ${String(MAX_LINES)} (default: 3, more for large runs)
  --start DAY   first day of the period, YYYY-MM-DD (default 2026-01-01)
  --days N      length of the period in days (default 300)
  --out DIR     where to write the files`,
  options: {
    seed: { type: 'string' },
    reports: { type: 'string' },
    lines: { type: 'string' },
    start: { type: 'string' },
    days: { type: 'string' },
    out: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const [action, extra] = positionals;
    if (action !== 'generate') {
      throw new UsageError(action ? `unknown world action "${action}"` : 'say what to do: generate');
    }
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    const options = readOptions(values);
    const out = resolve(typeof values.out === 'string' ? values.out : join('data', `world-${String(options.seed)}`));
    const started = performance.now();

    const world = buildWorld(options);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'world.json'), `${JSON.stringify(world, null, 2)}\n`);

    const reportFile = createWriteStream(join(out, 'reports.ndjson'));
    const truthFile = createWriteStream(join(out, 'ground-truth.json'));
    // The ground truth is one JSON document, but its per-report part is written as it streams.
    const { reports: _none, ...head } = worldGroundTruth(world);
    await write(truthFile, `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "reports": [`);
    let count = 0;
    let noise = 0;
    const sightings: LineSighting[] = [];
    for (const { report, truth } of generateReports(world, options.reports)) {
      await write(reportFile, `${JSON.stringify(report)}\n`);
      if (truth.lineId !== null) {
        sightings.push({
          reportId: truth.reportId,
          submittedOn: report.submittedOn,
          lineId: truth.lineId,
          addressIds: truth.addressIds,
        });
      }
      await write(truthFile, `${count === 0 ? '' : ','}\n    ${JSON.stringify(truth)}`);
      count++;
      if (truth.noise) noise++;
    }
    await write(truthFile, `${count === 0 ? '' : '\n  '}]\n}\n`);
    reportFile.end();
    truthFile.end();
    await Promise.all([finished(reportFile), finished(truthFile)]);
    await writeFile(join(out, 'operations.json'), `${JSON.stringify(generateOperations(world, sightings), null, 2)}\n`);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const share = count === 0 ? 0 : Math.round((noise / count) * 100);
    writeLine(
      io.stdout,
      `Wrote a world of ${String(world.people.length)} people, ${String(world.lines.length)} County Lines and ` +
        `${String(count)} reports (${String(share)}% noise) to ${out} in ${seconds} s.`,
    );
    return 0;
  },
};
