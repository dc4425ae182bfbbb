// The three data.police.uk CSV formats this module imports (street crimes, outcomes, stop and
// search), as column specs: the published header, the table column and how a cell is read.
// Header names and order are checked exactly; see ADR 0043.

export const policeUkKinds = ['street', 'outcomes', 'stop-and-search'] as const;
export type PoliceUkKind = (typeof policeUkKinds)[number];

export type CellType = 'text' | 'required' | 'optional' | 'month' | 'longitude' | 'latitude' | 'boolean' | 'timestamp';
export type ColumnSpec = { readonly header: string; readonly column: string; readonly type: CellType };

const place: readonly ColumnSpec[] = [
  { header: 'Crime ID', column: 'crime_id', type: 'optional' },
  { header: 'Month', column: 'month', type: 'month' },
  { header: 'Reported by', column: 'reported_by', type: 'text' },
  { header: 'Falls within', column: 'falls_within', type: 'text' },
  { header: 'Longitude', column: 'longitude', type: 'longitude' },
  { header: 'Latitude', column: 'latitude', type: 'latitude' },
  { header: 'Location', column: 'location', type: 'text' },
  { header: 'LSOA code', column: 'lsoa_code', type: 'text' },
  { header: 'LSOA name', column: 'lsoa_name', type: 'text' },
];

export const columnSpecs: Readonly<Record<PoliceUkKind, readonly ColumnSpec[]>> = {
  street: [
    ...place,
    { header: 'Crime type', column: 'crime_type', type: 'required' },
    { header: 'Last outcome category', column: 'last_outcome', type: 'text' },
    { header: 'Context', column: 'context', type: 'text' },
  ],
  outcomes: [...place, { header: 'Outcome type', column: 'outcome_type', type: 'required' }],
  'stop-and-search': [
    { header: 'Type', column: 'search_type', type: 'required' },
    { header: 'Date', column: 'searched_at', type: 'timestamp' },
    { header: 'Part of a policing operation', column: 'part_of_operation', type: 'boolean' },
    { header: 'Policing operation', column: 'policing_operation', type: 'text' },
    { header: 'Latitude', column: 'latitude', type: 'latitude' },
    { header: 'Longitude', column: 'longitude', type: 'longitude' },
    { header: 'Gender', column: 'gender', type: 'text' },
    { header: 'Age range', column: 'age_range', type: 'text' },
    { header: 'Self-defined ethnicity', column: 'self_defined_ethnicity', type: 'text' },
    { header: 'Officer-defined ethnicity', column: 'officer_defined_ethnicity', type: 'text' },
    { header: 'Legislation', column: 'legislation', type: 'text' },
    { header: 'Object of search', column: 'object_of_search', type: 'text' },
    { header: 'Outcome', column: 'outcome', type: 'text' },
    { header: 'Outcome linked to object of search', column: 'outcome_linked', type: 'boolean' },
    { header: 'Removal of more than just outer clothing', column: 'removal_of_clothing', type: 'boolean' },
  ],
};

/** Which kind a file is, by data.police.uk's names: 2021-01-hertfordshire-street.csv etc. */
export function kindOfFile(name: string): PoliceUkKind | null {
  const base = name.split('/').pop() ?? name;
  if (/-street\.csv$/i.test(base)) return 'street';
  if (/-outcomes\.csv$/i.test(base)) return 'outcomes';
  if (/-stop-and-search\.csv$/i.test(base)) return 'stop-and-search';
  return null;
}

/** The force in a file name (YYYY-MM-force-kind.csv), for stop and search rows, which lack it. */
export function forceOfFile(name: string): string {
  const base = name.split('/').pop() ?? name;
  return /^\d{4}-\d{2}-(.+)-(?:street|outcomes|stop-and-search)\.csv$/i.exec(base)?.[1] ?? 'unknown';
}

export type CsvRecord = { readonly line: number; readonly cells: string[] };

/**
 * RFC 4180 records with the file line each starts on (quoted cells may hold line breaks). An
 * unterminated quote at the end (a cut-off file) is reported, not guessed.
 */
export function readCsvRecords(text: string): { records: CsvRecord[]; unterminatedAt: number | null } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
      cells = [];
      cell = '';
      line += 1;
      start = line;
    } else {
      cell += char;
    }
  }
  if (quoted) return { records, unterminatedAt: start };
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return { records, unterminatedAt: null };
}
