import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's filters and selection kept in the address, so a view can be linked to (the dashboard's counts link
 * to filtered lists) and survives a reload. Setting a key to undefined or '' removes it.
 */
export function useQueryParams() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: string): string | undefined => params.get(key) || undefined, [params]);
  const getNumber = useCallback((key: string): number | undefined => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  }, [params]);
  const set = useCallback(
    (patch: Record<string, string | number | undefined>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { get, getNumber, set };
}
