import type { Logger } from '../logging/logger.ts';

/** A unit of background work that runs at start and then every `intervalMs`, never overlapping itself. */
export type ScheduledJob = {
  readonly name: string;
  readonly intervalMs: number;
  run(signal: AbortSignal): Promise<void>;
};

export type Scheduler = {
  start(): void;
  /** Stops scheduling and waits for any job in progress to finish. */
  stop(): Promise<void>;
  /** Runs one job now (used by `linebreak jobs run` and by tests). */
  runNow(name: string): Promise<void>;
};

export function createScheduler(jobs: readonly ScheduledJob[], logger: Logger): Scheduler {
  const controller = new AbortController();
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<void>>();

  async function runJob(job: ScheduledJob): Promise<void> {
    const inProgress = running.get(job.name);
    if (inProgress) return inProgress;
    const started = performance.now();
    const promise = job
      .run(controller.signal)
      .then(() => {
        logger.debug({ job: job.name, ms: Math.round(performance.now() - started) }, 'job finished');
      })
      .catch((error: unknown) => {
        logger.error({ job: job.name, err: error }, 'job failed');
      })
      .finally(() => running.delete(job.name));
    running.set(job.name, promise);
    return promise;
  }

  return {
    start() {
      for (const job of jobs) {
        // Once now, then on the interval: an hourly job must not wait an hour after a start
        // (the retention review would leave "Review due" empty until then).
        void runJob(job);
        const timer = setInterval(() => void runJob(job), job.intervalMs);
        timer.unref();
        timers.push(timer);
      }
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      controller.abort();
      await Promise.all(running.values());
    },
    async runNow(name) {
      const job = jobs.find((candidate) => candidate.name === name);
      if (!job) throw new Error(`No job named ${name}`);
      await runJob(job);
    },
  };
}
