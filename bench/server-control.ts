// Starts bench/server-process.ts as a child process and talks to it over IPC.
import { fork } from 'node:child_process';
import { serverNodeFlags } from '../src/main/node-flags.ts';
import type { MemoryStep, ServerOptions, ServerReply, ServerRequest } from './server-process.ts';

type Ready = Extract<ServerReply, { type: 'ready' }>;
type ReplyFor<T extends ServerRequest['type']> = Extract<ServerReply, { type: T extends 'stop' ? 'stopped' : T }>;

export type BenchServer = {
  readonly publicUrl: string;
  readonly staffUrl: string;
  readonly powBits: number;
  /** Memory after each step of its start (bench/server-process.ts). */
  readonly startSteps: readonly MemoryStep[];
  ask<T extends ServerRequest>(request: T): Promise<ReplyFor<T['type']>>;
  /** Peak resident memory of the server process so far, in MB. */
  peakRssMb(): Promise<number>;
  stop(): Promise<void>;
};

export async function startBenchServer(options: ServerOptions): Promise<BenchServer> {
  const child = fork(new URL('./server-process.ts', import.meta.url), [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // BENCH_SERVER_CPU_PROF=<dir> writes a V8 CPU profile of the server to <dir> (for profiling);
    // BENCH_SERVER_NODE_FLAGS adds Node flags to the server process (e.g. heap limits).
    // The server runs with the Node flags `npm start` gives it (docs/adr/0049).
    execArgv: [
      ...serverNodeFlags(),
      ...(process.env.BENCH_SERVER_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`]
        : []),
      ...(process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
  });
  const waiting: { type: string; resolve: (reply: ServerReply) => void; reject: (error: Error) => void }[] = [];
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  child.on('message', (reply: ServerReply) => {
    if (reply.type === 'error') {
      const pending = waiting.shift();
      pending?.reject(new Error(`bench server: ${reply.message}`));
      return;
    }
    const index = waiting.findIndex((w) => w.type === reply.type);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(reply);
  });
  child.once('exit', (code) => {
    for (const pending of waiting.splice(0)) pending.reject(new Error(`bench server exited (${String(code)})`));
  });
  const expect = (type: string) =>
    new Promise<ServerReply>((resolve, reject) => waiting.push({ type, resolve, reject }));
  const ready = (await expect('ready')) as Ready;
  const ask = <T extends ServerRequest>(request: T) => {
    const reply = expect(request.type === 'stop' ? 'stopped' : request.type);
    child.send(request);
    return reply as Promise<ReplyFor<T['type']>>;
  };
  return {
    publicUrl: ready.publicUrl,
    staffUrl: ready.staffUrl,
    powBits: ready.powBits,
    startSteps: ready.steps,
    ask,
    async peakRssMb() {
      const memory = await ask({ type: 'memory' });
      return Math.round(memory.peakRssBytes / 2 ** 20);
    },
    async stop() {
      if (child.exitCode === null) {
        await ask({ type: 'stop' }).catch(() => undefined);
        await exited;
      }
    },
  };
}
