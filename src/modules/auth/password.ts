import { createRequire } from 'node:module';
import type * as LanguageCommon from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';

// argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes, 1 lane): about 50 ms
// here, slow enough to hurt an offline guesser and fast enough for a sign-in.
const hashOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordMinLength = 12;
const passwordMaxLength = 256;

const require = createRequire(import.meta.url);
function loadCommonPasswords(): readonly string[] {
  const { dictionary } = require('@zxcvbn-ts/language-common') as typeof LanguageCommon;
  return dictionary['passwords-common'];
}

// About 49,000 passwords seen most often in breaches (zxcvbn's list), lower-cased once.
let commonPasswords: ReadonlySet<string> | undefined;
function isCommonPassword(password: string): boolean {
  // Loaded when a password is first checked, not with every server (docs/adr/0049).
  commonPasswords ??= new Set(loadCommonPasswords().map((entry) => entry.toLowerCase()));
  const lower = password.toLowerCase();
  // "Password2024!" is "password" with decoration: strip trailing digits and symbols too.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return commonPasswords.has(lower) || (stem.length > 0 && commonPasswords.has(stem));
}

/**
 * NCSC guidance: length and a deny-list of common passwords, no composition rules. Returns
 * the problem to show the person, or null when the password may be used.
 */
export function checkPasswordPolicy(
  password: string,
  about: { email?: string; displayName?: string } = {},
): string | null {
  if (password.length < passwordMinLength) return `Use at least ${passwordMinLength} characters`;
  if (password.length > passwordMaxLength) return `Use at most ${passwordMaxLength} characters`;
  if (isCommonPassword(password)) return 'This password is too common: choose one that is hard to guess';
  const lower = password.toLowerCase();
  const personal = [about.email?.split('@')[0], ...(about.displayName?.split(/\s+/) ?? [])].filter(
    (part): part is string => part !== undefined && part.length >= 4,
  );
  if (personal.some((part) => lower.includes(part.toLowerCase()))) {
    return 'Do not use your name or email address in your password';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, hashOptions);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Checking a password against this when the account does not exist keeps the answer as
// slow as for a real account, so timing does not reveal which email addresses have one.
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= argon2.hash('linebreak-decoy-password-never-valid', hashOptions);
  await verifyPassword(await decoyHash, password);
  return false;
}
