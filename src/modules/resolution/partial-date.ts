// Dates of birth are often partial ("born 1998", "June 2004") or mistyped. A partial date
// keeps only what was recorded, so comparisons happen at the precision both sides share.

export type PartialDate = { readonly year: number; readonly month?: number; readonly day?: number };

/**
 * Parses 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or 'YYYYMMDD' (the FEBRL form). Impossible values
 * (month 13, 31 February) are rejected rather than guessed at.
 */
export function parsePartialDate(value: string | undefined): PartialDate | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/.exec(value.trim());
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${String(date.year)}-${pad(date.month)}`;
  return `${String(date.year)}-${pad(date.month)}-${pad(date.day)}`;
}
