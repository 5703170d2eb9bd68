import { App, Form, Input, Modal } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { User } from '../../../api/types.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/** Changes the name an account shows in the interface. */
export function UserRenameModal({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ displayName: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${m.users.editName} · ${user.username}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ displayName: user.displayName }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { displayName: v.displayName.trim() } }));
            message.success(m.common.saved);
            onSaved();
          })
        }
      >
        <Form.Item name="displayName" label={m.users.displayName} rules={[{ required: true, message: m.users.displayName }]}>
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
