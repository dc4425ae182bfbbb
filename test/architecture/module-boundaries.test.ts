import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import boundaries from '../../scripts/eslint-module-boundaries.js';
import { crossModuleImports, isInternal, moduleCycles } from '../../scripts/module-graph.ts';

const root = resolve(import.meta.dirname, '..', '..');

test('no code imports another module except through its index.ts', () => {
  const internal = crossModuleImports({ includeTests: true }).filter(isInternal);
  assert.deepEqual(
    internal.map((imp) => `${imp.from} -> ${imp.target}`),
    [],
  );
});

test('no two modules import each other at run time, directly or round a loop', () => {
  assert.deepEqual(moduleCycles(crossModuleImports({ includeTests: false })), []);
});

test('the checks find an import of internals and a cycle when one is planted', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'linebreak-boundaries-'));
  t.after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('src/modules/alpha/index.ts', "export { a } from './a.ts';\n");
  write('src/modules/alpha/a.ts', "import { b } from '../beta/b.ts';\nexport const a = () => b;\n");
  write('src/modules/beta/index.ts', "export { b } from './b.ts';\n");
  write('src/modules/beta/b.ts', "import { a } from '../alpha/index.ts';\nexport const b = () => a;\n");
  write('src/modules/gamma/c.ts', "import type { b } from '../beta/index.ts';\nexport type C = typeof b;\n");

  const imports = crossModuleImports({ includeTests: true, root: dir });
  assert.deepEqual(
    imports.filter(isInternal).map((imp) => imp.target),
    [join('src', 'modules', 'beta', 'b.ts')],
  );
  assert.deepEqual(moduleCycles(imports), [['alpha', 'beta']]);
});

test('lint rejects an import of another module internals and staff code on the public listener', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (file: string, code: string, rules: Linter.RulesRecord) =>
    linter
      .verify(
        code,
        [
          {
            files: ['**/*.ts'],
            languageOptions: { parser: tseslint.parser },
            plugins: { linebreak: boundaries },
            rules,
          },
        ],
        { filename: join(root, file) },
      )
      .map((message) => message.ruleId);

  const boundaryRule: Linter.RulesRecord = { 'linebreak/module-boundaries': 'error' };
  assert.deepEqual(lint('src/modules/maps/x.ts', "import { a } from '../pole/pole-ingest.ts';", boundaryRule), [
    'linebreak/module-boundaries',
  ]);
  assert.deepEqual(lint('src/modules/maps/x.ts', "import { a } from '../pole/index.ts';", boundaryRule), []);
  assert.deepEqual(lint('src/platform/x.ts', "import { a } from '../modules/pole/index.ts';", boundaryRule), [
    'linebreak/module-boundaries',
  ]);

  const allowRule: Linter.RulesRecord = {
    'linebreak/allowed-imports': ['error', { allow: ['src/modules/public-site/**', 'src/platform/**', 'zod'] }],
  };
  const file = 'src/modules/public-site/x.ts';
  assert.deepEqual(lint(file, "import { a } from '../../platform/clock.ts';\nimport { z } from 'zod';", allowRule), []);
  assert.deepEqual(lint(file, "import { a } from '../intelligence/index.ts';", allowRule), [
    'linebreak/allowed-imports',
  ]);
  assert.deepEqual(lint(file, "import React from 'react';", allowRule), ['linebreak/allowed-imports']);
});
