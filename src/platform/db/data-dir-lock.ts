import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseUnavailableError } from './database-errors.ts';

// PGlite is one process's private database: two processes writing the same folder would
// corrupt it. A pid file turns that mistake into a clear error instead.
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'linebreak.pid');
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new DatabaseUnavailableError(
        `The embedded database in ${dataDir} is in use by process ${String(holder)}: stop it first, or use another LINEBREAK_DATA_DIR`,
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    rmSync(lockPath, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
