import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ConfigError, configVariables, loadConfig } from './config.ts';

test('defaults give the embedded database and both listeners on localhost', () => {
  const config = loadConfig({});
  assert.equal(config.env, 'development');
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.dataDir, './data');
  assert.deepEqual(config.publicListener, { host: '127.0.0.1', port: 3000, baseUrl: 'http://127.0.0.1:3000' });
  assert.deepEqual(config.staffListener, { host: '127.0.0.1', port: 3001, baseUrl: 'http://127.0.0.1:3001' });
  assert.ok(Object.isFrozen(config));
});

test('every problem is reported at once, naming the variable', () => {
  assert.throws(
    () => loadConfig({ PUBLIC_PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 3);
      assert.match(error.message, /PUBLIC_PORT must be a port number/);
      assert.match(error.message, /DATABASE_URL must start with postgres/);
      assert.match(error.message, /LOG_LEVEL/);
      return true;
    },
  );
});

test('production requires PostgreSQL and keys from the environment', () => {
  assert.throws(
    () => loadConfig({ LINEBREAK_ENV: 'production' }),
    /DATABASE_URL is required.*LINEBREAK_DATA_KEY is required.*LINEBREAK_RECEIPT_KEY is required/,
  );
  const key = Buffer.alloc(32, 7).toString('base64');
  const config = loadConfig({
    LINEBREAK_ENV: 'production',
    DATABASE_URL: 'postgres://db/linebreak',
    LINEBREAK_DATA_KEY: key,
    LINEBREAK_RECEIPT_KEY: key,
  });
  assert.equal(config.databaseUrl, 'postgres://db/linebreak');
});

test('a key that is not 32 bytes is refused', () => {
  assert.throws(() => loadConfig({ LINEBREAK_DATA_KEY: 'c2hvcnQ=' }), /LINEBREAK_DATA_KEY must be 32 bytes/);
});

test('README documents every configuration variable', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const name of Object.keys(configVariables)) {
    assert.match(readme, new RegExp(`\\| \`${name}\` \\|`), `README.md has no table row for ${name}`);
  }
});

test('review periods for retention: defaults, per-category pairs, and unknown categories refused', () => {
  assert.deepEqual(loadConfig({}).retention, {
    defaultDays: 365,
    safeguardingDays: 2190,
    byCategory: { drug_use: 180 },
  });
  const config = loadConfig({
    REVIEW_AFTER_DAYS: '400',
    REVIEW_AFTER_DAYS_SAFEGUARDING: '3000',
    REVIEW_AFTER_DAYS_BY_CATEGORY: 'drug_use=90, vehicle=200',
  });
  assert.deepEqual(config.retention, {
    defaultDays: 400,
    safeguardingDays: 3000,
    byCategory: { drug_use: 90, vehicle: 200 },
  });
  assert.throws(
    () => loadConfig({ REVIEW_AFTER_DAYS_BY_CATEGORY: 'parking=30' }),
    /names a category that does not exist/,
  );
  assert.throws(() => loadConfig({ REVIEW_AFTER_DAYS_BY_CATEGORY: 'drug_use:30' }), /category=days pairs/);
  assert.throws(() => loadConfig({ REVIEW_AFTER_DAYS: '0' }), /REVIEW_AFTER_DAYS/);
});
