import { Flex, Typography } from 'antd';
import { useLocale } from '../../../i18n/use-locale.ts';

/** An audit action by its name, with its stable code beside it for those who search by code. */
export function AuditAction({ code }: { code: string }) {
  const { m } = useLocale();
  const names: Record<string, string> = m.auditAction;
  return (
    <Flex gap={6} align="baseline" wrap>
      <span>{names[code] ?? code}</span>
      {names[code] && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {code}
        </Typography.Text>
      )}
    </Flex>
  );
}
