/** Dates as staff in England read them, in UK time whatever the browser's zone. */
export function formatDateTime(iso: string | null): string {
  if (iso === null) return '—';
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(new Date(iso));
}
