import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

// Tests drive Chromium and sign staff in through one helper each (issue 13): browser tests
// through test/support/browser.ts, staff sign-in of every kind through test/support/staff.ts.
// A second copy of either (a new browser.ts beside the e2e tests, a test's own launch of
// Chromium, axe injection or stand-in for the session hook) fails here, naming the file.

const root = resolve(import.meta.dirname, '..', '..');

const browserHelper = 'test/support/browser.ts';
const staffHelper = 'test/support/staff.ts';
/** This file, whose planted examples would otherwise count against it. */
const self = 'test/architecture/test-helpers.test.ts';

function filesUnder(base: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(base, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(base, path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every rule broken, as `file: what`. */
export function helperViolations(base: string): string[] {
  const files = [...filesUnder(base, 'test'), ...filesUnder(base, 'src').filter((path) => path.endsWith('.test.ts'))];
  const problems: string[] = [];
  for (const file of files) {
    const path = file.split('\\').join('/');
    if (path === self) continue;
    const text = readFileSync(join(base, file), 'utf8');
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (path !== browserHelper && path !== staffHelper && !name.endsWith('.test.ts')) {
      if (/browser|canvas|chromium|staff|session|actor/i.test(name)) {
        problems.push(`${path}: a browser or staff helper outside ${browserHelper} and ${staffHelper}`);
      }
    }
    for (const match of text.matchAll(/(?:from\s+|import\()\s*'([^']+)'/g)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) continue;
      const target = relative(base, resolve(base, dirname(file), specifier))
        .split('\\')
        .join('/');
      if (/(^|\/)(browser|staff)\.ts$/.test(target) && target !== browserHelper && target !== staffHelper) {
        problems.push(`${path}: imports ${target}, not ${browserHelper} or ${staffHelper}`);
      }
    }
    if (path === browserHelper) continue;
    if (/import\s*\{[^}]*\bchromium\b[^}]*\}\s*from\s*'playwright-core'/.test(text)) {
      problems.push(`${path}: launches Chromium itself (use launchChromium from ${browserHelper})`);
    }
    if (text.includes("'axe-core/")) problems.push(`${path}: injects axe-core itself (use axeViolations)`);
    if (path === staffHelper) continue;
    if (/\.staffActor\s*=[^=]/.test(text)) {
      problems.push(`${path}: stands in for the session hook itself (use actAs or signInTestActorsByHeader)`);
    }
  }
  return problems.sort();
}

test('tests use the one Chromium helper and the one staff helper', () => {
  assert.deepEqual(helperViolations(root), []);
});

test('a second helper, or a test doing their work itself, is found when one is planted', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'linebreak-test-helpers-'));
  t.after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(browserHelper, "import { chromium } from 'playwright-core';\nconst axe = 'axe-core/axe.min.js';\n");
  write(staffHelper, 'app.addHook((request) => { request.staffActor = null; });\n');
  write('test/e2e/browser.ts', 'export const chromiumPath = "/usr/bin/chromium";\n');
  write('test/e2e/staff-session.ts', 'export {};\n');
  write(
    'test/e2e/page.test.ts',
    "import { launchChromium } from './browser.ts';\nimport { chromium } from 'playwright-core';\n" +
      "import type { Page } from 'playwright-core';\nimport { testActor } from '../support/staff.ts';\n",
  );
  write('test/http/api.test.ts', "import { readFile } from 'node:fs';\nrequest.staffActor = who();\n");
  write('src/modules/x/x.test.ts', "const path = require.resolve('axe-core/axe.min.js');\n");
  assert.deepEqual(helperViolations(dir), [
    'src/modules/x/x.test.ts: injects axe-core itself (use axeViolations)',
    'test/e2e/browser.ts: a browser or staff helper outside test/support/browser.ts and test/support/staff.ts',
    'test/e2e/page.test.ts: imports test/e2e/browser.ts, not test/support/browser.ts or test/support/staff.ts',
    'test/e2e/page.test.ts: launches Chromium itself (use launchChromium from test/support/browser.ts)',
    'test/e2e/staff-session.ts: a browser or staff helper outside test/support/browser.ts and test/support/staff.ts',
    'test/http/api.test.ts: stands in for the session hook itself (use actAs or signInTestActorsByHeader)',
  ]);
});
