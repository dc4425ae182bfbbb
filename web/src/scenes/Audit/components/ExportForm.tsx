import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../../api/client.ts';
import { exportFieldErrors, saveFile } from '../../../components/download.ts';
import { formText } from '../../../components/forms.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import type { AuditFilters } from '../AuditScene.tsx';

/** Administrators export the filtered trail as CSV or JSON; the export itself is audited with its reason. */
export function ExportForm({ filters }: { filters: AuditFilters }) {
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
      .download('/api/audit/export', {
        ...filters,
        format: formText(form, 'format') as BodyOf<'/api/audit/export'>['format'],
        reason: formText(form, 'exportReason'),
      })
      .then((file) => {
        saveFile(file);
        setDone(`Downloaded ${file.filename}.`);
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Export failed');
        setFieldErrors(exportFieldErrors(caught));
      });
  }

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <form onSubmit={handleExport} noValidate>
        <fieldset className="lb-fieldset">
          <legend>Format</legend>
          <div className="lb-radio">
            <input type="radio" id="format-csv" name="format" value="csv" defaultChecked />
            <label htmlFor="format-csv">CSV (spreadsheet)</label>
          </div>
          <div className="lb-radio">
            <input type="radio" id="format-json" name="format" value="json" />
            <label htmlFor="format-json">JSON</label>
          </div>
        </fieldset>
        <div className="lb-field">
          <label htmlFor="exportReason">Reason for the export</label>
          <p className="lb-hint" id="exportReason-hint">
            For example an ICO request or a Professional Standards investigation, with its reference.
          </p>
          <textarea id="exportReason" name="exportReason" rows={2} aria-describedby="exportReason-hint" />
        </div>
        <button type="submit" className="lb-button lb-button--secondary">
          Export the search above
        </button>
      </form>
      {done && <p role="status">{done}</p>}
    </section>
  );
}
