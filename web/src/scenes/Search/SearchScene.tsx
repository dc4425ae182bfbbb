import { useState, type SubmitEvent } from 'react';
import { api, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formText } from '../../components/forms.ts';
import { categoryLabels, labelFor, reportStatusLabels, shortId } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PriorityFlags } from '../../components/PriorityFlags.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate, useSearch } from '../../hooks/useRoute.ts';
import { fieldWords } from '../Reports/AnswerList.tsx';
import { resultsPerPage, searchPath } from './search-path.ts';

const kindWords: Readonly<Record<string, string>> = {
  word: 'word',
  phone: 'phone number',
  vrm: 'registration',
  postcode: 'postcode',
  email: 'e-mail address',
  handle: 'online handle',
};

function readAddress(search: string): { query: string; page: number } {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page') ?? '1');
  return { query: params.get('q') ?? '', page: Number.isInteger(page) && page > 0 ? page : 1 };
}

// One box over the reports' text, people, numbers, registrations and addresses (ADR 25).
export function SearchScene() {
  const { query, page } = readAddress(useSearch());
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const results = useLoad(
    () =>
      query.trim() === ''
        ? Promise.resolve(undefined)
        : api.get('/api/search/reports', {
            query: { q: query, limit: resultsPerPage, offset: (page - 1) * resultsPerPage },
          }),
    [query, page],
  );

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = formText(new FormData(event.currentTarget), 'q').trim();
    if (wanted === '') {
      setFieldErrors([{ field: 'q', message: 'Enter what to search for' }]);
      return;
    }
    setFieldErrors([]);
    navigate(searchPath(wanted, 1));
  }

  const answer = results.data;
  const pages = answer ? Math.max(1, Math.ceil(answer.total / resultsPerPage)) : 1;
  return (
    <>
      <PageHeading title={query ? `Search: ${query}` : 'Search reports'}>Search reports</PageHeading>
      <ErrorSummary fieldErrors={fieldErrors} />
      <form className="lb-search-form" role="search" aria-label="Search reports" noValidate onSubmit={handleSubmit}>
        <Field
          key={query}
          id="q"
          label="Search for"
          hint="Words, names or nicknames, a phone number, a registration, a street or a postcode. Every word must match."
          type="search"
          maxLength={200}
          defaultValue={query}
          errors={fieldErrors}
        />
        <button type="submit" className="lb-button">
          Search
        </button>
      </form>
      <ErrorSummary message={results.error} />
      {query !== '' && answer ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results">
            {answer.total === 0
              ? 'No reports match'
              : answer.totalIsAtLeast
                ? `More than ${answer.total.toLocaleString('en-GB')} reports match`
                : `${answer.total.toLocaleString('en-GB')} ${answer.total === 1 ? 'report matches' : 'reports match'}`}
          </h2>
          {answer.understoodAs.length > 0 ? (
            <p className="lb-hint">
              Searched for{' '}
              {answer.understoodAs.map((term, i) => (
                <span key={`${term.kind}:${term.value}`}>
                  {i > 0 ? ' and ' : ''}
                  {kindWords[term.kind] ?? term.kind} <strong>{term.value}</strong>
                </span>
              ))}
              , newest first.
            </p>
          ) : (
            <p>Search for a word that is not as common as “the” or “and”.</p>
          )}
          {answer.totalIsAtLeast ? <p>Add another word, a number or a street to narrow the search.</p> : null}
          <ol className="lb-results" start={answer.offset + 1}>
            {answer.items.map((hit) => (
              <li key={hit.id}>
                <h3 className="lb-results__title">
                  <Link to={`/inbox/reports/${hit.id}`}>Report {shortId(hit.id)}</Link>
                </h3>
                <p className="lb-hint">
                  {hit.categories.map((c) => labelFor(categoryLabels, c)).join(', ')} · received {hit.submittedOn}
                  {hit.postcodeSector ? ` · ${hit.postcodeSector}` : ''} · {labelFor(reportStatusLabels, hit.status)}
                </p>
                <PriorityFlags flags={hit.flags} />
                {hit.excerpt ? (
                  <p>
                    <span className="lb-visually-hidden">{fieldWords(hit.excerpt.field)}: </span>
                    {hit.excerpt.text}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav className="lb-pagination" aria-label="Results pages">
              {page > 1 ? <Link to={searchPath(query, page - 1)}>Previous page</Link> : null}
              <span>
                Page {page} of {pages}
              </span>
              {page < pages ? <Link to={searchPath(query, page + 1)}>Next page</Link> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
      {query !== '' && results.loading && !answer ? <p role="status">Searching…</p> : null}
    </>
  );
}
