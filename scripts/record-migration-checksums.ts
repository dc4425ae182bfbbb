// Records the SHA-256 of every migration in src/migrations/checksums.json. Run it once when a new
// migration lands (`node scripts/record-migration-checksums.ts`); existing entries are never
// rewritten, so an edited landed migration still fails test/migrations/landed-migrations.test.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const migrationsDir = resolve(import.meta.dirname, '..', 'src', 'migrations');
export const checksumsFile = join(migrationsDir, 'checksums.json');

export function migrationChecksums(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(migrationsDir)
    .filter((file) => file.endsWith('.ts'))
    .sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(migrationsDir, name)))
      .digest('hex');
  }
  return out;
}

export function recordedChecksums(): Record<string, string> {
  return JSON.parse(readFileSync(checksumsFile, 'utf8')) as Record<string, string>;
}

if (import.meta.main) {
  let recorded: Record<string, string> = {};
  try {
    recorded = recordedChecksums();
  } catch {
    // first run
  }
  const merged = { ...migrationChecksums(), ...recorded };
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(checksumsFile, `${JSON.stringify(sorted, null, 2)}\n`);
  process.stdout.write(`${Object.keys(sorted).length} migrations recorded in ${checksumsFile}\n`);
}
