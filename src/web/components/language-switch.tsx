import { Dropdown, Space } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import type { Locale } from '../i18n/locale-provider.tsx';
import { useLocale } from '../i18n/use-locale.ts';

const languages: { locale: Locale; name: string }[] = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en-US', name: 'English' },
];

/** Switches the interface language (remembered by the locale provider); each language named in itself. */
export function LanguageSwitch() {
  const { m, locale, setLocale } = useLocale();
  return (
    <Dropdown
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: languages.map((l) => ({ key: l.locale, label: l.name })),
        onClick: ({ key }) => setLocale(key === 'en-US' ? 'en-US' : 'zh-CN'),
      }}
    >
      <a style={{ color: '#fff' }} data-testid="language-switch" aria-label={m.app.language}>
        <Space size={4}>
          <GlobalOutlined />
          {languages.find((l) => l.locale === locale)?.name}
        </Space>
      </a>
    </Dropdown>
  );
}
