import type { PartialDate } from '../../reports/index.ts';
import type { FieldError } from './page.ts';
import { monthNames } from '../../../labels/index.ts';

/**
 * A GOV.UK date input where the day may be left out ("some time in March"). Answers the date,
 * undefined when all three boxes are empty, or an error pointing at the first wrong box.
 */
export function parsePartialDate(
  parts: { day: string; month: string; year: string },
  options: { field: string; label: string; today: string },
): { ok: true; date: PartialDate | undefined } | { ok: false; error: FieldError } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const fail = (part: 'day' | 'month' | 'year', message: string) =>
    ({ ok: false, error: { field: options.field, message, target: `${options.field}-${part}` } }) as const;
  if (day === '' && month === '' && year === '') return { ok: true, date: undefined };
  if (month === '') return fail('month', `${options.label} must include a month and year`);
  if (year === '') return fail('year', `${options.label} must include a year`);
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) {
    return fail('month', `${options.label} must be a real date: the month is a number from 1 to 12`);
  }
  if (!/^\d{4}$/.test(year)) return fail('year', `${options.label}: the year must have 4 numbers, like 2026`);
  const [todayYear, todayMonth, todayDay] = options.today.split('-').map(Number) as [number, number, number];
  const y = Number(year);
  const m = Number(month);
  if (y < 2000) return fail('year', `${options.label} must be in 2000 or later`);
  if (day !== '') {
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > daysInMonth) {
      return fail('day', `${options.label} must be a real date`);
    }
  }
  const d = day === '' ? undefined : Number(day);
  const inFuture =
    y > todayYear || (y === todayYear && (m > todayMonth || (m === todayMonth && d !== undefined && d > todayDay)));
  if (inFuture) return fail(day === '' ? 'month' : 'day', `${options.label} must be today or in the past`);
  return { ok: true, date: d === undefined ? { year: y, month: m } : { year: y, month: m, day: d } };
}

export function formatPartialDate(date: PartialDate): string {
  const month = monthNames[date.month - 1] ?? String(date.month);
  return date.day === undefined ? `${month} ${String(date.year)}` : `${String(date.day)} ${month} ${String(date.year)}`;
}
