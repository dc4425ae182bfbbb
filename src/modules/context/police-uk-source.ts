import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readZip } from '../../platform/files/zip.ts';
import { kindOfFile, type PoliceUkKind } from './police-uk-format.ts';
import type { RowProblem } from './police-uk-validate.ts';

// What `import-police-uk PATH` reads: a folder (searched to any depth) or a .zip as downloaded
// from data.police.uk. Files are taken by their data.police.uk names; anything else is listed as
// skipped. A ZIP that cannot be read (cut off, corrupt) is a problem, not an empty import.

export type SourceFile = { readonly name: string; readonly kind: PoliceUkKind; readonly text: string };
export type PoliceUkSource = { files: SourceFile[]; skipped: string[]; problems: RowProblem[] };

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function collect(entries: readonly { name: string; read: () => Buffer }[]): PoliceUkSource {
  const source: PoliceUkSource = { files: [], skipped: [], problems: [] };
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const kind = kindOfFile(entry.name);
    if (kind === null) source.skipped.push(entry.name);
    else source.files.push({ name: entry.name, kind, text: entry.read().toString('utf8') });
  }
  return source;
}

export function readPoliceUkSource(path: string): PoliceUkSource {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { files: [], skipped: [], problems: [{ file: path, line: 0, column: '(path)', reason: 'does not exist' }] };
  }
  if (stat.isDirectory()) {
    return collect(walk(path).map((file) => ({ name: relative(path, file), read: () => readFileSync(file) })));
  }
  if (!/\.zip$/i.test(path)) {
    const kind = kindOfFile(path);
    if (kind === null) {
      return {
        files: [],
        skipped: [path],
        problems: [
          { file: path, line: 0, column: '(path)', reason: 'is not a folder, a .zip or a data.police.uk CSV' },
        ],
      };
    }
    return collect([{ name: path, read: () => readFileSync(path) }]);
  }
  try {
    return collect(readZip(readFileSync(path)).map((entry) => ({ name: entry.name, read: () => entry.content })));
  } catch (error) {
    return {
      files: [],
      skipped: [],
      problems: [{ file: path, line: 0, column: '(zip)', reason: `cannot be read: ${(error as Error).message}` }],
    };
  }
}
