import { Button, Form, Input } from 'antd';
import { api, call } from '../api/client.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { useServerErrors } from './use-server-errors.ts';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/** Changes one's own password; the server's policy messages land on the new-password field. */
export function ChangePasswordForm({ onDone, submitLabel }: { onDone: () => void; submitLabel?: string }) {
  const { m } = useLocale();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (values: Values) =>
    submit(async () => {
      await call(api.POST('/api/v1/auth/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }));
      form.resetFields();
      onDone();
    });

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
      <Form.Item name="currentPassword" label={m.auth.currentPassword} rules={[{ required: true, message: m.auth.currentPassword }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={m.auth.newPassword} rules={[{ required: true, message: m.auth.newPassword }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={m.auth.confirmPassword}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: m.auth.confirmPassword },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(m.auth.passwordsDiffer))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting} block>
        {submitLabel ?? m.auth.changePassword}
      </Button>
    </Form>
  );
}
