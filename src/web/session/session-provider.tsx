import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call, setUnauthenticatedHandler } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { type Access, accessOf } from '../access.ts';

export type SessionValue = {
  /** The logged-in user, or null when nobody is. */
  me: Me | null;
  access: Access;
  /** Called with the login answer. */
  signedIn: (me: Me) => void;
  /** Re-reads the session (e.g. after the password change). */
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
};

export const SessionContext = createContext<SessionValue | null>(null);

/** Who is logged in: read once from /auth/session (200 either way), dropped when any call answers 401. */
export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [isLoading, setIsLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      setMe((await call(api.GET('/api/v1/auth/session'))).me);
    } catch {
      setMe(null);
    } finally {
      setIsLoading(false);
    }
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => setMe(null));
    void refresh();
  }, [refresh]);

  const logout = useCallback(async () => {
    try {
      await call(api.POST('/api/v1/auth/logout'));
    } finally {
      setMe(null);
    }
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ me, access: accessOf(me?.permissions ?? []), signedIn: setMe, refresh, logout }),
    [me, refresh, logout],
  );

  return <SessionContext.Provider value={value}>{isLoading ? fallback : children}</SessionContext.Provider>;
}
