import { createHash } from 'node:crypto';
import {
  columnSpecs,
  forceOfFile,
  readCsvRecords,
  type CellType,
  type ColumnSpec,
  type PoliceUkKind,
} from './police-uk-format.ts';

// Checks one data.police.uk file before anything is written (ADR 0043): the header exactly, then
// every row (cell count, Month as YYYY-MM, coordinates as numbers within Great Britain and
// Northern Ireland, both or neither, dates, True/False), each problem with its file, line and
// column. Good rows become table rows with a stable key and a digest of their content.

export type RowProblem = { file: string; line: number; column: string; reason: string };
export type CellValue = string | number | boolean | Date | null;
export type TableRow = Record<string, CellValue> & { row_key: string; content_hash: string; month: string };
export type CheckedFile = {
  readonly name: string;
  readonly kind: PoliceUkKind;
  readonly rows: TableRow[];
  /** Data rows read (good or not). */
  readonly read: number;
  readonly problems: RowProblem[];
  readonly months: ReadonlySet<string>;
};

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const numberPattern = /^-?\d{1,3}(\.\d+)?$/;
/** A box round the United Kingdom: police.uk points outside it are not real map points. */
const bounds = { latitude: [49, 61], longitude: [-9, 2.5] } as const;

function readCell(type: CellType, raw: string): { value: CellValue } | { reason: string } {
  const text = raw.trim();
  switch (type) {
    case 'text':
      return { value: text };
    case 'optional':
      return { value: text === '' ? null : text };
    case 'required':
      return text === '' ? { reason: 'is empty' } : { value: text };
    case 'month':
      return monthPattern.test(text) ? { value: text } : { reason: `"${text}" is not a month like 2021-01` };
    case 'longitude':
    case 'latitude': {
      if (text === '') return { value: null };
      const [low, high] = bounds[type];
      const value = Number(text);
      if (!numberPattern.test(text) || !Number.isFinite(value)) return { reason: `"${text}" is not a number` };
      if (value < low || value > high) {
        return { reason: `${text} is outside the United Kingdom (${String(low)} to ${String(high)})` };
      }
      return { value };
    }
    case 'boolean':
      if (text === '') return { value: null };
      if (/^true$/i.test(text)) return { value: true };
      if (/^false$/i.test(text)) return { value: false };
      return { reason: `"${text}" is not True or False` };
    case 'timestamp': {
      const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
      return Number.isNaN(time) ? { reason: `"${text}" is not a date and time` } : { value: new Date(time) };
    }
  }
}

function checkHeader(file: string, header: readonly string[], specs: readonly ColumnSpec[]): RowProblem[] {
  const expected = specs.map((spec) => spec.header);
  const got = header.map((name) => name.trim());
  if (got.join('\u001f') === expected.join('\u001f')) return [];
  const missing = expected.filter((name) => !got.includes(name));
  const unexpected = got.filter((name) => !expected.includes(name));
  const reason =
    missing.length + unexpected.length === 0
      ? `columns are out of order; expected: ${expected.join(', ')}`
      : [
          missing.length > 0 ? `missing ${missing.join(', ')}` : '',
          unexpected.length > 0 ? `unexpected ${unexpected.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ');
  return [{ file, line: 1, column: '(header)', reason }];
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 40);

/** One file's rows, checked; `rows` is empty whenever `problems` is not. */
export function checkPoliceUkFile(name: string, kind: PoliceUkKind, text: string): CheckedFile {
  const specs = columnSpecs[kind];
  const { records, unterminatedAt } = readCsvRecords(text);
  const months = new Set<string>();
  const [header, ...body] = records;
  if (!header) {
    return {
      name,
      kind,
      rows: [],
      read: 0,
      months,
      problems: [{ file: name, line: 1, column: '(file)', reason: 'is empty' }],
    };
  }
  const problems = checkHeader(name, header.cells, specs);
  if (problems.length > 0) return { name, kind, rows: [], read: body.length, problems, months };
  if (unterminatedAt !== null) {
    problems.push({ file: name, line: unterminatedAt, column: '(row)', reason: 'a quoted cell never ends (cut off?)' });
  }
  const rows: TableRow[] = [];
  const seen = new Map<string, number>();
  const force = kind === 'stop-and-search' ? forceOfFile(name) : null;
  for (const record of body) {
    if (record.cells.length !== specs.length) {
      problems.push({
        file: name,
        line: record.line,
        column: '(row)',
        reason: `has ${String(record.cells.length)} cells, expected ${String(specs.length)}`,
      });
      continue;
    }
    const row: Record<string, CellValue> = {};
    let bad = false;
    for (const [index, spec] of specs.entries()) {
      const result = readCell(spec.type, record.cells[index] ?? '');
      if ('reason' in result) {
        bad = true;
        problems.push({ file: name, line: record.line, column: spec.header, reason: result.reason });
      } else row[spec.column] = result.value;
    }
    if (!bad && (row.latitude === null) !== (row.longitude === null)) {
      bad = true;
      problems.push({ file: name, line: record.line, column: 'Latitude', reason: 'one coordinate without the other' });
    }
    if (bad || problems.length > 0) continue;
    const content = record.cells.map((cell) => cell.trim()).join('\u001f');
    const occurrence = (seen.get(content) ?? 0) + 1;
    seen.set(content, occurrence);
    const month = kind === 'stop-and-search' ? (record.cells[1] ?? '').trim().slice(0, 7) : String(row.month);
    if (!monthPattern.test(month)) {
      problems.push({ file: name, line: record.line, column: 'Date', reason: 'has no month' });
      continue;
    }
    months.add(month);
    const crimeId = kind === 'street' && typeof row.crime_id === 'string' ? row.crime_id : null;
    rows.push({
      ...row,
      ...(force === null ? {} : { force }),
      month,
      row_key: crimeId === null ? `h:${digest(`${kind}\u001e${content}\u001e${String(occurrence)}`)}` : `c:${crimeId}`,
      content_hash: digest(content),
    });
  }
  return { name, kind, rows: problems.length > 0 ? [] : rows, read: body.length, problems, months };
}
