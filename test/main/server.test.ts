import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { loadConfig } from '../../src/config/config.ts';
import { startSystem } from '../../src/main/server.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';

const quietLogger = createLogger({
  level: 'silent',
  destination: new Writable({
    write: (_c, _e, cb) => {
      cb();
    },
  }),
});

test('both listeners start on the embedded database, finish requests in flight on stop, then close it', async () => {
  const config = loadConfig({
    LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-server-')),
    PUBLIC_PORT: '0',
    STAFF_PORT: '0',
  });
  let releaseSlowRequest = (): void => undefined;
  let signalArrival = (): void => undefined;
  const slowRequestArrived = new Promise<void>((arrived) => {
    signalArrival = arrived;
  });
  const system = await startSystem({
    config,
    logger: quietLogger,
    listeners: 'all',
    runJobs: true,
    beforeListen(app, listener) {
      if (listener !== 'public') return;
      app.get('/test-slow', async () => {
        signalArrival();
        await new Promise<void>((resolve) => {
          releaseSlowRequest = resolve;
        });
        return { finished: true };
      });
    },
  });
  const publicUrl = new URL(system.addresses.public ?? '');
  const staffUrl = new URL(system.addresses.staff ?? '');
  assert.equal((await fetch(new URL('/healthz', publicUrl))).status, 200);
  assert.equal((await fetch(new URL('/readyz', staffUrl))).status, 200);

  // A request still being handled when shutdown starts must get its answer.
  const answered = fetch(new URL('/test-slow', publicUrl)).then(async (response) => ({
    status: response.status,
    body: await response.json(),
  }));
  await slowRequestArrived;
  let stopped = false;
  const stopping = system.stop().then(() => {
    stopped = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(stopped, false, 'shutdown waits for the request in flight');
  releaseSlowRequest();
  assert.deepEqual(await answered, { status: 200, body: { finished: true } });
  await stopping;
  await assert.rejects(fetch(new URL('/healthz', publicUrl)), 'no longer listening');
  await assert.rejects(system.services.readiness(), 'the database is closed');
});

test('serving only the public site leaves the staff port closed', async () => {
  const config = loadConfig({ LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-public-')), PUBLIC_PORT: '0' });
  const system = await startSystem({ config, logger: quietLogger, listeners: 'public', runJobs: false });
  try {
    assert.ok(system.addresses.public);
    assert.equal(system.addresses.staff, undefined);
  } finally {
    await system.stop();
  }
});
