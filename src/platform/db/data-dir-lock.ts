import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseUnavailableError } from './database-errors.ts';

// PGlite is one process's private database: two processes writing the same folder would
// corrupt it. A lock file turns that mistake into a clear error instead. It names the
// holder by pid and by the process's start time (boot id and start tick, from /proc), so a
// file left by a crash is not mistaken for a live holder when the pid has since been given
// to another process. Older files hold only a pid: their holder must have started before
// the file was written.
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'linebreak.pid');
  const mine = JSON.stringify({ pid: process.pid, started: processStart(process.pid) ?? null });
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeFileSync(lockPath, mine, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = liveHolder(lockPath);
      if (holder !== undefined) throw inUse(dataDir, String(holder));
      if (attempt > 0) throw inUse(dataDir, 'another process starting at the same time');
      // Stale: remove it and try once more; of two starters racing here, one wins.
      rmSync(lockPath, { force: true });
    }
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    rmSync(lockPath, { force: true });
  };
}

function inUse(dataDir: string, holder: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `The embedded database in ${dataDir} is in use by process ${holder}: stop it first, or use another LINEBREAK_DATA_DIR`,
  );
}

/** The pid of the process holding the lock, if it is still running; undefined if stale. */
function liveHolder(lockPath: string): number | undefined {
  let text: string;
  let writtenAt: number;
  try {
    text = readFileSync(lockPath, 'utf8');
    writtenAt = statSync(lockPath).mtimeMs;
  } catch {
    return undefined;
  }
  const { pid, started } = parseLock(text);
  if (pid === undefined || pid === process.pid || !isAlive(pid)) return undefined;
  const now = processStart(pid);
  if (now === undefined) return pid; // No /proc (not Linux): a live pid is all we can know.
  if (started !== undefined) return started === now ? pid : undefined;
  const startedAtMs = processStartMs(pid);
  // A pid-only file: a process that started after the file was written cannot hold it.
  return startedAtMs !== undefined && startedAtMs > writtenAt + 1000 ? undefined : pid;
}

function parseLock(text: string): { pid: number | undefined; started: string | undefined } {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), started: undefined };
  try {
    const value = JSON.parse(trimmed) as { pid?: unknown; started?: unknown };
    return {
      pid: typeof value.pid === 'number' && Number.isInteger(value.pid) ? value.pid : undefined,
      started: typeof value.started === 'string' ? value.started : undefined,
    };
  } catch {
    return { pid: undefined, started: undefined };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat: start time in clock ticks since boot. */
function startTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

/** "boot id:start tick": different for every process ever started on this machine. */
function processStart(pid: number): string | undefined {
  const ticks = startTicks(pid);
  if (ticks === undefined) return undefined;
  try {
    return `${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}:${String(ticks)}`;
  } catch {
    return undefined;
  }
}

/** When the process started, in ms since the epoch (USER_HZ is 100 on Linux). */
function processStartMs(pid: number): number | undefined {
  const ticks = startTicks(pid);
  if (ticks === undefined) return undefined;
  try {
    const bootTime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    return bootTime === undefined ? undefined : Number(bootTime) * 1000 + ticks * 10;
  } catch {
    return undefined;
  }
}
