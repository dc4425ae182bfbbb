// The inbox's place lives in its address: filters, sort, page and the selected reports, so a
// refresh or Back returns to the same place with the same reports ticked.

import type { RequestOf } from '../../api/client.ts';

export type Filter = {
  status: string;
  category: string;
  sector: string;
  street: string;
  ward: string;
  assigned: string;
  minDaysWaiting: string;
  language: string;
  forTranslation: string;
  sort: string;
  page: number;
  selected: readonly string[];
};

type InboxQuery = NonNullable<RequestOf<'/api/inbox', 'get'>['query']>;

export const pageSize = 50;
const filterNames = [
  'status',
  'category',
  'sector',
  'street',
  'ward',
  'assigned',
  'minDaysWaiting',
  'language',
  'forTranslation',
  'sort',
] as const;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function filterFrom(search: string): Filter {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page') ?? '1');
  const text = (name: string) => params.get(name) ?? '';
  return {
    status: text('status'),
    category: text('category'),
    sector: text('sector'),
    street: text('street'),
    ward: text('ward'),
    assigned: text('assigned'),
    minDaysWaiting: text('minDaysWaiting'),
    language: text('language'),
    forTranslation: text('forTranslation'),
    sort: text('sort'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    selected: text('selected')
      .split(',')
      .filter((id) => uuid.test(id)),
  };
}

/** The address of a place in the inbox (without the /inbox path). */
export function addressOf(filter: Filter): string {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filter[name]) params.set(name, filter[name]);
  if (filter.page > 1) params.set('page', String(filter.page));
  if (filter.selected.length > 0) params.set('selected', filter.selected.join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What the list depends on: the address less the selection, so ticking a report reloads nothing. */
export function listKeyOf(filter: Filter): string {
  return addressOf({ ...filter, selected: [] });
}

/** The API query for one page of the inbox. */
export function queryOf(filter: Filter): InboxQuery {
  const query: Record<string, string | number> = {};
  for (const name of filterNames) if (filter[name]) query[name] = filter[name];
  if (filter.sector) query.sector = filter.sector.toUpperCase();
  query.limit = pageSize;
  query.offset = (filter.page - 1) * pageSize;
  // The address may hold any text: the server answers a value it does not know with a field error.
  return query;
}

export const sortWords: Readonly<Record<string, string>> = {
  '': 'highest priority first',
  newest: 'newest first',
  oldest: 'oldest first',
};
