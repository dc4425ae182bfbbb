import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { acquireDataDirLock } from '../../src/platform/db/data-dir-lock.ts';
import { DatabaseUnavailableError } from '../../src/platform/db/database-errors.ts';

// Issue 17, finding 5: after a crash the lock file stays behind, and its pid may later
// belong to an unrelated live process. The lock must tell that process from a real holder.

const children: ChildProcess[] = [];
after(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** An unrelated process, alive now. */
async function unrelatedProcess(): Promise<number> {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid ?? assert.fail('no pid');
}

test('a stale lock file (pid only, as older versions wrote) whose pid was reused does not block start-up', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-lock-'));
  const lockPath = join(dataDir, 'linebreak.pid');
  const anHourAgo = new Date(Date.now() - 3_600_000);
  writeFileSync(lockPath, String(await unrelatedProcess()));
  utimesSync(lockPath, anHourAgo, anHourAgo);
  const release = acquireDataDirLock(dataDir);
  assert.match(readFileSync(lockPath, 'utf8'), new RegExp(`"pid":${String(process.pid)}`));
  release();
});

test('a stale lock file naming a live process with another start time does not block start-up', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-lock-'));
  const pid = await unrelatedProcess();
  writeFileSync(join(dataDir, 'linebreak.pid'), JSON.stringify({ pid, started: 'an-earlier-boot:12345' }));
  const release = acquireDataDirLock(dataDir);
  release();
});

test('a live holder is still refused, whichever format its lock file has', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-lock-'));
  const script = `import { acquireDataDirLock } from ${JSON.stringify(new URL('../../src/platform/db/data-dir-lock.ts', import.meta.url).href)};
acquireDataDirLock(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 1000);`;
  const holder = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(holder);
  await new Promise<void>((resolve) => {
    holder.stdout.once('data', () => {
      resolve();
    });
  });
  assert.throws(
    () => acquireDataDirLock(dataDir),
    (error: unknown) => {
      assert.ok(error instanceof DatabaseUnavailableError);
      assert.match(error.message, new RegExp(`in use by process ${String(holder.pid)}`));
      return true;
    },
  );
  // A pid-only file written by a holder that is still running is refused too.
  writeFileSync(join(dataDir, 'linebreak.pid'), String(holder.pid));
  assert.throws(() => acquireDataDirLock(dataDir), /in use by process/);
});
