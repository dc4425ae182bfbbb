// Load: 64 concurrent clients, each a reporter going through the whole public journey (start,
// every question page read and answered, check your answers, proof of work, send, the
// confirmation page), against the real public site in a child process. Every answer that is
// not what a browser expects is an error, except 429 from the journey's deliberate global rate
// limits, which are counted apart. Two runs: with the bench's raised limits (nothing should be
// refused), then with the real limits (the limits refuse some; nothing else may fail).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient, type RawResponse } from './http-client.ts';
import { benchAnswers, solveProofOfWork } from './intake.ts';
import { startBenchServer, type BenchServer } from './server-control.ts';
import { runConcurrently } from './server-process.ts';
import { createScratchPostgres, round, type BenchEngine } from './support.ts';

export type LoadResult = {
  readonly engine: string;
  readonly limits: 'raised' | 'real';
  readonly clients: number;
  readonly journeys: number;
  readonly completed: number;
  readonly requests: number;
  /** Answers other than the expected ones and other than 429: must be 0. */
  readonly errors: number;
  readonly errorSamples: readonly string[];
  /** 429 answers from the deliberate global rate limits. */
  readonly rateLimited: number;
  readonly journeysPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly seconds: number;
};

class RateLimited extends Error {}
/** An unexpected answer, already counted as an error. */
class Unexpected extends Error {}

async function oneJourney(
  server: BenchServer,
  withProof: boolean,
  record: (response: RawResponse, expected: number, what: string) => void,
): Promise<void> {
  const client = createHttpClient(server.publicUrl, { acceptEncoding: 'gzip, deflate, br' });
  try {
    const step = async (response: Promise<RawResponse>, expected: number, what: string) => {
      const answered = await response;
      record(answered, expected, what);
      if (answered.status === 429) throw new RateLimited();
      if (answered.status !== expected) throw new Unexpected(what);
      return answered;
    };
    await step(client.post('/report/start', {}, false), 303, 'POST start');
    for (const [page, fields] of benchAnswers) {
      await step(client.get(`/report/${page}`), 200, `GET ${page}`);
      await step(client.post(`/report/${page}`, fields), 303, `POST ${page}`);
    }
    const check = await step(client.get('/report/check'), 200, 'GET check');
    const challenge = /data-pow-challenge="([^"]+)"/.exec(check.text)?.[1] ?? '';
    const proof: Record<string, string> = withProof
      ? { powChallenge: challenge, powSolution: solveProofOfWork(challenge, server.powBits) }
      : {};
    await step(client.post('/report/check', proof), 303, 'POST check');
    await step(client.get('/report/confirmation'), 200, 'GET confirmation');
  } finally {
    client.close();
  }
}

export async function runLoadBenchmark(
  engine: BenchEngine,
  options: { clients: number; journeysPerClient: number; limits: 'raised' | 'real' },
): Promise<LoadResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linebreak-bench-load-'));
  const scratch = engine.url ? await createScratchPostgres(engine.url, 'load') : undefined;
  const server = await startBenchServer({
    dataDir,
    runJobs: false,
    productionLimits: options.limits === 'real',
    ...(scratch ? { databaseUrl: scratch.url } : {}),
  });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let rateLimited = 0;
  let completed = 0;
  const record = (response: RawResponse, expected: number, what: string) => {
    latencies.push(response.ms);
    if (response.status === 429) rateLimited += 1;
    else if (response.status !== expected) {
      errors += 1;
      if (errorSamples.length < 5) errorSamples.push(`${what}: HTTP ${String(response.status)}`);
    }
  };
  const journeys = options.clients * options.journeysPerClient;
  const started = performance.now();
  try {
    await runConcurrently(journeys, options.clients, async () => {
      try {
        // With the real limits, reporters without JavaScript (no proof of work) meet the
        // strictest bucket: the run shows the limits refusing, and nothing else failing.
        await oneJourney(server, options.limits === 'raised', record);
        completed += 1;
      } catch (error) {
        if (error instanceof RateLimited || error instanceof Unexpected) return;
        // No answer at all (a dropped connection): an error too.
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(String(error));
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const pick = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0, 1);
    return {
      engine: engine.name,
      limits: options.limits,
      clients: options.clients,
      journeys,
      completed,
      requests: latencies.length,
      errors,
      errorSamples,
      rateLimited,
      journeysPerSecond: round(completed / seconds, 1),
      p50Ms: pick(0.5),
      p95Ms: pick(0.95),
      p99Ms: pick(0.99),
      seconds: round(seconds, 1),
    };
  } finally {
    await server.stop();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatLoadResults(results: readonly LoadResult[]): string {
  return [
    '| engine | limits | clients | journeys | completed | requests | errors | rate-limited (429) | journeys/s | p50 / p95 / p99 ms | time s |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.engine} | ${r.limits} | ${String(r.clients)} | ${String(r.journeys)} | ${String(r.completed)} | ${String(r.requests)} | ${String(r.errors)}${r.errorSamples.length > 0 ? ` (${r.errorSamples.join('; ')})` : ''} | ${String(r.rateLimited)} | ${String(r.journeysPerSecond)} | ${String(r.p50Ms)} / ${String(r.p95Ms)} / ${String(r.p99Ms)} | ${String(r.seconds)} |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const url = process.env.BENCH_DATABASE_URL;
  const engine: BenchEngine = url ? { name: 'postgresql', url } : { name: 'pglite' };
  const results = [
    await runLoadBenchmark(engine, {
      clients: 64,
      journeysPerClient: Number(process.env.BENCH_LOAD_JOURNEYS ?? 2),
      limits: 'raised',
    }),
    await runLoadBenchmark(engine, { clients: 64, journeysPerClient: 1, limits: 'real' }),
  ];
  process.stdout.write(`${formatLoadResults(results)}\n`);
}
