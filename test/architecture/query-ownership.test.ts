import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import {
  queriesOutsideRepositories,
  queryAllowList,
  tableOwners,
  tablesQueriedByNonOwners,
} from '../../scripts/query-graph.ts';

test('every table has an owner: the module or platform folder whose *.table.ts declares it', () => {
  const owners = tableOwners();
  assert.ok(owners.size >= 49, `only ${String(owners.size)} tables found in database.ts`);
  assert.equal(owners.get('pole_entities'), 'pole');
  assert.equal(owners.get('staff_users'), 'users');
  assert.equal(owners.get('audit_events'), 'platform/audit');
});

test('no query call sits outside a *.repository.ts file, except the allow-listed platform code', () => {
  assert.deepEqual(queriesOutsideRepositories(), []);
  for (const [file, reason] of queryAllowList) assert.ok(reason.length > 0, `${file} needs a reason`);
});

test('no module queries a table another module owns', () => {
  assert.deepEqual(
    tablesQueriedByNonOwners(),
    [],
    "read it through the owner's index.ts: a batch lookup by ids or the owner's typed sub-query (ADR 0037)",
  );
});

test('the checks find a planted query outside a repository and a planted foreign table', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'linebreak-queries-'));
  t.after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'src/platform/db/database.ts',
    "import type { AlphaTable } from '../../modules/alpha/alpha.table.ts';\n" +
      "import type { BetaTable } from '../../modules/beta/beta.table.ts';\n" +
      'export type Database = {\n  alpha_rows: AlphaTable;\n  beta_rows: BetaTable;\n};\n',
  );
  write('src/modules/alpha/alpha.repository.ts', "export const a = (db) => db.selectFrom('alpha_rows').execute();\n");
  // A comment that names a query call or a table is not a query.
  write('src/modules/alpha/alpha.service.ts', "// db.selectFrom('beta_rows') is for beta\nexport const x = 1;\n");
  write(
    'src/modules/beta/beta.repository.ts',
    'export const b = (db) => sql`select * from alpha_rows join beta_rows using (id)`.execute(db);\n',
  );
  write('src/modules/beta/beta.service.ts', "export const c = (tx) => tx.updateTable('beta_rows').execute();\n");

  assert.deepEqual(queriesOutsideRepositories(dir), [`${join('src', 'modules', 'beta', 'beta.service.ts')}: 1`]);
  assert.deepEqual(tablesQueriedByNonOwners(dir), [
    `alpha_rows <- ${join('src', 'modules', 'beta', 'beta.repository.ts')}`,
  ]);
});
