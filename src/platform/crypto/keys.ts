import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Config } from '../../config/config.ts';

export type Keys = { readonly dataKey: Buffer; readonly receiptKey: Buffer };

/**
 * The keys that protect stored reports live outside the database, so a copy of the database
 * alone reveals nothing. Production takes them from the environment (a secret store); a
 * development or demo install generates them once into LINEBREAK_DATA_DIR/keys, beside the
 * embedded database folder, never inside it.
 */
export function loadKeys(config: Config): Keys {
  return {
    dataKey: resolveKey(config, config.dataKey, 'data.key'),
    receiptKey: resolveKey(config, config.receiptKey, 'receipt.key'),
  };
}

function resolveKey(config: Config, fromEnv: string | undefined, fileName: string): Buffer {
  if (fromEnv !== undefined) {
    return Buffer.from(fromEnv, 'base64');
  }
  if (config.env === 'production') {
    throw new Error(`${fileName} must come from the environment in production`);
  }
  const dir = resolve(config.dataDir, 'keys');
  const path = join(dir, fileName);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(path, 0o600);
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(`${path} does not hold a 32-byte base64 key`);
  }
  return key;
}

export function generateTestKeys(): Keys {
  return { dataKey: randomBytes(32), receiptKey: randomBytes(32) };
}
