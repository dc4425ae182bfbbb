import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../platform/files/csv.ts';
import { dashboardCsv } from './dashboard-csv.ts';
import type { Dashboard } from './dashboard.responses.ts';

const dashboard: Dashboard = {
  from: '2026-11-02',
  to: '2026-11-22',
  bucket: 'week',
  periods: ['2026-11-02', '2026-11-09', '2026-11-16'],
  sections: [
    {
      id: 'reports',
      title: 'New reports',
      description: '',
      series: [{ key: 'web', label: '=HYPERLINK("http://x","y")', values: [1, 0, 4], total: 5 }],
      now: [],
    },
    {
      id: 'lines',
      title: 'Lines, "active"',
      description: '',
      series: [{ key: 'disrupted', label: '+1', values: [0, 2, 0], total: 2 }],
      now: [
        { key: 'active', label: '-active', value: 3 },
        { key: 'x', label: '@SUM(A1)', value: 1 },
      ],
    },
  ],
};

test('the CSV has a row per section, measure and period, and "now" rows for figures', () => {
  const { body, rows } = dashboardCsv(dashboard, ['reports', 'lines']);
  assert.equal(rows, 8);
  const parsed = parseCsv(body, { unguard: true });
  assert.deepEqual(parsed[0], ['section', 'measure', 'period_start', 'count']);
  assert.deepEqual(parsed[3], ['New reports', '=HYPERLINK("http://x","y")', '2026-11-16', '4']);
  assert.deepEqual(parsed[5], ['Lines, "active"', '+1', '2026-11-09', '2']);
  assert.deepEqual(parsed[7], ['Lines, "active"', '-active', 'now', '3']);
});

test('cells a spreadsheet would run as a formula start with an apostrophe; commas and quotes are quoted', () => {
  const { body } = dashboardCsv(dashboard, ['reports', 'lines']);
  const lines = body.split('\r\n');
  assert.equal(lines[1], `New reports,"'=HYPERLINK(""http://x"",""y"")",2026-11-02,1`);
  assert.equal(lines[4], `"Lines, ""active""",'+1,2026-11-02,0`);
  assert.equal(lines[7], `"Lines, ""active""",'-active,now,3`);
  assert.equal(lines[8], `"Lines, ""active""",'@SUM(A1),now,1`);
  for (const cells of parseCsv(body)) for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@]/);
});

test('only the sections asked for are exported', () => {
  const { body, rows } = dashboardCsv(dashboard, ['lines']);
  assert.equal(rows, 5);
  assert.doesNotMatch(body, /New reports/);
});
