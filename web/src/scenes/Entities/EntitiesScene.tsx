import { useState, type SubmitEvent } from 'react';
import { api } from '../../api/client.ts';
import type { EntitySummary } from '../../api/intel-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formText } from '../../components/forms.ts';
import { entityKindLabels, labelFor } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

type Search = { kind: string; text: string };

/** People, numbers, vehicles, accounts and places, most recently seen first. */
export function EntitiesScene() {
  const [search, setSearch] = useState<Search>({ kind: '', text: '' });
  const list = useLoad(() => {
    const kind = search.kind as EntitySummary['kind'] | '';
    return api.get('/api/entities/recent', {
      query: { ...(kind ? { kind } : {}), ...(search.text ? { text: search.text } : {}) },
    });
  }, [search]);

  function handleSearch(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSearch({ kind: formText(form, 'entity-kind'), text: formText(form, 'entity-text').trim() });
  }

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeading title="People and places">People and places</PageHeading>
      <p>Everything extracted from reports: people and nicknames, phone numbers, vehicles, accounts and places.</p>
      <form className="lb-filters" role="search" aria-label="Search people and places" onSubmit={handleSearch}>
        <SelectField
          id="entity-kind"
          label="Kind"
          defaultValue={search.kind}
          options={[
            { value: '', label: 'Any kind' },
            ...Object.entries(entityKindLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Field
          id="entity-text"
          label="Contains"
          hint="Part of a name, number (as +44…), registration or street"
          defaultValue={search.text}
        />
        <button type="submit" className="lb-button">
          Search
        </button>
      </form>
      <ErrorSummary message={list.error} />
      <table className="lb-table">
        <caption className="lb-caption">
          {list.loading && !list.data ? 'Loading…' : `${String(items.length)} found, most recently seen first`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Entity</th>
            <th scope="col">Kind</th>
            <th scope="col">Reports</th>
            <th scope="col">First seen</th>
            <th scope="col">Last seen</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/entities/${item.id}`}>{item.label}</Link>
              </td>
              <td>{labelFor(entityKindLabels, item.kind)}</td>
              <td>{item.reportCount}</td>
              <td>{item.firstSeen}</td>
              <td>{item.lastSeen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
