import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The chain head at one moment, signed, kept outside the database. */
export type AuditCheckpoint = { readonly seq: bigint; readonly hash: string; readonly at: string };

export type CheckpointLog = ReturnType<typeof createCheckpointLog>;

// A checkpoint is one JSON line appended to a file the operator ships off the server (like
// the logs): {"seq":"123","hash":"…","at":"…","mac":"…"}. The MAC is keyed from the data key,
// which lives outside the database, so someone who can rewrite the database cannot write a
// checkpoint that matches a shortened chain. Verify compares the chain with the latest line.
export function createCheckpointLog(options: { path: string; dataKey: Uint8Array }) {
  const key = Buffer.from(hkdfSync('sha256', options.dataKey, new Uint8Array(0), 'linebreak audit checkpoint', 32));
  const mac = (seq: string, hash: string, at: string) =>
    createHmac('sha256', key).update(`${seq}\n${hash}\n${at}`).digest('hex');

  return {
    path: options.path,

    /** Appends a signed checkpoint and flushes it to disk before returning. */
    append(head: { seq: bigint; hash: string }, at: Date): AuditCheckpoint {
      const checkpoint = { seq: head.seq, hash: head.hash, at: at.toISOString() };
      const seq = head.seq.toString();
      const line = JSON.stringify({ seq, hash: head.hash, at: checkpoint.at, mac: mac(seq, head.hash, checkpoint.at) });
      mkdirSync(dirname(options.path), { recursive: true });
      const fd = openSync(options.path, 'a', 0o600);
      try {
        writeSync(fd, `${line}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return checkpoint;
    },

    /**
     * The latest correctly signed checkpoint (none if the file does not exist yet), and a
     * problem for every line that is not one: a forged or edited line is reported, not used.
     */
    latest(): { checkpoint: AuditCheckpoint | undefined; problems: string[] } {
      if (!existsSync(options.path)) return { checkpoint: undefined, problems: [] };
      const problems: string[] = [];
      let checkpoint: AuditCheckpoint | undefined;
      const lines = readFileSync(options.path, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        const parsed = parseLine(line);
        if (
          !parsed ||
          !timingSafeEqual(Buffer.from(parsed.mac, 'hex'), Buffer.from(mac(parsed.seq, parsed.hash, parsed.at), 'hex'))
        ) {
          problems.push(`checkpoint line ${String(index + 1)} of ${options.path} is not correctly signed`);
          return;
        }
        checkpoint = { seq: BigInt(parsed.seq), hash: parsed.hash, at: parsed.at };
      });
      return { checkpoint, problems };
    },
  };
}

function parseLine(line: string): { seq: string; hash: string; at: string; mac: string } | undefined {
  try {
    const value = JSON.parse(line) as Record<string, unknown>;
    const { seq, hash, at, mac } = value;
    if (typeof seq !== 'string' || !/^\d{1,19}$/.test(seq)) return undefined;
    if (typeof hash !== 'string' || typeof at !== 'string' || typeof mac !== 'string') return undefined;
    if (!/^[0-9a-f]{64}$/.test(mac)) return undefined;
    return { seq, hash, at, mac };
  } catch {
    return undefined;
  }
}
