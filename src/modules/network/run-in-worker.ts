import { Worker } from 'node:worker_threads';
import type { GraphTask, GraphTaskResult } from './graph-algorithms.ts';

const workerUrl = new URL('./graph-worker.ts', import.meta.url);

/** Runs one graph computation in its own worker thread, so the event loop keeps serving requests. */
export function runGraphTaskInWorker(task: GraphTask): Promise<GraphTaskResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: task,
      transferList: [task.sources.buffer, task.targets.buffer, task.weights.buffer] as ArrayBuffer[],
    });
    let settled = false;
    worker.once('message', (result: GraphTaskResult) => {
      settled = true;
      resolve(result);
    });
    worker.once('error', (error: Error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`graph worker exited with code ${String(code)}`));
    });
  });
}
