import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../../api/client.ts';
import { exportFieldErrors, saveFile } from '../../../components/download.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { formText } from '../../../components/forms.ts';
import type { ChartFilters } from '../chart-state.ts';

const formats = [
  { value: 'anx', label: 'i2 Analyst’s Notebook chart (ANX)' },
  { value: 'i2_csv', label: 'i2 import layout (entities and links CSV, zipped)' },
  { value: 'csv', label: 'Spreadsheet tables (CSV, zipped)' },
  { value: 'geojson', label: 'Locations for a GIS (GeoJSON)' },
] as const;

/** Exports what is on the chart through POST /api/network/exports (audited, with a reason). */
export function ChartExport({ entityIds, filters }: { entityIds: readonly string[]; filters: ChartFilters }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();

  function handleExport(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    api
      .download('/api/network/exports', {
        format: formText(form, 'format') as BodyOf<'/api/network/exports'>['format'],
        title: 'Linebreak link chart',
        reason: formText(form, 'exportReason'),
        scope: {
          kind: 'entities',
          entityIds: entityIds.slice(0, 2000),
          kinds: filters.kinds,
          minConfidence: filters.minConfidence,
          ...(filters.from !== '' ? { from: filters.from } : {}),
          ...(filters.to !== '' ? { to: filters.to } : {}),
        },
      })
      .then((file) => {
        saveFile(file);
        setDone(`Downloaded ${file.filename}.`);
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The export failed');
        setFieldErrors(exportFieldErrors(caught));
      });
  }

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export the chart</h2>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <form onSubmit={handleExport} noValidate>
        <fieldset className="lb-fieldset">
          <legend>Format</legend>
          {formats.map((format, i) => (
            <div className="lb-radio" key={format.value}>
              <input
                type="radio"
                id={`format-${format.value}`}
                name="format"
                value={format.value}
                defaultChecked={i === 0}
              />
              <label htmlFor={`format-${format.value}`}>{format.label}</label>
            </div>
          ))}
        </fieldset>
        <div className="lb-field">
          <label htmlFor="exportReason">Reason for the export</label>
          <p className="lb-hint" id="exportReason-hint">
            For example the operation or the briefing it is for, with its reference. Exports are recorded.
          </p>
          <textarea id="exportReason" name="exportReason" rows={2} aria-describedby="exportReason-hint" />
        </div>
        <button type="submit" className="lb-button lb-button--secondary" disabled={entityIds.length === 0}>
          Export
        </button>
      </form>
      {done && <p role="status">{done}</p>}
    </section>
  );
}
