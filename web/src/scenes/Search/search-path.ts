/** The address of a page of search results. */
export function searchPath(query: string, page: number): string {
  const params = new URLSearchParams({ q: query.trim() });
  if (page > 1) params.set('page', String(page));
  return `/inbox/search?${params.toString()}`;
}

export const resultsPerPage = 20;
