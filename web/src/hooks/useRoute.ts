import { useEffect, useState } from 'react';

// A tiny router: the path under /app/ is the page; links push history entries.

function currentPath(): string {
  return window.location.pathname.replace(/^\/app/, '') || '/';
}

const listeners = new Set<() => void>();

export function navigate(path: string): void {
  window.history.pushState(null, '', `/app${path}`);
  for (const listener of listeners) listener();
}

/** Changes the address without a new history entry (a selection, say), telling the listeners. */
export function replaceAddress(path: string): void {
  window.history.replaceState(null, '', `/app${path}`);
  for (const listener of listeners) listener();
}

export function useRoute(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => {
      setPath(currentPath());
    };
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/** The query string of the current address ('' or '?…'); changes on navigate() as well as back/forward. */
export function useSearch(): string {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const update = () => {
      setSearch(window.location.search);
    };
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return search;
}
