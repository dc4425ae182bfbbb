import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { withoutComments } from '../../scripts/query-graph.ts';
import { categoryLabels, entityKindLabels, sourceEvaluationLabels } from '../../src/labels/index.ts';

// Labels for codes live in one place both sides use (ADR 0037): the staff web app may import
// from src/ only src/labels/index.ts, and what that entry reaches at run time is pure.

const root = resolve(import.meta.dirname, '..', '..');
const sharedEntry = join(root, 'src', 'labels', 'index.ts');

/** The .ts and .tsx files under a folder. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every import and re-export specifier of a file, with whether it is for types only. */
function specifiers(file: string): { spec: string; typeOnly: boolean }[] {
  const text = withoutComments(readFileSync(file, 'utf8'));
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(/\b(import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/g)) {
    out.push({ spec: match[3] ?? '', typeOnly: match[2] !== undefined });
  }
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    out.push({ spec: match[1] ?? '', typeOnly: false });
  }
  return out;
}

/** Files under web/src that import from the server's src/ anything but the shared labels entry. */
function webImportsOfServer(repositoryRoot: string): string[] {
  const web = join(repositoryRoot, 'web', 'src');
  const out: string[] = [];
  for (const file of sourcesUnder(web)) {
    for (const { spec } of specifiers(file)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(join(repositoryRoot, 'src') + sep)) continue;
      if (target !== join(repositoryRoot, 'src', 'labels', 'index.ts')) {
        out.push(`${relative(repositoryRoot, file)} -> ${relative(repositoryRoot, target)}`);
      }
    }
  }
  return out.sort();
}

test('the staff web app imports from src/ only the shared labels entry', () => {
  assert.deepEqual(webImportsOfServer(root), [], 'web/src may import from src/ only src/labels/index.ts');
});

test('the shared labels reach at run time only pure files of src/ (no packages, no node: built-ins)', () => {
  const seen = new Set<string>();
  const impure: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { spec, typeOnly } of specifiers(file)) {
      if (typeOnly) continue;
      if (!spec.startsWith('.')) {
        impure.push(`${relative(root, file)} imports ${spec}`);
        continue;
      }
      visit(resolve(dirname(file), spec));
    }
  };
  visit(sharedEntry);
  assert.deepEqual(impure, []);
  assert.ok(seen.size >= 4, `the entry reaches ${String(seen.size)} files`);
  for (const file of seen) assert.ok(file.startsWith(join(root, 'src') + sep), `${file} is outside src/`);
});

test('the shared labels give words for the codes', () => {
  assert.equal(categoryLabels.home_taken_over, 'Home taken over (cuckooing)');
  assert.equal(entityKindLabels.online_account, 'Online account');
  assert.equal(sourceEvaluationLabels['1'], '1: Reliable');
});

test('the check finds a planted web import of server code and passes the shared entry', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'linebreak-labels-'));
  t.after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  mkdirSync(join(dir, 'web', 'src', 'scenes'), { recursive: true });
  writeFileSync(
    join(dir, 'web', 'src', 'scenes', 'a.tsx'),
    "import { reportStatuses } from '../../../src/modules/reports/report.ts';\n" +
      "import { labelFor } from '../../../src/labels/index.ts';\n" +
      "// import { x } from '../../../src/platform/db/database.ts';\n",
  );
  assert.deepEqual(webImportsOfServer(dir), [
    `${join('web', 'src', 'scenes', 'a.tsx')} -> ${join('src', 'modules', 'reports', 'report.ts')}`,
  ]);
});
