import { useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { RevealField } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Props = { memberId: number; field: RevealField; masked: string; canReveal: boolean };

/** A masked ID or phone number; with members.reveal, a button shows it in full (the server audits each reveal). */
export function MemberSecret({ memberId, field, masked, canReveal }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [value, setValue] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);

  const reveal = async () => {
    setIsLoading(true);
    try {
      const answer = await call(api.POST('/api/v1/members/{id}/reveal', { params: { path: { id: memberId } }, body: { field } }));
      setValue(answer.value);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setIsLoading(false);
    }
  };

  return (
    <Space size={8}>
      <Typography.Text style={{ fontFamily: 'monospace' }} copyable={value ? { text: value } : false} data-testid={`member-${field}`}>
        {value ?? masked}
      </Typography.Text>
      {value ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.members.revealed}
        </Typography.Text>
      ) : (
        canReveal && (
          <Button size="small" type="link" icon={<EyeOutlined />} loading={isLoading} onClick={() => void reveal()} data-testid={`reveal-${field}`}>
            {m.members.reveal}
          </Button>
        )
      )}
    </Space>
  );
}
