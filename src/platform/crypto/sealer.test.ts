import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { createSealer, SealedDataError } from './sealer.ts';

test('sealed text opens only with the same key and the same context', async () => {
  const key = randomBytes(32);
  const sealer = await createSealer(key);
  const sealed = sealer.seal('Visitors at 42 Hatfield Road all night', 'report:1:answers');
  assert.ok(!sealed.toString('latin1').includes('Hatfield'), 'the plaintext is not visible in the ciphertext');
  assert.equal(sealer.openText(sealed, 'report:1:answers'), 'Visitors at 42 Hatfield Road all night');
  assert.throws(() => sealer.open(sealed, 'report:2:answers'), SealedDataError);
  const other = await createSealer(randomBytes(32));
  assert.throws(() => other.open(sealed, 'report:1:answers'), SealedDataError);
});

test('a flipped bit is detected', async () => {
  const sealer = await createSealer(randomBytes(32));
  const sealed = sealer.seal('07700 900123', 'contact:9');
  sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
  assert.throws(() => sealer.open(sealed, 'contact:9'), SealedDataError);
});

test('the same plaintext seals differently each time (random nonce)', async () => {
  const sealer = await createSealer(randomBytes(32));
  assert.notDeepEqual(sealer.seal('same', 'c'), sealer.seal('same', 'c'));
});
