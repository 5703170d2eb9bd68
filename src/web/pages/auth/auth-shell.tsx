import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { BrandMark } from '../../layout/brand-mark.tsx';

/** The frame of the pages before the app: a red band with the platform's name, the form on a card. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { m } = useLocale();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #a8071a 0, #c8161d 44vh, #f3f4f6 44vh)' }}>
      <Flex justify="flex-end" style={{ width: '100%', padding: '12px 24px', boxSizing: 'border-box' }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" gap={8} style={{ marginTop: '6vh', marginBottom: 28 }}>
        <BrandMark size={56} />
        <Typography.Title level={2} style={{ color: '#fff', margin: 0, letterSpacing: 4 }}>
          {m.app.name} · {m.app.title}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{m.auth.loginSubtitle}</Typography.Text>
      </Flex>
      <Card title={title} style={{ width: 400, boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}>
        {children}
      </Card>
    </Flex>
  );
}
