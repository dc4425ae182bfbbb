import { parentPort, workerData } from 'node:worker_threads';
import { runGraphTask, type GraphTask } from './graph-algorithms.ts';

// Entry point of a worker thread: runs one slow graph computation off the request path.
const result = runGraphTask(workerData as GraphTask);
parentPort?.postMessage(result);
