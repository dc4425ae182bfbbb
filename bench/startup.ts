// Start-up of the embedded system as `npm start` runs it (same Node flags, the demo loaded): time
// until both sites answer, and the server's memory on its first start (which creates the database
// and loads the demo) and on a later start, at its peak and once idle. Linux: reads /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverNodeFlags } from '../src/main/node-flags.ts';

export type StartupResult = {
  start: 'first' | 'later';
  /** Seconds from spawning the process until the public and staff sites both answered 200. */
  usableSeconds: number;
  peakRssMb: number;
  /** Resident set after the server has been idle for `idleSeconds`. */
  idleRssMb: number;
  idleSeconds: number;
};

const cli = new URL('../src/main/cli.ts', import.meta.url).pathname;

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function startOnce(dataDir: string, ports: [number, number], idleSeconds: number, start: 'first' | 'later') {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...serverNodeFlags(), cli, 'serve'], {
    env: {
      ...process.env,
      LINEBREAK_DATA_DIR: dataDir,
      PUBLIC_PORT: String(ports[0]),
      STAFF_PORT: String(ports[1]),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  try {
    const pid = child.pid;
    if (pid === undefined) throw new Error('the server did not start');
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${String(child.exitCode)})`);
      if (performance.now() - started > 300_000) throw new Error('the server was not usable within 300 s');
      const [publicUp, staffUp] = await Promise.all([
        answers(`http://127.0.0.1:${String(ports[0])}/`),
        answers(`http://127.0.0.1:${String(ports[1])}/`),
      ]);
      if (publicUp && staffUp) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const usableSeconds = Math.round((performance.now() - started) / 100) / 10;
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const memory = memoryOf(pid);
    return { start, usableSeconds, peakRssMb: memory.peakMb, idleRssMb: memory.rssMb, idleSeconds };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** A first start on a new data folder, then a later start on the same folder. */
export async function runStartupBenchmark(options: { idleSeconds: number }): Promise<StartupResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linebreak-bench-startup-'));
  try {
    const ports: [number, number] = [3290, 3291];
    return [
      await startOnce(dataDir, ports, options.idleSeconds, 'first'),
      await startOnce(dataDir, ports, options.idleSeconds, 'later'),
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  for (const result of await runStartupBenchmark({ idleSeconds: 15 })) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}
