import { App, Form, Input, Modal } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Values = { username: string; displayName: string; password?: string };
type CreatedUser = ResponseOf<'/api/v1/users', 'post'>;

/** Opens an account; without a password given, the server generates one, shown once afterwards. */
export function UserCreateModal({ onClose, onCreated }: { onClose: () => void; onCreated: (user: CreatedUser) => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (v: Values) =>
    submit(async () => {
      const created = await call(api.POST('/api/v1/users', { body: { username: v.username.trim(), displayName: v.displayName.trim(), password: orUndefined(v.password) } }));
      message.success(m.users.created);
      onCreated(created);
    });

  return (
    <Modal open title={m.users.create} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="user-create-form">
        <Form.Item name="username" label={m.users.username} rules={[{ required: true, message: m.users.username }, { pattern: /^[A-Za-z0-9._-]{3,32}$/, message: m.users.usernameRule }]}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={m.users.displayName} rules={[{ required: true, message: m.users.displayName }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="password" label={m.users.password} extra={m.users.passwordHint}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
