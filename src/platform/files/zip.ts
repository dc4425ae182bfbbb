import { unzipSync, zipSync, type Zippable } from 'fflate';

// ZIP archives through fflate (ADR 0023): several files in one download for an analyst, and
// archives such as the Neo4j POLE example read back. Names are UTF-8; folders are left out.

export type ZipEntry = { readonly name: string; readonly content: Buffer };

export function createZip(entries: readonly { name: string; content: string | Buffer }[], date = new Date()): Buffer {
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    files[entry.name] = [new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { level: 6, mtime: date }];
  }
  const zip = zipSync(files);
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}

export function readZip(zip: Buffer): ZipEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength));
  } catch (error) {
    throw new Error(`Not a readable ZIP archive: ${(error as Error).message}`, { cause: error });
  }
  return Object.entries(files)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, content]) => ({ name, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) }));
}
