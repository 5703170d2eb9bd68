import { useCallback, useEffect, useRef, useState } from 'react';

export type RequestState<T> = { data: T | undefined; error: Error | null; isLoading: boolean; reload: () => void };

/**
 * Runs a read whenever its inputs change and keeps the latest answer. A slower, older answer never
 * overwrites a newer one (e.g. while the user types in a filter).
 */
export function useRequest<T>(load: () => Promise<T>, inputs: readonly unknown[]): RequestState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ticket = ++latest.current;
    setIsLoading(true);
    loadRef.current().then(
      (value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(null);
        setIsLoading(false);
      },
      (e: unknown) => {
        if (ticket !== latest.current) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setIsLoading(false);
      },
    );
    // The inputs stand for everything load reads; load itself is a fresh closure on every render.
  }, [...inputs, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, isLoading, reload };
}
