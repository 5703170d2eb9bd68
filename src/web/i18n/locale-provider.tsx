import { createContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import antdZhCNModule from 'antd/es/locale/zh_CN.js';
import antdEnUSModule from 'antd/es/locale/en_US.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { setApiLanguage } from '../api/client.ts';
import { theme } from '../theme.ts';
import { enUS } from './en-US.ts';
import { type Messages, zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en-US';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/**
 * antd's package declares no "type", so TypeScript reads its ES files as CommonJS and types the default import
 * as the module object, while Vite hands over the locale itself. This accepts either.
 */
function defaultExport(module: AntdLocale | { default: AntdLocale }): AntdLocale {
  return 'default' in module ? module.default : module;
}
const antdZhCN = defaultExport(antdZhCNModule);
const antdEnUS = defaultExport(antdEnUSModule);

export type LocaleValue = { locale: Locale; m: Messages; setLocale: (locale: Locale) => void };

export const LocaleContext = createContext<LocaleValue | null>(null);

const storageKey = 'hongyuan.locale';

const settings: Record<Locale, { messages: Messages; antd: AntdLocale; dayjs: string }> = {
  'zh-CN': { messages: zhCN, antd: antdZhCN, dayjs: 'zh-cn' },
  'en-US': { messages: enUS, antd: antdEnUS, dayjs: 'en' },
};

function storedLocale(): Locale {
  const stored = window.localStorage.getItem(storageKey);
  return stored === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Holds the interface language (Chinese by default, remembered in localStorage) and configures antd with it. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const current = settings[locale];
  // Set before the children render so their first requests already carry the right Accept-Language.
  setApiLanguage(locale);
  dayjs.locale(current.dayjs);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${current.messages.app.name} · ${current.messages.app.title}`;
  }, [locale, current]);

  const value = useMemo<LocaleValue>(
    () => ({
      locale,
      m: current.messages,
      setLocale(next) {
        window.localStorage.setItem(storageKey, next);
        setLocaleState(next);
      },
    }),
    [locale, current],
  );

  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={current.antd} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}
