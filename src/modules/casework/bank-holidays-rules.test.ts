import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// The shipped England and Wales bank holidays (data/bank-holidays-england-and-wales.json, entered
// by hand) checked against the rules that make them: the Banking and Financial Dealings Act 1971
// (Easter Monday, last Mondays of May and August, Boxing Day with its substitute), New Year's Day
// and the early May holiday by royal proclamation, Good Friday and Christmas Day by convention,
// and the substitute weekday for a holiday on a weekend. A one-off proclaimed holiday would show
// here as a difference to explain in PROVENANCE.md.

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const plus = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** Easter Sunday (the anonymous Gregorian algorithm). */
function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

const firstMonday = (y: number, m: number) => {
  const d = utc(y, m, 1);
  return plus(d, (8 - d.getUTCDay()) % 7);
};
const lastMonday = (y: number, m: number) => {
  const d = utc(y, m + 1, 0);
  return plus(d, -((d.getUTCDay() + 6) % 7));
};
const weekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

function byRule(y: number): string[] {
  const days = [
    easter(y).getTime() - 2 * 86_400_000,
    plus(easter(y), 1).getTime(),
    firstMonday(y, 5).getTime(),
    lastMonday(y, 5).getTime(),
    lastMonday(y, 8).getTime(),
  ].map((t) => iso(new Date(t)));
  const taken = new Set(days);
  // New Year's Day, Christmas Day and Boxing Day move to the next free weekday.
  for (const fixed of [utc(y, 1, 1), utc(y, 12, 25), utc(y, 12, 26)]) {
    let d = fixed;
    while (weekend(d) || taken.has(iso(d))) d = plus(d, 1);
    taken.add(iso(d));
    days.push(iso(d));
  }
  return days.sort();
}

test('the shipped holidays for 2025-2027 are exactly those the rules give', () => {
  const file = JSON.parse(
    readFileSync(new URL('./data/bank-holidays-england-and-wales.json', import.meta.url), 'utf8'),
  ) as { coversYears: number[]; events: { date: string }[] };
  for (const year of [2025, 2026, 2027]) {
    assert.ok(file.coversYears.includes(year));
    const shipped = file.events
      .map((e) => e.date)
      .filter((d) => d.startsWith(String(year)))
      .sort();
    assert.deepEqual(shipped, byRule(year), String(year));
  }
  assert.deepEqual(
    byRule(2026).slice(-2),
    ['2026-12-25', '2026-12-28'],
    'Boxing Day 2026 on a Saturday moves to Monday',
  );
});
