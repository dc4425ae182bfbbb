import type { Logger } from '../logging/logger.ts';

/**
 * Work started by a request that finishes after the response (e.g. a computation in a worker
 * thread whose result is stored for a later request). Failures are logged, never thrown at
 * the request that started them; `idle()` lets tests and shutdown wait for what is running.
 */
export type BackgroundTasks = {
  run(name: string, task: () => Promise<void>): void;
  idle(): Promise<void>;
};

export function createBackgroundTasks(logger: Logger): BackgroundTasks {
  const running = new Set<Promise<void>>();
  return {
    run(name, task) {
      const started = performance.now();
      const promise: Promise<void> = task()
        .then(() => {
          logger.info({ task: name, ms: Math.round(performance.now() - started) }, 'background task finished');
        })
        .catch((error: unknown) => {
          logger.error({ task: name, err: error }, 'background task failed');
        })
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
