// The periods a dashboard trend is counted in: weeks (starting Monday, as PostgreSQL's date_trunc('week'))
// or calendar months, from the one holding `from` to the one holding `to`. Pure.

export const buckets = ['week', 'month'] as const;
export type Bucket = (typeof buckets)[number];

const dayMs = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of the week (Monday) or month holding the day. */
export function periodStart(day: string, bucket: Bucket): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return iso(new Date(date.getTime() - sinceMonday * dayMs));
}

/** Every period from the one holding `from` to the one holding `to`, oldest first. */
export function periodsBetween(from: string, to: string, bucket: Bucket): string[] {
  const periods: string[] = [];
  let current = periodStart(from, bucket);
  while (current <= to) {
    periods.push(current);
    const date = new Date(`${current}T00:00:00Z`);
    if (bucket === 'week') current = iso(new Date(date.getTime() + 7 * dayMs));
    else current = iso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
  }
  return periods;
}

/** Counts keyed by period laid out over every period (0 where none). */
export function alongPeriods(periods: readonly string[], rows: readonly { period: string; count: number }[]): number[] {
  const byPeriod = new Map<string, number>();
  for (const row of rows) byPeriod.set(row.period, (byPeriod.get(row.period) ?? 0) + row.count);
  return periods.map((p) => byPeriod.get(p) ?? 0);
}
