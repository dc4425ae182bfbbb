// The maps' and dashboard's filters live in the address (?from=…&to=…): a page can be bookmarked,
// printed and shared, and the back button undoes a change.

/** The query parameters of the current address. */
export function paramsOf(search: string): URLSearchParams {
  return new URLSearchParams(search);
}

/** The form's fields as a query string, leaving out the empty ones. */
export function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
