import type { DealLineStatus } from '../../api/network-types.ts';

/** A calendar day ('2026-10-01') as staff read it: 1 Oct 2026. */
export function formatDay(day: string | null): string {
  if (day === null) return '—';
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' }).format(date);
}

export { dealLineStatusLabels as statusLabels } from '../../../../src/labels/index.ts';

/** The status changes the API allows (a rebrand is final). */
/** The plain status changes; disrupted and closed need evidence and go through Disruption (operations). */
export const nextStatuses: Readonly<Record<DealLineStatus, readonly DealLineStatus[]>> = {
  suspected: ['confirmed', 'rebranded'],
  confirmed: ['rebranded'],
  disrupted: ['confirmed', 'rebranded'],
  closed: [],
  rebranded: [],
};

export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** A UK phone number as the intelligence stores it (E.164): "07700 900001" → "+447700900001". */
export function normalisePhone(raw: string): string {
  const digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`;
  if (digits.startsWith('44')) return `+${digits}`;
  return digits;
}
