// Calendar days in the United Kingdom's time zone. Where the exact moment could help
// identify a member of the public (when a report was sent), only the day is kept.

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "2026-11-26": the date in London at that instant. */
export function londonDay(instant: Date): string {
  return londonDate.format(instant);
}

/** Midnight UTC on the London date of that instant: a timestamp that carries only the day. */
export function startOfLondonDay(instant: Date): Date {
  return new Date(`${londonDay(instant)}T00:00:00.000Z`);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "26 November 2026" for a "2026-11-26" day. */
export function formatDay(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00.000Z`));
}
