import { useContext } from 'react';
import { type LocaleValue, LocaleContext } from './locale-provider.tsx';

/** The interface language and its messages (`m.menu.orgs`). */
export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}
