import { ApiError, type FieldError } from '../api/client.ts';

/** Hands a downloaded file to the browser to save, under the name the API gave it. */
export function saveFile({ blob, filename }: { blob: Blob; filename: string }): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  URL.revokeObjectURL(url);
}

/** An export's field errors, with the API's `reason` pointed at the form's `exportReason` box. */
export function exportFieldErrors(caught: unknown): FieldError[] {
  return caught instanceof ApiError
    ? caught.fieldErrors.map((f) => (f.field === 'reason' ? { ...f, field: 'exportReason' } : f))
    : [];
}
