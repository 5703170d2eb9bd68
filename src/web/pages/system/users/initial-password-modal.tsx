import { Alert, Modal, Typography } from 'antd';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/** The generated password, shown this once (after creating an account or resetting its password). */
export function InitialPasswordModal({ name, password, onClose }: { name: string; password: string; onClose: () => void }) {
  const { m } = useLocale();
  return (
    <Modal open title={m.users.initialPasswordTitle} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={m.common.close} maskClosable={false}>
      <Alert type="warning" showIcon title={fmt(m.users.initialPasswordHint, { name })} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: password }} style={{ fontFamily: 'monospace', fontSize: 20, textAlign: 'center', margin: 0 }} data-testid="initial-password">
        {password}
      </Typography.Paragraph>
    </Modal>
  );
}
