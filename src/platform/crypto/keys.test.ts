import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../config/config.ts';
import { loadKeys } from './keys.ts';

test('development keys are generated once, outside the database folder, readable only by the owner', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-keys-'));
  const config = loadConfig({ LINEBREAK_DATA_DIR: dataDir });
  const first = loadKeys(config);
  const second = loadKeys(config);
  assert.equal(first.dataKey.length, 32);
  assert.deepEqual(first.dataKey, second.dataKey, 'the same key is read back on the next start');
  assert.notDeepEqual(first.dataKey, first.receiptKey);
  const keyFile = join(dataDir, 'keys', 'data.key');
  assert.equal(statSync(keyFile).mode & 0o777, 0o600);
  assert.equal(Buffer.from(readFileSync(keyFile, 'utf8'), 'base64').length, 32);
});

test('keys given in the environment are used as they are', () => {
  const key = Buffer.alloc(32, 3);
  const keys = loadKeys(
    loadConfig({ LINEBREAK_DATA_KEY: key.toString('base64'), LINEBREAK_RECEIPT_KEY: key.toString('base64') }),
  );
  assert.deepEqual(keys.dataKey, key);
});
