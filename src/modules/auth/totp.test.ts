import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base32Decode, base32Encode, otpauthUri, totpCode, totpStep, verifyTotp } from './totp.ts';

// RFC 6238 appendix B (SHA-1 secret "12345678901234567890"), last six of the eight digits.
const rfcSecret = Buffer.from('12345678901234567890', 'ascii');

test('codes match the RFC 6238 test vectors', () => {
  const vectors: [number, string][] = [
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ];
  for (const [seconds, code] of vectors) {
    assert.equal(totpCode(rfcSecret, totpStep(new Date(seconds * 1000))), code, String(seconds));
  }
});

test('base32 round-trips and matches RFC 4648', () => {
  assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI');
  assert.deepEqual(base32Decode('mzxw 6ytb oi======'), Buffer.from('foobar'));
});

test('one step of drift either way is accepted, two is not, and a used step never again', () => {
  const now = new Date('2026-11-26T10:00:00Z');
  const step = totpStep(now);
  assert.equal(verifyTotp(rfcSecret, totpCode(rfcSecret, step - 1), now, null), step - 1);
  assert.equal(verifyTotp(rfcSecret, totpCode(rfcSecret, step + 1), now, null), step + 1);
  assert.equal(verifyTotp(rfcSecret, totpCode(rfcSecret, step - 2), now, null), null);
  assert.equal(verifyTotp(rfcSecret, totpCode(rfcSecret, step), now, step), null, 'reuse refused');
  assert.equal(verifyTotp(rfcSecret, totpCode(rfcSecret, step - 1), now, step), null, 'older codes refused too');
  assert.equal(verifyTotp(rfcSecret, 'abcdef', now, null), null);
});

test('the otpauth URI names the issuer and account', () => {
  const uri = otpauthUri({ issuer: 'Linebreak', accountName: 'ada@example.org', secret: rfcSecret });
  assert.match(
    uri,
    /^otpauth:\/\/totp\/Linebreak%3Aada%40example\.org\?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Linebreak/,
  );
});
