// Each full `npm run bench` appends one line of headline figures to bench/history.md, which is
// committed, so a regression shows in review as a changed row rather than a lost console log.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';

export type Headline = {
  /** Largest first-visit page weight, compressed, KB. */
  largestPageKb: number;
  /** Embedded server: a later start idle, and the first start's peak, MB. */
  embeddedIdleMb: number | null;
  embeddedFirstStartPeakMb: number | null;
  firstStartUsableSeconds: number | null;
  /** Correlation p99 ms and its ratio to the same run's indexed-lookup p99: at the largest size per engine. */
  correlation: readonly { engine: string; storedReports: number; p99Ms: number; ratio: number }[];
  /** Intake ratio (≥ 0.5) per engine. */
  intake: readonly { engine: string; ratio: number }[];
  /** Errors (not 429s) across the 64-client load runs. */
  loadErrors: number;
  /** Highest false-alert share in the world runs. */
  falseAlertShare: number | null;
};

const file = new URL('history.md', import.meta.url);
const header = `# Benchmark history

One row per full \`npm run bench\` (not \`--quick\`), appended by bench/history.ts. Figures under load
are wall clock on a shared machine: compare the load column before reading a change as a regression.

| when (UTC) | commit | cores | load at start | largest page KB | embedded idle MB | first start peak MB | first start usable s | correlation p99 ms (× baseline) | intake ratio | load errors | false alerts |
|---|---|---|---|---|---|---|---|---|---|---|---|
`;

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function formatHistoryRow(
  headline: Headline,
  machine: { cores: number; loadAverageAtStart: string },
  when: Date,
  revision: string,
): string {
  const value = (n: number | null) => (n === null ? '–' : String(n));
  const correlation = headline.correlation
    .map((c) => `${c.engine} ${c.storedReports.toLocaleString('en-GB')}: ${String(c.p99Ms)} (×${String(c.ratio)})`)
    .join('; ');
  const intake = headline.intake.map((i) => `${i.engine} ${String(i.ratio)}`).join('; ');
  return `| ${when.toISOString().slice(0, 16).replace('T', ' ')} | ${revision} | ${String(machine.cores)} | ${machine.loadAverageAtStart} | ${String(headline.largestPageKb)} | ${value(headline.embeddedIdleMb)} | ${value(headline.embeddedFirstStartPeakMb)} | ${value(headline.firstStartUsableSeconds)} | ${correlation} | ${intake} | ${String(headline.loadErrors)} | ${value(headline.falseAlertShare)} |\n`;
}

export function appendHistory(headline: Headline, machine: { cores: number; loadAverageAtStart: string }): void {
  if (!existsSync(file)) writeFileSync(file, header);
  appendFileSync(file, formatHistoryRow(headline, machine, new Date(), commit()));
}
