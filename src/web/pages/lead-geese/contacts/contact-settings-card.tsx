import { useState } from 'react';
import { App, Button, Card, Flex, InputNumber, Tag, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { ContactSetting } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/** The park's visit interval per watched kind; writers may change one (the server accepts a park-wide writer only). */
export function ContactSettingsCard({ canWrite, onChanged }: { canWrite: boolean; onChanged: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [version, setVersion] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  const settings = useRequest(() => call(api.GET('/api/v1/contact-settings')), [version]);
  const save = async (s: ContactSetting) => {
    const staleAfterDays = s.kind in drafts ? drafts[s.kind] : s.staleAfterDays;
    try {
      await call(api.PUT('/api/v1/contact-settings/{kind}', { params: { path: { kind: s.kind } }, body: { staleAfterDays } }));
      message.success(m.common.saved);
      setDrafts({});
      setVersion((v) => v + 1);
      onChanged();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />;
  return (
    <Card variant="borderless" title={m.contacts.settings} style={{ marginTop: 16 }} data-testid="contact-settings">
      <Typography.Paragraph type="secondary">{m.contacts.settingsHint}</Typography.Paragraph>
      {(settings.data?.items ?? []).map((s) => (
        <Flex key={s.kind} vertical gap={4} style={{ marginBottom: 12 }}>
          <span>
            {m.linkKind[s.kind]} {s.isDefault && <Tag>{m.contacts.isDefault}</Tag>}
          </span>
          {canWrite ? (
            <Flex gap={8}>
              <InputNumber<number>
                min={1}
                max={3650}
                value={s.kind in drafts ? drafts[s.kind] : s.staleAfterDays}
                onChange={(v) => setDrafts((d) => ({ ...d, [s.kind]: v }))}
                addonAfter={m.contacts.staleAfterDays}
                style={{ width: 180 }}
              />
              <Button size="small" onClick={() => save(s)}>
                {m.common.save}
              </Button>
            </Flex>
          ) : (
            <Typography.Text>{s.staleAfterDays === null ? m.contacts.notWatched : fmt(m.contacts.days, { days: s.staleAfterDays })}</Typography.Text>
          )}
        </Flex>
      ))}
    </Card>
  );
}
