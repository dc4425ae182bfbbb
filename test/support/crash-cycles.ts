import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openConfiguredDatabase } from '../../src/main/database.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createAuditTrail } from '../../src/platform/audit/audit-trail.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { fullAnswers, journeyOrder } from './journey-client.ts';

// kill -9 during a stream of submissions (issue 17). Each cycle starts the real server in a
// child process, sends reports through the whole public journey from several clients, kills
// the server with SIGKILL at a random moment, and starts it again on the same database. A
// report is acknowledged when the server answered the final POST with the confirmation
// redirect: every acknowledged report must be in the database after the restart.

export type CrashResult = {
  readonly engine: 'pglite' | 'postgresql';
  readonly cycles: number;
  readonly acknowledged: number;
  readonly stored: number;
  /** Acknowledged reports missing after a restart: must be 0. */
  readonly lost: number;
  /** Reports stored whose acknowledgement the kill cut off (allowed: the reporter saw an error). */
  readonly unacknowledgedStored: number;
  readonly auditOk: boolean;
  readonly auditRows: number;
  readonly restartMs: { readonly median: number; readonly max: number };
  readonly seconds: number;
};

type Server = { child: ChildProcess; url: string };

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'crash-server.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line !== undefined) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => {
      reject(new Error(`the server exited (${String(code)}) before listening: ${stderr.slice(-2000)}`));
    });
  });
  return { child, url };
}

/** One reporter: the whole journey, form by form, as a browser without JavaScript. */
async function sendOneReport(baseUrl: string, signal: AbortSignal): Promise<boolean> {
  let cookie = '';
  let csrf = '';
  const request = async (method: 'GET' | 'POST', path: string, fields?: Record<string, string | readonly string[]>) => {
    const body = new URLSearchParams();
    if (fields) {
      body.append('_csrf', csrf);
      for (const [name, value] of Object.entries(fields)) {
        for (const item of typeof value === 'string' ? [value] : value) body.append(name, item);
      }
    }
    const response = await fetch(new URL(path, baseUrl), {
      method,
      redirect: 'manual',
      signal,
      headers: {
        ...(cookie === '' ? {} : { cookie }),
        ...(fields ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(fields ? { body: body.toString() } : {}),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    csrf = /name="_csrf" value="([^"]+)"/.exec(text)?.[1] ?? csrf;
    return { status: response.status, location: response.headers.get('location') };
  };
  const start = await request('POST', '/report/start', {});
  if (start.status !== 303) throw new Error(`start answered ${String(start.status)}`);
  for (const page of journeyOrder) {
    await request('GET', `/report/${page}`);
    const saved = await request('POST', `/report/${page}`, fullAnswers[page as keyof typeof fullAnswers]);
    if (saved.status !== 303) throw new Error(`${page} answered ${String(saved.status)}`);
  }
  await request('GET', '/report/check');
  const sent = await request('POST', '/report/check', {});
  return sent.status === 303 && sent.location === '/report/confirmation';
}

async function countReports(env: Record<string, string>): Promise<number> {
  const database = await openConfiguredDatabase(loadConfig(env));
  try {
    const row = await database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await database.close();
  }
}

export async function runCrashCycles(options: {
  engine: 'pglite' | 'postgresql';
  cycles: number;
  clients?: number;
  /** A PostgreSQL server's admin URL: a fresh database is made on it for the run. */
  postgresUrl?: string;
  onCycle?: (cycle: number, acknowledged: number, stored: number) => void;
}): Promise<CrashResult> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-crash-'));
  const env: Record<string, string> = {
    LINEBREAK_ENV: 'test',
    LOG_LEVEL: 'error',
    LINEBREAK_DATA_DIR: dataDir,
    LINEBREAK_DATA_KEY: randomBytes(32).toString('base64'),
    LINEBREAK_RECEIPT_KEY: randomBytes(32).toString('base64'),
    PUBLIC_PORT: '0',
  };
  let dropDatabase = (): Promise<void> => Promise.resolve();
  if (options.engine === 'postgresql') {
    const adminUrl = options.postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `linebreak_crash_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    env.DATABASE_URL = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    dropDatabase = async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
  }
  let acknowledged = 0;
  let lost = 0;
  let stored = 0;
  const restarts: number[] = [];
  try {
    for (let cycle = 1; cycle <= options.cycles; cycle += 1) {
      const restartStarted = performance.now();
      const server = await startServer(env);
      restarts.push(performance.now() - restartStarted);
      const abort = new AbortController();
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      const stream = Array.from({ length: options.clients ?? 4 }, async () => {
        while (!abort.signal.aborted) {
          try {
            if (await sendOneReport(server.url, abort.signal)) acknowledged += 1;
          } catch {
            // The kill cut this report off mid-journey: not acknowledged.
          }
        }
      });
      // Let reports flow (at least one acknowledged this cycle, on a slow machine), then kill
      // at a random moment in the stream.
      const before = acknowledged;
      const deadline = performance.now() + 120_000;
      while (acknowledged === before && performance.now() < deadline) await sleep(50);
      await sleep(Math.floor(Math.random() * 1500));
      server.child.kill('SIGKILL');
      await exited;
      abort.abort();
      await Promise.all(stream);
      stored = await countReports(env);
      if (stored < acknowledged) lost = Math.max(lost, acknowledged - stored);
      options.onCycle?.(cycle, acknowledged, stored);
    }
    const database = await openConfiguredDatabase(loadConfig(env));
    let auditOk = false;
    let auditRows = 0;
    try {
      const verified = await createAuditTrail({ clock: systemClock }).verify(database.db);
      auditOk = verified.ok;
      auditRows = verified.checked;
    } finally {
      await database.close();
    }
    const sorted = [...restarts].sort((a, b) => a - b);
    return {
      engine: options.engine,
      cycles: options.cycles,
      acknowledged,
      stored,
      lost,
      unacknowledgedStored: stored - acknowledged + lost,
      auditOk,
      auditRows,
      restartMs: {
        median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
        max: Math.round(sorted.at(-1) ?? 0),
      },
      seconds: Math.round((performance.now() - started) / 1000),
    };
  } finally {
    await dropDatabase();
  }
}
