/** A text field's value from submitted form data ('' when absent; files are never expected here). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
