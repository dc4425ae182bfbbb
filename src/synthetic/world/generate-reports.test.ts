import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateReports } from './generate-reports.ts';
import { buildWorld, generateWorld } from './generate-world.ts';

test('the stream yields the same reports as generateWorld, lazily', () => {
  const options = { seed: 3, reports: 200 };
  const whole = generateWorld(options);
  const streamed = [...generateReports(buildWorld(options), 200)].map((g) => g.report);
  assert.deepEqual(streamed, whole.reports);
  // Asking for a million and taking five does no work for the rest.
  const started = performance.now();
  const first: string[] = [];
  for (const { report } of generateReports(whole.world, 1_000_000)) {
    first.push(report.id);
    if (first.length === 5) break;
  }
  assert.equal(first.length, 5);
  assert.ok(performance.now() - started < 2000);
});

test('100,000 reports stream in reasonable time and memory', (t) => {
  const world = buildWorld({ seed: 100, reports: 100_000 });
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let count = 0;
  let noise = 0;
  let peakHeap = heapBefore;
  for (const { truth } of generateReports(world, 100_000)) {
    count++;
    if (truth.noise) noise++;
    if (count % 10_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const growthMb = (peakHeap - heapBefore) / 1e6;
  t.diagnostic(
    `100,000 reports in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU); heap grew at most ${growthMb.toFixed(0)} MB`,
  );
  assert.equal(count, 100_000);
  assert.ok(noise / count > 0.15);
  // CPU time, not wall time, so a busy CI machine does not make the test flaky.
  assert.ok(cpuSeconds < 60, `took ${cpuSeconds.toFixed(1)} s of CPU`);
  // Holding 100,000 reports would need several hundred MB; streaming keeps only garbage.
  assert.ok(growthMb < 250, `heap grew ${growthMb.toFixed(0)} MB`);
});
