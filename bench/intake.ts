// End-to-end intake: reports per second sent through the real public site (the Fastify app on a
// real port, in a child process) by concurrent clients, each acknowledged only after its
// transaction commits; against the raw rate at which the same process inserts the same rows in
// the same transaction shape through the same service, on the same database. Drafts are walked
// and proofs of work solved before the clock starts: only the "Send report" posts are timed.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leadingZeroBits } from '../src/modules/public-report/proof-of-work.ts';
import { createHttpClient, type HttpClient } from './http-client.ts';
import { startBenchServer, type BenchServer } from './server-control.ts';
import { runConcurrently } from './server-process.ts';
import { createScratchPostgres, round, type BenchEngine } from './support.ts';

export type IntakeResult = {
  engine: string;
  reports: number;
  concurrency: number;
  /** Reports per second through POST /report/check, best of the rounds. */
  intakePerSecond: number;
  /** Reports per second inserted directly through the report service, best of the rounds. */
  rawPerSecond: number;
  ratio: number;
  /** Mean milliseconds one "Send report" post took under that load. */
  meanSubmitMs: number;
  rounds: number;
  proofOfWorkBits: number;
  serverPeakRssMb: number;
};

/** A report that walks every page of the journey (every branch applies), answered as a reporter would. */
export const benchAnswers: readonly (readonly [string, Readonly<Record<string, string | readonly string[]>>])[] = [
  ['about', { categories: ['dealing_place', 'home_taken_over', 'young_person', 'vehicle', 'phone_messages'] }],
  ['where', { building: 'Flat 3, 42', street: 'Hatfield Road', town: 'St Albans', postcode: 'al13jx' }],
  ['home-taken-over', { signs: ['CUCKOO_VISITOR_FOOTFALL', 'CUCKOO_RESIDENT_ANXIOUS'] }],
  [
    'when',
    {
      firstNoticed: 'this_month',
      'lastSeen-day': '20',
      'lastSeen-month': '11',
      'lastSeen-year': '2026',
      timesOfDay: ['evening', 'night'],
      days: ['friday', 'saturday'],
      visitors: 'many',
      visitLength: 'minutes',
    },
  ],
  [
    'who',
    {
      person1Description: 'Tall man in a grey tracksuit with a black rucksack',
      person1Names: 'Blade',
      person1Age: '18_24',
      childInvolved: 'yes',
      vulnerableAdultInvolved: 'yes',
      lifeAtRisk: 'no',
    },
  ],
  ['young-person', { signs: ['CCE_MULTIPLE_HANDSETS', 'CCE_RUCKSACK'] }],
  ['vehicles', { vehicle1Make: 'Ford', vehicle1Colour: 'Silver', vehicle1Registration: 'ab12 cde' }],
  ['phones', { phone1Number: '07700 900123', phone1MessageText: 'Ghost here, open all night, call me' }],
  [
    'anything-else',
    {
      details:
        'Cars pull up outside 42 Hatfield Road every few minutes after dark and a lad on a bike meets them. The curtains are always shut and the woman who lives there looks frightened.',
    },
  ],
  ['contact', { choice: 'anonymous' }],
];

export function solveProofOfWork(challenge: string, bits: number): string {
  for (let n = 0; ; n += 1) {
    const hash = createHash('sha256')
      .update(`${challenge}:${String(n)}`)
      .digest();
    if (leadingZeroBits(hash) >= bits) return String(n);
  }
}

type PreparedDraft = { client: HttpClient; challenge: string; solution: string };

function expectStatus(status: number, wanted: number, what: string): void {
  if (status !== wanted) throw new Error(`${what}: expected HTTP ${String(wanted)}, got ${String(status)}`);
}

/** Walks one report to check-your-answers and solves its proof of work (untimed client work). */
async function prepareDraft(server: BenchServer): Promise<PreparedDraft> {
  const client = createHttpClient(server.publicUrl);
  expectStatus((await client.post('/report/start', {}, false)).status, 303, 'start');
  for (const [page, fields] of benchAnswers) {
    expectStatus((await client.get(`/report/${page}`)).status, 200, `GET ${page}`);
    expectStatus((await client.post(`/report/${page}`, fields)).status, 303, `POST ${page}`);
  }
  const check = await client.get('/report/check');
  expectStatus(check.status, 200, 'GET check');
  const challenge = /data-pow-challenge="([^"]+)"/.exec(check.text)?.[1];
  if (challenge === undefined) throw new Error('check-your-answers carries no proof-of-work challenge');
  return { client, challenge, solution: solveProofOfWork(challenge, server.powBits) };
}

async function sendDraft(draft: PreparedDraft): Promise<number> {
  const sent = await draft.client.post('/report/check', {
    powChallenge: draft.challenge,
    powSolution: draft.solution,
  });
  if (sent.status !== 303 || sent.headers.location !== '/report/confirmation') {
    throw new Error(`sending a report: HTTP ${String(sent.status)} to ${String(sent.headers.location)}`);
  }
  draft.client.close();
  return sent.ms;
}

/** Sends `reports` reports through the public site with `concurrency` clients; answers the send rate. */
export async function sendReports(server: BenchServer, reports: number, concurrency: number) {
  return intakeRound(server, reports, concurrency);
}

async function intakeRound(server: BenchServer, reports: number, concurrency: number) {
  const drafts: PreparedDraft[] = [];
  await runConcurrently(reports, concurrency, async () => {
    drafts.push(await prepareDraft(server));
  });
  const submitMs: number[] = [];
  const profile = process.env.BENCH_INTAKE_PROFILE;
  if (profile) await server.ask({ type: 'profile', action: 'start' });
  const started = performance.now();
  await runConcurrently(drafts.length, concurrency, async (index) => {
    const draft = drafts[index];
    if (draft) submitMs.push(await sendDraft(draft));
  });
  const seconds = (performance.now() - started) / 1000;
  // BENCH_INTAKE_PROFILE=<file> writes a CPU profile of the server during the timed sends.
  if (profile) await server.ask({ type: 'profile', action: 'stop', file: profile });
  return { perSecond: reports / seconds, meanMs: submitMs.reduce((a, b) => a + b, 0) / submitMs.length };
}

/**
 * Intake against raw inserts on one fresh database, alternating rounds (intake, raw, intake, raw…)
 * so a burst of load from elsewhere on a shared machine does not favour one side; the best round
 * of each is reported.
 */
export async function runIntakeBenchmark(
  engine: BenchEngine,
  options: { reports: number; concurrency: number; rounds: number },
): Promise<IntakeResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linebreak-bench-intake-'));
  const scratch = engine.url ? await createScratchPostgres(engine.url, 'intake') : undefined;
  const server = await startBenchServer({
    dataDir,
    runJobs: false,
    ...(scratch ? { databaseUrl: scratch.url } : {}),
  });
  try {
    // Warm-up: compiles the code paths and stores the report whose answers the raw inserts copy.
    await intakeRound(server, Math.min(20, options.reports), options.concurrency);
    let intake = { perSecond: 0, meanMs: 0 };
    let rawPerSecond = 0;
    for (let round = 0; round < options.rounds; round += 1) {
      const measured = await intakeRound(server, options.reports, options.concurrency);
      if (measured.perSecond > intake.perSecond) intake = measured;
      const raw = await server.ask({
        type: 'raw-insert',
        count: options.reports,
        concurrency: options.concurrency,
      });
      rawPerSecond = Math.max(rawPerSecond, options.reports / raw.seconds);
    }
    return {
      engine: engine.name,
      reports: options.reports,
      concurrency: options.concurrency,
      intakePerSecond: round(intake.perSecond, 1),
      rawPerSecond: round(rawPerSecond, 1),
      ratio: round(intake.perSecond / rawPerSecond, 2),
      meanSubmitMs: round(intake.meanMs, 1),
      rounds: options.rounds,
      proofOfWorkBits: server.powBits,
      serverPeakRssMb: await server.peakRssMb(),
    };
  } finally {
    await server.stop();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const url = process.env.BENCH_DATABASE_URL;
  const result = await runIntakeBenchmark(url ? { name: 'postgresql', url } : { name: 'pglite' }, {
    reports: Number(process.env.BENCH_INTAKE_REPORTS ?? 200),
    concurrency: Number(process.env.BENCH_INTAKE_CONCURRENCY ?? 8),
    rounds: Number(process.env.BENCH_INTAKE_ROUNDS ?? 2),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
