import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import {
  formatReceiptCode,
  generateReceiptCode,
  hashReceiptCode,
  normaliseReceiptCode,
  receiptBucket,
  sameHash,
} from './receipt.ts';

test('receipts are 16 random digits, every digit used in every position', () => {
  const codes = Array.from({ length: 2000 }, generateReceiptCode);
  for (const code of codes) assert.match(code, /^\d{16}$/);
  assert.equal(new Set(codes).size, codes.length);
  for (let position = 0; position < 16; position += 1) {
    const digits = new Set(codes.map((code) => code[position]));
    assert.equal(digits.size, 10, `position ${String(position)} uses every digit`);
  }
});

test('a receipt is read back however it was typed', () => {
  assert.equal(normaliseReceiptCode('1234 5678 9012 3456'), '1234567890123456');
  assert.equal(normaliseReceiptCode(' 1234-5678-9012-3456 '), '1234567890123456');
  assert.equal(normaliseReceiptCode('123456789012345'), undefined);
  assert.equal(normaliseReceiptCode('1234 5678 9012 345a'), undefined);
  assert.equal(formatReceiptCode('1234567890123456'), '1234 5678 9012 3456');
});

test('the stored hash needs the receipt key: the same code under another key hashes differently', () => {
  const key = randomBytes(32);
  const code = '0123456789012345';
  const hash = hashReceiptCode(key, code);
  assert.equal(hash.length, 32);
  assert.ok(sameHash(hash, hashReceiptCode(key, code)));
  assert.ok(!sameHash(hash, hashReceiptCode(randomBytes(32), code)));
  assert.ok(!sameHash(hash, hashReceiptCode(key, '0123456789012346')));
  assert.ok(!hash.toString('hex').includes(code), 'the hash does not contain the code');
});

test('codes that share their first six digits share a lockout bucket', () => {
  const key = randomBytes(32);
  assert.ok(sameHash(receiptBucket(key, '1234560000000000'), receiptBucket(key, '1234569999999999')));
  assert.ok(!sameHash(receiptBucket(key, '1234560000000000'), receiptBucket(key, '1234570000000000')));
  assert.ok(!sameHash(receiptBucket(key, '1234560000000000'), hashReceiptCode(key, '1234560000000000')));
});
