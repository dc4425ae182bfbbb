import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger } from '../logging/logger.ts';
import { createScheduler, type ScheduledJob } from './scheduler.ts';

const quiet = createLogger({ level: 'silent' });

function countingJob(intervalMs: number): ScheduledJob & { runs: number } {
  const job = {
    name: 'counting',
    intervalMs,
    runs: 0,
    run() {
      job.runs += 1;
      return Promise.resolve();
    },
  };
  return job;
}

// An hourly job (the retention review that fills "Review due") must not leave its list empty
// for the first hour after a start: every job runs once as soon as the scheduler starts.
test('start runs every job once at once, then on its interval', async () => {
  const job = countingJob(60 * 60_000);
  const scheduler = createScheduler([job], quiet);
  scheduler.start();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(job.runs, 1, 'ran at start, without waiting an hour');
  await scheduler.stop();
  assert.equal(job.runs, 1);
});

test('the run at start and the interval never overlap, and stop waits for a run in progress', async () => {
  let release: () => void = () => undefined;
  let runs = 0;
  const slow: ScheduledJob = {
    name: 'slow',
    intervalMs: 5,
    run: () => {
      runs += 1;
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    },
  };
  const scheduler = createScheduler([slow], quiet);
  scheduler.start();
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(runs, 1, 'the interval does not start a second run while the first is in progress');
  const stopped = scheduler.stop();
  release();
  await stopped;
});
