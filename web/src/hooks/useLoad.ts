import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';

export type Loaded<T> = { data: T | undefined; error: string | undefined; loading: boolean; reload: () => void };

/** Loads data for a page, with loading and error states and a reload after changes. */
export function useLoad<T>(load: () => Promise<T>, dependencies: readonly unknown[] = []): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  // The loader is re-created on each render; callers list what it depends on.
  const stableLoad = useCallback(load, dependencies);
  useEffect(() => {
    let current = true;
    setLoading(true);
    stableLoad()
      .then((value) => {
        if (current) {
          setData(value);
          setError(undefined);
        }
      })
      .catch((caught: unknown) => {
        if (current) setError(caught instanceof ApiError ? caught.message : 'Could not load this page');
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [stableLoad, version]);
  return {
    data,
    error,
    loading,
    reload: () => {
      setVersion((v) => v + 1);
    },
  };
}
