// The knobs of generateWorld and their defaults. Defaults are fixed values, never "today", so the
// same options always give the same world.
import { isDay } from './days.ts';
import { LINE_BRANDS } from './names.ts';
import type { Day } from './world.types.ts';

export type WorldOptions = {
  readonly seed: number;
  /** How many public reports to generate over the period. */
  readonly reports: number;
  /** How many County Lines operate (default grows slowly with the number of reports). */
  readonly lines?: number;
  /** First day of the period, 'YYYY-MM-DD' (default 2026-01-01). */
  readonly startDay?: Day;
  /** Length of the period in days (default 300). */
  readonly days?: number;
};

export type ResolvedWorldOptions = {
  readonly seed: number;
  readonly reports: number;
  readonly lines: number;
  readonly startDay: Day;
  readonly days: number;
  /** District population to generate; enough for reports to rarely repeat the same neighbours. */
  readonly residents: number;
};

export const DEFAULT_START_DAY = '2026-01-01';
export const DEFAULT_DAYS = 300;
export const MAX_LINES = LINE_BRANDS.length;
export const MAX_REPORTS = 10_000_000;

/** Raised for options no world can be built from; the CLI turns it into a usage error. */
export class WorldOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorldOptionsError';
  }
}

/** 3 lines for a few hundred reports, one more each time the report count doubles, at most 20. */
export function defaultLineCount(reports: number): number {
  return Math.min(20, 3 + Math.floor(Math.log2(Math.max(1, reports / 300))));
}

export function resolveWorldOptions(options: WorldOptions): ResolvedWorldOptions {
  const { seed, reports } = options;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new WorldOptionsError('seed must be a whole number ≥ 0');
  if (!Number.isSafeInteger(reports) || reports < 0 || reports > MAX_REPORTS) {
    throw new WorldOptionsError(`reports must be a whole number from 0 to ${String(MAX_REPORTS)}`);
  }
  const lines = options.lines ?? defaultLineCount(reports);
  if (!Number.isSafeInteger(lines) || lines < 1 || lines > MAX_LINES) {
    throw new WorldOptionsError(`lines must be a whole number from 1 to ${String(MAX_LINES)}`);
  }
  const startDay = options.startDay ?? DEFAULT_START_DAY;
  if (!isDay(startDay)) throw new WorldOptionsError(`startDay must be a date written YYYY-MM-DD, not "${startDay}"`);
  const days = options.days ?? DEFAULT_DAYS;
  if (!Number.isSafeInteger(days) || days < 7 || days > 3660) {
    throw new WorldOptionsError('days must be a whole number from 7 to 3660');
  }
  const residents = Math.min(15_000, Math.max(300 + lines * 40, Math.round(reports * 0.5)));
  return { seed, reports, lines, startDay, days, residents };
}
