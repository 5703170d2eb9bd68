import { useContext } from 'react';
import { type SessionValue, SessionContext } from './session-provider.tsx';

/** The logged-in user and their access flags. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
