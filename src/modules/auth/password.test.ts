import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.ts';

test('short, common and decorated-common passwords are refused; long unusual ones pass', () => {
  assert.match(checkPasswordPolicy('short') ?? '', /at least 12/);
  assert.match(checkPasswordPolicy('password1234') ?? '', /too common/);
  assert.match(checkPasswordPolicy('Qwertyuiop123!') ?? '', /too common/);
  assert.match(checkPasswordPolicy('iloveyou2024!!') ?? '', /too common/);
  assert.equal(checkPasswordPolicy('limestone orchard quietly'), null);
});

test('a password containing the person’s name or email is refused', () => {
  assert.match(
    checkPasswordPolicy('margaret-is-great-99', {
      email: 'margaret.h@herts.police.uk',
      displayName: 'Margaret Hale',
    }) ?? '',
    /name or email/,
  );
});

test('hashes are argon2id and verify only the right password', async () => {
  const hash = await hashPassword('limestone orchard quietly');
  assert.match(hash, /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  assert.equal(await verifyPassword(hash, 'limestone orchard quietly'), true);
  assert.equal(await verifyPassword(hash, 'limestone orchard loudly'), false);
  assert.equal(await verifyPassword('not a hash', 'anything'), false);
});
