import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/config.ts';
import { demoCodeCommand } from '../../src/main/commands/demo-code.command.ts';
import { startSystem } from '../../src/main/server.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import {
  createDemoAccounts,
  currentDemoCode,
  demoAccountRoles,
  demoTreatmentServiceEmail,
  parseDemoAccounts,
} from '../../src/synthetic/demo/demo-accounts.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { staffClient } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const quietLogger = createLogger({
  level: 'silent',
  destination: new Writable({
    write: (_c, _e, cb) => {
      cb();
    },
  }),
});

describe('demo staff accounts', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let dataDir: string;
  let file: string;

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    dataDir = mkdtempSync(join(tmpdir(), 'lb-demo-accounts-'));
    file = (await createDemoAccounts(system.services, dataDir)).file;
    system.clock.advance(60_000); // past the step whose code completed setup
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('one account per role and the treatment service’s, each with its own random password and secret, in a file only its owner can read', () => {
    assert.equal(file, join(dataDir, 'demo-accounts.txt'));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const accounts = parseDemoAccounts(readFileSync(file, 'utf8'));
    assert.deepEqual(
      accounts.map((account) => account.role),
      [...demoAccountRoles, 'partner_agency'],
    );
    assert.equal(accounts.at(-1)?.email, demoTreatmentServiceEmail);
    assert.equal(new Set(accounts.map((account) => account.password)).size, accounts.length);
    assert.equal(new Set(accounts.map((account) => account.totpSecret)).size, accounts.length);
    for (const account of accounts) {
      assert.ok(account.password.length >= 24);
      assert.match(account.otpauthUri, /^otpauth:\/\/totp\//);
    }
  });

  test('an account signs in with its password and then its authenticator code, never the password alone', async () => {
    const analyst = parseDemoAccounts(readFileSync(file, 'utf8')).find((a) => a.role === 'intelligence_analyst');
    assert.ok(analyst);
    const browser = staffClient(app);
    await browser.request({ method: 'GET', url: '/api/auth/session' });
    const password = await browser.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: analyst.email, password: analyst.password },
    });
    assert.equal(password.statusCode, 200, password.body);
    assert.deepEqual(password.json<{ methods: string[] }>().methods, ['totp']);
    assert.equal((await browser.request({ method: 'GET', url: '/api/account' })).statusCode, 401);
    const code = await browser.request({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code: currentDemoCode(analyst, system.clock) },
    });
    assert.equal(code.statusCode, 200, code.body);
    assert.equal((await browser.request({ method: 'GET', url: '/api/account' })).statusCode, 200);
  });

  test('linebreak demo-code prints the code an authenticator app would show now', async () => {
    const stdout = new PassThrough();
    const exit = await demoCodeCommand.run(
      { values: {}, positionals: ['officer'] },
      { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: { LINEBREAK_DATA_DIR: dataDir } },
    );
    assert.equal(exit, 0);
    assert.match(String(stdout.read()), /^\d{6}\n$/);
  });
});

test('a new embedded development database gets demo accounts once; a test or existing database never does', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-demo-start-'));
  const config = loadConfig({ LINEBREAK_DATA_DIR: dataDir, PUBLIC_PORT: '0', STAFF_PORT: '0' });
  const first = await startSystem({ config, logger: quietLogger, listeners: 'staff', runJobs: false, loadDemo: true });
  try {
    assert.equal(first.demoAccountsFile, join(dataDir, 'demo-accounts.txt'));
    assert.ok(first.demoReports > 0);
  } finally {
    await first.stop();
  }
  const again = await startSystem({ config, logger: quietLogger, listeners: 'staff', runJobs: false, loadDemo: true });
  try {
    assert.equal(again.demoAccountsFile, undefined, 'an existing database is left alone');
  } finally {
    await again.stop();
  }
  const testDir = mkdtempSync(join(tmpdir(), 'lb-demo-test-env-'));
  const testEnv = await startSystem({
    config: loadConfig({ LINEBREAK_ENV: 'test', LINEBREAK_DATA_DIR: testDir, STAFF_PORT: '0' }),
    logger: quietLogger,
    listeners: 'staff',
    runJobs: false,
    loadDemo: true,
  });
  try {
    assert.equal(testEnv.demoAccountsFile, undefined);
    assert.equal(existsSync(join(testDir, 'demo-accounts.txt')), false);
  } finally {
    await testEnv.stop();
  }
});
