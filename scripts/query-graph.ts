// Where SQL is written, read from the source text (issue 13, item 2). Each table belongs to the one
// module (or platform folder) whose `*.table.ts` declares its type in platform/db/database.ts; only
// that module's `*.repository.ts` files may query it, and no query call may sit outside a
// repository. `node scripts/query-graph.ts` prints both; test/architecture/query-ownership.test.ts
// fails on either. Another module reads a table through its owner's index.ts: a batch lookup by
// ids, or a typed sub-query the owner builds and the caller joins (ADR 0037).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { filesUnder } from './module-graph.ts';

const repositoryRoot = resolve(import.meta.dirname, '..');

/**
 * Files that may run queries although they are not repositories, each with its reason. Paths are
 * relative to the repository root.
 */
export const queryAllowList: ReadonlyMap<string, string> = new Map([
  [
    join('src', 'platform', 'db', 'app-role.ts'),
    'platform: creates the least-privilege application role and its grants (DDL, no table of a module)',
  ],
  [
    join('src', 'platform', 'db', 'backup.ts'),
    'platform: the backup reads every table of the schema by name to count and copy it',
  ],
  [join('src', 'main', 'services.ts'), "composition root: the readiness probe's `select 1` touches no table"],
]);

/** The calls that run SQL: Kysely's query builders, the `sql` template, and a raw executeQuery. */
const queryCallPattern =
  /\.(?:selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|executeQuery)\(|\bsql(?:<[^`>]*(?:<[^`>]*>[^`>]*)*>)?`/g;

/** Kysely calls that name a table as their first argument. */
const tableCallPattern =
  /\.(?:selectFrom|insertInto|replaceInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|using)\(\s*['"]([a-z_]+)(?:\s+as\s+\w+)?['"]/g;

/** A known table after from/join/update/into inside a `sql` template. */
const rawTablePattern = /\b(?:from|join|update|into|table)\s+([a-z_]+)\b/gi;

/** The source with comments blanked (line and block), keeping offsets and strings. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/[^\n]*/g, (match, lead: string | undefined) =>
    lead === undefined ? ' '.repeat(match.length) : lead + ' '.repeat(match.length - lead.length),
  );
}

/** The text of each `sql` template literal (its static parts and interpolations). */
function sqlTemplates(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\bsql(?:<[^`>]*(?:<[^`>]*>[^`>]*)*>)?`/g)) {
    let i = match.index + match[0].length;
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '$' && text[i + 1] === '{') {
        depth++;
        i++;
      } else if (c === '}' && depth > 0) depth--;
      else if (c === '`' && depth === 0) break;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

/** The owner of a source file: its module (`reports`), or its folder under src (`platform/db`, `main`). */
export function ownerOf(root: string, file: string): string {
  const parts = relative(join(root, 'src'), file).split(sep);
  if (parts[0] === 'modules' && parts.length > 2) return parts[1] ?? '';
  if (parts[0] === 'platform' && parts.length > 2) return `platform/${parts[1] ?? ''}`;
  return parts.length > 1 ? (parts[0] ?? '') : relative(root, file);
}

/** Each table of the Database type and its owner, from the `*.table.ts` file that declares its type. */
export function tableOwners(root = repositoryRoot): Map<string, string> {
  const databaseFile = join(root, 'src', 'platform', 'db', 'database.ts');
  const text = readFileSync(databaseFile, 'utf8');
  const typeOwner = new Map<string, string>();
  for (const match of text.matchAll(/import\s+type\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const owner = ownerOf(root, resolve(dirname(databaseFile), match[2] ?? ''));
    for (const name of (match[1] ?? '').split(',')) if (name.trim() !== '') typeOwner.set(name.trim(), owner);
  }
  const owners = new Map<string, string>();
  const body = text.slice(text.indexOf('export type Database'));
  for (const match of body.matchAll(/^ {2}([a-z_]+): (\w+);/gm)) {
    const owner = typeOwner.get(match[2] ?? '');
    if (match[1] !== undefined && owner !== undefined) owners.set(match[1], owner);
  }
  return owners;
}

export type FileQueries = {
  readonly file: string; // relative to the repository root
  readonly owner: string;
  readonly calls: number; // query calls (Kysely builders, sql templates, executeQuery)
  readonly tables: ReadonlySet<string>;
};

/** Query calls and the tables they name, per non-test file under src/ outside src/migrations. */
export function queriesByFile(root = repositoryRoot): FileQueries[] {
  const known = tableOwners(root);
  const out: FileQueries[] = [];
  for (const file of filesUnder(join(root, 'src'))) {
    if (file.endsWith('.test.ts') || relative(join(root, 'src'), file).startsWith(`migrations${sep}`)) continue;
    const text = withoutComments(readFileSync(file, 'utf8'));
    const calls = [...text.matchAll(queryCallPattern)].length;
    const tables = new Set<string>();
    for (const match of text.matchAll(tableCallPattern)) if (match[1] !== undefined) tables.add(match[1]);
    for (const template of sqlTemplates(text)) {
      for (const match of template.matchAll(rawTablePattern)) {
        const name = match[1]?.toLowerCase();
        if (name !== undefined && known.has(name)) tables.add(name);
      }
    }
    if (calls > 0 || tables.size > 0) {
      out.push({ file: relative(root, file), owner: ownerOf(root, file), calls, tables });
    }
  }
  return out;
}

const isRepository = (file: string) => file.endsWith('.repository.ts');

/** Files with query calls that are neither repositories nor on the allow-list. */
export function queriesOutsideRepositories(root = repositoryRoot): string[] {
  return queriesByFile(root)
    .filter((q) => q.calls > 0 && !isRepository(q.file) && !queryAllowList.has(q.file))
    .map((q) => `${q.file}: ${q.calls}`);
}

/** `table <- file` for each table a file queries that its module (or platform folder) does not own. */
export function tablesQueriedByNonOwners(root = repositoryRoot): string[] {
  const owners = tableOwners(root);
  const out: string[] = [];
  for (const q of queriesByFile(root)) {
    if (queryAllowList.has(q.file) && !q.file.includes(`${sep}modules${sep}`)) continue; // platform/main plumbing
    for (const table of q.tables) {
      const owner = owners.get(table);
      if (owner !== q.owner) out.push(`${table} <- ${q.file}`);
    }
  }
  return out.sort();
}

if (import.meta.main) {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const root = process.argv[2] ?? repositoryRoot;
  const outside = queriesOutsideRepositories(root);
  const foreign = tablesQueriedByNonOwners(root);
  print(`query calls outside repositories (not allow-listed): ${outside.length} files`);
  for (const line of outside) print(`  ${line}`);
  print(`tables queried by a module that does not own them: ${foreign.length}`);
  const owners = tableOwners(root);
  for (const line of foreign) print(`  ${line} (owner: ${owners.get(line.split(' ')[0] ?? '') ?? 'none'})`);
  print('allow-listed:');
  for (const [file, reason] of queryAllowList) print(`  ${file}: ${reason}`);
}
