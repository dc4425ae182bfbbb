import { useState, type SubmitEvent } from 'react';
import { navigate } from '../../hooks/useRoute.ts';
import { searchPath } from './search-path.ts';

/** The search box in the staff header, for those who may read reports. */
export function HeaderSearch() {
  const [query, setQuery] = useState('');
  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(searchPath(query, 1));
  }
  return (
    <form className="lb-header-search" role="search" aria-label="Reports" onSubmit={handleSubmit}>
      <label htmlFor="header-search" className="lb-visually-hidden">
        Search reports
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        maxLength={200}
        placeholder="Search reports"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      <button type="submit" className="lb-header-search__button">
        Search
      </button>
    </form>
  );
}
