import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeGrid } from './time-grid.ts';

const cell = (grid: ReturnType<typeof timeGrid>, day: string, time: string) =>
  grid.cells.find((c) => c.day === day && c.time === time);

test('each report counts once in all, spread over the days and times it names', () => {
  const grid = timeGrid([
    { allHours: false, days: ['friday', 'saturday'], timesOfDay: ['evening'] },
    { allHours: true, days: ['friday'], timesOfDay: [] },
    undefined,
    { allHours: false, days: [], timesOfDay: [] },
  ]);
  assert.equal(grid.cells.length, 28);
  assert.equal(grid.reports, 4);
  assert.equal(grid.withWhen, 2);
  assert.equal(grid.withoutWhen, 2);
  assert.equal(cell(grid, 'friday', 'evening')?.weight, 0.75);
  assert.equal(cell(grid, 'saturday', 'evening')?.weight, 0.5);
  assert.equal(cell(grid, 'friday', 'night')?.weight, 0.25);
  assert.equal(cell(grid, 'monday', 'evening')?.weight, 0);
  assert.equal(cell(grid, 'friday', 'evening')?.named, 1, 'only the first named Friday evening outright');
  assert.equal(cell(grid, 'friday', 'night')?.named, 0, 'at all hours names no time');
  const total = grid.cells.reduce((sum, c) => sum + c.weight, 0);
  assert.ok(Math.abs(total - 2) < 0.05, `weights sum to the reports with a when answer (${String(total)})`);
});

test('a time without a day is spread over the seven days', () => {
  const grid = timeGrid([{ allHours: false, days: [], timesOfDay: ['night'] }]);
  for (const day of ['monday', 'sunday']) assert.equal(cell(grid, day, 'night')?.weight, 0.14);
  assert.equal(cell(grid, 'monday', 'morning')?.weight, 0);
});
