import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// Working days in England and Wales: Monday to Friday, not a bank holiday. The holidays are data
// (data/bank-holidays-england-and-wales.json, with its PROVENANCE.md), read once and passed to the
// clocks, so a corrected list re-times every clock on the next read: nothing due is stored.

const holidayFile = z.object({
  division: z.literal('england-and-wales'),
  source: z.string(),
  coversYears: z.array(z.number().int()).min(1),
  events: z.array(z.object({ title: z.string(), date: z.iso.date(), notes: z.string().optional() })),
});

export type WorkingCalendar = {
  /** The bank holidays, by date ("2026-12-28" → "Boxing Day"). */
  readonly holidays: ReadonlyMap<string, string>;
  readonly coversYears: readonly number[];
};

export function calendarOf(holidays: readonly { date: string; title: string }[], coversYears: readonly number[]) {
  return { holidays: new Map(holidays.map((h) => [h.date, h.title])), coversYears } satisfies WorkingCalendar;
}

/** The shipped England and Wales calendar. */
export function loadEnglandAndWalesCalendar(): WorkingCalendar {
  const text = readFileSync(join(import.meta.dirname, 'data', 'bank-holidays-england-and-wales.json'), 'utf8');
  const file = holidayFile.parse(JSON.parse(text));
  return calendarOf(file.events, file.coversYears);
}

const dayMs = 24 * 60 * 60 * 1000;
const toDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export function addCalendarDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * dayMs));
}

export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  const weekday = toDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(day);
}

/** Whether the calendar knows the holidays of every year from `from` to `to`. */
export function covers(calendar: WorkingCalendar, from: string, to: string): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    if (!calendar.coversYears.includes(year)) return false;
  }
  return true;
}

/**
 * The day `n` working days after `day` ("within 1 working day" of a Friday referral is the
 * Monday, or the Tuesday after a bank holiday Monday). The start day itself never counts.
 */
export function addWorkingDays(calendar: WorkingCalendar, day: string, n: number): string {
  let current = day;
  let left = n;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(calendar, current)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
    if (isWorkingDay(calendar, current)) count += 1;
  }
  return count;
}
