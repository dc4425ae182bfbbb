// The import graph between business modules (src/modules/*), read from the source text.
// `node scripts/module-graph.ts` prints imports of another module's internals and run-time cycles;
// test/architecture/module-boundaries.test.ts fails on either.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type ModuleImport = {
  from: string; // file, relative to the repository root
  fromModule: string;
  target: string; // resolved file, relative to the repository root
  toModule: string;
  typeOnly: boolean;
};

const repositoryRoot = resolve(import.meta.dirname, '..');

/** Every .ts file below a folder. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, across lines.
const importPattern =
  /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function moduleOf(root: string, file: string): string | null {
  const rel = relative(join(root, 'src', 'modules'), file);
  if (rel.startsWith('..')) return null;
  return rel.split(sep)[0] ?? null;
}

function resolveSpecifier(root: string, fromFile: string, specifier: string): string | null {
  if (specifier.startsWith('#src/')) return join(root, 'src', specifier.slice('#src/'.length));
  if (specifier.startsWith('.')) return resolve(dirname(fromFile), specifier);
  return null;
}

/** Every import in src/ that lands in a business module other than the importing file's own. */
export function crossModuleImports(options: { includeTests: boolean; root?: string }): ModuleImport[] {
  const root = options.root ?? repositoryRoot;
  const out: ModuleImport[] = [];
  for (const file of filesUnder(join(root, 'src'))) {
    if (!options.includeTests && file.endsWith('.test.ts')) continue;
    const fromModule = moduleOf(root, file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[3] ?? match[4];
      if (specifier === undefined) continue;
      const target = resolveSpecifier(root, file, specifier);
      if (target === null) continue;
      const toModule = moduleOf(root, target);
      if (toModule === null || toModule === fromModule) continue;
      out.push({
        from: relative(root, file),
        fromModule: fromModule ?? relative(root, file),
        target: relative(root, target),
        toModule,
        typeOnly: match[2] !== undefined || /^\s*import\s+type\s/.test(match[0].replace(/^[\n;]/, '')),
      });
    }
  }
  return out;
}

/**
 * An import is of the public face when it names the module folder's index.ts. The one exception:
 * platform/db/database.ts assembles the Database type from the modules' table types (type-only).
 */
export function isInternal(imp: ModuleImport): boolean {
  const schemaAssembly =
    imp.from === join('src', 'platform', 'db', 'database.ts') && imp.typeOnly && imp.target.endsWith('.table.ts');
  return !schemaAssembly && imp.target !== join('src', 'modules', imp.toModule, 'index.ts');
}

/** Strongly connected groups of more than one module over run-time (not type-only) imports. */
export function moduleCycles(imports: ModuleImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const imp of imports) {
    if (imp.typeOnly || !/^[a-z-]+$/.test(imp.fromModule)) continue;
    let set = edges.get(imp.fromModule);
    if (set === undefined) edges.set(imp.fromModule, (set = new Set()));
    set.add(imp.toModule);
  }
  // Tarjan's algorithm.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, indices.get(next) ?? 0));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) visit(node);
  return groups;
}

/** Tables named in Kysely calls, per module, from files outside src/migrations. */
export function tablesByModule(root = repositoryRoot): Map<string, Set<string>> {
  const tablePattern =
    /\.(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|with)\(\s*['"]([a-z_]+)(?:\s+as\s+\w+)?['"]/g;
  // Raw SQL: a known table after from/join/update/into.
  const known = new Set(
    [...readFileSync(join(root, 'src', 'platform', 'db', 'database.ts'), 'utf8').matchAll(/^ {2}([a-z_]+): /gm)].map(
      (match) => match[1],
    ),
  );
  const rawPattern = /\b(?:from|join|update|into)\s+([a-z_]+)\b/gi;
  const byTable = new Map<string, Set<string>>();
  for (const file of filesUnder(join(root, 'src'))) {
    if (file.endsWith('.test.ts')) continue;
    const mod = moduleOf(root, file);
    if (mod === null) continue;
    const text = readFileSync(file, 'utf8');
    const raw = [...text.matchAll(rawPattern)].filter((match) => known.has(match[1]));
    for (const match of [...text.matchAll(tablePattern), ...raw]) {
      const table = match[1];
      if (table === undefined) continue;
      let set = byTable.get(table);
      if (set === undefined) byTable.set(table, (set = new Set()));
      set.add(mod);
    }
  }
  return byTable;
}

if (import.meta.main) {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const modulesDir = join(repositoryRoot, 'src', 'modules');
  const imports = crossModuleImports({ includeTests: false });
  const internal = imports.filter(isInternal);
  const withTests = crossModuleImports({ includeTests: true }).filter(isInternal);
  const modules = readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory());
  const withIndex = modules.filter((name) => {
    try {
      return statSync(join(modulesDir, name, 'index.ts')).isFile();
    } catch {
      return false;
    }
  });
  print(`modules: ${modules.length}, with index.ts: ${withIndex.length}`);
  print(`imports between modules (non-test): ${imports.length}, of internals: ${internal.length}`);
  print(`imports of internals including tests in src: ${withTests.length}`);
  for (const imp of process.argv.includes('--list') ? internal : []) print(`  ${imp.from} -> ${imp.target}`);
  print(`run-time cycles: ${JSON.stringify(moduleCycles(imports))}`);
  const shared = [...tablesByModule()].filter(([, mods]) => mods.size > 1);
  print(`tables queried from more than one module: ${shared.length} of ${tablesByModule().size}`);
  for (const [table, mods] of shared.sort((a, b) => b[1].size - a[1].size)) {
    print(`  ${table}: ${[...mods].sort().join(', ')}`);
  }
}
