import { formatCsv } from '../../platform/files/csv.ts';
import type { Dashboard } from './dashboard.responses.ts';

// The dashboard as CSV: one row per section, measure and period ("now" for a figure as of today).
// formatCsv quotes commas and quotes, and puts an apostrophe before a cell a spreadsheet would run
// as a formula (=, +, -, @), so nothing in a label can run in Excel.

export const csvHeader = ['section', 'measure', 'period_start', 'count'] as const;

export function dashboardCsv(dashboard: Dashboard, sectionIds: readonly string[]): { body: string; rows: number } {
  const rows: (string | number)[][] = [];
  for (const section of dashboard.sections.filter((s) => sectionIds.includes(s.id))) {
    for (const s of section.series) {
      s.values.forEach((value, i) => rows.push([section.title, s.label, dashboard.periods[i] ?? '', value]));
    }
    for (const figure of section.now) rows.push([section.title, figure.label, 'now', figure.value]);
  }
  return { body: formatCsv(csvHeader, rows), rows: rows.length };
}
